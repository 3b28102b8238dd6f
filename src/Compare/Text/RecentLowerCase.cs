using System.Runtime.CompilerServices;

namespace Compare.Text;

/// <summary>
/// Lower-case forms of words (<see cref="string.ToLowerInvariant"/>), without a new string when nothing changes.
/// The forms of recent words that needed a change are kept per thread by the identity of the word's string: the
/// tokenizer reuses the strings of short words, so a name or a sentence-initial "The" is lowered once, not at every use.
/// </summary>
internal static class RecentLowerCase
{
    private const int Slots = 1024;

    [ThreadStatic]
    private static (string? Word, string? Lower)[]? t_lower;

    [ThreadStatic]
    private static (string? Word, string? Lower)[]? t_straight;

    /// <summary><c>word.ToLowerInvariant()</c>.</summary>
    public static string Of(string word) => Lookup(word, ref t_lower, straightApostrophes: false);

    /// <summary><c>word.ToLowerInvariant().Replace('’', '\'')</c>: the rules write the apostrophe straight.</summary>
    public static string WithStraightApostrophes(string word) => Lookup(word, ref t_straight, straightApostrophes: true);

    private static string Lookup(string word, ref (string? Word, string? Lower)[]? table, bool straightApostrophes)
    {
        // A word of lower-case ASCII letters and other ASCII characters lowers to itself (and holds no ’).
        var plain = true;
        foreach (var c in word)
        {
            if (c >= 0x80 || char.IsAsciiLetterUpper(c))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return word;
        }

        var recent = table ??= new (string?, string?)[Slots];
        var slot = RuntimeHelpers.GetHashCode(word) & (Slots - 1);
        if (ReferenceEquals(recent[slot].Word, word))
        {
            return recent[slot].Lower!;
        }

        var lower = straightApostrophes ? word.ToLowerInvariant().Replace('’', '\'') : word.ToLowerInvariant();
        recent[slot] = (word, lower);
        return lower;
    }
}
