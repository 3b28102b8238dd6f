using System.Buffers;
using System.Globalization;
using System.Text;

namespace Compare.Articles;

/// <summary>
/// Removes invisible formatting characters from article text: zero-width spaces and joiners, the word joiner,
/// soft hyphens, stray byte order marks, and the direction marks, embeddings, overrides and isolates of the
/// Unicode bidirectional algorithm. Letters of right-to-left scripts (Arabic, Hebrew, ...) are kept.
/// </summary>
/// <remarks>
/// These characters show nothing, yet they split or join words ("Mar\u200Bzouk" would not match "Marzouk") and a
/// direction override can make a quote read differently on screen from what its characters say. Removing them
/// means quotes and offsets refer to the text without them, which is why the reader warns and the report shows
/// that text.
/// </remarks>
internal static class InvisibleCharacters
{
    /// <summary>Every character <see cref="IsInvisible"/> accepts, so that a text without any is passed over at vector speed.</summary>
    private static readonly SearchValues<char> All = SearchValues.Create(
        [.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i).Where(IsInvisible)]);

    /// <summary>True for the characters that <see cref="Remove"/> takes out.</summary>
    public static bool IsInvisible(char c) => c switch
    {
        '\u00AD' => true, // soft hyphen
        '\u061C' => true, // Arabic letter mark
        '\u180E' => true, // Mongolian vowel separator
        >= '\u200B' and <= '\u200F' => true, // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
        >= '\u202A' and <= '\u202E' => true, // embeddings, pop, overrides
        >= '\u2060' and <= '\u2064' => true, // word joiner and invisible operators
        >= '\u2066' and <= '\u2069' => true, // isolates
        '\uFEFF' => true, // zero-width no-break space (a byte order mark inside the text)
        _ => false,
    };

    /// <summary>
    /// Returns <paramref name="text"/> without invisible characters, how many were removed and the offset (in
    /// <paramref name="text"/>) of the first; the same string instance and 0 when there are none.
    /// </summary>
    public static (string Text, int Removed, int FirstAt) Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(All);
        if (first < 0)
        {
            return (text, 0, -1);
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        var removed = 0;
        for (var i = first; i < text.Length; i++)
        {
            if (IsInvisible(text[i]))
            {
                removed++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return (sb.ToString(), removed, first);
    }

    /// <summary>The warning for <paramref name="removed"/> characters, the first on <paramref name="line"/>.</summary>
    public static IngestWarning Warning(string path, int removed, int line) => new(
        path,
        line,
        "input.invisible-characters",
        FormattableString.Invariant($"the text holds {removed} invisible formatting character(s) (zero-width, soft hyphen or text-direction controls), the first on line {line}; they were removed before comparing, so quotes and offsets refer to the text without them (the JSON report shows that text); check the original if a quote looks altered"));
}
