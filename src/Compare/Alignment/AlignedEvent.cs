using System.Collections.Immutable;
using Compare.Extraction;

namespace Compare.Alignment;

/// <summary>Claims from one or more articles taken to describe one real-world event, with why they were joined.</summary>
internal sealed record AlignedEvent(string Id, string Type, ImmutableArray<Claim> Claims, ImmutableArray<string> Reasons)
{
    /// <summary>
    /// Near misses: events of the same type that shared a participant or a date with one of these claims but were
    /// not joined, each with the first check that failed ("e012: dates too far apart ...").
    /// </summary>
    public ImmutableArray<string> NearMisses { get; init; } = [];
}
