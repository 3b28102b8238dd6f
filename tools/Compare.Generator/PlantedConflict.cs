using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>
/// A conflict the generator planted, as the answer key states it. For an event conflict, <see cref="Event"/> is
/// the planned event and <see cref="Articles"/> every article reporting it; for a title conflict,
/// <see cref="Person"/> and <see cref="PersonName"/> name the official. <see cref="Deviant"/> is the article that
/// gives <see cref="Planted"/> where the others give <see cref="Expected"/>. Attributes: date, count, place,
/// polarity (a denial or negation against assertions) and title.
/// </summary>
internal sealed record PlantedConflict(
    string Id,
    string Attribute,
    string? Event,
    string? Person,
    string? PersonName,
    ImmutableArray<string> Articles,
    string Deviant,
    string Expected,
    string Planted);
