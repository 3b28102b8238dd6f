using System.Collections.Immutable;
using System.Globalization;
using Compare.Alignment;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Counts;
using Compare.Rules;

namespace Compare.Comparison;

/// <summary>
/// Compares what the articles say about each person rather than about an event: the ranked office each gives them
/// (checked against the dictionary's dated record where there is one), their military rank, their age, and how
/// their name is spelled.
/// Descriptive roles ("member", "deputy head") are never set against each other.
/// </summary>
internal sealed class PersonComparer
{
    private readonly ActorIndex _actors;
    private readonly EntityResolver _entities;
    private readonly WireSources? _wires;

    public PersonComparer(ActorIndex actors, EntityResolver entities, WireSources? wires = null)
    {
        _actors = actors;
        _entities = entities;
        _wires = wires;
    }

    /// <summary>Each person's titles (offices and roles, not ranks) as the articles give them, for alignment by title.</summary>
    public static IReadOnlyDictionary<string, ImmutableHashSet<string>> TitlesByPerson(EntityResolver entities, IEnumerable<ArticleAnalysis> analyses)
    {
        // The titles of each article are resolved several articles at once, then gathered in article order.
        var list = analyses as IReadOnlyList<ArticleAnalysis> ?? analyses.ToList();
        var perArticle = InOrder.Map(list, a =>
        {
            List<(string Id, string Title)>? found = null;
            foreach (var sentence in a.Mentions)
            {
                foreach (var t in sentence.Titles)
                {
                    if (t.Kind != TitleKind.Rank && entities.Resolve(a.Article.Id, t.Person) is { } id)
                    {
                        (found ??= []).Add((id, t.Title));
                    }
                }
            }

            return found;
        });

        var titles = new Dictionary<string, ImmutableHashSet<string>.Builder>(StringComparer.Ordinal);
        foreach (var found in perArticle)
        {
            foreach (var (id, title) in found ?? [])
            {
                if (!titles.TryGetValue(id, out var set))
                {
                    titles[id] = set = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                }

                set.Add(title);
            }
        }

        return titles.ToDictionary(kv => kv.Key, kv => kv.Value.ToImmutable(), StringComparer.Ordinal);
    }

