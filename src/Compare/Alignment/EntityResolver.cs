using System.Collections.Immutable;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Names;
using Compare.Rules;

namespace Compare.Alignment;

/// <summary>
/// Decides which person mentions across all articles are one person: dictionary aliases first, then spelling
/// variants on strong evidence only (<see cref="PersonNameMatcher"/>); a bare surname joins a full name only when
/// exactly one person in the corpus carries it. Every merge keeps its reason.
/// </summary>
internal sealed class EntityResolver
{
    private readonly Dictionary<(string Article, string Key), string> _byKey = new();

    public EntityResolver(ActorIndex actors, IReadOnlyList<ArticleAnalysis> analyses)
    {
        var texts = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var keyed = new List<(string Article, Mention Mention)>();
        foreach (var analysis in analyses)
        {
            foreach (var m in analysis.Mentions.SelectMany(s => s.All).Where(m => m.Kind == EntityKinds.Person && !m.Pronoun && m.PersonKey is not null))
            {
                keyed.Add((analysis.Article.Id, m));
            }
        }

        var clusters = new List<Cluster>();
        foreach (var actor in actors.Rules.Actors.Where(a => a.Kind == EntityKinds.Person))
        {
            clusters.Add(new Cluster(actor.Id, actor.Name, actor.Id, [actor.Name, .. actor.Aliases.Where(a => a.Contains(' '))]));
        }

        // Full names first, in a fixed order, so that the result does not depend on article order.
        foreach (var (article, m) in keyed.Where(k => k.Mention.ActorId is null && k.Mention.PersonKey == k.Mention.Text && k.Mention.Text.Contains(' '))
                     .OrderBy(k => k.Mention.Text, StringComparer.Ordinal).ThenBy(k => k.Article, StringComparer.Ordinal))
        {
            var name = PersonName.Parse(m.Text);
            Cluster? home = null;
            string? reason = null;
            foreach (var c in clusters)
            {
                foreach (var known in c.Names)
                {
                    var match = PersonNameMatcher.Match(PersonName.Parse(known), name);
                    if (match.Same && PersonName.Parse(known).Given.Length > 0 && name.Given.Length > 0)
                    {
                        home = c;
                        reason = match.Reason;
                        break;
                    }
                }

                if (home is not null)
                {
                    break;
                }
            }

            if (home is null)
            {
                home = new Cluster(Slug(m.Text), m.Text, null, [m.Text]);
                clusters.Add(home);
            }
            else if (!home.Names.Contains(m.Text))
            {
                home.Names.Add(m.Text);
                home.Merges.Add((m.Text, reason ?? "same name"));
            }

            _byKey[(article, m.PersonKey!)] = home.Id;
        }

        foreach (var (article, m) in keyed)
        {
            if (_byKey.ContainsKey((article, m.PersonKey!)))
            {
                continue;
            }

            if (m.ActorId is not null)
            {
                _byKey[(article, m.PersonKey!)] = m.ActorId;
                continue;
            }

            // A surname alone: the one cluster whose surname matches, if there is exactly one.
            var word = m.PersonKey!;
            var candidates = clusters.Where(c => c.Names.Any(n => PersonNameMatcher.Match(PersonName.Parse(n), PersonName.Parse(word)).Same)).ToList();
            if (candidates.Count == 1)
            {
                _byKey[(article, word)] = candidates[0].Id;
                if (m.KinNote is not null)
                {
                    candidates[0].Merges.Add((m.Text, m.KinNote));
                }
                else if (!candidates[0].Names.Contains(word))
                {
                    candidates[0].Merges.Add((word, "surname only, and only one person in the articles has it"));
                }
            }
        }

        foreach (var (article, m) in keyed)
        {
            if (Resolve(article, m) is { } id)
            {
                if (!texts.TryGetValue(id + "\u0001" + m.Text, out var set))
                {
                    texts[id + "\u0001" + m.Text] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(article);
            }
        }

        var byId = clusters.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Entities = texts.GroupBy(kv => kv.Key.Split('\u0001')[0], StringComparer.Ordinal)
            .Select(g =>
            {
                var c = byId[g.Key];
                var variants = g.Select(kv => (kv.Key.Split('\u0001')[1], kv.Value.ToImmutableArray())).OrderBy(v => v.Item1, StringComparer.Ordinal).ToImmutableArray();
                return new PersonEntity(c.Id, c.Display, c.ActorId, variants, [.. c.Merges.Distinct().OrderBy(x => x.Text, StringComparer.Ordinal)]);
            })
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    public ImmutableArray<PersonEntity> Entities { get; }

    /// <summary>The person entity a mention names, or null when it names no one known.</summary>
    public string? Resolve(string article, Mention mention)
    {
        var r = mention.Resolved;
        if (r.Kind != EntityKinds.Person)
        {
            return null;
        }

        if (r.PersonKey is { } key && _byKey.TryGetValue((article, key), out var id))
        {
            return id;
        }

        return r.ActorId;
    }

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    private sealed class Cluster(string id, string display, string? actorId, List<string> names)
    {
        public string Id { get; } = id;
        public string Display { get; } = display;
        public string? ActorId { get; } = actorId;
        public List<string> Names { get; } = names;
        public List<(string Text, string Reason)> Merges { get; } = [];
    }
}
