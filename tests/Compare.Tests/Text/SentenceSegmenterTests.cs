using System.Text;
using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Text;

[TestFixture]
public sealed class SentenceSegmenterTests
{
    // Expected sentences are separated by " | ".
    [TestCase("The dam held. Engineers checked it twice.", "The dam held. | Engineers checked it twice.")]
    [TestCase("Was it safe? Nobody knew! Crews waited.", "Was it safe? | Nobody knew! | Crews waited.")]
    [TestCase("Stocks fell 4.5 percent. 300 jobs went.", "Stocks fell 4.5 percent. | 300 jobs went.")]
    [TestCase("the vote passed. then it failed.", "the vote passed. then it failed.")]
    [TestCase("It ended.No space here.", "It ended.No space here.")]
    [TestCase("Really?! Yes.", "Really?! | Yes.")]
    [TestCase("He paused... Then he left.", "He paused... | Then he left.")]
    [TestCase("He paused… Then he left.", "He paused… | Then he left.")]
    [TestCase("He paused... and then left.", "He paused... and then left.")]
    [TestCase("Two options: Stay. Go.", "Two options: Stay. | Go.")]
    [TestCase("Rain fell; Rivers rose: Roads shut — Towns emptied.", "Rain fell; Rivers rose: Roads shut — Towns emptied.")]
    [TestCase("Ends here. (Later, more.) Next one.", "Ends here. | (Later, more.) | Next one.")]
    [TestCase("Ends here. [Aside] more.", "Ends here. | [Aside] more.")]
    [TestCase("The envoy met them.[14] Talks followed.", "The envoy met them. | Talks followed.")]
    [TestCase("The envoy met them.[3][4] Talks followed.[5]", "The envoy met them. | Talks followed.")]
    [TestCase("The envoy met them.\u201D[7] Talks followed.", "The envoy met them.\u201D | Talks followed.")]
    [TestCase("The envoy met them.[14]Talks followed.", "The envoy met them.[14]Talks followed.")]
    [TestCase("The envoy met them. [14] Talks followed.", "The envoy met them. | [14] Talks followed.")]
    [TestCase("Fine. **Update** follows.", "Fine. | **Update** follows.")]
    [TestCase("**Done.** Next step.", "**Done.** | Next step.")]
    [TestCase("Rockets fell on Oct. 7 and again on Nov. 2.", "Rockets fell on Oct. 7 and again on Nov. 2.")]
    [TestCase("Gen. Okafor spoke to Dr. Lindqvist and Mrs. Baptiste.", "Gen. Okafor spoke to Dr. Lindqvist and Mrs. Baptiste.")]
    [TestCase("Lt. Col. Haines met Sen. Ruiz at St. Mark's.", "Lt. Col. Haines met Sen. Ruiz at St. Mark's.")]
    [TestCase("Acme Corp. Chief Ann Vo quit. Shares fell.", "Acme Corp. Chief Ann Vo quit. | Shares fell.")]
    [TestCase("Talks on Wed. Jan. 3 failed.", "Talks on Wed. Jan. 3 failed.")]
    [TestCase("Fruit, nuts, etc. The list grew.", "Fruit, nuts, etc. | The list grew.")]
    [TestCase("Fruit, nuts, etc. and more.", "Fruit, nuts, etc. and more.")]
    [TestCase("He lives at No. 12 Elm Row.", "He lives at No. 12 Elm Row.")]
    [TestCase("She answered No. Then she left.", "She answered No. | Then she left.")]
    [TestCase("He read the Sun. Then he slept.", "He read the Sun. | Then he slept.")]
    [TestCase("mr. Bell arrived. Lunch followed.", "mr. | Bell arrived. | Lunch followed.")]
    [TestCase("U.S. officials denied it.", "U.S. officials denied it.")]
    [TestCase("The U.S. Navy and the U.N. Security Council met.", "The U.S. Navy and the U.N. Security Council met.")]
    [TestCase("Aid reached the U.S. The convoy was late.", "Aid reached the U.S. | The convoy was late.")]
    [TestCase("Aid reached the U.S. However, it was late.", "Aid reached the U.S. | However, it was late.")]
    [TestCase("They met at 9 a.m. In the afternoon they left.", "They met at 9 a.m. | In the afternoon they left.")]
    [TestCase("They met at 9 a.m. Monday.", "They met at 9 a.m. Monday.")]
    [TestCase("A U.S.-led coalition formed. It grew.", "A U.S.-led coalition formed. | It grew.")]
    [TestCase("Author J. Ortega wrote it.", "Author J. Ortega wrote it.")]
    [TestCase("A. B. Mensah chaired the panel. Votes followed.", "A. B. Mensah chaired the panel. | Votes followed.")]
    [TestCase("J.K. Adeyemi spoke. Applause followed.", "J.K. Adeyemi spoke. | Applause followed.")]
    [TestCase("He said \"no.\" Then he walked out.", "He said \"no.\" | Then he walked out.")]
    [TestCase("She said “we will stay.” Crowds cheered.", "She said “we will stay.” | Crowds cheered.")]
    [TestCase("“Is it over?” he asked.", "“Is it over?” he asked.")]
    [TestCase("The siege ended. “We are free,” one man said.", "The siege ended. | “We are free,” one man said.")]
    [TestCase("The siege ended. 'Free,' one said.", "The siege ended. | 'Free,' one said.")]
    [TestCase("He cited a ruling (No. 4.) Then he sat.", "He cited a ruling (No. 4.) | Then he sat.")]
    [TestCase("Sirens wailed. שלום came later.", "Sirens wailed. | שלום came later.")]
    [TestCase("A storm hit. ", "A storm hit.")]
    [TestCase("...", "...")]
    [TestCase("?!.", "?!.")]
    [TestCase(". . . A", ". . . | A")]
    public void Segment_SplitsLineAsExpected(string text, string expected)
    {
        var sentences = SentenceSegmenter.Segment(text, 0);

        Assert.That(string.Join(" | ", sentences.Select(s => s.Text)), Is.EqualTo(expected));
        AssertInvariants(text, 0, sentences);
    }