    public ImmutableArray<(string PersonId, Finding Finding)> Compare(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var result = new List<(string, Finding)>();
        foreach (var person in UsesByPerson(analyses, t => t.IsOffice))
        {
            var values = ValuesOf(person, OfficeKey(person));
            var record = _actors[person.Key]?.Titles ?? [];
            var name = _actors[person.Key]?.Name ?? person.First().Title.Person.Text;
            var recordText = record.IsEmpty ? null : "the actor dictionary records: " + string.Join("; ", record.Select(r =>
                $"{r.Title}{(r.Of is null ? string.Empty : " of " + (_actors[r.Of]?.Name ?? r.Of))}{(r.From is null ? string.Empty : " from " + r.From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}{(r.To is null ? string.Empty : " to " + r.To.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}"));
            // An office is on record when the dictionary gives it to the person at the time the article speaks of
            // (its published date, else its latest date); "then-" and "former" titles were skipped above.
            var offRecord = record.IsEmpty ? [] : values.Where(v => !person.Where(x => x.Title.Title == v.Value).All(x => OnRecordWhenSaid(record, v.Value, x.Analysis, x.Title))).ToList();
            var articles = values.SelectMany(v => v.Articles).Distinct().Count();
            if (values.Count > 1)
            {
                var explanation = $"The articles give {name} different offices: " + string.Join("; ", values.Select(v => $"{v.Value} ({string.Join(", ", v.Articles)})")) + "."
                    + (recordText is null ? string.Empty : $" Checked against the dictionary: {recordText}.");
                result.Add((person.Key, new Finding(FindingKind.Conflict, "title", [.. values], explanation, $"What is {name}'s office?")));
            }
            else if (offRecord.Count > 0)
            {
                var recordValue = new FindingValue("record: " + string.Join(", ", record.Select(r => r.Title).Distinct()), [], [], recordText);
                result.Add((person.Key, new Finding(FindingKind.Conflict, "title", [.. values, recordValue],
                    $"Only {string.Join(", ", values[0].Articles)} gives {name} an office, and it is not the one on record: {recordText}.", $"What is {name}'s office?")));
            }
            else if (articles >= 2)
            {
                var holders = values.SelectMany(v => v.Articles).Distinct().Order(StringComparer.Ordinal).ToList();
                var note = _wires?.Note(holders);
                result.Add((person.Key, new Finding(FindingKind.Agreement, "title", [.. values], $"{articles} articles give {name} the same office." + (recordText is null ? string.Empty : $" It matches the dictionary: {recordText}.") + (note is null ? string.Empty : " " + note), $"What is {name}'s office?")
                {
                    IndependentSources = _wires?.Independent(holders) ?? articles,
                }));
            }
        }

        CompareRanks(analyses, result);

        var ages = new List<AgeUse>();
        foreach (var a in analyses)
        {
            foreach (var age in a.Ages)
            {
                if (PersonAt(a, age.NameSpan.Start, age.NameSpan.End) is { } mention && _entities.Resolve(a.Article.Id, mention) is { } id)
                {
                    ages.Add(new AgeUse(id, age, a));
                }
            }
        }

        Dictionary<string, string>? entityNames = null;
        foreach (var person in ages.GroupBy(x => x.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // The ages given, smallest first, each with the uses that give it: loops over a sorted list rather than
            // LINQ grouping by an int key, whose generic code is compiled at run time.
            var given = new List<int>();
            foreach (var x in person)
            {
                if (!given.Contains(x.Age.Age))
                {
                    given.Add(x.Age.Age);
                }
            }

            given.Sort();
            var values = new List<FindingValue>(given.Count);
            foreach (var age in given)
            {
                var g = person.Where(x => x.Age.Age == age).ToList();
                values.Add(new FindingValue(age.ToString(CultureInfo.InvariantCulture), [.. g.Select(x => x.Analysis.Article.Id).Distinct().Order(StringComparer.Ordinal)],
                    [.. g.Select(x => QuoteAt(x.Analysis, x.Age.AgeSpan.Start)).Distinct()], null));
            }

            var articles = values.SelectMany(v => v.Articles).Distinct().Count();
            var name = (entityNames ??= _entities.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal)).GetValueOrDefault(person.Key) ?? person.Key;
            if (articles < 2)
            {
                continue;
            }

            // Ages a year or more apart can both be right when the articles are that far apart in time.
            var published = 0;
            var earliest = int.MaxValue;
            var latest = int.MinValue;
            foreach (var x in person)
            {
                if (x.Analysis.Article.Published is { } date)
                {
                    published++;
                    earliest = Math.Min(earliest, date.DayNumber);
                    latest = Math.Max(latest, date.DayNumber);
                }
            }

            var span = published >= 2 ? (latest - earliest) / 365 : 0;
            var spread = person.Max(x => x.Age.Age) - person.Min(x => x.Age.Age);
            var kind = spread > span ? FindingKind.Conflict : FindingKind.Agreement;
            result.Add((person.Key, new Finding(kind, "age", [.. values],
                kind == FindingKind.Conflict ? $"The articles give {name} different ages: " + string.Join("; ", values.Select(v => $"{v.Value} ({string.Join(", ", v.Articles)})")) + "." : $"{articles} articles give {name} the same age.",
                $"How old is {name}?")));
        }

        // Plain loops over the variants and merges: LINQ over their value tuples is compiled at run time.
        foreach (var entity in _entities.Entities)
        {
            var values = ImmutableArray.CreateBuilder<FindingValue>();
            var texts = new HashSet<string>();
            foreach (var (text, articles) in entity.Variants)
            {
                if (text.Contains(' '))
                {
                    values.Add(new FindingValue(text, articles, [], null));
                    texts.Add(text);
                }
            }

            if (texts.Count <= 1)
            {
                continue;
            }

            var merges = new List<string>(entity.Merges.Length);
            foreach (var (text, reason) in entity.Merges)
            {
                merges.Add($"{text}: {reason}");
            }

            result.Add((entity.Id, new Finding(FindingKind.Variant, "name", values.ToImmutable(),
                $"{entity.Name} is spelled {values.Count} ways: " + string.Join("; ", merges) + ".", $"How is {entity.Name} spelled?")));
        }

        return [.. result];
    }

