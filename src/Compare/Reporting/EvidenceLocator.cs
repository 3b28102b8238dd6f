using System.Collections.Immutable;
using System.Globalization;
using Compare.Alignment;
using Compare.Comparison;
using Compare.Extraction;
using Compare.Text;

namespace Compare.Reporting;

/// <summary>
/// Goes back from a finding's quote to what produced it: the claims of the event read from that sentence, the
/// words that hold the value (a date or count as written, a denial cue, a role's mention, an office's title) and
/// the derivation of the article's value. Used by every renderer, so the audit trail reads the same everywhere.
/// </summary>
/// <remarks>
/// Findings carry values and sentences but not the claims behind them; the claims are found again by article and
/// sentence start, and the ones that hold the value are picked by the same reading the comparison used. When
/// nothing more precise is known the value is looked for in the quote as written; when it is not there either, the
/// quote has no mark rather than a wrong one.
/// </remarks>
internal sealed class EvidenceLocator
{
    private readonly Dictionary<string, ArticleAnalysis> _articles;
    private readonly Dictionary<string, PersonEntity> _people;

    public EvidenceLocator(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _articles = report.Articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        _people = report.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The wire word for a claim's polarity, as findings give it: "asserted", "denied" or "did not happen".</summary>
    public static string PolarityWord(Polarity polarity) => polarity switch
    {
        Polarity.Denied => "denied",
        Polarity.Negated => "did not happen",
        _ => "asserted",
    };

    /// <summary>The evidence for quote <paramref name="quote"/> of value <paramref name="value"/> of <paramref name="finding"/>. Never throws for a quote it cannot place; it then has no marks.</summary>
    public QuoteEvidence Locate(ReportFinding finding, FindingValue value, FindingQuote quote)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(quote);
        var attribute = finding.Finding.Attribute;
        var marks = new List<TextSpan>();
        List<TextSpan>? triggers = null;
        var claims = ImmutableArray<Claim>.Empty;
        string? derivation = null;
        if (finding.Event is { } ev)
        {
            // The claims of the event read from the quote's sentence that hold the value, in event order.
            List<Claim>? holding = null;
            foreach (var c in ev.Event.Claims)
            {
                if (c.ArticleId == quote.Article && c.Sentence.Start == quote.Start && Holds(c, attribute, value.Value))
                {
                    (holding ??= []).Add(c);
                }
            }

            if (holding is not null)
            {
                claims = [.. holding];
                triggers = new List<TextSpan>(holding.Count);
                foreach (var c in holding)
                {
                    AddMarks(marks, c, attribute, value.Value, quote);
                    triggers.Add(c.TriggerSpan);
                }

                foreach (var c in holding)
                {
                    if (DerivationFor(c, attribute) is { } d)
                    {
                        derivation = d;
                        break;
                    }
                }
            }
        }
        else if (_articles.TryGetValue(quote.Article, out var analysis))
        {
            if (attribute == "title")
            {
                var titles = new List<Recognition.TitleMention>();
                foreach (var sentence in analysis.Mentions)
                {
                    foreach (var t in sentence.Titles)
                    {
                        if (t.Title == value.Value && t.Start >= quote.Start && t.End <= quote.End)
                        {
                            titles.Add(t);
                        }
                    }
                }

                // A sentence can give two people the same title ("President X's ties with President Y"); keep the
                // person's own when the names tell them apart.
                if (finding.PersonId is { } id && _people.TryGetValue(id, out var person))
                {
                    var own = new List<Recognition.TitleMention>();
                    foreach (var t in titles)
                    {
                        if (IsNamed(person, t.Person.Resolved.Text))
                        {
                            own.Add(t);
                        }
                    }

                    titles = own.Count > 0 ? own : titles;
                }

                // A loop: LINQ producing spans (a struct) is compiled at run time.
                foreach (var t in titles)
                {
                    marks.Add(new TextSpan(t.Start, t.End));
                }

                derivation = titles.Count == 0 ? null : $"{value.Value} from " + string.Join("; ", titles.Select(t => $"\u201C{t.Written}\u201D").Distinct());
            }
            else if (attribute == "age")
            {
                foreach (var a in analysis.Ages)
                {
                    if (a.AgeSpan.Start >= quote.Start && a.AgeSpan.End <= quote.End && a.Age.ToString(CultureInfo.InvariantCulture) == value.Value)
                    {
                        marks.Add(a.AgeSpan);
                    }
                }
            }
        }

        if (marks.Count == 0 && Find(quote, value.Value) is { } literal)
        {
            marks.Add(literal);
        }

        return new QuoteEvidence(quote, Normalise(marks, quote), triggers is null ? [] : Normalise(triggers, quote), claims, derivation);
    }

    private static bool IsNamed(PersonEntity person, string text)
    {
        if (Similar(person.Name, text))
        {
            return true;
        }

        foreach (var v in person.Variants)
        {
            if (Similar(v.Text, text))
            {
                return true;
            }
        }

        var last = LastWord(text);
        return last.Length > 2 && LastWord(person.Name).SequenceEqual(last);
    }

    /// <summary>The last of the words of <paramref name="text"/> separated by spaces; empty when there is none.</summary>
    private static ReadOnlySpan<char> LastWord(string text)
    {
        var end = text.AsSpan().TrimEnd(' ').Length;
        if (end == 0)
        {
            return [];
        }

        var start = text.LastIndexOf(' ', end - 1) + 1;
        return text.AsSpan(start, end - start);
    }

