using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>A planned event as the answer key lists it: its event type, date, actor ids, place, count and reporting articles.</summary>
internal sealed record KeyEvent(string Id, string Type, string Date, ImmutableArray<string> Actors, string? Place, int? Count, ImmutableArray<string> Articles);
