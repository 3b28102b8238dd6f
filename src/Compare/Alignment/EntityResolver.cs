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

    // The person an article's lede describes without naming (see LedeDescription), by the description's place.
    private readonly Dictionary<(string Article, int Start, int End), string> _ledes = new();

    public EntityResolver(ActorIndex actors, IReadOnlyList<ArticleAnalysis> analyses)
    {
        // The named people of each article, gathered several articles at once and kept in article order.
        var perArticle = InOrder.Map(analyses, analysis =>
        {
            List<(string Article, Mention Mention)>? found = null;
            foreach (var sentence in analysis.Mentions)
            {
                foreach (var m in sentence.All)
                {
                    if (m.Kind == EntityKinds.Person && !m.Pronoun && m.PersonKey is not null)
                    {
                        (found ??= []).Add((analysis.Article.Id, m));
                    }
                }
            }

            return found;
        });

        var keyed = new List<(string Article, Mention Mention)>();
        foreach (var found in perArticle)
        {
            if (found is not null)
            {
                keyed.AddRange(found);
            }
        }

        var clusters = new List<Cluster>();
        foreach (var actor in actors.Rules.Actors.Where(a => a.Kind == EntityKinds.Person))
        {
            clusters.Add(new Cluster(actor.Id, actor.Name, actor.Id, [actor.Name, .. actor.Aliases.Where(a => a.Contains(' '))]) { Order = clusters.Count });
        }

        // A name is compared only with the clusters that hold a name sharing one of its block keys, in cluster
        // order: the same first match as scanning every cluster, without comparing every name with every person.
        var blocks = new Blocks();
        foreach (var c in clusters)
        {
            foreach (var n in c.Names)
            {
                blocks.Add(c, n);
            }
        }

        // Full names first, in a fixed order (name, then article, ordinal), so that the result does not depend on
        // article order. Only the name and the article matter here, so the articles are gathered by name and sorted
        // name by name; every mention is kept, since a name that founds a cluster of its own does so at each one.
        var fullNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (article, m) in keyed)
        {
            if (m.ActorId is null && m.PersonKey == m.Text && m.Text.Contains(' '))
            {
                if (!fullNames.TryGetValue(m.Text, out var articles))
                {
                    fullNames[m.Text] = articles = [];
                }

                articles.Add(article);
            }
        }

        // A surname with its particle ("Abu Marzouk") has a space but no given name: it is read after the full
        // names, as a surname.
        var names = fullNames.Keys.Where(n => blocks.Parse(n).Given.Length > 0).ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var particleSurnames = fullNames.Keys.Where(n => blocks.Parse(n).Given.Length == 0).ToArray();
        Array.Sort(particleSurnames, StringComparer.Ordinal);
        Cluster? previousHome = null;
        string? previousText = null;
        foreach (var text in names)
        {
            var articles = fullNames[text];
            articles.Sort(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                var name = blocks.Parse(text);
                Cluster? home = null;
                string? reason = null;

                // The same text again finds the cluster it found (or founded) a moment ago: nothing has changed since.
                if (name.Given.Length > 0 && previousHome is not null && string.Equals(previousText, text, StringComparison.Ordinal))
                {
                    home = previousHome;
                }
                else if (name.Given.Length > 0)
                {
                    foreach (var c in blocks.Candidates(name, fullNamesOnly: true))
                    {
                        foreach (var known in c.Names)
                        {
                            var knownName = blocks.Parse(known);
                            var match = PersonNameMatcher.Match(knownName, name);
                            if (match.Same && knownName.Given.Length > 0)
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
                }

                if (home is null)
                {
                    home = new Cluster(Slug(text), text, null, [text]) { Order = clusters.Count };
                    clusters.Add(home);
                    blocks.Add(home, text);
                }
                else if (!home.Names.Contains(text))
                {
                    home.Names.Add(text);
                    home.Merges.Add((text, reason ?? "same name"));
                    blocks.Add(home, text);
                }

                (previousHome, previousText) = (home, text);
                _byKey[(article, text)] = home.Id;
            }
        }

        // A surname with its particle joins the one person whose name it matches, when there is exactly one;
        // otherwise it stands for a person of its own, as a full name nobody else carries does.
        foreach (var text in particleSurnames)
        {
            var name = blocks.Parse(text);
            var candidates = blocks.Candidates(name, fullNamesOnly: false)
                .Where(c => c.Names.Any(n => blocks.Parse(n).Given.Length > 0 && PersonNameMatcher.Match(blocks.Parse(n), name).Same)).ToList();
            Cluster home;
            if (candidates.Count == 1)
            {
                home = candidates[0];
                if (!home.Names.Contains(text))
                {
                    home.Merges.Add((text, "surname only, and only one person in the articles has it"));
                }
            }
            else
            {
                home = new Cluster(Slug(text), text, null, [text]) { Order = clusters.Count };
                clusters.Add(home);
                blocks.Add(home, text);
            }

            foreach (var article in fullNames[text])
            {
                _byKey[(article, text)] = home.Id;
            }
        }

        // No name is added to a cluster from here on, so the clusters a surname fits are found once per surname.
        var bySurname = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
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
            if (!bySurname.TryGetValue(word, out var candidates))
            {
                var wordName = blocks.Parse(word);
                bySurname[word] = candidates = blocks.Candidates(wordName, fullNamesOnly: false).Where(c => c.Names.Any(n => PersonNameMatcher.Match(blocks.Parse(n), wordName).Same)).ToList();
            }

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

        // A lede that holds back the name ("A 25-year-old Israeli ... was freed on Sunday.") gives it as the next
        // paragraph opens ("Roni Krivoi, a sound engineer, ..."): the description is that person.
        foreach (var analysis in analyses)
        {
            if (analysis.Lede is { } lede && Resolve(analysis.Article.Id, lede.Named) is { } person)
            {
                _ledes[(analysis.Article.Id, lede.Description.Start, lede.Description.End)] = person;
            }
        }

        // Each person's spellings with the articles that use them. The people are looked up several mentions at
        // once; the lists are filled in mention order.
        var ids = new string?[keyed.Count];
        Parallel.For(0, keyed.Count, i => ids[i] = Resolve(keyed[i].Article, keyed[i].Mention));
        var spellings = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        for (var i = 0; i < keyed.Count; i++)
        {
            if (ids[i] is { } id)
            {
                var (article, m) = keyed[i];
                if (!spellings.TryGetValue(id, out var byText))
                {
                    spellings[id] = byText = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                }

                if (!byText.TryGetValue(m.Text, out var articles))
                {
                    byText[m.Text] = articles = [];
                }

                articles.Add(article);
            }
        }

        // The first cluster of each id stands for it; people in ordinal order of their ids, then of their names.
        var byId = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            byId.TryAdd(c.Id, c);
        }

        var entities = new List<PersonEntity>(spellings.Count);
        foreach (var id in spellings.Keys.Order(StringComparer.Ordinal))
        {
            var c = byId[id];
            var variants = spellings[id]
                .OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => (kv.Key, SortedDistinct(kv.Value)))
                .ToImmutableArray();
            entities.Add(new PersonEntity(c.Id, c.Display, c.ActorId, variants, [.. c.Merges.Distinct().OrderBy(x => x.Text, StringComparer.Ordinal)]));
        }

        Entities = [.. entities.OrderBy(e => e.Name, StringComparer.Ordinal)];
    }

    public ImmutableArray<PersonEntity> Entities { get; }

    /// <summary>The person entity a mention names, or null when it names no one known.</summary>
    public string? Resolve(string article, Mention mention)
    {
        var r = mention.Resolved;
        if (r.Kind != EntityKinds.Person)
        {
            return _ledes.Count > 0 && _ledes.TryGetValue((article, r.Start, r.End), out var described) ? described : null;
        }

        if (r.PersonKey is { } key && _byKey.TryGetValue((article, key), out var id))
        {
            return id;
        }

        return r.ActorId;
    }

    /// <summary>The strings in ordinal order, each once.</summary>
    private static ImmutableArray<string> SortedDistinct(List<string> strings)
    {
        strings.Sort(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<string>(strings.Count);
        foreach (var s in strings)
        {
            if (result.Count == 0 || !string.Equals(result[^1], s, StringComparison.Ordinal))
            {
                result.Add(s);
            }
        }

        return result.ToImmutable();
    }

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    private sealed class Cluster(string id, string display, string? actorId, List<string> names)
    {
        /// <summary>The position in the list of clusters: earlier clusters win when several match.</summary>
        public int Order { get; init; }

        public string Id { get; } = id;
        public string Display { get; } = display;
        public string? ActorId { get; } = actorId;
        public List<string> Names { get; } = names;
        public List<(string Text, string Reason)> Merges { get; } = [];
    }

    /// <summary>Clusters by the block keys of their names, and every name parsed once.</summary>
    private sealed class Blocks
    {
        private readonly Dictionary<string, List<Cluster>> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PersonName> _parsed = new(StringComparer.Ordinal);

        public PersonName Parse(string text)
        {
            if (!_parsed.TryGetValue(text, out var name))
            {
                _parsed[text] = name = PersonName.Parse(text);
            }

            return name;
        }

        public void Add(Cluster cluster, string name)
        {
            foreach (var key in PersonNameMatcher.BlockKeys(Parse(name)))
            {
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != cluster)
                {
                    list.Add(cluster);
                }
            }
        }

        /// <summary>
        /// Every cluster that could hold a match for <paramref name="name"/>, in cluster order: for a full name
        /// matched against full names, those sharing a full key; otherwise those sharing a surname key.
        /// </summary>
        public List<Cluster> Candidates(PersonName name, bool fullNamesOnly)
        {
            var seen = new HashSet<Cluster>();
            var result = new List<Cluster>();
            foreach (var key in PersonNameMatcher.BlockKeys(name).Where(k => k.Contains('|') == fullNamesOnly))
            {
                if (_byKey.TryGetValue(key, out var list))
                {
                    foreach (var c in list)
                    {
                        if (seen.Add(c))
                        {
                            result.Add(c);
                        }
                    }
                }
            }

            result.Sort((a, b) => a.Order.CompareTo(b.Order));
            return result;
        }
    }
}
