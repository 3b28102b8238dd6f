using System.Runtime.CompilerServices;

namespace Compare.Text;

/// <summary>
/// The text of a token, shared by the tokens of equal text that one thread's tokenizer made recently, with what the
/// later passes have worked out about that text. News copy repeats its words, so a word's lower-case form, its shape
/// and its lexicon entry are worked out once for many tokens instead of once per token and pass.
/// </summary>
/// <remarks>
/// Everything kept here is a function of <see cref="Text"/> alone, or of the text and the owner kept beside it. The
/// lower-case forms and the name skeleton are one reference each, written whole, so any thread may read them. What a
/// recognizer keeps with its owner is written and read only by the thread whose tokenizer made the word: the
/// tokenizer's recent words are the thread's own, and a sentence's tokens are recognised in the call that made them.
/// </remarks>
public sealed class Word
{
    private string? _lower;
    private string? _straight;

    internal Word(string text) => Text = text;

    /// <summary>The token's characters.</summary>
    public string Text { get; }

    /// <summary><c>Text.ToLowerInvariant()</c>, the same string when nothing changes.</summary>
    public string Lower => _lower ??= LowerOf(Text);

    /// <summary><see cref="Lower"/> with ’ read as ' (the rules write the apostrophe straight).</summary>
    public string LowerStraight => _straight ??= Lower.Contains('’') ? Lower.Replace('’', '\'') : Lower;

    /// <summary>The skeleton of the word as a name (see Transliteration.Skeleton), once a lone name has been compared with a surname.</summary>
    internal string? NameSkeleton { get; set; }

    /// <summary>The lexicon that <see cref="MentionFacts"/> was read from, or null before the mention recognizer has read the word.</summary>
    internal object? MentionOwner { get; set; }

    /// <summary>What the mention recognizer knows of the word from <see cref="MentionOwner"/>, packed (see MentionRecognizer).</summary>
    internal ulong MentionFacts { get; set; }

    /// <summary>The claim extractor whose trigger words <see cref="RuleFacts"/> numbers the word among, or null.</summary>
    internal object? RuleOwner { get; set; }

    /// <summary>The word's number among <see cref="RuleOwner"/>'s trigger words (-1 for none).</summary>
    internal int RuleFacts { get; set; }

    public override string ToString() => Text;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string LowerOf(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 || char.IsAsciiLetterUpper(c))
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }

    /// <summary>What <see cref="RuleOwner"/>'s rules ask of the word, packed (see ClaimExtractor), beside <see cref="RuleFacts"/>.</summary>
    internal int RuleWordFacts { get; set; }
}
