using System.Runtime.CompilerServices;

namespace Compare.Text;

/// <summary>
/// The text of a token, shared by the tokens of equal text that one thread's tokenizer made recently, with what the
/// later passes have worked out about that text. News copy repeats its words, so a word's lower-case form, its shape
/// and its lexicon entry are worked out once for many tokens instead of once per token and pass.
/// </summary>
/// <remarks>
/// Everything kept here is a function of <see cref="Text"/> alone (or of the text and the owner named in the kept
/// value), and each is one reference written whole: a reader on any thread sees either nothing yet or a complete value.
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

    /// <summary>What the mention recognizer knows of the word, for the lexicon named in the value.</summary>
    internal object? MentionFacts { get; set; }

    /// <summary>What a claim extractor knows of the word, for the extractor named in the value.</summary>
    internal object? RuleFacts { get; set; }

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
}
