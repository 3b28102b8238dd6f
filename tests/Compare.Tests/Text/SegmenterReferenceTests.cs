using System.Collections.Frozen;
using System.Text;
using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Text;

/// <summary>
/// Compares <see cref="SentenceSegmenter.Segment"/> with a plain reference of its rules (hash-set lookups, one
/// character at a time) over the seed articles and many generated texts full of abbreviations, initials, dotted
/// acronyms, quotes, line breaks and characters outside ASCII.
/// </summary>
[TestFixture]
public sealed class SegmenterReferenceTests
{
    // Pieces the generated texts are made of: every rule of the segmenter has pieces that trigger it and pieces
    // that nearly do.
    private static readonly string[] Pieces =
    [
        "The", "the", "A", "a", "An", "It", "He", "She", "They", "We", "In", "On", "But", "And", "This", "That", "There",
        "However", "Then", "Officials", "said", "no", "No", "Sun", "sun", "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt",
        "Col", "Maj", "Capt", "Sgt", "Brig", "Adm", "Gov", "Sen", "Rep", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp",
        "vs", "VS", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue",
        "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "etc", "U.S", "U.N", "a.m", "p.m", "Ph.D", "J", "K", "x",
        "Mrx", "Dre", "ABCDEFGHI", "Theyre", "Howeverx", "Żółw", "Ärzte", "ÉTAT", "שלום", "مرحبا", "東京", "İstanbul",
        "ǅemal", "ﬁne", "12", "2023", "4.5", "1,200", "9", "0",
        ".", ".", ".", ".", "!", "?", "…", "؟", "...", "?!", ",", ";", ":", "—", "-", "'s", "’s",
        "\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "(", ")", "[", "]", "{", "}", "*", "**", "_", "¿", "¡",
        " ", " ", " ", " ", " ", "  ", "\t", "\u00A0", "\u200B", "\uFEFF", "\u2009",
        "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\n\n",
        "\uD83D\uDE00", "\uD800", "\uDC00", "e\u0301", "\u0000",
    ];

