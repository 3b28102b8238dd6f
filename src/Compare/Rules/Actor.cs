using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>
/// An entry of the actor dictionary: one canonical name for many aliases (and demonyms for countries), where a
/// place lies (<see cref="In"/>), what a capital stands for when it acts ("Moscow invited..." is Russia), which
/// organisations or countries a person or body belongs to, and the titles held with their dates.
/// </summary>
internal sealed record Actor(
    string Id,
    string Name,
    string Kind,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms,
    string? In,
    string? StandsFor,
    ImmutableArray<string> MemberOf,
    ImmutableArray<TitleRecord> Titles,
    SourceLocation Location)
{
    /// <summary>What an organisation does that the comparison must know: <c>wire-service</c> (its copy is carried by
    /// other outlets, so two articles with its copy are one source).</summary>
    public ImmutableArray<string> Roles { get; init; } = [];

    public static readonly ImmutableArray<string> KnownRoles = ["wire-service", "assembly"];

    public bool IsWireService => Roles.Contains("wire-service");
}
