using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Compare.Alignment;
using Compare.Comparison;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Counts;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Text;

namespace Compare.Benchmarks;

/// <summary>
/// Each stage of the pipeline over the same generated corpus (<see cref="StageCorpus"/>), one thread, with the
/// output of the stages before it prepared in the setup. "Extract" is the whole per-article work (segment,
/// recognise, run the rules); "Recognise" is its recognisers alone on sentences already segmented.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(StageConfig))]
public class StageBenchmarks
{
    private StageCorpus _corpus = null!;
    private ActorIndex _actors = null!;
    private ClaimExtractor _extractor = null!;
    private (string Text, ImmutableArray<Sentence> Sentences, DateOnly? Published)[] _segmented = [];
    private ArticleAnalysis[] _analyses = [];
    private EntityResolver _resolver = null!;
    private EventAligner _aligner = null!;
    private ImmutableArray<AlignedEvent> _events;
    private ComparisonReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = StageCorpus.Instance;
        _actors = new ActorIndex(_corpus.Rules);
        _extractor = new ClaimExtractor(_corpus.Rules, _actors);
        _segmented = [.. _corpus.Input.Articles.Select(a => (a.Text, SentenceSegmenter.Segment(a.Text, a.BodyStart), a.Published))];
        _analyses = [.. _corpus.Input.Articles.Select(a => _extractor.Analyse(a))];
        _resolver = new EntityResolver(_actors, _analyses);
        _aligner = new EventAligner(_actors, _resolver, PersonComparer.TitlesByPerson(_resolver, _analyses));
        _events = _aligner.Align(_analyses.SelectMany(a => a.Claims));
        _report = new CompareEngine(_corpus.Rules, 1).Run(_corpus.Input);
    }

    /// <summary>Splitting every sentence into tokens.</summary>
    [Benchmark]
    public int Tokenize()
    {
        var n = 0;
        foreach (var (text, sentences, _) in _segmented)
        {
            foreach (var s in sentences)
            {
                n += Tokenizer.Tokenize(text, s.Start, s.End).Length;
            }
        }

        return n;
    }

    /// <summary>Dates, counts and mentions (actors, names, titles, groups, pronouns) of every sentence.</summary>
    [Benchmark]
    public int Recognise()
    {
        var n = 0;
        foreach (var (text, sentences, published) in _segmented)
        {
            n += DateRecognizer.Recognize(text, [.. sentences.Select(s => s.Span)], published).Length;
            var mentions = new MentionRecognizer(_actors);
            foreach (var s in sentences)
            {
                var counts = CountRecognizer.Recognize(text, s.Span);
                n += counts.Length + mentions.Recognize(text, s, counts).Mentions.Length;
            }
        }

        return n;
    }

    /// <summary>The whole per-article work: segment, tokenise, recognise, run the rules.</summary>
    [Benchmark]
    public int Extract()
    {
        var n = 0;
        foreach (var article in _corpus.Input.Articles)
        {
            n += _extractor.Analyse(article).Claims.Length;
        }

        return n;
    }

    /// <summary>Resolving people across articles and aligning claims into events.</summary>
    [Benchmark]
    public int Align()
    {
        var resolver = new EntityResolver(_actors, _analyses);
        var aligner = new EventAligner(_actors, resolver, PersonComparer.TitlesByPerson(resolver, _analyses));
        return aligner.Align(_analyses.SelectMany(a => a.Claims)).Length;
    }

    /// <summary>Comparing the claims of every event and what the articles say about people.</summary>
    [Benchmark]
    public int Compare()
    {
        var comparer = new EventComparer(_actors, _aligner);
        var n = 0;
        foreach (var e in _events)
        {
            n += comparer.Compare(e).Length + comparer.Label(e).Length;
        }

        return n + new PersonComparer(_actors, _resolver).Compare(_analyses).Length;
    }

    /// <summary>Writing the JSON report.</summary>
    [Benchmark]
    public long Render()
    {
        return new JsonReportRenderer().Render(_report).Length;
    }
}
