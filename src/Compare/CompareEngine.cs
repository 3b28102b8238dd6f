using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
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
/// align again, compare. Deterministic: results are ordered by article id and position, never by timing, thread
/// count or the current culture.
/// </summary>
/// <remarks>
/// An article on which extraction throws is left out and listed as skipped ("input.analysis-failed", with the
/// exception's type and message), so one article that trips a fault in the engine never costs the others.
/// </remarks>
internal sealed class CompareEngine
{
    private readonly RuleSet _rules;
    private readonly ActorIndex _actors;
    private readonly ClaimExtractor _extractor;
    private readonly int _maxThreads;
    private readonly Func<Article, IReadOnlyList<YearHint>?, ArticleAnalysis> _analyse;

    /// <summary>Creates an engine for one compiled rule set.</summary>
    /// <param name="rules">The rules, compiled once and shared by every run.</param>
    /// <param name="maxThreads">How many articles are analysed at once; null for one per processor.</param>
    public CompareEngine(RuleSet rules, int? maxThreads = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxThreads ?? 1, 1, nameof(maxThreads));
        _rules = rules;
        _actors = new ActorIndex(rules);
        _extractor = new ClaimExtractor(rules, _actors);
        _maxThreads = maxThreads ?? Environment.ProcessorCount;
        // The first reading, before the other articles are read, is the one without hints: a date that names an event
        // waits for them then (see EventDateNames).
        _analyse = (article, hints) => _extractor.Analyse(article, hints, awaitOtherArticles: hints is null);
    }

    /// <summary>As the other constructor, with the per-article analysis replaced; tests use it to make one article fail.</summary>
    /// <remarks>The analysis is given null hints for the first reading, before the other articles are read, and the
    /// years they give (perhaps none) when the article is read again.</remarks>
    internal CompareEngine(RuleSet rules, int? maxThreads, Func<Article, IReadOnlyList<YearHint>?, ArticleAnalysis> analyse)
        : this(rules, maxThreads)
    {
        _analyse = analyse;
    }

    /// <summary>Compares the articles; <paramref name="timings"/>, when given, receives the wall time of each stage.</summary>
    public ComparisonReport Run(IngestResult input, StageTimings? timings = null)
    {
        // Culture-sensitive formatting or casing anywhere in the stages must not change the report, so the whole run
        // sees the invariant culture; parallel workers inherit it through the execution context.
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return RunInvariant(input, timings ?? new StageTimings());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private ComparisonReport RunInvariant(IngestResult input, StageTimings timings)
    {
        var (skipped, warnings) = (input.Skipped, input.Warnings);

        // Wire copy is told by an article's outlet and the opening of its body, read before the texts are let go.
        var wires = new WireSources(_actors, input.Articles);
        var failed = new List<SkippedInput>();
        var analyses = FirstReading(input.Articles, timings, failed);
        var (events, resolver, aligner) = timings.Measure("align", () => AlignAll(analyses));

        var hints = YearHints(events);
        // An article with a date that waited for the other articles is read again, with their years or without.
        foreach (var a in analyses)
        {
            if (!hints.ContainsKey(a.Article.Id) && a.Dates.Any(d => d.Value.AwaitsOtherArticles))
            {
                hints[a.Article.Id] = [];
            }
        }

        if (hints.Count > 0)
        {
            var again = timings.Measure("extract again with years from other articles", () =>
            {
                var attempts = new (ArticleAnalysis?, SkippedInput?)[analyses.Count];
                for (var k = 0; k < attempts.Length; k++)
                {
                    var a = analyses[k];
                    attempts[k] = !hints.TryGetValue(a.Article.Id, out var h) ? (a, null)
                        : a.Article.TextReleased ? (null, NotReadAgain(a.Article))
                        : Analyse(a.Article, h);
                }

                return attempts;
            });
            analyses = Succeeded(again, failed);
            (events, resolver, aligner) = timings.Measure("align", () => AlignAll(analyses));
        }

        var comparer = new EventComparer(_actors, aligner, wires);
        var reportEvents = timings.Measure("compare events", () => CompareEvents(events, comparer));
        var people = timings.Measure("compare people", () => new PersonComparer(_actors, resolver, wires).Compare(analyses));
        return new ComparisonReport([.. analyses], reportEvents, resolver.Entities, people, [.. skipped, .. failed])
        {
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Every article's first analysis, in the order of their ids; the failures are added to <paramref name="failed"/>.
    /// A method of its own, so that nothing of the run holds the articles as read, and the text of each is let go
    /// once its analysis is compacted (see <see cref="Compact"/>).
    /// </summary>
    private List<ArticleAnalysis> FirstReading(ImmutableArray<Article> input, StageTimings timings, List<SkippedInput> failed)
    {
        var articles = input.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        return Succeeded(timings.Measure("extract", () => InOrder.Map(articles, a => Analyse(a, null), _maxThreads)), failed);
    }

    /// <summary>One article's analysis, or why there is none; never throws.</summary>
    private (ArticleAnalysis? Analysis, SkippedInput? Failure) Analyse(Article article, IReadOnlyList<YearHint>? hints)
    {
        try
        {
            return (Compact(_analyse(article, hints), firstReading: hints is null), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var reason = $"Compare failed while analysing this article ({e.GetType().Name}: {e.Message.TrimEnd('.')}); " +
                "the other articles were compared without it; please report this fault together with the file";
            return (null, new SkippedInput(article.Path, reason, null, "input.analysis-failed"));
        }
    }

    /// <summary>
    /// Why an article whose text was let go is not read again. It cannot happen: an article that may be read again
    /// keeps its text (see <see cref="MayBeReadAgain"/>); if it did, the article is left out with a reason rather than
    /// read as if it were empty.
    /// </summary>
    private static SkippedInput NotReadAgain(Article article) =>
        new(article.Path, "Compare let go of this article's text before it was to be read again with years from the other articles; " +
            "the other articles were compared without it; please report this fault together with the file", null, "input.analysis-failed");

    /// <summary>The analyses of <paramref name="attempts"/> in their order; the failures are added to <paramref name="failed"/>.</summary>
    /// <remarks>A plain loop: LINQ over the attempts' value tuples is compiled at run time, which a short run waits for.</remarks>
    private static List<ArticleAnalysis> Succeeded((ArticleAnalysis? Analysis, SkippedInput? Failure)[] attempts, List<SkippedInput> failed)
    {
        var analyses = new List<ArticleAnalysis>(attempts.Length);
        foreach (var (analysis, failure) in attempts)
        {
            if (analysis is not null)
            {
                analyses.Add(analysis);
            }

            if (failure is not null)
            {
                failed.Add(failure);
            }
        }

        return analyses;
    }

    /// <summary>
    /// Drops what the later stages never read, which would otherwise be held for every article until the report is
    /// written:
    /// <list type="bullet">
    /// <item>every sentence but those the report may quote (those of claims, titles and ages), each of which keeps its
    /// own text; the tokens of those without claims (the later stages read tokens only in claims' sentences, to place
    /// a cue in a quote);</item>
    /// <item>every sentence's mentions but its named people and titles (which resolve people and compare their titles;
    /// a claim keeps the mentions that fill its roles), which were two fifths of a compacted analysis's memory;</item>
    /// <item>the article's text, once no later stage reads it: the text of a plain file is the file, and holding every
    /// article's text until the report was written, they were a fifth of what a run held. A text that was made
    /// (from a page, or cleaned), which the JSON report gives, is kept, as is the text of an article that may be read
    /// again with years from the other articles.</item>
    /// </list>
    /// </summary>
    /// <param name="analysis">An article's analysis.</param>
    /// <param name="firstReading">True for the reading before the other articles are read, after which the article
    /// may be read again.</param>
    private static ArticleAnalysis Compact(ArticleAnalysis analysis, bool firstReading)
    {
        var withClaims = new HashSet<int>();
        foreach (var claim in analysis.Claims)
        {
            withClaims.Add(claim.Sentence.Index);
        }

        // A title or an age is quoted with the sentence it lies in (see PersonComparer), found by its offset.
        var quoted = new HashSet<int>(withClaims);
        foreach (var sentence in analysis.Mentions)
        {
            foreach (var title in sentence.Titles)
            {
                quoted.Add(SentenceAt(analysis.Sentences, title.Start));
            }
        }

        foreach (var age in analysis.Ages)
        {
            quoted.Add(SentenceAt(analysis.Sentences, age.AgeSpan.Start));
        }

        var sentences = ImmutableArray.CreateBuilder<Text.Sentence>(quoted.Count);
        foreach (var sentence in analysis.Sentences)
        {
            if (quoted.Contains(sentence.Index))
            {
                var kept = withClaims.Contains(sentence.Index) || sentence.Tokens.IsEmpty ? sentence : sentence with { Tokens = [] };
                _ = kept.Text;
                sentences.Add(kept);
            }
        }

        foreach (var claim in analysis.Claims)
        {
            _ = claim.Sentence.Text;
        }

        var mentions = ImmutableArray.CreateBuilder<SentenceMentions>(analysis.Mentions.Length);
        foreach (var sentence in analysis.Mentions)
        {
            mentions.Add(PeopleAndTitles(sentence));
        }

        var article = analysis.Article;
        if (article.TextDerivation is null && !(firstReading && MayBeReadAgain(analysis)))
        {
            article = article.WithoutText();
        }

        return analysis with
        {
            Article = article,
            Sentences = sentences.DrainToImmutable(),
            SentenceCount = analysis.SentenceCount,
            Mentions = mentions.MoveToImmutable(),
        };
    }

    /// <summary>The number of the first sentence that holds <paramref name="offset"/> (its end included), or -1.</summary>
    private static int SentenceAt(ImmutableArray<Text.Sentence> sentences, int offset)
    {
        foreach (var s in sentences)
        {
            if (s.Start <= offset && offset <= s.End)
            {
                return s.Index;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the article may be read again once the others are aligned (see <see cref="YearHints"/>): it has a
    /// date that waits for the other articles, or a claim dated by day and month with no year.
    /// </summary>
    private static bool MayBeReadAgain(ArticleAnalysis analysis)
    {
        foreach (var d in analysis.Dates)
        {
            if (d.Value.AwaitsOtherArticles)
            {
                return true;
            }
        }

        foreach (var c in analysis.Claims)
        {
            if (c.Date is { AwaitsOtherArticles: true } or { IsResolved: false, Month: not null, Year: null })
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SentenceMentions NoMentions = new([], [], []);

    /// <summary>A sentence's named people (with their pronouns) and titles; the same object when that is all it has.</summary>
    private static SentenceMentions PeopleAndTitles(SentenceMentions sentence)
    {
        var all = OnlyPeople(sentence.All);
        var top = OnlyPeople(sentence.Mentions);
        if (all == sentence.All && top == sentence.Mentions)
        {
            return sentence;
        }

        return all.IsEmpty && top.IsEmpty && sentence.Titles.IsEmpty ? NoMentions : new SentenceMentions(top, all, sentence.Titles);
    }

    /// <summary>The people among <paramref name="mentions"/>; the same array when they are all people.</summary>
    private static ImmutableArray<Mention> OnlyPeople(ImmutableArray<Mention> mentions)
    {
        var people = 0;
        foreach (var m in mentions)
        {
            people += m.Kind == EntityKinds.Person ? 1 : 0;
        }

        if (people == mentions.Length)
        {
            return mentions;
        }

        if (people == 0)
        {
            return [];
        }

        // An array handed over as it is: a builder per sentence and list was a fifth of what compacting allocated.
        var kept = new Mention[people];
        var n = 0;
        foreach (var m in mentions)
        {
            if (m.Kind == EntityKinds.Person)
            {
                kept[n++] = m;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(kept);
    }

    private (ImmutableArray<AlignedEvent>, EntityResolver, EventAligner) AlignAll(List<ArticleAnalysis> analyses)
    {
        var resolver = new EntityResolver(_actors, analyses);
        var aligner = new EventAligner(_actors, resolver, PersonComparer.TitlesByPerson(resolver, analyses));
        var published = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var a in analyses)
        {
            if (a.Article.Published is { } day)
            {
                published[a.Article.Id] = day;
            }
        }

        return (aligner.Align(analyses.SelectMany(a => a.Claims), _maxThreads, published), resolver, aligner);
    }

    /// <summary>Compares the events, several at once; the results keep the order of the events.</summary>
    private ImmutableArray<ReportEvent> CompareEvents(ImmutableArray<AlignedEvent> events, EventComparer comparer)
    {
        var result = new ReportEvent[events.Length];
        Parallel.For(0, events.Length, new ParallelOptions { MaxDegreeOfParallelism = _maxThreads }, i =>
        {
            var e = events[i];
            result[i] = new ReportEvent(e, comparer.Label(e), e.Claims.Select(c => c.Date).FirstOrDefault(d => d is { IsResolved: true })?.Iso, comparer.Compare(e));
        });
        return ImmutableArray.Create(result);
    }

    /// <summary>
    /// A date written without a year ("on October 7") in an article with no published date, or one that names an event
    /// ("the October 7 attack", in any article), takes its year from another article's report of the same event, and
    /// says so.
    /// </summary>
    private static Dictionary<string, List<YearHint>> YearHints(ImmutableArray<AlignedEvent> events)
    {
        var hints = new Dictionary<string, List<YearHint>>(StringComparer.Ordinal);
        NamedEventYears(events, hints);
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

    /// <summary>
    /// A claim dated by a date that names an event ("in the October 7 attack") is of the event of its type that the
    /// other articles date on that month and day: when they give it one year, that year is the date's. When they give
    /// none, or several, the date takes the published date's year as any other does.
    /// </summary>
    /// <remarks>
    /// Its claim seldom aligns on its own: it often names no participant ("1,200 were killed in the October 7
    /// attack"), and an event without one joins others by its date alone only when that date is resolved.
    /// </remarks>
    private static void NamedEventYears(ImmutableArray<AlignedEvent> events, Dictionary<string, List<YearHint>> hints)
    {
        List<Extraction.Claim>? waiting = null;
        foreach (var ev in events)
        {
            foreach (var claim in ev.Claims)
            {
                if (claim.Date is { AwaitsOtherArticles: true, Month: not null, Day: not null })
                {
                    (waiting ??= []).Add(claim);
                }
            }
        }

        if (waiting is null)
        {
            return;
        }

        foreach (var claim in waiting)
        {
            var d = claim.Date!;
            int? year = null;
            string? by = null;
            var several = false;
            foreach (var ev in events)
            {
                foreach (var other in ev.Claims)
                {
                    if (other.ArticleId != claim.ArticleId && other.EventType == claim.EventType
                        && other.Date is { IsResolved: true, Year: { } y, Month: { } m, Day: { } day } && m == d.Month && day == d.Day)
                    {
                        several |= year is not null && year != y;
                        if (year is null || string.CompareOrdinal(other.ArticleId, by) < 0 && year == y)
                        {
                            by = other.ArticleId;
                        }

                        year ??= y;
                    }
                }
            }

            if (year is null || several)
            {
                continue;
            }

            if (!hints.TryGetValue(claim.ArticleId, out var list))
            {
                hints[claim.ArticleId] = list = [];
            }

            list.Add(new YearHint(d.Month!.Value, d.Day!.Value, year.Value, $"year from the same event as reported by {by}"));
        }
    }
}
