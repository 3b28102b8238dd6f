using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>
/// What makes two claims of one event type the same event, and what is compared once they are.
/// <see cref="Pool"/> roles are taken together as one set of participants (a meeting of A and B is a meeting of
/// B and A): the smaller set must all be found in the larger. <see cref="Each"/> roles are matched one by one when
/// both claims fill them. <see cref="DateOnly"/> lets claims with no shared participant join on an explicit date.
/// </summary>
internal sealed record EventTypeSpec(
    string Id,
    string Label,
    ImmutableArray<string> Pool,
    ImmutableArray<string> Each,
    bool DateOnly,
    bool PlaceImpliesHost,
    bool CountIsIdentity,
    int DateToleranceDays,
    ImmutableArray<string> Compare,
    ImmutableDictionary<string, string> Questions,
    SourceLocation Location)
{
    /// <summary>When set, an <see cref="Each"/> role left empty matches only another empty one.</summary>
    public bool StrictEach { get; init; }

    /// <summary>
    /// With <see cref="StrictEach"/>: only between claims of different polarity ("did not adopt a Jordanian draft"
    /// is not "adopted a resolution"; "adopted a Maltese text" may well be "adopted resolution 2712").
    /// </summary>
    public bool StrictEachAcrossPolarityOnly { get; init; }
}
