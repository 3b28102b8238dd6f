using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Text;

[TestFixture]
public sealed class TokenizerTests
{
    // Expected tokens are written as "text/kind" with W = Word, N = Number, P = Punctuation, separated by spaces.
    [TestCase("The ferry sank", "The/W ferry/W sank/W")]
    [TestCase("Hamas's leaders", "Hamas/W 's/W leaders/W")]
    [TestCase("the council’s vote", "the/W council/W ’s/W vote/W")]
    [TestCase("HAMAS'S", "HAMAS/W 'S/W")]
    [TestCase("the 1990's", "the/W 1990/N 's/W")]
    [TestCase("the Smiths' car", "the/W Smiths/W '/P car/W")]
    [TestCase("don't O'Neill", "don't/W O'Neill/W")]
    [TestCase("'sup", "'/P sup/W")]
    [TestCase("a Russian-Israeli al-Rashid deal", "a/W Russian-Israeli/W al-Rashid/W deal/W")]
    [TestCase("a 25-year-old man", "a/W 25-year-old/W man/W")]
    [TestCase("S-300 and F-16s", "S-300/W and/W F-16s/W")]
    [TestCase("the 1990s", "the/W 1990s/W")]
    [TestCase("a 10,000-strong crowd", "a/W 10,000-strong/W crowd/W")]
    [TestCase("2020-2021", "2020/N -/P 2021/N")]
    [TestCase("well -known", "well/W -/P known/W")]
    [TestCase("word- next", "word/W -/P next/W")]
    [TestCase("U.S. forces", "U.S./W forces/W")]
    [TestCase("the U.N.", "the/W U.N./W")]
    [TestCase("U.S.-led talks", "U.S.-led/W talks/W")]
    [TestCase("M.L.Bogdanov met", "M.L./W Bogdanov/W met/W")]
    [TestCase("M.Abu Marzouk", "M./W Abu/W Marzouk/W")]
    [TestCase("the U.S.Army", "the/W U.S./W Army/W")]
    [TestCase("at 9 a.m. local", "at/W 9/N a.m./W local/W")]
    [TestCase("a Ph.D. thesis", "a/W Ph.D./W thesis/W")]
    [TestCase("J. Ortega", "J./W Ortega/W")]
    [TestCase("J.K. Ortega", "J.K./W Ortega/W")]
    [TestCase("Dr. Lim", "Dr/W ./P Lim/W")]
    [TestCase("it ended.", "it/W ended/W ./P")]
    [TestCase("bbc.co.uk.", "bbc.co.uk/W ./P")]
    [TestCase("1,200 people", "1,200/N people/W")]
    [TestCase("3,400,500", "3,400,500/N")]
    [TestCase("1,20", "1/N ,/P 20/N")]
    [TestCase("1,2345", "1/N ,/P 2345/N")]
    [TestCase("2.5 million", "2.5/N million/W")]
    [TestCase("$2.5bn", "$/P 2.5bn/W")]
    [TestCase("1,250.75", "1,250.75/N")]
    [TestCase("in 2023.", "in/W 2023/N ./P")]
    [TestCase("3, 4", "3/N ,/P 4/N")]
    [TestCase("MH17", "MH17/W")]
    [TestCase("40%", "40/N %/P")]
    [TestCase("“Yes,” she said", "“/P Yes/W ,/P ”/P she/W said/W")]
    [TestCase("\"No\" -- (maybe): [ok];", "\"/P No/W \"/P -/P -/P (/P maybe/W )/P :/P [/P ok/W ]/P ;/P")]
    [TestCase("wait – now — then", "wait/W –/P now/W —/P then/W")]
    [TestCase("...", "./P ./P ./P")]
    [TestCase("café naïve", "café/W naïve/W")]
    public void Tokenize_ProducesExpectedTokens(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.That(Describe(tokens), Is.EqualTo(expected));
        AssertOffsets(text, 0, text.Length, tokens);
    }

