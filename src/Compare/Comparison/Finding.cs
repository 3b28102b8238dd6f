using System.Collections.Immutable;

namespace Compare.Comparison;

/// <summary>What the comparison found about one attribute of an event or a person.</summary>
internal sealed record Finding(string Kind, string Attribute, ImmutableArray<FindingValue> Values, string Explanation, string? Question)
{
    /// <summary>For an agreement, how many independent sources hold it (articles carrying one wire service's copy count once).</summary>
    public int? IndependentSources { get; init; }
}
