using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>
/// What the generator needs to know about an event kind: its event type id in the rules, how often it occurs,
/// the date tolerance of its type in <c>event-types.yaml</c> (dates this close are one event) and which conflicts
/// can be planted in it (attributes the rules compare for that type).
/// </summary>
internal sealed record EventKindInfo(EventKind Kind, string Type, int Weight, int ToleranceDays, ImmutableArray<string> Plantable)
{
    public static readonly ImmutableArray<EventKindInfo> All =
    [
        new(EventKind.Meeting, "meeting", 20, 2, ["date", "polarity"]),
        new(EventKind.Call, "call", 14, 3, ["date", "polarity"]),
        new(EventKind.Attack, "attack", 12, 2, ["count", "date"]),
        new(EventKind.Killing, "killing", 12, 2, ["place", "date"]),
        new(EventKind.Release, "release", 10, 2, ["date", "place"]),
        new(EventKind.Condemnation, "condemnation", 14, 7, ["polarity"]),
        new(EventKind.Veto, "veto", 6, 2, ["date"]),
        new(EventKind.Adoption, "adoption", 1, 2, ["count", "date"]),
    ];

    public static EventKindInfo Of(EventKind kind) => All[(int)kind];

    /// <summary>
    /// Two events of this kind that share a participant are at least this many days apart, so that neither a
    /// planted date shift nor the tolerance can make them one event.
    /// </summary>
    public int SeparationDays => (3 * ToleranceDays) + 3;
}
