using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Compare.Generator;

/// <summary>
/// How well a report found the planted conflicts. Precision: the share of the report's conflict findings that
/// are a planted conflict. Recall: the share of planted conflicts that some finding reports. Per attribute
/// counts are kept for the printout; <see cref="EventsRecovered"/> says how many events reported by two or more
/// articles came out as one event holding all of those articles.
/// </summary>
internal sealed record ConflictScore(
    int Findings,
    int TrueFindings,
    int Planted,
    int Found,
    ImmutableSortedDictionary<string, (int Findings, int True, int Planted, int Found)> ByAttribute,
    int MultiSourceEvents,
    int EventsRecovered,
    ImmutableArray<ReportConflict> FalseFindings,
    ImmutableArray<PlantedConflict> Missed)
{
    /// <summary>1 when the report has no conflict finding at all (nothing it said was wrong).</summary>
    public double Precision => Findings == 0 ? 1.0 : (double)TrueFindings / Findings;

    /// <summary>1 when nothing was planted.</summary>
    public double Recall => Planted == 0 ? 1.0 : (double)Found / Planted;

    public bool Meets(double minimum) => Precision >= minimum && Recall >= minimum;

    public string Describe()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.Append(c, $"planted conflicts: {Planted}, conflict findings: {Findings}\n");
        sb.Append(c, $"precision: {Precision:F3} ({TrueFindings} of {Findings} findings are planted conflicts)\n");
        sb.Append(c, $"recall: {Recall:F3} ({Found} of {Planted} planted conflicts found)\n");
        foreach (var (attribute, s) in ByAttribute)
        {
            sb.Append(c, $"  {attribute,-9} findings {s.Findings,6} true {s.True,6}   planted {s.Planted,6} found {s.Found,6}\n");
        }

        sb.Append(c, $"events reported by 2+ articles: {MultiSourceEvents}, recovered as one event: {EventsRecovered}\n");
        return sb.ToString();
    }
}
