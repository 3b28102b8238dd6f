using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Compare.Text;

/// <summary>
/// Splits a range of article text into <see cref="Token"/>s whose offsets point into the original string.
/// </summary>
/// <remarks>
/// <para>The grammar is deliberately small and runs in one left-to-right pass (linear time, no regular expressions):</para>
/// <list type="bullet">
/// <item><description>
/// <b>Word</b>: starts with a letter and continues over letters, combining marks and digits ("MH17").
/// An inner hyphen (<c>-</c>, U+2010, U+2011) followed by a letter or digit is kept, so hyphenated compounds are one
/// token ("al-Assad", "Russian-Israeli", "S-300"). An inner dot followed by a letter is kept ("U.S", "bbc.co.uk"),
/// and a trailing dot is included when the word is a dotted abbreviation whose last part is a single letter
/// ("U.S.", "a.m.", "Ph.D.") or a single capital letter ("J."); a hyphen may follow such a dot ("U.S.-led").
/// An inner apostrophe (<c>'</c> or <c>’</c>) followed by a letter is kept ("don't", "O'Brien") except for the
/// possessive/clitic "'s": "Hamas's" gives the two Word tokens "Hamas" and "'s" (so "it's" also gives "it" + "'s").
/// </description></item>
/// <item><description>
/// <b>Number</b>: starts with a digit and continues over digits, a comma followed by exactly three digits
/// ("1,200") and a dot followed by a digit ("2.5"). When letters follow directly or after a hyphen the whole run
/// becomes one Word ("25-year-old", "1990s", "2.5bn"); a hyphen followed by a digit ends the number, so ranges
/// split ("2020", "-", "2021").
/// </description></item>
/// <item><description>
/// <b>Punctuation</b>: every other character that is not white space, one per token. A valid surrogate pair
/// (e.g. an emoji) is one two-char Punctuation token; a lone surrogate is a one-char Punctuation token.
/// </description></item>
/// </list>
/// <para>White space per <see cref="IsWhiteSpace"/> separates tokens and is never part of one.</para>
/// </remarks>
internal static class Tokenizer
{
    // Tokens are collected in a per-thread buffer and copied once into an array of the exact size.
    [ThreadStatic]
    private static Token[]? t_buffer;

    // The words of recent tokens (see WordTable): news copy repeats the same short words ("the", "said", ",") so
    // often that reusing their strings saves most of the allocations, and what the later passes work out about a word
    // (see Word) is then worked out once for all its tokens.
    [ThreadStatic]
    private static WordTable? t_words;

    private const byte OtherClass = 0;
    private const byte SpaceClass = 1;
    private const byte LetterOrDigitClass = 2;

    // Set for ASCII characters that end a word or number whatever follows them: white space and punctuation
    // other than the dot, comma, hyphen and apostrophe, which ScanWord may take into a token.
    private const byte EndsWordFlag = 4;

    // The class of every ASCII character, from the same predicates as the general path, so both agree exactly.
    private static readonly byte[] AsciiClasses = BuildAsciiClasses();

