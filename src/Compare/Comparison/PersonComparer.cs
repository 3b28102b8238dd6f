using System.Collections.Immutable;
using System.Globalization;
using Compare.Alignment;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Rules;

namespace Compare.Comparison;

/// <summary>
/// Compares what the articles say about each person rather than about an event: the ranked office each gives them
/// (checked against the dictionary's dated record where there is one), their age, and how their name is spelled.
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

    /// <summary>Each person's titles (offices and roles) as the articles give them, for alignment by title.</summary>
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
                    if (entities.Resolve(a.Article.Id, t.Person) is { } id)
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
        var titles = analyses.SelectMany(a => a.Mentions.SelectMany(s => s.Titles).Where(t => t.IsOffice && !t.Past)
                .Select(t => (Id: _entities.Resolve(a.Article.Id, t.Person), Title: t, Analysis: a)))
            .Where(x => x.Id is not null)
            .GroupBy(x => x.Id!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var person in titles)
        {
            var values = person.GroupBy(x => x.Title.Title).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FindingValue(g.Key, [.. g.Select(x => x.Analysis.Article.Id).Distinct().Order(StringComparer.Ordinal)],
                    [.. g.Select(x => Quote(x.Analysis, x.Title)).Distinct()], string.Join("; ", g.Select(x => $"\"{x.Title.Written}\"").Distinct())))
                .ToList();
            var record = _actors[person.Key]?.Titles ?? [];
            var name = _actors[person.Key]?.Name ?? person.First().Title.Person.Text;
            var recordText = record.IsEmpty ? null : "the actor dictionary records: " + string.Join("; ", record.Select(r =>
                $"{r.Title}{(r.Of is null ? string.Empty : " of " + (_actors[r.Of]?.Name ?? r.Of))}{(r.From is null ? string.Empty : " from " + r.From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}{(r.To is null ? string.Empty : " to " + r.To.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}"));
            // An office is on record when the dictionary gives it to the person at the time the article speaks of
            // (its published date, else its latest date); "then-" and "former" titles were skipped above.
            var offRecord = record.IsEmpty ? [] : values.Where(v => !person.Where(x => x.Title.Title == v.Value).All(x => TimesOf(x.Analysis, x.Title).Any(at => OnRecord(record, v.Value, at)))).ToList();
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
                result.Add((person.Key, new Finding(FindingKind.Agreement, "title", [.. values], $"{articles} articles give {name} the same office." + (recordText is null ? string.Empty : $" It matches the dictionary: {recordText}.") + (note is null ? string.Empty : " " + note), null)
                {
                    IndependentSources = _wires?.Independent(holders) ?? articles,
                }));
            }
        }

        var ages = analyses.SelectMany(a => a.Ages.Select(age => (Age: age, Analysis: a, Person: PersonAt(a, age.NameSpan.Start, age.NameSpan.End))))
            .Where(x => x.Person is not null)
            .Select(x => (Id: _entities.Resolve(x.Analysis.Article.Id, x.Person!), x.Age, x.Analysis))
            .Where(x => x.Id is not null)
            .GroupBy(x => x.Id!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        Dictionary<string, string>? entityNames = null;
        foreach (var person in ages)
        {
            var values = person.GroupBy(x => x.Age.Age).OrderBy(g => g.Key)
                .Select(g => new FindingValue(g.Key.ToString(CultureInfo.InvariantCulture), [.. g.Select(x => x.Analysis.Article.Id).Distinct().Order(StringComparer.Ordinal)],
                    [.. g.Select(x => QuoteAt(x.Analysis, x.Age.AgeSpan.Start)).Distinct()], null))
                .ToList();
            var articles = values.SelectMany(v => v.Articles).Distinct().Count();
            var name = (entityNames ??= _entities.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal)).GetValueOrDefault(person.Key) ?? person.Key;
            if (articles < 2)
            {
                continue;
            }

            // Ages a year or more apart can both be right when the articles are that far apart in time.
            var published = person.Select(x => x.Analysis.Article.Published).Where(d => d is not null).Select(d => d!.Value).ToList();
            var span = published.Count >= 2 ? (published.Max().DayNumber - published.Min().DayNumber) / 365 : 0;
            var spread = person.Max(x => x.Age.Age) - person.Min(x => x.Age.Age);
            var kind = spread > span ? FindingKind.Conflict : FindingKind.Agreement;
            result.Add((person.Key, new Finding(kind, "age", [.. values],
                kind == FindingKind.Conflict ? $"The articles give {name} different ages: " + string.Join("; ", values.Select(v => $"{v.Value} ({string.Join(", ", v.Articles)})")) + "." : $"{articles} articles give {name} the same age.",
                kind == FindingKind.Conflict ? $"How old is {name}?" : null)));
        }

        foreach (var entity in _entities.Entities.Where(e => e.Variants.Select(v => v.Text).Where(t => t.Contains(' ')).Distinct().Count() > 1))
        {
            var values = entity.Variants.Where(v => v.Text.Contains(' ')).Select(v => new FindingValue(v.Text, v.Articles, [], null)).ToImmutableArray();
            result.Add((entity.Id, new Finding(FindingKind.Variant, "name", values,
                $"{entity.Name} is spelled {values.Length} ways: " + string.Join("; ", entity.Merges.Select(m => $"{m.Text}: {m.Reason}")) + ".", null)));
        }

        return [.. result];
    }

    private static bool OnRecord(ImmutableArray<TitleRecord> record, string title, DateOnly? at) =>
        record.Any(r => r.Title == title && (at is null || (r.From is null || r.From <= at) && (r.To is null || at <= r.To)));

    /// <summary>
    /// The times a title may speak of: the dates of its own sentence ("Foreign Minister X said in April 2022"), and
    /// the date the article speaks from.
    /// </summary>
    private static IEnumerable<DateOnly?> TimesOf(ArticleAnalysis a, TitleMention t)
    {
        foreach (var d in a.Dates.Where(d => d.SentenceIndex == t.SentenceIndex && d.Value is { IsResolved: true, From: not null }))
        {
            yield return d.Value.From;
        }

        yield return ReferenceDate(a);
    }

    /// <summary>The date an article speaks from: its published date, else the latest resolved date it gives.</summary>
    private static DateOnly? ReferenceDate(ArticleAnalysis a) =>
        a.Article.Published ?? a.Dates.Where(d => d.Value is { IsResolved: true, To: not null }).Select(d => d.Value.To).Max();

    private static Mention? PersonAt(ArticleAnalysis a, int start, int end) =>
        a.Mentions.SelectMany(s => s.All).FirstOrDefault(m => m.Kind == EntityKinds.Person && m.Start < end && start < m.End);

    private static FindingQuote Quote(ArticleAnalysis a, TitleMention t) => QuoteAt(a, t.Start);

    private static FindingQuote QuoteAt(ArticleAnalysis a, int offset)
    {
        var s = a.Sentences.First(x => x.Start <= offset && offset <= x.End);
        return new FindingQuote(a.Article.Id, s.Text, s.Start, s.End);
    }
}
