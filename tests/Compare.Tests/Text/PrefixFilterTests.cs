using System.Runtime.Intrinsics.X86;
using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Text;

[TestFixture]
public sealed class PrefixFilterTests
{
    private static readonly string[] Words = ["march", "april", "seven", "dozen", "hundred", "Tues"];

    private static PrefixFilter Filter(IEnumerable<string> words) =>
        new(words.Select(w => PrefixFilter.KeyOf(w[0], w[1], w[2])));

    [Test]
    public void Every_word_passes_in_any_case_at_every_place_of_the_block()
    {
        var filter = Filter(Words);
        foreach (var word in Words)
        {
            foreach (var form in new[] { word.ToLowerInvariant(), word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() })
            {
                for (var place = 0; place < 16; place++)
                {
                    var chars = (new string('.', place) + form).PadRight(PrefixFilter.Span + 4, ' ');
                    Assert.That(filter.Mask(chars) & (1u << place), Is.Not.Zero, $"{form} at {place}");
                }
            }
        }
    }

    [Test]
    public void Other_words_fail_where_the_vector_test_is_made()
    {
        Assume.That(Avx512BW.VL.IsSupported, "without the vector instructions every place passes by design");
        var filter = Filter(Words);

        // Places 0, 6 and 12 start "the", "cat" and "mat"; no place of this block starts a word of the filter.
        var mask = filter.Mask("the   cat   mat   ");

        Assert.That(mask & 0xFFFF, Is.Zero);
    }

    [Test]
    public void Keys_that_no_multiplier_separates_let_every_place_pass()
    {
        // More keys than slots: no table holds them all, so the filter must not rule anything out.
        var many = Enumerable.Range(0, 40).Select(i => $"{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}x");
        var filter = Filter(many);

        Assert.That(filter.Mask("the   cat   mat   "), Is.EqualTo(uint.MaxValue));
    }
}
