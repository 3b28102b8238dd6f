using System.Collections.Immutable;

namespace Compare.Alignment;

/// <summary>
/// One person across the articles: the canonical name, the dictionary actor when known, every spelling with the
/// articles that use it, and why each spelling was merged into this person.
/// </summary>
internal sealed record PersonEntity(string Id, string Name, string? ActorId, ImmutableArray<(string Text, ImmutableArray<string> Articles)> Variants, ImmutableArray<(string Text, string Reason)> Merges);
