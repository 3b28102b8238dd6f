using System.Collections.Immutable;
using Compare.Extraction;

namespace Compare.Alignment;

/// <summary>Claims from one or more articles taken to describe one real-world event, with why they were joined.</summary>
internal sealed record AlignedEvent(string Id, string Type, ImmutableArray<Claim> Claims, ImmutableArray<string> Reasons);
