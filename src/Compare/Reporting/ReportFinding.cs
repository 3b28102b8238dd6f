using System.Collections.Immutable;
using Compare.Comparison;

namespace Compare.Reporting;

/// <summary>A finding with what it is about: an event (<see cref="Event"/> set) or a person (<see cref="PersonId"/> set).</summary>
internal sealed record ReportFinding(ReportEvent? Event, string? PersonId, Finding Finding)
{
    /// <summary>Every finding of the report: the events' findings in event order, then the people's, in their order.</summary>
    public static ImmutableArray<ReportFinding> All(ComparisonReport report) =>
    [
        .. report.Events.SelectMany(e => e.Findings.Select(f => new ReportFinding(e, null, f))),
        .. report.PersonFindings.Select(p => new ReportFinding(null, p.PersonId, p.Finding)),
    ];

    public string Kind => Finding.Kind;
}