    /// <summary>
    /// Tokenizes <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>). Every token satisfies
    /// <c>start &lt;= Start &lt; End &lt;= end</c> and <c>Text == text[Start..End]</c>; tokens are in order and never overlap.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside <paramref name="text"/>.</exception>
    public static ImmutableArray<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end < start || end > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Range [{start}, {end}) is outside a text of length {text.Length}.");
        }

        var count = Fill(text, start, end, t_words ??= new WordTable());
        return ImmutableArray.Create<Token>(t_buffer.AsSpan(0, count));
    }

    /// <summary>
    /// Writes the tokens of the range into the per-thread buffer (which it may replace with a larger one) and returns
    /// how many there are.
    /// </summary>
    /// <remarks>
    /// The loop keeps as little as it can in registers: the buffer is a plain local that only <see cref="Grow"/>
    /// replaces (a local passed by reference would live on the stack and be reloaded for every token), and the table of
    /// character classes is read from its static field. The buffer is not cleared: tokens hold nothing of the article
    /// but their words, and the table of recent words keeps as many alive anyway.
    /// </remarks>
    private static int Fill(string text, int start, int end, WordTable words)
    {
        var tokens = t_buffer ??= new Token[64];

        // Where a whole block can still be read; beyond it the general path finishes the text.
        var lastBlockStart = text.Length - AsciiBlock.Width;
        var count = 0;
        var i = start;
        while (i < end)
        {
            // Every token needs at most one slot, and at most two are added per round.
            if (count + 2 > tokens.Length)
            {
                tokens = Grow(tokens);
            }

            var c = text[i];
            if (c < 128)
            {
                // Tested in order of frequency: words, then spaces, then punctuation.
                var cls = AsciiClasses[c];
                if (cls == LetterOrDigitClass)
                {
                    if (i <= lastBlockStart && TryPlainRun(text, i, end, out var runEnd, out var runKind))
                    {
                        tokens[count++] = new Token(words.RunWordOf(text, i, runEnd - i), i, runEnd, runKind, true);
                        i = runEnd;
                        if (i < end)
                        {
                            // Most words are followed by one plain space, and most others by a comma or full stop
                            // (TryPlainRun leaves only ASCII here); neither need go round the loop.
                            var stop = text[i];
                            if (stop == ' ')
                            {
                                i++;
                            }
                            else if ((AsciiClasses[stop] & ~EndsWordFlag) == OtherClass)
                            {
                                tokens[count++] = new Token(words.AsciiWordOf(stop, text, i), i, i + 1, TokenKind.Punctuation, true);
                                i = i + 1 < end && text[i + 1] == ' ' ? i + 2 : i + 1;
                            }
                        }

                        continue;
                    }
                }
                else if (cls == (SpaceClass | EndsWordFlag))
                {
                    i++;
                    continue;
                }
                else
                {
                    tokens[count++] = new Token(words.AsciiWordOf(c, text, i), i, i + 1, TokenKind.Punctuation, true);

                    // Commas and full stops, the commonest marks, are mostly followed by one plain space.
                    i = i + 1 < end && text[i + 1] == ' ' ? i + 2 : i + 1;
                    continue;
                }
            }
            else if (IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c) || char.IsDigit(c))
            {
                var stop = ScanWord(text, i, end, out var kind);
                tokens[count++] = Make(text, i, stop, kind, words);
                i = stop;

                // ScanWord stops in front of a possessive so that it can be emitted as its own word here.
                if (IsPossessiveAt(text, i, end))
                {
                    tokens[count++] = Make(text, i, i + 2, TokenKind.Word, words);
                    i += 2;
                }

                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            tokens[count++] = Make(text, i, i + length, TokenKind.Punctuation, words);
            i += length;
        }

        return count;
    }

    /// <summary>Replaces the per-thread buffer with one twice as large that starts with its tokens.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Token[] Grow(Token[] tokens)
    {
        Array.Resize(ref tokens, tokens.Length * 2);
        t_buffer = tokens;
        return tokens;
    }

    /// <summary>
    /// True for characters that separate tokens: <see cref="char.IsWhiteSpace(char)"/> (which includes U+00A0 and
    /// line breaks) plus the invisible U+200B..U+200D, U+2060 and U+FEFF that pasted web text often carries.
    /// </summary>
    /// <remarks>Visible ASCII characters, nearly every character of the text, are decided by one comparison.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => (uint)(c - '!') > '~' - '!' && IsWhiteSpaceSlow(c);

    private static bool IsWhiteSpaceSlow(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>
    /// The common case of <see cref="ScanWord"/>, decided from one block: ASCII letters and digits ending in front
    /// of a character that plainly ends them. False whenever ScanWord's fuller rules could apply (a dot, comma,
    /// hyphen or apostrophe that might continue the token, a character outside ASCII, a run longer than the block);
    /// when true, <paramref name="runEnd"/> and <paramref name="kind"/> are what ScanWord would give, and no
    /// possessive follows. Requires a whole block at <paramref name="start"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPlainRun(string text, int start, int end, out int runEnd, out TokenKind kind)
    {
        var classes = AsciiClasses;
        AsciiBlock.Classify(text, start, out var letters, out var digits);
        var run = AsciiBlock.LeadingRun(letters | digits);
        var available = end - start;
        if (run >= available)
        {
            // The range ends inside the run, and so does the token.
            runEnd = end;
            kind = AsciiBlock.Below(letters, available) != 0 ? TokenKind.Word : TokenKind.Number;
            return true;
        }

        runEnd = start + run;
        var hasLetter = AsciiBlock.Below(letters, run) != 0;
        kind = hasLetter ? TokenKind.Word : TokenKind.Number;
        var stop = text[runEnd];
        if (run == AsciiBlock.Width || stop >= 128)
        {
            return false;
        }

        if ((classes[stop] & EndsWordFlag) != 0)
        {
            return true;
        }

        if (stop is not ('.' or ','))
        {
            return false;
        }

        // A dot or comma ends the token when no letter or digit follows it, except the dot of an initial ("J.").
        var after = runEnd + 1 < end ? text[runEnd + 1] : ' ';
        if (after >= 128 || (classes[after] & ~EndsWordFlag) == LetterOrDigitClass)
        {
            return false;
        }

        return stop == ',' || !(run == 1 && char.IsAsciiLetterUpper(text[start]));
    }

    private static Token Make(string text, int start, int end, TokenKind kind, WordTable words) =>
        new(words.WordOf(text, start, end - start), start, end, kind, true);

    private static byte[] BuildAsciiClasses()
    {
        var classes = new byte[128];
        for (var c = (char)0; c < 128; c++)
        {
            if (IsWhiteSpace(c))
            {
                classes[c] = SpaceClass | EndsWordFlag;
            }
            else if (char.IsLetter(c) || char.IsDigit(c))
            {
                classes[c] = LetterOrDigitClass;
            }
            else
            {
                classes[c] = c is '.' or ',' || IsHyphen(c) || IsApostrophe(c) ? OtherClass : (byte)(OtherClass | EndsWordFlag);
            }
        }

        return classes;
    }

    /// <summary>Returns the end of the word or number starting at <paramref name="start"/> (a letter or digit).</summary>
    private static int ScanWord(string text, int start, int end, out TokenKind kind)
    {
        var hasLetter = false;
        var hasInnerDot = false;

        // Letters/digits since the last dot or hyphen; decides whether a trailing dot belongs to an abbreviation.
        var partLength = 0;
        var pos = start;
        while (pos < end)
        {
            var c = text[pos];
            var hasNext = pos + 1 < end;
            var next = hasNext ? text[pos + 1] : '\0';

            if (char.IsLetter(c) || (pos > start && IsMark(c)))
            {
                hasLetter = true;
                partLength++;
                pos++;
                continue;
            }

            if (char.IsDigit(c))
            {
                partLength++;
                pos++;
                continue;
            }

            if (c == ',' && !hasLetter && IsThousandsGroup(text, pos + 1, end))
            {
                pos++;
                continue;
            }

            if (c == '.')
            {
                if (!hasLetter && hasNext && char.IsDigit(next) && char.IsDigit(text[pos - 1]))
                {
                    pos++;
                    continue;
                }

                // Initials glued to a surname, as Russian official texts write them ("M.L.Bogdanov"): the initial
                // with its dot is a token of its own, so that the surname stands alone.
                if (partLength == 1 && char.IsUpper(text[pos - 1]) && char.IsUpper(next) && pos + 2 < end && char.IsLower(text[pos + 2]))
                {
                    pos++;
                    break;
                }

                if (hasLetter && hasNext && char.IsLetter(next))
                {
                    hasInnerDot = true;
                    partLength = 0;
                    pos++;
                    continue;
                }

                var isInitial = pos - start == 1 && char.IsUpper(text[start]);
                if (hasLetter && ((hasInnerDot && partLength == 1) || isInitial))
                {
                    // The dot is now part of the abbreviation; a hyphen may still continue it ("U.S.-led").
                    partLength = 0;
                    pos++;
                    continue;
                }

                break;
            }

            if (IsHyphen(c) && hasNext && (char.IsLetter(next) || (hasLetter && char.IsDigit(next))))
            {
                partLength = 0;
                pos++;
                continue;
            }

            if (IsApostrophe(c) && hasLetter && hasNext && char.IsLetter(next) && !IsPossessiveAt(text, pos, end))
            {
                partLength = 0;
                pos++;
                continue;
            }

            break;
        }

        kind = hasLetter ? TokenKind.Word : TokenKind.Number;
        return pos;
    }

    /// <summary>True when <paramref name="pos"/> starts "'s" or "’s" that is not followed by another word character.</summary>
    private static bool IsPossessiveAt(string text, int pos, int end) =>
        pos + 1 < end
        && IsApostrophe(text[pos])
        && text[pos + 1] is 's' or 'S'
        && (pos + 2 == end || !IsWordChar(text[pos + 2]));

    private static bool IsThousandsGroup(string text, int pos, int end) =>
        pos + 3 <= end
        && char.IsDigit(text[pos])
        && char.IsDigit(text[pos + 1])
        && char.IsDigit(text[pos + 2])
        && (pos + 3 == end || !char.IsDigit(text[pos + 3]));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark
        or System.Globalization.UnicodeCategory.EnclosingMark;

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
