using Compare.Comparison;

namespace Compare.Reporting;

/// <summary>
/// How much a finding matters to an editor, for ordering: a denial first, then a claim said not to have happened,
/// then numbers, dates, places, who did it, people's offices and ages, and spelling last.
/// </summary>
internal static class FindingSeverity
{
    /// <summary>Lower is more severe. Depends only on the finding, so ordering by it is deterministic.</summary>
    public static int Rank(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Attribute switch
        {
            "polarity" when finding.Values.Any(v => v.Value == "denied") => 0,
            "polarity" => 1,
            var a when a.StartsWith("count", StringComparison.Ordinal) => 2,
            "date" => 3,
            "place" => 4,
            "title" => 6,
            "age" => 7,
            "name" => 9,
            "event" => 10,

            // Any other attribute is a role of the event (who drafted, who holds): after where, before offices.
            _ => 5,
        };
    }

    /// <summary>
    /// Most severe first; among equals, the finding that more articles take part in first, then the order given
    /// (the sort is stable), so the result does not depend on anything but the input.
    /// </summary>
    public static IEnumerable<ReportFinding> MostSevereFirst(IEnumerable<ReportFinding> findings) =>
        findings.OrderBy(f => Rank(f.Finding)).ThenByDescending(f => f.Finding.Values.SelectMany(v => v.Articles).Distinct().Count());
}
