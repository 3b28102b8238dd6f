using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>
/// A conflict finding read from a JSON report: the event it belongs to (null for a finding about a person), the
/// attribute as the report names it, the question, and each value with the articles that give it.
/// </summary>
internal sealed record ReportConflict(string? Event, string Attribute, string? Question, ImmutableArray<(string Value, ImmutableArray<string> Articles)> Values)
{
    /// <summary>The attribute without a measure: "count (killed)" is "count".</summary>
    public string BaseAttribute => Attribute.StartsWith("count", StringComparison.Ordinal) ? "count" : Attribute;

    public IEnumerable<string> AllArticles => Values.SelectMany(v => v.Articles).Distinct(StringComparer.Ordinal);
}