    [TestCase("Headline\nBody text.", "Headline | Body text.")]
    [TestCase("First line\r\nSecond line", "First line | Second line")]
    [TestCase("Old Mac line\rNext", "Old Mac line | Next")]
    [TestCase("Mid\u2028sentence break", "Mid | sentence break")]
    [TestCase("Gen.\nOkafor spoke.", "Gen. | Okafor spoke.")]
    [TestCase("no period\nstill a new sentence", "no period | still a new sentence")]
    [TestCase("| col a | col b |\n|---|---|\n| 1 | 2 |", "| col a | col b | | |---|---| | | 1 | 2 |")]
    [TestCase("---\nText.", "--- | Text.")]
    public void Segment_LineBreakAlwaysEndsSentence(string text, string expected)
    {
        var sentences = SentenceSegmenter.Segment(text, 0);

        Assert.That(string.Join(" | ", sentences.Select(s => s.Text)), Is.EqualTo(expected));
        AssertInvariants(text, 0, sentences);
    }

    [Test]
    public void Segment_NumbersParagraphsByNonEmptyLines()
    {
        const string text = "\n\nTitle line\n\n  \nFirst para one. First para two.\r\n\r\nSecond para.\n   \t\nThird para. Still third.\n";

        var sentences = SentenceSegmenter.Segment(text, 0);

        Assert.That(
            sentences.Select(s => (s.Index, s.Paragraph, s.Text)),
            Is.EqualTo(new[]
            {
                (0, 0, "Title line"),
                (1, 1, "First para one."),
                (2, 1, "First para two."),
                (3, 2, "Second para."),
                (4, 3, "Third para."),
                (5, 3, "Still third."),
            }));
        AssertInvariants(text, 0, sentences);
    }

    [Test]
    public void Segment_StartsAtGivenOffsetWithAbsoluteOffsets()
    {
        const string text = "Preamble to skip. Kept one. Kept two.";
        var start = text.IndexOf("Kept", StringComparison.Ordinal);

        var sentences = SentenceSegmenter.Segment(text, start);

        Assert.That(sentences.Select(s => (s.Index, s.Start, s.Text)), Is.EqualTo(new[]
        {
            (0, start, "Kept one."),
            (1, text.IndexOf("Kept two.", StringComparison.Ordinal), "Kept two."),
        }));
        AssertInvariants(text, start, sentences);
    }

    [Test]
    public void Segment_TrimsNonBreakingAndZeroWidthSpace()
    {
        const string text = "\u00A0\uFEFF Port reopened.\u200B\u00A0 Ships queued. \u200D";

        var sentences = SentenceSegmenter.Segment(text, 0);

        Assert.That(sentences.Select(s => s.Text), Is.EqualTo(new[] { "Port reopened.", "Ships queued." }));
        AssertInvariants(text, 0, sentences);
    }