    /// <summary>
    /// Sets the military ranks the articles give one person against each other, as offices are: two ranks conflict
    /// unless one ends the other (a bare "general" is any general, so it agrees with "major general"). A rank is
    /// never set against an office: "Brig. Gen." and "military secretary" are both true of one man.
    /// </summary>
    private void CompareRanks(IReadOnlyList<ArticleAnalysis> analyses, List<(string, Finding)> result)
    {
        foreach (var person in UsesByPerson(analyses, t => t.Kind == TitleKind.Rank))
        {
            var values = ValuesOf(person);
            var articles = values.SelectMany(v => v.Articles).Distinct().Count();
            var name = _actors[person.Key]?.Name ?? person.First().Title.Person.Text;
            var conflict = values.Any(v => values.Any(w => !RanksAgree(v.Value, w.Value)));
            if (conflict)
            {
                result.Add((person.Key, new Finding(FindingKind.Conflict, "title", [.. values],
                    $"The articles give {name} different ranks: " + string.Join("; ", values.Select(v => $"{v.Value} ({string.Join(", ", v.Articles)})")) + ".",
                    $"What is {name}'s rank?")));
            }
            else if (articles >= 2)
            {
                var holders = values.SelectMany(v => v.Articles).Distinct().Order(StringComparer.Ordinal).ToList();
                var note = _wires?.Note(holders);
                result.Add((person.Key, new Finding(FindingKind.Agreement, "title", [.. values],
                    $"{articles} articles give {name} the same rank." + (note is null ? string.Empty : " " + note), $"What is {name}'s rank?")
                {
                    IndependentSources = _wires?.Independent(holders) ?? articles,
                }));
            }
        }
    }

