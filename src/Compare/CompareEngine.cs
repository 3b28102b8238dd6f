using System.Collections.Immutable;
using Compare.Alignment;
using Compare.Articles;
using Compare.Comparison;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Rules;

namespace Compare;

/// <summary>
/// The whole pipeline over a set of ingested articles: extract (per article, in parallel), resolve people,
/// align, fill years that only another article's report of the same event gives, extract those articles again,
/// align again, compare. Deterministic: results are ordered by article id and position, never by timing.
/// </summary>
internal sealed class CompareEngine
{
    private readonly RuleSet _rules;
    private readonly ActorIndex _actors;
    private readonly ClaimExtractor _extractor;

    public CompareEngine(RuleSet rules)
    {
        _rules = rules;
        _actors = new ActorIndex(rules);
        _extractor = new ClaimExtractor(rules, _actors);
    }

    public ComparisonReport Run(IngestResult input)
    {
        var articles = input.Articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var analyses = articles.AsParallel().AsOrdered().Select(a => _extractor.Analyse(a)).ToList();
        var (events, resolver, aligner) = AlignAll(analyses);

        var hints = YearHints(events);
        if (hints.Count > 0)
        {
            analyses = analyses.Select(a => hints.TryGetValue(a.Article.Id, out var h) ? _extractor.Analyse(a.Article, h) : a).ToList();
            (events, resolver, aligner) = AlignAll(analyses);
        }

        var wires = new WireSources(_actors, analyses.Select(a => a.Article));
        var comparer = new EventComparer(_actors, aligner, wires);
        var reportEvents = events.Select(e => new ReportEvent(e, comparer.Label(e), e.Claims.Select(c => c.Date).FirstOrDefault(d => d is { IsResolved: true })?.Iso, comparer.Compare(e))).ToImmutableArray();
        var people = new PersonComparer(_actors, resolver, wires).Compare(analyses);
        return new ComparisonReport([.. analyses], reportEvents, resolver.Entities, people, input.Skipped);
    }

    private (ImmutableArray<AlignedEvent>, EntityResolver, EventAligner) AlignAll(List<ArticleAnalysis> analyses)
    {
        var resolver = new EntityResolver(_actors, analyses);
        var aligner = new EventAligner(_actors, resolver, PersonComparer.TitlesByPerson(resolver, analyses));
        return (aligner.Align(analyses.SelectMany(a => a.Claims)), resolver, aligner);
    }

    /// <summary>
    /// A date written without a year ("on October 7") in an article with no published date takes its year from
    /// another article's report of the same event, and says so.
    /// </summary>
    private static Dictionary<string, List<YearHint>> YearHints(ImmutableArray<AlignedEvent> events)
    {
        var hints = new Dictionary<string, List<YearHint>>(StringComparer.Ordinal);
        foreach (var ev in events)
        {
            var known = ev.Claims.FirstOrDefault(c => c.Date is { IsResolved: true, Year: not null });
            if (known is null)
            {
                continue;
            }

            foreach (var claim in ev.Claims.Where(c => c.Date is { IsResolved: false, Month: not null, Year: null }))
            {
                var d = claim.Date!;
                if (d.Month == known.Date!.Month && (d.Day is null || d.Day == known.Date.Day))
                {
                    if (!hints.TryGetValue(claim.ArticleId, out var list))
                    {
                        hints[claim.ArticleId] = list = [];
                    }

                    list.Add(new YearHint(d.Month!.Value, d.Day ?? 1, known.Date.Year!.Value, $"year from the same event as reported by {known.ArticleId}"));
                }
            }
        }

        return hints;
    }
}