    [TestCase("a\u00A0b", "a/W b/W")]
    [TestCase("a\u200Bb", "a/W b/W")]
    [TestCase("\uFEFFStart", "Start/W")]
    [TestCase("x\u200C\u200Dy", "x/W y/W")]
    [TestCase(" \t\r\n ", "")]
    [TestCase("", "")]
    public void Tokenize_SkipsWhiteSpaceIncludingInvisibleChars(string text, string expected)
    {
        Assert.That(Describe(Tokenizer.Tokenize(text, 0, text.Length)), Is.EqualTo(expected));
    }

    [Test]
    public void Tokenize_CombiningMarkStaysInsideWord()
    {
        const string text = "cafe\u0301 open";

        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.That(tokens.Select(t => t.Text), Is.EqualTo(new[] { "cafe\u0301", "open" }));
    }

    [Test]
    public void Tokenize_SurrogatePairIsOnePunctuationToken()
    {
        const string text = "ok \U0001F600 go";

        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.That(Describe(tokens), Is.EqualTo("ok/W \U0001F600/P go/W"));
    }

    [Test]
    public void Tokenize_LoneSurrogatesAreSingleCharPunctuation()
    {
        var text = "a\uD800b\uDC00";

        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.That(tokens.Select(t => (t.Text.Length, t.Kind)), Is.EqualTo(new[]
        {
            (1, TokenKind.Word), (1, TokenKind.Punctuation), (1, TokenKind.Word), (1, TokenKind.Punctuation),
        }));
    }

    [Test]
    public void Tokenize_UsesAbsoluteOffsetsInsideTheRange()
    {
        const string text = "skip this. Harbour pilots struck on Monday. tail";
        var start = text.IndexOf("Harbour", StringComparison.Ordinal);
        var end = text.IndexOf(". tail", StringComparison.Ordinal) + 1;

        var tokens = Tokenizer.Tokenize(text, start, end);

        Assert.That(tokens.Select(t => t.Text), Is.EqualTo(new[] { "Harbour", "pilots", "struck", "on", "Monday", "." }));
        Assert.That(tokens[0].Start, Is.EqualTo(start));
        Assert.That(tokens[^1].End, Is.EqualTo(end));
        AssertOffsets(text, start, end, tokens);
    }

    [Test]
    public void Tokenize_RangeCutsWordsAtItsEdges()
    {
        const string text = "abcdef";

        var tokens = Tokenizer.Tokenize(text, 2, 4);

        Assert.That(tokens.Select(t => (t.Text, t.Start, t.End)), Is.EqualTo(new[] { ("cd", 2, 4) }));
    }

    [Test]
    public void Tokenize_PossessiveCheckDoesNotReadPastRangeEnd()
    {
        const string text = "Hamas'sx";

        var tokens = Tokenizer.Tokenize(text, 0, 7);

        Assert.That(Describe(tokens), Is.EqualTo("Hamas/W 's/W"));
    }

    [Test]
    public void Tokenize_SpaceSkippedAfterAMarkMayLieBeyondTheRange()
    {
        // The tokenizer steps over the space after a comma or full stop in one go; a range that ends on the mark
        // must still end there, and one that starts on the space must still find the word after it.
        const string text = "one, two. three";

        Assert.That(Describe(Tokenizer.Tokenize(text, 0, 4)), Is.EqualTo("one/W ,/P"));
        Assert.That(Describe(Tokenizer.Tokenize(text, 0, 5)), Is.EqualTo("one/W ,/P"));
        Assert.That(Describe(Tokenizer.Tokenize(text, 3, 10)), Is.EqualTo(",/P two/W ./P"));
        Assert.That(Describe(Tokenizer.Tokenize(text, 4, text.Length)), Is.EqualTo("two/W ./P three/W"));
        Assert.That(Tokenizer.Tokenize(text, 8, 10).Select(t => (t.Text, t.Start, t.End)), Is.EqualTo(new[] { (".", 8, 9) }));
    }

