using System.Collections.Immutable;
using System.Text;
using Compare.Comparison;

namespace Compare.Reporting;

/// <summary>
/// Writes the report as Markdown for editors: a summary line, then conflicts, agreements, spelling variants,
/// single-source events and skipped files; every finding with its values, the articles that hold each and quotes.
/// The audit trail is brief here: under each quote the rules that fired on it with their trigger words and the
/// value's derivation, and for each event, once, why its claims were aligned. The JSON and HTML reports give it in full.
/// </summary>
internal sealed class MarkdownReportRenderer
{
    public string Render(ComparisonReport report)
    {
        var all = ReportFinding.All(report);
        var sb = new StringBuilder();
        var locator = new EvidenceLocator(report);

        // The events whose alignment has been explained already (see Section).
        var explained = new HashSet<string>(StringComparer.Ordinal);
        sb.Append("# Discrepancy report\n\n");
        sb.Append(Wording.Summary(report.Articles.Length, report.Events.Length, all.Count(x => x.Finding.Kind == FindingKind.Conflict),
            all.Count(x => x.Finding.Kind == FindingKind.Agreement), all.Count(x => x.Finding.Kind == FindingKind.SingleSource), report.Skipped.Length)).Append("\n\n");
        sb.Append("Articles: ").Append(string.Join(", ", report.Articles.Select(a => $"`{a.Article.Id}`" + (a.Article.Title is null ? string.Empty : $" ({Escape(a.Article.Title)})")))).Append("\n\n");
        Section(sb, locator, explained, "Conflicts", all.Where(x => x.Finding.Kind == FindingKind.Conflict));
        Section(sb, locator, explained, "Agreements", all.Where(x => x.Finding.Kind == FindingKind.Agreement));
        Section(sb, locator, explained, "Spelling variants", all.Where(x => x.Finding.Kind == FindingKind.Variant));
        Section(sb, locator, explained, "Single-source events", all.Where(x => x.Finding.Kind == FindingKind.SingleSource));
        sb.Append("## Skipped files\n\n");
        if (report.Skipped.IsEmpty)
        {
            sb.Append("None.\n");
        }

        foreach (var s in report.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.Reason, StringComparer.Ordinal))
        {
            sb.Append($"- `{s.Path}`{(s.Line is { } l ? $" line {l}" : string.Empty)} ({s.Code}): {Escape(s.Reason)}\n");
        }

        // Only when there are any, so that a clean run reads as before.
        if (!report.Warnings.IsEmpty)
        {
            sb.Append("\n## Warnings\n\n");
            foreach (var w in report.Warnings.OrderBy(x => x.Path, StringComparer.Ordinal).ThenBy(x => x.Line ?? 0).ThenBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Message, StringComparer.Ordinal))
            {
                sb.Append($"- `{w.Path}`{(w.Line is { } l ? $" line {l}" : string.Empty)} ({w.Code}): {Escape(w.Message)}\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>One line per reason, so that an event aligned from many claims reads as a list rather than a paragraph.</summary>
    private static void AuditList(StringBuilder sb, string heading, ImmutableArray<string> lines)
    {
        if (lines.IsEmpty)
        {
            return;
        }

        sb.Append(heading).Append(":\n\n");
        foreach (var line in lines)
        {
            sb.Append($"- {Escape(line)}\n");
        }

        sb.Append('\n');
    }

    private static void Section(StringBuilder sb, EvidenceLocator locator, HashSet<string> explained, string heading, IEnumerable<ReportFinding> items)
    {
        var list = items.ToList();
        sb.Append($"## {heading} ({list.Count})\n\n");
        if (list.Count == 0)
        {
            sb.Append("None.\n\n");
            return;
        }

        foreach (var rf in list)
        {
            var (ev, f) = (rf.Event, rf.Finding);
            // An event only one article tells is headed by the event itself, as in the HTML report.
            var subject = ev is null ? f.Attribute : f.Attribute == "event" ? ev.Label : $"{ev.Label}: {f.Attribute}";
            sb.Append($"### {Escape(f.Question ?? Wording.Title(subject))}\n\n");
            if (ev is not null)
            {
                sb.Append($"Event `{ev.Event.Id}` ({Escape(ev.Label)}).\n\n");
                var hasAudit = !ev.Event.Joins.IsEmpty || !ev.Event.Misses.IsEmpty;
                if (hasAudit && !explained.Add(ev.Event.Id))
                {
                    // An event with several findings is explained once: the lists are long and would read the same.
                    sb.Append($"Why one event, and what was not joined: as under the first finding of `{ev.Event.Id}` above.\n\n");
                }
                else
                {
                    AuditList(sb, "Why one event", ev.Event.Reasons);
                    AuditList(sb, "Not joined", ev.Event.NearMisses);
                }
            }

            foreach (var v in f.Values)
            {
                sb.Append($"- **{Escape(v.Value)}**: {(v.Articles.IsEmpty ? "no article" : string.Join(", ", v.Articles.Select(a => $"`{a}`")))}");
                if (v.Derivation is not null)
                {
                    sb.Append($" ({Escape(v.Derivation)})");
                }

                sb.Append('\n');
                foreach (var q in v.Quotes.Take(3))
                {
                    sb.Append($"  > `{q.Article}` [{q.Start}-{q.End}]: {Escape(q.Quote)}\n");
                    var evidence = locator.Locate(rf, v, q);
                    var audit = evidence.Claims.Select(c => $"rule `{c.Rule.Id}` on \u201C{Escape(c.Trigger)}\u201D").Distinct().ToList();
                    if (evidence.Derivation is not null && evidence.Derivation != v.Derivation)
                    {
                        audit.Add(Escape(evidence.Derivation));
                    }

                    if (audit.Count > 0)
                    {
                        sb.Append($"  > audit: {string.Join("; ", audit)}\n");
                    }
                }
            }

            sb.Append($"\n{Escape(f.Explanation)}\n\n");
        }
    }

    private static string Escape(string text) => text.Replace("\n", " ", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