    [Test]
    public void SeedArticlesSegmentAsTheReferenceDoes()
    {
        var files = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt");
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            AssertSameAsReference(text, 0, Path.GetFileName(file));

            // A body that starts part way into the text, as after front matter.
            AssertSameAsReference(text, text.Length / 3, Path.GetFileName(file) + " from a third");
        }
    }

    [Test]
    public void GeneratedTextsSegmentAsTheReferenceDoes()
    {
        var random = new Random(20240115);
        var builder = new StringBuilder();
        for (var n = 0; n < 20000; n++)
        {
            builder.Clear();
            var pieces = random.Next(1, 40);
            for (var k = 0; k < pieces; k++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);

                // Mostly words separated by a space, as in prose.
                if (random.Next(3) > 0)
                {
                    builder.Append(' ');
                }
            }

            var text = builder.ToString();
            AssertSameAsReference(text, 0, Escape(text));
            AssertSameAsReference(text, random.Next(text.Length + 1), Escape(text) + " part");
        }
    }

    [TestCase("Mr. Smith met Dr. Jones. Then they left.")]
    [TestCase("He said No. 10 was next. No. Then yes.")]
    [TestCase("the U.S. The end. the U.S. Army. the U.S. However, no. the U.S. Theyre here.")]
    [TestCase("ABCDEFGHI. The next. Abcdefghij. Howeverx. However.")]
    [TestCase("word\u00A0. Next. Ärzte. Żółw. Next")]
    [TestCase("Sept. 5 and Sep. 6 and Thurs. Then.")]
    [TestCase("x.y. Next. a.m. Then. Ph.D. However. A.B.C. It")]
    public void ListedWordsSegmentAsTheReferenceDoes(string text)
    {
        AssertSameAsReference(text, 0, text);
    }

    [Test]
    public void A_sentence_over_the_whole_text_is_that_text()
    {
        const string text = "One sentence only.";

        var sentence = SentenceSegmenter.Segment(text, 0).Single();

        Assert.That(sentence.Text, Is.SameAs(text));
        Assert.That(sentence with { Tokens = [] }, Has.Property(nameof(Sentence.Text)).EqualTo(text));
    }

    [Test]
    public void Sentence_text_is_cut_once_and_kept()
    {
        const string text = "First one. Second one.";
        var sentence = SentenceSegmenter.Segment(text, 0)[1];

        var first = sentence.Text;

        Assert.That(first, Is.EqualTo("Second one."));
        Assert.That(sentence.Text, Is.SameAs(first));
        Assert.That(sentence.Span, Is.EqualTo(new TextSpan(11, 22)));
    }

    [Test]
    public void Sentences_of_equal_span_are_equal_whether_or_not_their_text_was_asked_for()
    {
        const string text = "First one. Second one.";
        var a = SentenceSegmenter.Segment(text, 0)[1];
        var b = new Sentence(a.Index, a.Paragraph, a.Start, a.End, text, a.Tokens);
        _ = a.Text;

        Assert.That(a, Is.EqualTo(b));
        Assert.That(b, Is.EqualTo(a));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
    }

    [Test]
    public void An_empty_sentence_has_empty_text()
    {
        var sentence = new Sentence(0, 0, 3, 3, "abcdef", []);

        Assert.That(sentence.Text, Is.Empty);
        Assert.That(sentence.Text, Is.Empty);
    }

    private static void AssertSameAsReference(string text, int start, string what)
    {
        var expected = Reference.Segment(text, start);
        var actual = SentenceSegmenter.Segment(text, start);

        Assert.That(actual.Select(s => (s.Index, s.Paragraph, s.Start, s.End)), Is.EqualTo(expected), what);
        foreach (var sentence in actual)
        {
            Assert.That(sentence.Text, Is.EqualTo(text[sentence.Start..sentence.End]), what);
            var tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
            Assert.That(sentence.Tokens.Select(t => (t.Text, t.Start, t.End, t.Kind)), Is.EqualTo(tokens.Select(t => (t.Text, t.Start, t.End, t.Kind))), what);
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));

    /// <summary>The segmenter's rules as first written: hash-set lookups and plain loops.</summary>
    private static class Reference
    {
        private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
            StringComparer.Ordinal,
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Brig", "Adm", "Gov", "Sen", "Rep",
            "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat");

        private static readonly FrozenSet<string> BeforeDigit = FrozenSet.Create(StringComparer.Ordinal, "No", "Sun");

        private static readonly FrozenSet<string> Openers = FrozenSet.Create(
            StringComparer.Ordinal,
            "The", "A", "An", "It", "He", "She", "They", "We", "In", "On", "But", "And", "This", "That", "There", "However");

        public static List<(int Index, int Paragraph, int Start, int End)> Segment(string text, int start)
        {
            var sentences = new List<(int, int, int, int)>();
            var paragraph = 0;
            var lineStart = Math.Clamp(start, 0, text.Length);
            while (lineStart < text.Length)
            {
                var lineEnd = lineStart;
                while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029'))
                {
                    lineEnd++;
                }

                if (Line(text, lineStart, lineEnd, paragraph, sentences))
                {
                    paragraph++;
                }

                lineStart = lineEnd + 1;
            }

            return sentences;
        }

        private static bool Line(string text, int lineStart, int lineEnd, int paragraph, List<(int, int, int, int)> sentences)
        {
            var (start, end) = Trim(text, lineStart, lineEnd);
            if (start == end)
            {
                return false;
            }

            var sentenceStart = start;
            var i = start;
            while (i < end)
            {
                if (!IsTerminator(text[i]))
                {
                    i++;
                    continue;
                }

                var afterTerminators = i;
                while (afterTerminators < end && IsTerminator(text[afterTerminators]))
                {
                    afterTerminators++;
                }

                var afterClosers = afterTerminators;
                while (afterClosers < end && IsCloser(text[afterClosers]))
                {
                    afterClosers++;
                }

                var next = afterClosers;
                while (next < end && Tokenizer.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next == afterClosers || next == end || !CanStart(text[next]))
                {
                    i = afterClosers;
                    continue;
                }

                if (afterTerminators - i == 1 && text[i] == '.' && !DotEnds(text, i, next, start, end))
                {
                    i = next;
                    continue;
                }

                Add(text, sentenceStart, afterClosers, paragraph, sentences);
                sentenceStart = next;
                i = next;
            }

            Add(text, sentenceStart, end, paragraph, sentences);
            return true;
        }

        private static bool DotEnds(string text, int dot, int next, int lineStart, int lineEnd)
        {
            var wordStart = dot;
            while (wordStart > lineStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            {
                wordStart--;
            }

            var word = text[wordStart..dot];
            if (word.Length == 0)
            {
                return true;
            }

            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return false;
            }

            var parts = word.Split('.');
            if (parts.Length > 1 && parts.All(p => p.Length is 1 or 2))
            {
                var openerStart = next;
                while (openerStart < lineEnd && openerStart - next < 4 && IsOpener(text[openerStart]))
                {
                    openerStart++;
                }

                var openerEnd = openerStart;
                while (openerEnd < lineEnd && char.IsLetter(text[openerEnd]))
                {
                    openerEnd++;
                }

                return Openers.Contains(text[openerStart..openerEnd]);
            }

            if (BeforeDigit.Contains(word))
            {
                return !char.IsDigit(text[next]);
            }

            return !Abbreviations.Contains(word);
        }

        private static void Add(string text, int start, int end, int paragraph, List<(int, int, int, int)> sentences)
        {
            (start, end) = Trim(text, start, end);
            if (start < end)
            {
                sentences.Add((sentences.Count, paragraph, start, end));
            }
        }

        private static (int, int) Trim(string text, int start, int end)
        {
            while (start < end && Tokenizer.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && Tokenizer.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return (start, end);
        }

        private static bool CanStart(char c) =>
            char.IsUpper(c) || char.IsDigit(c) || IsOpener(c) || (char.IsLetter(c) && !char.IsLower(c));

        private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026' or '\u061F';

        private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}' or '*' or '_';

        private static bool IsOpener(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '\u201E' or '\u00AB' or '\u2039' or '(' or '[' or '{' or '*' or '\u00BF' or '\u00A1';
    }
}
