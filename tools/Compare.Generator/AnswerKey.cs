using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>What a generated corpus is known to contain: its planned events and the conflicts planted in them.</summary>
internal sealed record AnswerKey(ulong Seed, int Articles, ImmutableArray<KeyEvent> Events, ImmutableArray<PlantedConflict> Conflicts);
