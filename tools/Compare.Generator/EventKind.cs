namespace Compare.Generator;

/// <summary>The kinds of event the generator writes about; each matches an event type of the rules.</summary>
internal enum EventKind
{
    Meeting,
    Call,
    Attack,
    Killing,
    Release,
    Condemnation,
    Veto,
    Adoption,
}
