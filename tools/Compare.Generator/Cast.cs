using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>The actors of one generated corpus, by role in the stories: the pools the planner draws from.</summary>
internal sealed record Cast(
    ImmutableArray<SyntheticActor> Countries,
    ImmutableArray<SyntheticActor> Cities,
    ImmutableArray<SyntheticActor> Organisations,
    ImmutableArray<SyntheticActor> Officials,
    ImmutableArray<SyntheticActor> Civilians)
{
    private readonly Dictionary<string, SyntheticActor> _byId = Countries.Concat(Cities).Concat(Organisations).Concat(Officials).Concat(Civilians)
        .ToDictionary(a => a.Id, StringComparer.Ordinal);

    public SyntheticActor this[string id] => _byId[id];

    /// <summary>Every actor that goes into the generated actor dictionary, in a fixed order.</summary>
    public IEnumerable<SyntheticActor> DictionaryActors => Countries.Concat(Cities).Concat(Organisations).Concat(Officials).Where(a => a.InDictionary);
}
