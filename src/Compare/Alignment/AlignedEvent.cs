using System.Collections.Immutable;
using Compare.Extraction;

namespace Compare.Alignment;

/// <summary>Claims from one or more articles taken to describe one real-world event, with why they were joined.</summary>
internal sealed record AlignedEvent(string Id, string Type, ImmutableArray<Claim> Claims)
{
    /// <summary>Why each claim after the first joined the event, in the order they joined.</summary>
    public ImmutableArray<AuditLine> Joins { get; init; } = [];

    /// <summary>Each near miss of a claim that joined, in the order they were found.</summary>
    public ImmutableArray<AuditLine> Misses { get; init; } = [];

    /// <summary>Why the claims were joined ("a2 sentence 4 joined: ..."), each line once, written on each call.</summary>
    public ImmutableArray<string> Reasons => AuditLine.Once(Joins);

    /// <summary>
    /// Near misses: events of the same type that shared a participant or a date with one of these claims but were
    /// not joined, each with the first check that failed ("e012: dates too far apart ..."), each line once, written
    /// on each call.
    /// </summary>
    public ImmutableArray<string> NearMisses => AuditLine.Once(Misses);
}
