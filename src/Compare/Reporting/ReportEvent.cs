using System.Collections.Immutable;
using Compare.Alignment;
using Compare.Comparison;

namespace Compare.Reporting;

/// <summary>An aligned event with its label and findings.</summary>
internal sealed record ReportEvent(AlignedEvent Event, string Label, string? Date, ImmutableArray<Finding> Findings);
