using System.Collections.Immutable;

namespace Compare.Alignment;

/// <summary>
/// A role filler as alignment sees it: a person (by entity id) or an actor or group known by its keys (the actor
/// it names and what it belongs to), and for an unnamed official the title that describes them.
/// </summary>
internal sealed record Participant(string Display, string? PersonId, ImmutableArray<string> Keys, string? Title)
{
    /// <summary>For a place, its dictionary id: places match when one lies in the other (Gaza Envelope, Israel).</summary>
    public string? PlaceId { get; init; }
}
