using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>
/// How one role of an event rule is filled: which entity kinds (and, for groups, which descriptor classes) may
/// fill it, which actor roles may not (<see cref="NotRoles"/>), and where to look for the filler in active clauses,
/// passive clauses and around a noun trigger.
/// </summary>
internal sealed record RoleSpec(
    string Name,
    ImmutableArray<string> Kinds,
    ImmutableArray<string> Classes,
    ImmutableArray<string> Active,
    ImmutableArray<string> Passive,
    ImmutableArray<string> Noun,
    bool Required,
    bool Many)
{
    /// <summary>
    /// Actor roles (see <see cref="Actor.Roles"/>) whose actors never fill this role although their kind may: the body
    /// a resolution is put to ("a Security Council resolution") is not its sponsor.
    /// </summary>
    public ImmutableArray<string> NotRoles { get; init; } = [];

    /// <summary>
    /// A role of many whose subject is one of several sources names the sides of a symmetric event ("A met B"):
    /// it takes the fillers of every source, not only the first that gives one.
    /// </summary>
    public bool Gathers => Many && Active.Length > 1 && Active.Contains("subject");

    public ImmutableArray<string> SourcesFor(TriggerForm form) => form switch
    {
        TriggerForm.Passive => Passive,
        TriggerForm.Noun => Noun,
        _ => Active,
    };
}