    // "general" agrees with "major general", "colonel" with "lieutenant colonel": the shorter is the longer's last words.
    private static bool RanksAgree(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || a.EndsWith(" " + b, StringComparison.Ordinal)
        || b.EndsWith(" " + a, StringComparison.Ordinal);

    /// <summary>A ranked office or a military rank given to a person (by entity id) in one article.</summary>
    /// <remarks>A class rather than a value tuple: LINQ over value tuples is compiled at run time.</remarks>
    private sealed record OfficeUse(string Id, TitleMention Title, ArticleAnalysis Analysis);

    /// <summary>The present titles of the kind <paramref name="which"/> picks, by the person they are given, in order of person id.</summary>
    private IEnumerable<IGrouping<string, OfficeUse>> UsesByPerson(IReadOnlyList<ArticleAnalysis> analyses, Func<TitleMention, bool> which)
    {
        var uses = new List<OfficeUse>();
        foreach (var a in analyses)
        {
            foreach (var sentence in a.Mentions)
            {
                foreach (var t in sentence.Titles)
                {
                    if (which(t) && !t.Past && _entities.Resolve(a.Article.Id, t.Person) is { } id)
                    {
                        uses.Add(new OfficeUse(id, t, a));
                    }
                }
            }
        }

        return uses.GroupBy(x => x.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
    }

    /// <summary>
    /// How the offices given one person are told apart: by the title, and where two articles give one title of two
    /// organisations neither of which belongs to the other ("Kremlin spokeswoman", "the Foreign Ministry's
    /// spokeswoman"), by the title and its organisation ("spokeswoman of Kremlin"). An office of no organisation, or of
    /// a country, fits any organisation and keeps the bare title.
    /// </summary>
    private Func<OfficeUse, string> OfficeKey(IEnumerable<OfficeUse> person)
    {
        var split = new HashSet<string>(StringComparer.Ordinal);
        foreach (var byTitle in person.GroupBy(x => x.Title.Title, StringComparer.Ordinal))
        {
            var organisations = byTitle.Select(x => OrganisationOf(x.Title)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (organisations.Any(a => organisations.Any(b => !OrganisationsFit(a, b))))
            {
                split.Add(byTitle.Key);
            }
        }

        return split.Count == 0
            ? x => x.Title.Title
            : x => split.Contains(x.Title.Title) && OrganisationOf(x.Title) is { } of ? $"{x.Title.Title} of {_actors[of]?.Name ?? of}" : x.Title.Title;
    }

    /// <summary>The organisation (not a country) a title is of, as written with it; null when none is.</summary>
    private string? OrganisationOf(TitleMention t) => t.Of is { } of && _actors[of] is { Kind: EntityKinds.Organisation } ? of : null;

    /// <summary>Whether two organisations may both be the one an office is of: the same, or one belongs to the other.</summary>
    private bool OrganisationsFit(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || _actors.Affiliations(a).Contains(b) || _actors.Affiliations(b).Contains(a);

    /// <summary>One value per title given one person, with the articles that give it, their quotes and how it was written.</summary>
    private static List<FindingValue> ValuesOf(IEnumerable<OfficeUse> person) => ValuesOf(person, x => x.Title.Title);

    /// <summary>One value per office key (see <see cref="OfficeKey"/>), with the articles that give it, their quotes and how it was written.</summary>
    private static List<FindingValue> ValuesOf(IEnumerable<OfficeUse> person, Func<OfficeUse, string> key) =>
        person.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FindingValue(g.Key, [.. g.Select(x => x.Analysis.Article.Id).Distinct().Order(StringComparer.Ordinal)],
                [.. g.Select(x => Quote(x.Analysis, x.Title)).Distinct()], string.Join("; ", g.Select(x => $"\"{x.Title.Written}\"").Distinct())))
            .ToList();

    /// <summary>An age given to a person (by entity id) in one article.</summary>
    private sealed record AgeUse(string Id, AgeMention Age, ArticleAnalysis Analysis);

    private static bool OnRecord(ImmutableArray<TitleRecord> record, string title, DateOnly? at) =>
        record.Any(r => r.Title == title && (at is null || (r.From is null || r.From <= at) && (r.To is null || at <= r.To)));

    /// <summary>
    /// Whether the record gives the title at one of the times the title may speak of: the dates of its own sentence
    /// ("Foreign Minister X said in April 2022"), or the date the article speaks from.
    /// </summary>
    private static bool OnRecordWhenSaid(ImmutableArray<TitleRecord> record, string title, ArticleAnalysis a, TitleMention t)
    {
        foreach (var d in a.Dates)
        {
            if (d.SentenceIndex == t.SentenceIndex && d.Value is { IsResolved: true, From: not null } && OnRecord(record, title, d.Value.From))
            {
                return true;
            }
        }

        return OnRecord(record, title, ReferenceDate(a));
    }

    /// <summary>The date an article speaks from: its published date, else the latest resolved date it gives.</summary>
    /// <remarks>A plain loop: LINQ over nullable dates is compiled at run time.</remarks>
    private static DateOnly? ReferenceDate(ArticleAnalysis a)
    {
        if (a.Article.Published is { } published)
        {
            return published;
        }

        DateOnly? latest = null;
        foreach (var d in a.Dates)
        {
            if (d.Value is { IsResolved: true, To: { } to } && (latest is null || to > latest))
            {
                latest = to;
            }
        }

        return latest;
    }

    private static Mention? PersonAt(ArticleAnalysis a, int start, int end) =>
        a.Mentions.SelectMany(s => s.All).FirstOrDefault(m => m.Kind == EntityKinds.Person && m.Start < end && start < m.End);

    private static FindingQuote Quote(ArticleAnalysis a, TitleMention t) => QuoteAt(a, t.Start);

    private static FindingQuote QuoteAt(ArticleAnalysis a, int offset)
    {
        var s = a.Sentences.First(x => x.Start <= offset && offset <= x.End);
        return new FindingQuote(a.Article.Id, s.Text, s.Start, s.End);
    }
}
