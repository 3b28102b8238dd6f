using System.Buffers;
using System.Collections.Immutable;

namespace Compare.Text;

/// <summary>
/// Splits article text into <see cref="Sentence"/>s with a small rule set tuned for English news copy.
/// </summary>
/// <remarks>
/// <para>Rules, applied in one linear pass without regular expressions:</para>
/// <list type="number">
/// <item><description>
/// Every line break (<c>\n</c>, <c>\r\n</c>, <c>\r</c>, U+0085, U+2028, U+2029) ends a sentence. Each non-empty line
/// is its own paragraph; <see cref="Sentence.Paragraph"/> counts non-empty lines from 0, and blank lines add nothing.
/// </description></item>
/// <item><description>
/// Inside a line a sentence ends after a run of terminators (<c>.</c> <c>!</c> <c>?</c> <c>…</c> <c>؟</c>, so
/// "..." and "?!" count as one) plus any closing quotes, brackets or markdown emphasis right after it
/// (<c>.”</c>, <c>."</c>, <c>.)</c>, <c>.**</c>), when white space follows and then a character that can start a
/// sentence: an upper-case letter, a letter of a script without case, a digit, or an opening quote, bracket or
/// <c>*</c>. Colons, semicolons and dashes never end a sentence. Footnote marks glued to the end (<c>.[14]</c>,
/// <c>.[3][4]</c>: one to three digits in square brackets) are skipped over and belong to neither sentence.
/// </description></item>
/// <item><description>
/// A single <c>.</c> is not an end after: a single capital letter (an initial, "J. Smith"; so "Plan B. The" does not
/// split either); a title or short form from a fixed, case-sensitive list (Mr, Dr, Gen, Oct, Inc, ...);
/// "No" or "Sun" when a digit follows ("No. 10", "Sun. 5"), because both are also ordinary sentence-final words.
/// "etc." ends a sentence whenever the next word is capitalised.
/// </description></item>
/// <item><description>
/// After a dotted acronym (letter groups of at most two letters joined by dots: "U.S.", "U.N.", "a.m.", "Ph.D.")
/// the sentence ends only when the next word is a common sentence opener (The, A, An, It, He, She, They, We, In, On,
/// But, And, This, That, There, However). "U.S. Army" stays one sentence, "the U.S. The" splits, and "the U.S.
/// Officials said" does not split — the price of keeping the rule simple.
/// </description></item>
/// </list>
/// <para>
/// Each sentence is trimmed of white space (<see cref="Tokenizer.IsWhiteSpace"/>), its <see cref="Sentence.Text"/> is
/// exactly the text at its span and its tokens come from <see cref="Tokenizer.Tokenize"/> over that span.
/// </para>
/// </remarks>
internal static class SentenceSegmenter
{
    private static readonly string[] Abbreviations =
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Brig", "Adm", "Gov", "Sen", "Rep",
        "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
    ];

    // Both are common sentence-final words ("He said No.", "the Sun."), so they only bind to a following number.
    private static readonly string[] AbbreviationsBeforeDigit = ["No", "Sun"];

    private static readonly string[] SentenceOpeners =
    [
        "The", "A", "An", "It", "He", "She", "They", "We", "In", "On", "But", "And", "This", "That", "There", "However",
    ];

    // The lists as the keys KeyOf gives their words (all of them short runs of ASCII letters), so that a word is
    // looked up without hashing its characters: the lists are small enough to be compared with all at once.
    private static readonly ulong[] AbbreviationKeys = KeysOf(Abbreviations);

    private static readonly ulong[] BeforeDigitKeys = KeysOf(AbbreviationsBeforeDigit);

    private static readonly ulong[] OpenerKeys = KeysOf(SentenceOpeners);

    // The characters that end a line (see the remarks) and those that can end a sentence within one.
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?\u2026\u061F");

    // Sentences are collected in a per-thread buffer and copied once into an array of the exact size.
    [ThreadStatic]
    private static Sentence[]? t_buffer;

    // Longest word in SentenceOpeners; reading further is pointless.
    private const int MaxOpenerLength = 7;

    /// <summary>
    /// Segments <paramref name="text"/> from <paramref name="start"/> to its end. Indexes and paragraphs count from 0
    /// within this call. Never throws: a null text gives no sentences and <paramref name="start"/> is clamped to the text.
    /// </summary>
    public static ImmutableArray<Sentence> Segment(string text, int start)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var sentences = new SentenceList(t_buffer ??= new Sentence[64]);
        var paragraph = 0;
        var lineStart = Math.Clamp(start, 0, text.Length);
        while (lineStart < text.Length)
        {
            var found = text.AsSpan(lineStart).IndexOfAny(LineBreaks);
            var lineEnd = found < 0 ? text.Length : lineStart + found;

            if (SegmentLine(text, lineStart, lineEnd, paragraph, ref sentences))
            {
                paragraph++;
            }

            // "\r\n" is skipped one char at a time: the "\n" then forms an empty line, which yields nothing.
            lineStart = lineEnd + 1;
        }

        t_buffer = sentences.Items;
        var result = ImmutableArray.Create<Sentence>(sentences.Items.AsSpan(0, sentences.Count));

        // Unlike tokens, sentences hold the article's text and tokens, which the buffer must not keep alive.
        Array.Clear(sentences.Items, 0, sentences.Count);
        return result;
    }

    /// <summary>Adds the sentences of one line; returns false when the line holds only white space.</summary>
    private static bool SegmentLine(string text, int lineStart, int lineEnd, int paragraph, ref SentenceList sentences)
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
            // Jump to the next terminator; nothing before it can end the sentence.
            var found = text.AsSpan(i, end - i).IndexOfAny(Terminators);
            if (found < 0)
            {
                break;
            }

            i += found;

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

            // Footnote marks glued to the end ("Moscow.[14]", "said.[3][4]") belong to no sentence: the sentence ends
            // before them and the next one starts after them.
            var afterMarks = AfterFootnoteMarks(text, afterClosers, end);
            var next = afterMarks;
            while (next < end && Tokenizer.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (afterMarks > afterClosers && next == end)
            {
                Add(text, sentenceStart, afterClosers, paragraph, ref sentences);
                return true;
            }

            // Every branch moves i past the terminator run, which keeps the pass linear.
            if (next == afterMarks || next == end || !CanStartSentence(text[next]))
            {
                i = afterMarks;
                continue;
            }

            var isSingleDot = afterTerminators - i == 1 && text[i] == '.';
            if (isSingleDot && !DotEndsSentence(text, i, next, start, end))
            {
                i = next;
                continue;
            }

            Add(text, sentenceStart, afterClosers, paragraph, ref sentences);
            sentenceStart = next;
            i = next;
        }

        Add(text, sentenceStart, end, paragraph, ref sentences);
        return true;
    }

    /// <summary>
    /// The end of a run of footnote marks ("[14]", "[3][4]": one to three digits in square brackets) starting at
    /// <paramref name="from"/>, or <paramref name="from"/> itself when none starts there.
    /// </summary>
    private static int AfterFootnoteMarks(string text, int from, int end)
    {
        var at = from;
        while (at + 2 < end && text[at] == '[')
        {
            var digits = 0;
            while (at + 1 + digits < end && char.IsAsciiDigit(text[at + 1 + digits]) && digits < 4)
            {
                digits++;
            }

            if (digits is 0 or > 3 || at + 1 + digits >= end || text[at + 1 + digits] != ']')
            {
                break;
            }

            at += digits + 2;
        }

        return at;
    }

    /// <summary>Decides a lone "." at <paramref name="dot"/> that is followed by white space and a plausible sentence start at <paramref name="next"/>.</summary>
    private static bool DotEndsSentence(string text, int dot, int next, int lineStart, int lineEnd)
    {
        // Scanning back only over letters and dots stops at the white space before the word, so the scans of
        // successive candidates never overlap.
        var wordStart = dot;
        while (wordStart > lineStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (IsDottedAcronym(word))
        {
            return NextWordIsOpener(text, next, lineEnd);
        }

        var key = KeyOf(word);
        if (BeforeDigitKeys.AsSpan().Contains(key))
        {
            return !char.IsDigit(text[next]);
        }

        return !AbbreviationKeys.AsSpan().Contains(key);
    }

    /// <summary>True for "U.S", "a.m", "Ph.D": at least one inner dot and every part one or two letters.</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        var sawDot = false;
        var partLength = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (partLength == 0)
                {
                    return false;
                }

                sawDot = true;
                partLength = 0;
            }
            else if (++partLength > 2)
            {
                return false;
            }
        }

        return sawDot && partLength > 0;
    }

    private static bool NextWordIsOpener(string text, int next, int lineEnd)
    {
        var wordStart = next;
        while (wordStart < lineEnd && wordStart - next < 4 && IsOpener(text[wordStart]))
        {
            wordStart++;
        }

        var wordEnd = wordStart;
        while (wordEnd < lineEnd && char.IsLetter(text[wordEnd]))
        {
            if (wordEnd - wordStart == MaxOpenerLength)
            {
                return false;
            }

            wordEnd++;
        }

        return OpenerKeys.AsSpan().Contains(KeyOf(text.AsSpan(wordStart, wordEnd - wordStart)));
    }

    /// <summary>
    /// The word as one number, a byte per character, when it is one to eight ASCII letters; otherwise 0, which no
    /// word of the lists has. Equal keys mean equal words (compared ordinally).
    /// </summary>
    private static ulong KeyOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > sizeof(ulong))
        {
            return 0;
        }

        ulong key = 0;
        for (var k = 0; k < word.Length; k++)
        {
            if (!char.IsAsciiLetter(word[k]))
            {
                return 0;
            }

            key |= (ulong)word[k] << (8 * k);
        }

        return key;
    }

    private static ulong[] KeysOf(string[] words)
    {
        var keys = new ulong[words.Length];
        for (var k = 0; k < words.Length; k++)
        {
            keys[k] = KeyOf(words[k]);
            if (keys[k] == 0)
            {
                throw new InvalidOperationException($"\"{words[k]}\" is not a short run of ASCII letters.");
            }
        }

        return keys;
    }

    private static void Add(string text, int start, int end, int paragraph, ref SentenceList sentences)
    {
        (start, end) = Trim(text, start, end);
        if (start == end)
        {
            return;
        }

        if (sentences.Count == sentences.Items.Length)
        {
            Array.Resize(ref sentences.Items, sentences.Items.Length * 2);
        }

        sentences.Items[sentences.Count] = new Sentence(
            sentences.Count,
            paragraph,
            start,
            end,
            text,
            Tokenizer.Tokenize(text, start, end));
        sentences.Count++;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
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

    /// <summary>The sentences found so far: the first <see cref="Count"/> of <see cref="Items"/>.</summary>
    private struct SentenceList(Sentence[] items)
    {
        public Sentence[] Items = items;
        public int Count;
    }

    private static bool CanStartSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || IsOpener(c) || (char.IsLetter(c) && !char.IsLower(c));

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026' or '\u061F';

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}' or '*' or '_';

    private static bool IsOpener(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '\u201E' or '\u00AB' or '\u2039' or '(' or '[' or '{' or '*' or '\u00BF' or '\u00A1';
}
