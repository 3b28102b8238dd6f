using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>
/// Word lists the engine reads: cue words (denial, negation, hedge, attribution, irrealis), descriptor heads by
/// class (delegation, captive, official, people), titles (ranked offices and descriptive roles), military ranks
/// (each the list of its written forms, the first the one reported), irregular verb forms, and words that never
/// start a name.
/// </summary>
internal sealed record Lexicons(
    ImmutableDictionary<string, ImmutableArray<ImmutableArray<string>>> Cues,
    ImmutableDictionary<string, string> DescriptorClasses,
    ImmutableArray<string> Offices,
    ImmutableArray<string> Roles,
    ImmutableArray<ImmutableArray<string>> Ranks,
    ImmutableDictionary<string, ImmutableArray<string>> IrregularVerbs,
    IReadOnlySet<string> NotNames,
    IReadOnlySet<string> OrganisationWords)
{
    public ImmutableArray<ImmutableArray<string>> Cue(string kind) =>
        Cues.TryGetValue(kind, out var list) ? list : ImmutableArray<ImmutableArray<string>>.Empty;
}
