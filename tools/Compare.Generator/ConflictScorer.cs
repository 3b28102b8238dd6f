using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>
/// Scores the conflict findings of a report against an answer key. A finding is a planted conflict when it is
/// about the same attribute, the deviant article gives the planted value in it, and, for an event conflict, every
/// article it cites reports that planted event (a finding that mixes in another event's articles is a wrong merge,
/// not a find). A title finding must name the planted person in its question.
/// </summary>
internal static class ConflictScorer
{
    public static ConflictScore Score(AnswerKey key, IReadOnlyList<ReportConflict> findings, IReadOnlyList<ReportEventSummary> events)
    {
        var byDeviant = key.Conflicts.ToLookup(c => c.Deviant, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var falseFindings = ImmutableArray.CreateBuilder<ReportConflict>();
        var stats = new SortedDictionary<string, (int Findings, int True, int Planted, int Found)>(StringComparer.Ordinal);
        var trueFindings = 0;
        foreach (var f in findings)
        {
            var matched = false;
            foreach (var article in f.AllArticles)
            {
                foreach (var planted in byDeviant[article])
                {
                    if (Matches(f, planted))
                    {
                        matched = true;
                        found.Add(planted.Id);
                    }
                }
            }

            var s = stats.GetValueOrDefault(f.BaseAttribute);
            stats[f.BaseAttribute] = (s.Findings + 1, s.True + (matched ? 1 : 0), s.Planted, s.Found);
            if (matched)
            {
                trueFindings++;
            }
            else
            {
                falseFindings.Add(f);
            }
        }

        foreach (var planted in key.Conflicts)
        {
            var s = stats.GetValueOrDefault(planted.Attribute);
            stats[planted.Attribute] = (s.Findings, s.True, s.Planted + 1, s.Found + (found.Contains(planted.Id) ? 1 : 0));
        }

        var (multi, recovered) = Recovered(key, events);
        return new ConflictScore(
            findings.Count,
            trueFindings,
            key.Conflicts.Length,
            found.Count,
            stats.ToImmutableSortedDictionary(StringComparer.Ordinal),
            multi,
            recovered,
            falseFindings.ToImmutable(),
            [.. key.Conflicts.Where(c => !found.Contains(c.Id))]);
    }

    public static bool Matches(ReportConflict finding, PlantedConflict planted)
    {
        if (finding.BaseAttribute != planted.Attribute || (finding.Event is null) != (planted.Event is null))
        {
            return false;
        }

        var deviantValue = finding.Values.Where(v => v.Articles.Contains(planted.Deviant, StringComparer.Ordinal)).Select(v => v.Value).ToList();
        if (!deviantValue.Contains(planted.Planted, StringComparer.Ordinal))
        {
            return false;
        }

        if (planted.Event is not null)
        {
            var reporters = planted.Articles.ToHashSet(StringComparer.Ordinal);
            return finding.AllArticles.All(reporters.Contains) && finding.AllArticles.Any(a => a != planted.Deviant);
        }

        return finding.Question is null || finding.Question.Contains(planted.PersonName!, StringComparison.Ordinal);
    }

    private static (int MultiSource, int Recovered) Recovered(AnswerKey key, IReadOnlyList<ReportEventSummary> events)
    {
        var byArticle = new Dictionary<string, List<ReportEventSummary>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var a in e.Articles)
            {
                if (!byArticle.TryGetValue(a, out var list))
                {
                    byArticle[a] = list = [];
                }

                list.Add(e);
            }
        }

        var multi = 0;
        var recovered = 0;
        foreach (var planned in key.Events.Where(e => e.Articles.Length >= 2))
        {
            multi++;
            if (byArticle.TryGetValue(planned.Articles[0], out var candidates)
                && candidates.Any(c => c.Type == planned.Type && planned.Articles.All(a => c.Articles.Contains(a, StringComparer.Ordinal))))
            {
                recovered++;
            }
        }

        return (multi, recovered);
    }
}
