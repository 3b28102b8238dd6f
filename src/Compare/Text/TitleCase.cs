namespace Compare.Text;

/// <summary>
/// Tells a line written in title case (a headline, a link's title: "Israel Denies Report Of Russian Delegation
/// Visit", "Hamas Ready to Free Two Hostages as a Priority") from running prose. In title case a capital says nothing
/// about a word being a name: verbs and nouns are capitalised too.
/// </summary>
/// <remarks>
/// Both house styles of title case are recognised: the one that capitalises every word, and the ones that leave the
/// short articles, conjunctions and prepositions ("of", "to", "a", "as") in lower case. Prose nearly always has some
/// other word in lower case (a verb, a common noun: "said", "met", "hostages"), which rules it out. A web address's
/// words (from "http" to the next space) and dotted names are not read.
/// </remarks>
internal static class TitleCase
{
    // The short words that title case leaves in lower case.
    private static readonly HashSet<string> LowerCaseWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over",
    };

    // The length of the longest of LowerCaseWords: a longer word in lower case is prose without a lookup.
    private static readonly int LongestLowerCaseWord = LowerCaseWords.Max(w => w.Length);

    private const int MinimumCapitalised = 4;

    /// <summary>True when the words of <paramref name="tokens"/> are written in title case (see the remarks).</summary>
    public static bool Is(ReadOnlySpan<Token> tokens)
    {
        var capitalised = 0;
        var first = true;
        var inAddress = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word)
            {
                // A web address runs to the next space; its parts after "http" are no words of the title.
                if (inAddress && k > 0 && tokens[k - 1].End < token.Start)
                {
                    inAddress = false;
                }

                continue;
            }

            var text = token.Text;
            if (inAddress && k > 0 && tokens[k - 1].End == token.Start)
            {
                continue;
            }

            inAddress = false;
            if (text[0] is 'h' or 'H' or 'w' or 'W'
                && (text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            {
                inAddress = true;
                continue;
            }

            // A dotted name in lower case ("bbc.co.uk") and a possessive are passed over. The cheap tests go first:
            // most words end in a lower-case letter, few hold a dot.
            if (text.Length > 3 && char.IsLower(text[^1]) && text.Contains('.') || text is "'s" or "\u2019s")
            {
                continue;
            }

            if (char.IsUpper(text[0]))
            {
                if (!first)
                {
                    capitalised++;
                }
            }
            else if (char.IsLower(text[0]) && (text.Length > LongestLowerCaseWord || !LowerCaseWords.Contains(text)) && !ArabicArticleName(text))
            {
                return false;
            }

            first = false;
        }

        return capitalised >= MinimumCapitalised;
    }

    // "al-Assad", "el-Sisi": a name with the Arabic article keeps it in lower case in any style.
    private static bool ArabicArticleName(string text) =>
        text.Length > 3 && text[2] == '-' && text[0] is 'a' or 'e' && text[1] == 'l' && char.IsUpper(text[3]);
}
