using Compare.Recognition.Counts;
using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Text;

/// <summary>
/// The tokenizer and the count recognizer read plain ASCII text sixteen characters at a time once enough text
/// follows; shorter texts take the character-by-character path. These tests check that both paths agree
/// wherever words, text ends and range ends fall relative to a block.
/// </summary>
[TestFixture]
public sealed class BlockBoundaryTests
{
    // Characters that would extend a token or a number if the range end were not respected.
    private const string Continuation = "xyz9,000.5-yo's plain words";

    // Each under sixteen characters, so that on its own it is tokenized without blocks.
    private static readonly string[] ShortPhrases =
    [
        "J. Ortega", "it ended.", "1,200 people", "Hamas's men", "don't go", "U.S.-led", "café au lait", "naïve",
        "x1,234 y", "2.5bn", "Dr. Lim", "word,next", "a.b c", "1,20 and", "ends", "A. B.", "12. Next", "rock’s",
        "MH17 flight", "co-op, too", "Zoë's", "ab\u0301c d", "end.\u00A0Next", "ok!? yes", "9.", "A,", "1,234,",
        "(yes) no;", "say \"hi\"", "a;b", "end.\tNext", "wait, what?", "x.) y", "one: two",
    ];

    [Test]
    public void TokensDoNotDependOnTheTextAroundTheRange()
    {
        foreach (var phrase in ShortPhrases)
        {
            var expected = Describe(Tokenizer.Tokenize(phrase, 0, phrase.Length), 0);
            for (var prefixLength = 0; prefixLength <= 17; prefixLength++)
            {
                var prefix = new string(' ', prefixLength);
                var text = prefix + phrase + Continuation;
                var actual = Describe(Tokenizer.Tokenize(text, prefixLength, prefixLength + phrase.Length), prefixLength);
                Assert.That(actual, Is.EqualTo(expected), $"\"{phrase}\" after {prefixLength} spaces");
            }
        }
    }

    [TestCase("Internationalisation matters", "Internationalisation/W matters/W")]
    [TestCase("abcdefghijklmnop.", "abcdefghijklmnop/W ./P")]
    [TestCase("abcdefghijklmnopé x", "abcdefghijklmnopé/W x/W")]
    [TestCase("1234567890123456,789 x", "1234567890123456,789/N x/W")]
    [TestCase("the J. Ortega case goes on and on", "the/W J./W Ortega/W case/W goes/W on/W and/W on/W")]
    [TestCase("counting 1,200,300 of them in all", "counting/W 1,200,300/N of/W them/W in/W all/W")]
    [TestCase("the (quoted) words; end: \"yes\" and so on for a while", "the/W (/P quoted/W )/P words/W ;/P end/W :/P \"/P yes/W \"/P and/W so/W on/W for/W a/W while/W")]
    [TestCase("word\tnext, word.\tthen more words to fill the block", "word/W next/W ,/P word/W ./P then/W more/W words/W to/W fill/W the/W block/W")]
    [TestCase("ab.) and more words to fill up the block", "ab/W ./P )/P and/W more/W words/W to/W fill/W up/W the/W block/W")]
    public void LongTextsTokenizeAsExpected(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.That(string.Join(" ", tokens.Select(t => $"{t.Text}/{t.Kind.ToString()[0]}")), Is.EqualTo(expected));
    }

    [TestCase("about 20 men", "20")]
    [TestCase("a dozen eggs", "a dozen")]
    [TestCase("twenty-one", "twenty-one")]
    [TestCase("one hostage", "one")]
    [TestCase("over 40 died", "40")]
    [TestCase("Oct. 18 raid", "")]
    [TestCase("half a dozen", "")]
    [TestCase("5abc seven", "seven")]
    [TestCase("café seven", "seven")]
    public void CountsDoNotDependOnWhereTheBlocksFall(string sentence, string expected)
    {
        for (var prefixLength = 0; prefixLength <= 33; prefixLength++)
        {
            // Letters before the sentence end with a full stop, so they start no number and qualify none.
            var prefix = prefixLength == 0 ? string.Empty : new string('q', prefixLength - 1) + ".";
            var text = prefix + " " + sentence + " " + Continuation;
            var start = prefix.Length + 1;
            var counts = CountRecognizer.Recognize(text, new TextSpan(start, start + sentence.Length));
            var found = string.Join("|", counts.Select(c => text[c.NumberSpan.Start..c.NumberSpan.End]));
            Assert.That(found, Is.EqualTo(expected), $"\"{sentence}\" after {prefixLength} characters");
        }
    }

    [TestCase("The internationally recognised seventeen hostages were freed", "seventeen")]
    [TestCase("Representatives counted twenty-five thousand ballots overnight", "twenty-five thousand")]
    [TestCase("Extraordinarily, a hundred volunteers arrived", "a hundred")]
    [TestCase("Abcdefghijklmnopqrstuvwxyz one hostage was released", "one")]
    public void NumberWordsAcrossBlocksAreFound(string sentence, string expected)
    {
        var counts = CountRecognizer.Recognize(sentence, new TextSpan(0, sentence.Length));

        Assert.That(string.Join("|", counts.Select(c => sentence[c.NumberSpan.Start..c.NumberSpan.End])), Is.EqualTo(expected));
    }

    private static string Describe(IEnumerable<Token> tokens, int offset) =>
        string.Join(" ", tokens.Select(t => $"{t.Text}/{t.Kind}@{t.Start - offset}-{t.End - offset}"));
}
