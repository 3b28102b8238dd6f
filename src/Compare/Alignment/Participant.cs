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

    /// <summary>
    /// False for captives or other people described by where they are from ("two Russian women"): their one key is
    /// only an affiliation, and the country's name would read as if the country were a party. An actor named
    /// itself ("Russia"), or acting through its envoys ("a Russian delegation"), may stand under the actor's name.
    /// </summary>
    public bool NamesActor { get; init; } = true;

    /// <summary>
    /// True for a group named by a descriptor and its affiliations only ("the Russian delegation", "Hamas
    /// officials"), which names none of its members.
    /// </summary>
    public bool Unnamed { get; init; }
}