    private static bool Holds(Claim c, string attribute, string value) => attribute switch
    {
        "date" => c.Date?.Iso == value,
        "polarity" => PolarityWord(c.Polarity) == value,
        "event" => true,
        "place" => RoleOf(c, "place") is not null,
        var a when a.StartsWith("count", StringComparison.Ordinal) => c.Count is { } n && EventComparer.CountText(n) == value,
        _ => RoleOf(c, attribute) is not null,
    };

    /// <summary>The claim's first role of that name, as <see cref="Claim.Role"/> gives it, found without a closure.</summary>
    private static RoleFill? RoleOf(Claim c, string name)
    {
        foreach (var r in c.Roles)
        {
            if (r.Role == name)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>Adds to <paramref name="marks"/> the words of the quote that hold the claim's value of the attribute.</summary>
    private static void AddMarks(List<TextSpan> marks, Claim c, string attribute, string value, FindingQuote quote)
    {
        switch (attribute)
        {
            case "date":
                AddSome(marks, Find(quote, c.Date?.Written));
                return;
            case "polarity":
                if (c.PolarityCue is not null && c.Polarity != Polarity.Asserted)
                {
                    AddSome(marks, FindCue(c, c.PolarityCue));
                }

                marks.Add(c.TriggerSpan);
                return;
            case "event":
                marks.Add(c.TriggerSpan);
                return;
            default:
                if (attribute.StartsWith("count", StringComparison.Ordinal))
                {
                    AddSome(marks, Find(quote, c.Count?.Written));
                    return;
                }

                // Roles: the mentions that fill the role, preferring the ones that read as the value.
                if (RoleOf(c, attribute) is not { } role)
                {
                    return;
                }

                var before = marks.Count;
                foreach (var m in role.Mentions)
                {
                    if (Similar(m.Text, value) || Similar(m.Resolved.Text, value))
                    {
                        marks.Add(new TextSpan(m.Start, m.End));
                    }
                }

                if (marks.Count == before)
                {
                    foreach (var m in role.Mentions)
                    {
                        marks.Add(new TextSpan(m.Start, m.End));
                    }
                }

                return;
        }
    }

    private static string? DerivationFor(Claim c, string attribute)
    {
        switch (attribute)
        {
            case "date":
                return c.Date?.Derivation;
            case "polarity":
                return c.Polarity == Polarity.Asserted
                    ? "asserted: no denial or negation cue before the trigger"
                    : $"{PolarityWord(c.Polarity)}: cue \u201C{c.PolarityCue}\u201D before the trigger \u201C{c.Trigger}\u201D";
            case "event":
                return null;
            default:
                if (attribute.StartsWith("count", StringComparison.Ordinal))
                {
                    return c.Count?.Derivation;
                }

                return RoleOf(c, attribute) is { } role ? $"{role.Role} from {ClaimAudit.Source(role.Source)}" : null;
        }
    }

    private static bool Similar(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase));

    private static void AddSome(List<TextSpan> spans, TextSpan? span)
    {
        if (span is { } s)
        {
            spans.Add(s);
        }
    }

    /// <summary>The first place <paramref name="text"/> is written in the quote, exactly if it can be, else ignoring case.</summary>
    private static TextSpan? Find(FindingQuote quote, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var at = quote.Quote.IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
        {
            at = quote.Quote.IndexOf(text, StringComparison.OrdinalIgnoreCase);
        }

        return at < 0 ? null : new TextSpan(quote.Start + at, quote.Start + at + text.Length);
    }

    /// <summary>
    /// Where a cue stands in the claim's sentence. Cues are lemmas ("deny", "refuse to"), so a word matches its
    /// inflections by a shared stem; of several matches the one closest before the trigger is the one that was read.
    /// </summary>
    private static TextSpan? FindCue(Claim c, string cue)
    {
        var words = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = c.Sentence.Tokens.Where(t => t.IsWord).ToList();
        TextSpan? best = null;
        for (var i = 0; i + words.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var k = 0; k < words.Length && all; k++)
            {
                all = WordMatches(tokens[i + k].Text, words[k]);
            }

            if (!all)
            {
                continue;
            }

            var span = new TextSpan(tokens[i].Start, tokens[i + words.Length - 1].End);
            if (best is null || (span.End <= c.TriggerSpan.Start && span.Start > best.Value.Start))
            {
                best = span;
            }
        }

        return best;
    }

    private static bool WordMatches(string token, string lemma)
    {
        if (token.Equals(lemma, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "deny" ~ "denies", "refuse" ~ "refusal", "shun" ~ "shunned": regular inflections share the stem. Short
        // lemmas ("not", "to") must match whole, or "not" would match "notably".
        var stem = lemma.Length > 3 && (lemma.EndsWith('e') || lemma.EndsWith('y')) ? lemma[..^1] : lemma;
        return lemma.Length > 3 && token.StartsWith(stem, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Keeps spans inside the quote, sorted, with overlapping or touching ones joined.</summary>
    private static ImmutableArray<TextSpan> Normalise(List<TextSpan> spans, FindingQuote quote)
    {
        // Spans equal in start and end are equal, so an unstable sort gives the same order as a stable one.
        var kept = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (s.Length > 0 && s.Start >= quote.Start && s.End <= quote.End)
            {
                spans[kept++] = s;
            }
        }

        spans.RemoveRange(kept, spans.Count - kept);
        if (spans.Count == 0)
        {
            return [];
        }

        if (spans.Count == 1)
        {
            return [spans[0]];
        }

        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var result = ImmutableArray.CreateBuilder<TextSpan>(spans.Count);
        foreach (var s in spans)
        {
            if (result.Count > 0 && s.Start <= result[^1].End)
            {
                result[^1] = new TextSpan(result[^1].Start, Math.Max(result[^1].End, s.End));
            }
            else
            {
                result.Add(s);
            }
        }

        return result.ToImmutable();
    }
}
