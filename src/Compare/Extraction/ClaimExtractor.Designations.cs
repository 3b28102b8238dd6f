using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Compare.Rules;
using Compare.Text;

namespace Compare.Extraction;

internal sealed partial class ClaimExtractor
{
    // Words that may stand between a claim's item (or its trigger) and the number or symbol that names the text:
    // "a text, resolution 2712,", "the draft (document S/2023/773)". The words of a body's name ("adopted UN Security
    // Council resolution 2712") come from the cue lexicon's body-name list (see DesignationGapOf).
    private static readonly string[] DesignationGapWords =
    [
        "the", "a", "an", "its", "their", "this", "that",
        "resolution", "draft", "text", "proposal", "document", "symbol", "no", "number", "(", ",", ":", "—", "–", ".",
    ];

    // This extractor's gap words: DesignationGapWords and the one-word entries of the cue lexicon's body-name list.
    private readonly FrozenSet<string> _designationGap;

    // Words after which a number names a resolution: "resolution", and the cue lexicon's resolution-word list
    // ("res. 2712" and the like).
    private readonly FrozenSet<string> _resolutionWords;

    private static FrozenSet<string> DesignationGapOf(Lexicons lexicons) =>
        DesignationGapWords.Concat(OneWordCues(lexicons, "body-name")).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> ResolutionWordsOf(Lexicons lexicons) =>
        OneWordCues(lexicons, "resolution-word").Append("resolution").ToFrozenSet(StringComparer.Ordinal);

    private static IEnumerable<string> OneWordCues(Lexicons lexicons, string kind) =>
        lexicons.Cue(kind).Where(c => c.Length == 1).Select(c => c[0]);

    // Words after a number that make it a tally or a measure, not the resolution's number ("the resolution 12 to 3",
    // "13-0", "12 votes in favour", "by 12 in favour").
    private static readonly HashSet<string> TallyWords = new(StringComparer.Ordinal)
    {
        "votes", "vote", "against", "%", "percent", "per", "members", "countries", "states", "times", "days", "years", "people",
    };

    /// <summary>
    /// The number or symbol that names the text a claim is about: "resolution 2712" ("Resolution 2712 (2023)",
    /// "S/RES/2712 (2023)", "UNSCR 2712", "resolution No. 2712"), or a document symbol ("document S/2023/773"). It
    /// is read where the claim's item word stands (<paramref name="itemAt"/>) or, with no item, right after the
    /// trigger, with only the item's own words, a determiner, the body's name or a comma or bracket between: a
    /// resolution recalled elsewhere in the sentence does not name the text the claim is about. Null when none.
    /// </summary>
    internal string? Designation(ImmutableArray<Token> tokens, List<string> lower, int itemAt, int end)
    {
        if (itemAt >= 0 && DesignationFrom(tokens, lower, itemAt) is { } atItem)
        {
            return atItem;
        }

        return end < lower.Count ? DesignationFrom(tokens, lower, end) : null;
    }

    /// <summary>The designation that starts at <paramref name="from"/> or after gap words only (see <see cref="DesignationGapWords"/>).</summary>
    private string? DesignationFrom(ImmutableArray<Token> tokens, List<string> lower, int from)
    {
        for (var i = from; i < lower.Count && i < from + 8; i++)
        {
            if (DesignationAt(tokens, lower, i) is { } found)
            {
                return found;
            }

            if (!_designationGap.Contains(lower[i]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The designation that starts at token <paramref name="i"/>, or null.</summary>
    internal string? DesignationAt(ImmutableArray<Token> tokens, List<string> lower, int i)
    {
        // A symbol: a capital letter or two, then a slash and more, written without spaces ("S/2023/773", "A/RES/77/247").
        if (Symbol(tokens, i) is { } symbol)
        {
            return OfSymbol(symbol);
        }

        if (!_resolutionWords.Contains(lower[i]))
        {
            return null;
        }

        var k = i + 1;
        if (k < lower.Count && lower[k] == ".")
        {
            k++;
        }

        // "resolution No. 2712", "resolution number 2712", "resolution #2712".
        if (k < lower.Count && lower[k] is "no" or "number" or "#" or "nr")
        {
            k++;
            if (k < lower.Count && lower[k] == ".")
            {
                k++;
            }
        }

        if (k >= lower.Count)
        {
            return null;
        }

        if (Symbol(tokens, k) is { } named)
        {
            return OfSymbol(named);
        }

        // The number itself: digits, or numbers joined by slashes written without spaces ("77/247"); not a tally
        // ("the resolution 12 to 3", "13-0") and not a figure with a separator or a decimal point.
        if (tokens[k].Kind != TokenKind.Number || !AllDigits(tokens[k].Text))
        {
            return null;
        }

        var number = new StringBuilder(tokens[k].Text.TrimStart('0'));
        var last = k;
        while (last + 2 < tokens.Length && tokens[last + 1].Text == "/" && tokens[last + 1].Start == tokens[last].End
            && tokens[last + 2].Start == tokens[last + 1].End && tokens[last + 2].Kind == TokenKind.Number && AllDigits(tokens[last + 2].Text))
        {
            number.Append('/').Append(tokens[last + 2].Text);
            last += 2;
        }

        if (number.Length == 0 || last + 1 < lower.Count && Tally(tokens, lower, last + 1))
        {
            return null;
        }

        return "resolution " + number;
    }

    /// <summary>
    /// A document symbol starting at token <paramref name="i"/>: one or two capital letters, a slash, then letters,
    /// digits, slashes, dots and hyphens written without spaces, with a digit among them and ending in a letter or
    /// digit ("S/2023/773", "S/RES/2712", "A/ES-10/L.25"). Null when none starts there.
    /// </summary>
    private static string? Symbol(ImmutableArray<Token> tokens, int i)
    {
        var first = tokens[i];
        if (first.Kind != TokenKind.Word || first.Text.Length > 2 || first.Text.AsSpan().ContainsAnyExceptInRange('A', 'Z')
            || i + 2 >= tokens.Length || tokens[i + 1].Text != "/" || tokens[i + 1].Start != first.End)
        {
            return null;
        }

        var k = i + 1;
        var end = i;
        var digit = false;
        while (k < tokens.Length && tokens[k].Start == tokens[k - 1].End)
        {
            var t = tokens[k];
            if (t.Kind is TokenKind.Word or TokenKind.Number)
            {
                digit |= t.Text.AsSpan().ContainsAnyInRange('0', '9');
                end = k;
            }
            else if (t.Text is not ("/" or "." or "-"))
            {
                break;
            }

            k++;
        }

        if (!digit || end == i)
        {
            return null;
        }

        return string.Concat(tokens.Skip(i).Take(end - i + 1).Select(t => t.Text));
    }

    /// <summary>A symbol as a designation: a resolution's symbol gives its number ("S/RES/2712": resolution 2712).</summary>
    private static string OfSymbol(string symbol)
    {
        var rest = symbol[(symbol.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return rest.StartsWith("RES/", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 ? "resolution " + rest[4..] : "document " + symbol;
    }

    /// <summary>True when the words from <paramref name="k"/> on make the number before them a tally or a measure.</summary>
    private static bool Tally(ImmutableArray<Token> tokens, List<string> lower, int k) =>
        TallyWords.Contains(lower[k])
        || lower[k] is "to" or "-" or "–" && k + 1 < lower.Count && tokens[k + 1].Kind == TokenKind.Number
        || lower[k] == "in" && k + 1 < lower.Count && lower[k + 1] is "favour" or "favor";

    private static bool AllDigits(string text) => text.Length > 0 && !text.AsSpan().ContainsAnyExceptInRange('0', '9');
}
