using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Compare.Rules;

namespace Compare.Recognition;

/// <summary>
/// The actor dictionary compiled for lookup: every alias, name and demonym as a token sequence, longest first,
/// and the facts alignment needs (what a place lies in, what a capital stands for, what a person belongs to).
/// </summary>
internal sealed class ActorIndex
{
    // Aliases by first word, each list longest first; frozen once built, since every token of every article is
    // looked up here.
    private readonly FrozenDictionary<string, ActorAlias[]> _byFirst;
    private readonly FrozenDictionary<string, ActorAlias[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstSpan;

    // Every actor's transitive affiliations, computed once: mention recognition asks for them at each actor mention.
    // Kept as arrays: the generic code of a frozen dictionary of immutable arrays is compiled at run time.
    private readonly FrozenDictionary<string, string[]> _affiliations;

    // The actors by id, as in RuleSet.ActorsById, frozen: a lookup in an immutable dictionary walks a tree of nodes
    // that are seldom in the cache, and pronouns, titles and alignment ask for actors by id throughout.
    private readonly FrozenDictionary<string, Actor> _byId;

    public ActorIndex(RuleSet rules)
    {
        Rules = rules;
        _byId = rules.ActorsById.ToFrozenDictionary(StringComparer.Ordinal);

        // The affiliations first: each alias carries its actor's, so that a mention found through an alias needs no
        // lookup by the actor's id.
        var affiliations = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var actor in rules.Actors)
        {
            affiliations[actor.Id] = ComputeAffiliations(actor.Id);
        }

        _affiliations = affiliations.ToFrozenDictionary(StringComparer.Ordinal);

        var building = new Dictionary<string, List<ActorAlias>>(StringComparer.Ordinal);
        foreach (var actor in rules.Actors)
        {
            var of = Affiliations(actor.Id);
            foreach (var alias in actor.Aliases.Append(actor.Name))
            {
                Add(building, alias, actor, false, of);
            }

            foreach (var demonym in actor.Demonyms)
            {
                Add(building, demonym, actor, true, of);
            }
        }

        foreach (var list in building.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }

        _byFirst = building.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byFirstSpan = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        Lexicon = new MentionLexicon(rules.Lexicons, _byFirst);
    }

    public RuleSet Rules { get; }

    /// <summary>The lexicon word lists compiled for mention recognition.</summary>
    public MentionLexicon Lexicon { get; }

    public Actor? this[string? id] => id is not null && _byId.TryGetValue(id, out var a) ? a : null;

    private static void Add(Dictionary<string, List<ActorAlias>> building, string alias, Actor actor, bool demonym, ImmutableArray<string> affiliations)
    {
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[0] == "the")
        {
            words = words[1..];
        }

        if (!building.TryGetValue(words[0], out var list))
        {
            building[words[0]] = list = [];
        }

        list.Add(new ActorAlias(words, actor, demonym, affiliations));
    }

    /// <summary>The actor a single word names as an alias or demonym ("Russian", "U.S."), if any.</summary>
    public (Actor Actor, bool Demonym)? Word(string word) => Word(word.AsSpan());

    /// <summary>As <see cref="Word(string)"/>, for a word given as part of a longer text (no string is made).</summary>
    public (Actor Actor, bool Demonym)? Word(ReadOnlySpan<char> word)
    {
        if (_byFirstSpan.TryGetValue(word, out var list))
        {
            foreach (var (words, actor, demonym, _) in list)
            {
                if (words.Length == 1)
                {
                    return (actor, demonym);
                }
            }
        }

        return null;
    }

    /// <summary>The actor an acting place stands for (Moscow -> Russia), or the actor itself.</summary>
    public string Acting(string id) => this[id]?.StandsFor ?? id;

    /// <summary>The chain of places an actor lies in, itself first (Rafah, Gaza, Palestine).</summary>
    public IEnumerable<string> Containers(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = this[id]; current is not null && seen.Add(current.Id); current = this[current.In])
        {
            yield return current.Id;
        }
    }

    /// <summary>True when one place lies within the other (or they are the same).</summary>
    public bool Contains(string outer, string inner) => Containers(inner).Contains(outer, StringComparer.Ordinal);

    /// <summary>What an actor belongs to, transitively (a ministry's country, a person's organisation).</summary>
    public ImmutableArray<string> Affiliations(string id) =>
        ImmutableCollectionsMarshal.AsImmutableArray(_affiliations.TryGetValue(id, out var known) ? known : ComputeAffiliations(id));

    private string[] ComputeAffiliations(string id)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([id]);
        while (queue.Count > 0)
        {
            var a = this[queue.Dequeue()];
            if (a is null || !result.Add(a.Id))
            {
                continue;
            }

            foreach (var m in a.MemberOf)
            {
                queue.Enqueue(m);
            }

            if (a.StandsFor is not null)
            {
                queue.Enqueue(a.StandsFor);
            }
        }

        return [.. result];
    }
}

/// <summary>
/// One alias, name or demonym of an actor as the words it is matched by, with the actor's transitive affiliations
/// (see <see cref="ActorIndex.Affiliations"/>), which every mention found through it carries.
/// </summary>
internal readonly record struct ActorAlias(string[] Tokens, Actor Actor, bool Demonym, ImmutableArray<string> Affiliations)
{
    /// <summary>The number of words, as <c>Tokens.Length</c>, kept beside them so that matching reads no array for a one-word alias.</summary>
    public int Length { get; } = Tokens.Length;

    /// <summary>The actor's id, as <c>Actor.Id</c>, kept beside the alias so that a mention found through it reads no actor.</summary>
    public string ActorId { get; } = Actor.Id;

    /// <summary>True when <see cref="Kind"/> is <see cref="EntityKinds.Person"/>, kept so that no string is compared.</summary>
    public bool IsPerson { get; } = Actor.Kind == EntityKinds.Person;

    /// <summary>The words with one space between each: the text of a mention of the alias as it is usually written, which it can then share.</summary>
    public string Written { get; } = string.Join(' ', Tokens);

    /// <summary>
    /// The actor's kind, as the program's own string when it has one of that text (see <see cref="EntityKinds"/>):
    /// mentions carry it, and the passes that compare it with a kind then find the same string at once.
    /// </summary>
    public string Kind { get; } = Actor.Kind switch
    {
        EntityKinds.Person => EntityKinds.Person,
        EntityKinds.Organisation => EntityKinds.Organisation,
        EntityKinds.Country => EntityKinds.Country,
        EntityKinds.City => EntityKinds.City,
        EntityKinds.Region => EntityKinds.Region,
        EntityKinds.Group => EntityKinds.Group,
        EntityKinds.Weapon => EntityKinds.Weapon,
        _ => Actor.Kind,
    };
}
