using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>
/// One real-world event of the generated world and the articles that report it. The roles depend on the kind:
/// meeting and call: <see cref="Subject"/> and <see cref="Object"/> are officials; attack: an organisation and the
/// city attacked, <see cref="Count"/> the dead; killing and release: the person killed or freed and the
/// organisation responsible, at <see cref="Place"/>; condemnation: the condemning country and the organisation;
/// veto: the vetoing and the drafting country; adoption: the Security Council, <see cref="Count"/> the votes and
/// <see cref="Number"/> the resolution. When <see cref="Conflict"/> is set, the article <see cref="Deviant"/> gives
/// a different value for that attribute (or denies the event).
/// </summary>
internal sealed record PlannedEvent(
    string Id,
    EventKind Kind,
    DateOnly Date,
    string Subject,
    string? Object,
    string? Place,
    int? Count,
    int? Number,
    ImmutableArray<int> Articles)
{
    public string? Conflict { get; init; }

    public int? Deviant { get; init; }

    public DateOnly? DeviantDate { get; init; }

    public int? DeviantCount { get; init; }

    public string? DeviantPlace { get; init; }

    public EventKindInfo Info => EventKindInfo.Of(Kind);
}
