using System.Collections.Immutable;
using Compare.Alignment;
using Compare.Articles;
using Compare.Comparison;
using Compare.Extraction;

namespace Compare.Reporting;

/// <summary>The finished comparison, independent of any output format.</summary>
internal sealed record ComparisonReport(
    ImmutableArray<ArticleAnalysis> Articles,
    ImmutableArray<ReportEvent> Events,
    ImmutableArray<PersonEntity> Entities,
    ImmutableArray<(string PersonId, Finding Finding)> PersonFindings,
    ImmutableArray<SkippedInput> Skipped)
{
    /// <summary>
    /// Problems that did not stop an article from being compared (bytes replaced, invisible characters removed, ...);
    /// renderers list them sorted by path, line and code.
    /// </summary>
    public ImmutableArray<IngestWarning> Warnings { get; init; } = [];
}
