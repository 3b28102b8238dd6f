using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>An event of a JSON report reduced to what scoring needs: its id, type and the articles whose claims it joined.</summary>
internal sealed record ReportEventSummary(string Id, string Type, ImmutableArray<string> Articles);