    [Test]
    public void IsWhiteSpace_AgreesWithItsDefinitionForEveryChar()
    {
        // The quick answer for visible ASCII must never differ from the definition in the documentation.
        for (var c = char.MinValue; ; c++)
        {
            var expected = char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
            if (Tokenizer.IsWhiteSpace(c) != expected)
            {
                Assert.Fail($"U+{(int)c:X4}: expected {expected}");
            }

            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [TestCase(-1, 2)]
    [TestCase(3, 2)]
    [TestCase(0, 99)]
    public void Tokenize_RejectsRangesOutsideTheText(int start, int end)
    {
        Assert.That(() => Tokenizer.Tokenize("abcd", start, end), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Tokenize_RandomInputKeepsOffsetInvariants()
    {
        var random = new Random(20240611);
        const string alphabet = "abcXYZ019 .,'’-\"“”!?…:;()\u00A0\u200B\n\r\tsS\uD800\uDC00é\u0301";
        for (var n = 0; n < 500; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 1);

            var tokens = Tokenizer.Tokenize(text, start, end);

            AssertOffsets(text, start, end, tokens);
        }
    }

    [Test]
    public void Recent_words_are_reused_only_for_the_same_text()
    {
        // The tokenizer keeps recent short words by their zero-padded characters: a NUL, a one-letter word and the
        // longer words that start with it must still come out as their own text, here and in a later call.
        const string text = "a \0 ab \0a a\0 abc a ab\0\0 abcdefghijkl abcdefghijk \0";
        for (var round = 0; round < 2; round++)
        {
            var tokens = Tokenizer.Tokenize(text, 0, text.Length);

            AssertOffsets(text, 0, text.Length, tokens);
            Assert.That(tokens.Where(t => t.Text == "a").Select(t => t.Word).Distinct().Count(), Is.EqualTo(1), "one word for each recent short text");
            Assert.That(tokens.Where(t => t.Text == "\0").Select(t => t.Word).Distinct().Count(), Is.EqualTo(1));
        }
    }

    [TestCase("said", 3)]
    [TestCase("abcdefgh", 4)]
    [TestCase("government", 8)]
    [TestCase("internationally", 12)]
    public void A_word_found_between_new_words_is_never_forgotten(string frequent, int newLength)
    {
        // Thousands of new words, each followed by the frequent one, so that many of them fall into its bucket of the
        // table of recent words. A new word must not push out a word that was found since the last new word came.
        var text = new System.Text.StringBuilder();
        for (var n = 0; n < 6000; n++)
        {
            var word = new char[newLength + 2];
            word[0] = 'q';
            for (int k = 1, v = n; k < word.Length; k++, v /= 26)
            {
                word[k] = (char)('a' + (v % 26));
            }

            text.Append(word).Append(' ').Append(frequent).Append(' ');
        }

        var all = text.ToString();
        var tokens = Tokenizer.Tokenize(all, 0, all.Length);

        Assert.That(tokens.Length, Is.EqualTo(12000));
        Assert.That(tokens.Where(t => t.Text == frequent).Select(t => t.Word).Distinct().Count(), Is.EqualTo(1));
    }

    [TestCase("a")]
    [TestCase(",")]
    [TestCase("said")]
    [TestCase("abcdefgh")]
    [TestCase("abcdefghi")]
    [TestCase("internationally")]
    [TestCase("abcdefghijklmnop")]
    [TestCase("abcdefghijklmnopq")]
    [TestCase("counter-terrorism-led")]
    [TestCase("café")]
    [TestCase("Élysée-Palace")]
    [TestCase("U.S.")]
    [TestCase("1,200")]
    public void Tokens_of_the_same_text_share_one_word_wherever_they_stand(string word)
    {
        // In the middle of a text a block of characters can be read at the token; at its very end it cannot, and
        // the word is found one character at a time. Both must find the same word, in this call and the next.
        var text = word + " x " + word + " " + word + " y " + word + " " + word;
        var first = Tokenizer.Tokenize(text, 0, text.Length).Where(t => t.Text == word).ToList();
        var second = Tokenizer.Tokenize(text, 0, text.Length).Where(t => t.Text == word).ToList();

        Assert.That(first, Has.Count.EqualTo(5));
        Assert.That(first.Concat(second).Select(t => t.Word).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Words_too_long_to_keep_still_have_their_text()
    {
        var longWord = new string('x', 40);
        var text = longWord + " " + longWord + "y " + longWord;

        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.That(tokens.Select(t => t.Text), Is.EqualTo(new[] { longWord, longWord + "y", longWord }));
        AssertOffsets(text, 0, text.Length, tokens);
    }

    [Test]
    public void Recent_words_of_every_length_and_script_keep_their_own_text()
    {
        // Many words that share prefixes, lengths and buckets, some outside ASCII or past a key's length: whichever
        // word a token gets must have the token's text, however often the table's buckets are overwritten.
        var random = new Random(7);
        const string alphabet = "abcdeABé’-ж";
        var pool = new string[3000];
        for (var n = 0; n < pool.Length; n++)
        {
            var chars = new char[1 + random.Next(24)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            pool[n] = new string(chars);
        }

        for (var round = 0; round < 3; round++)
        {
            var text = string.Join(" ", Enumerable.Range(0, 2000).Select(_ => pool[random.Next(pool.Length)]));

            var tokens = Tokenizer.Tokenize(text, 0, text.Length);

            AssertOffsets(text, 0, text.Length, tokens);
            var textsByWord = tokens.GroupBy(t => t.Word).Select(g => g.Select(t => t.Text).Distinct().Count());
            Assert.That(textsByWord, Is.All.EqualTo(1), "a word is shared only by tokens of its own text");
        }
    }

    [TestCase("the", "the", "the")]
    [TestCase("Don’T", "don’t", "don't")]
    [TestCase("ÉLYSÉE", "élysée", "élysée")]
    [TestCase("O'Brien", "o'brien", "o'brien")]
    public void A_word_knows_its_lower_case_forms(string text, string lower, string straight)
    {
        var word = Tokenizer.Tokenize(text, 0, text.Length).Single().Word;

        Assert.That(word.Text, Is.EqualTo(text));
        Assert.That(word.Lower, Is.EqualTo(lower));
        Assert.That(word.LowerStraight, Is.EqualTo(straight));
        Assert.That(word.Lower, Is.SameAs(word.Lower), "worked out once");
        if (text == lower)
        {
            Assert.That(word.Lower, Is.SameAs(word.Text), "no new string when nothing changes");
        }
    }

    private static string Describe(IEnumerable<Token> tokens) =>
        string.Join(" ", tokens.Select(t => $"{t.Text}/{t.Kind.ToString()[0]}"));

    private static void AssertOffsets(string text, int start, int end, IReadOnlyList<Token> tokens)
    {
        var previousEnd = start;
        foreach (var token in tokens)
        {
            Assert.That(token.Start, Is.GreaterThanOrEqualTo(previousEnd), $"overlap at {token.Start} in {Escape(text)}");
            Assert.That(token.End, Is.GreaterThan(token.Start));
            Assert.That(token.End, Is.LessThanOrEqualTo(end));
            Assert.That(text.Substring(token.Start, token.End - token.Start), Is.EqualTo(token.Text));
            Assert.That(token.Text.Any(Tokenizer.IsWhiteSpace), Is.False, $"white space in token {Escape(token.Text)}");
            previousEnd = token.End;
        }

        // Everything between tokens must be white space, otherwise a character was dropped.
        var covered = new bool[end - start];
        foreach (var token in tokens)
        {
            for (var k = token.Start; k < token.End; k++)
            {
                covered[k - start] = true;
            }
        }

        for (var k = start; k < end; k++)
        {
            Assert.That(covered[k - start] || Tokenizer.IsWhiteSpace(text[k]), Is.True, $"char {k} dropped in {Escape(text)}");
        }
    }

    // Truncated so that building failure messages for huge inputs stays cheap.
    private static string Escape(string s) =>
        string.Concat(s.Take(120).Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