    [Test]
    public void Segment_TokensMatchTokenizerOverSentenceSpan()
    {
        const string text = "The U.S.-led group's 1,500 troops left. Officials said so.";

        var sentences = SentenceSegmenter.Segment(text, 0);

        Assert.That(sentences, Has.Length.EqualTo(2));
        Assert.That(sentences[0].Tokens.Select(t => t.Text), Is.EqualTo(new[] { "The", "U.S.-led", "group", "'s", "1,500", "troops", "left", "." }));
        Assert.That(sentences[0].Tokens[4].Kind, Is.EqualTo(TokenKind.Number));
        Assert.That(sentences[1].Tokens.Select(t => t.Text), Is.EqualTo(new[] { "Officials", "said", "so", "." }));
        Assert.That(sentences[1].Tokens[0].Start, Is.EqualTo(sentences[1].Start));
        AssertInvariants(text, 0, sentences);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\n\r\n\r")]
    [TestCase("\u00A0\u200B\uFEFF")]
    public void Segment_BlankTextGivesNoSentences(string text)
    {
        Assert.That(SentenceSegmenter.Segment(text, 0), Is.Empty);
    }

    [TestCase(-5)]
    [TestCase(999)]
    public void Segment_ClampsOutOfRangeStart(int start)
    {
        const string text = "One. Two.";

        var sentences = SentenceSegmenter.Segment(text, start);

        Assert.That(sentences, Has.Length.EqualTo(start < 0 ? 2 : 0));
    }

    [Test]
    public void Segment_NullTextGivesNoSentences()
    {
        Assert.That(SentenceSegmenter.Segment(null!, 0), Is.Empty);
    }

    [Test]
    public void Segment_LoneSurrogatesDoNotThrow()
    {
        const string text = "Bad \uD800 char. \uDC00 Next. \uD83D";

        var sentences = SentenceSegmenter.Segment(text, 0);

        AssertInvariants(text, 0, sentences);
    }

    [Test]
    public void Segment_ManySentencesThenFewComeOutWhole()
    {
        // More sentences than a first buffer holds, then a short article: the second result must hold only its own.
        var many = string.Join(" ", Enumerable.Range(0, 300).Select(n => $"Sentence {n} ends here."));
        const string few = "One ends. Two ends.";

        var first = SentenceSegmenter.Segment(many, 0);
        var second = SentenceSegmenter.Segment(few, 0);

        Assert.That(first.Select(s => s.Text), Is.EqualTo(Enumerable.Range(0, 300).Select(n => $"Sentence {n} ends here.")));
        Assert.That(first.Select(s => s.Index), Is.EqualTo(Enumerable.Range(0, 300)));
        Assert.That(second.Select(s => s.Text), Is.EqualTo(new[] { "One ends.", "Two ends." }));
        Assert.That(second.Select(s => s.Index), Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void Segment_VeryLongLineIsHandledQuickly()
    {
        var builder = new StringBuilder();
        for (var n = 0; n < 20_000; n++)
        {
            builder.Append("U.S. a.b.c.d Mr. x... Y? ");
        }

        builder.Append(new string('.', 200_000));
        builder.Append(new string('a', 200_000));
        var text = builder.ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var sentences = SentenceSegmenter.Segment(text, 0);

        watch.Stop();

        // A quadratic pass would take minutes here; the full per-sentence invariant check is left to smaller inputs
        // because its NUnit assertions, not the segmenter, would dominate the run time.
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(sentences, Has.Length.GreaterThan(20_000));
        Assert.That(sentences.All(s => text.Substring(s.Start, s.End - s.Start) == s.Text), Is.True);
        Assert.That(sentences[^1].Text, Does.EndWith(new string('a', 200_000)));
    }

    [Test]
    public void Segment_RandomInputKeepsInvariants()
    {
        var random = new Random(7310);
        string[] pieces =
        [
            "The", "a", "U.S.", "Dr.", "No.", "J.", "etc.", "Oct.", "1,200", "2.5", "Hamas's", "al-Rashid", "It",
            " ", " ", " ", "  ", "\u00A0", "\u200B", "\n", "\r\n", "\r", "\n\n",
            ".", "!", "?", "...", "…", "\"", "“", "”", "'", "’", "(", ")", ":", ";", "—", "-", "*", "|",
            "\uD800", "\uDC00", "\U0001F600", "é", "\u0301",
        ];
        for (var n = 0; n < 400; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 60);
            for (var k = 0; k < count; k++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            var start = random.Next(0, text.Length + 1);

            var sentences = SentenceSegmenter.Segment(text, start);

            AssertInvariants(text, start, sentences);
        }
    }

    private static void AssertInvariants(string text, int start, IReadOnlyList<Sentence> sentences)
    {
        var previousEnd = start;
        var previousParagraph = 0;
        for (var index = 0; index < sentences.Count; index++)
        {
            var s = sentences[index];
            var where = $"sentence {index} of {Escape(text)}";
            Assert.That(s.Index, Is.EqualTo(index), where);
            Assert.That(s.Start, Is.GreaterThanOrEqualTo(previousEnd), where);
            Assert.That(s.End, Is.GreaterThan(s.Start), where);
            Assert.That(s.End, Is.LessThanOrEqualTo(text.Length), where);
            Assert.That(text.Substring(s.Start, s.End - s.Start), Is.EqualTo(s.Text), where);
            Assert.That(Tokenizer.IsWhiteSpace(s.Text[0]) || Tokenizer.IsWhiteSpace(s.Text[^1]), Is.False, $"untrimmed {where}");
            Assert.That(s.Text.IndexOfAny(['\n', '\r', '\u2028', '\u2029', '\u0085']), Is.EqualTo(-1), $"line break inside {where}");
            Assert.That(s.Paragraph, Is.InRange(previousParagraph, previousParagraph + 1), where);
            Assert.That(s.Tokens, Is.EqualTo(Tokenizer.Tokenize(text, s.Start, s.End)), where);
            foreach (var token in s.Tokens)
            {
                Assert.That(s.Span.Contains(token.Span), Is.True, $"token {token.Start} outside {where}");
            }

            if (index == 0)
            {
                Assert.That(s.Paragraph, Is.EqualTo(0), where);
            }

            previousEnd = s.End;
            previousParagraph = s.Paragraph;
        }
    }

    // Truncated so that building failure messages for huge inputs stays cheap.
    private static string Escape(string s) =>
        string.Concat(s.Take(120).Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
