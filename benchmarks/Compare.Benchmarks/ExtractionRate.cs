using System.Diagnostics;
using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Dates;
using Compare.Rules;

namespace Compare.Benchmarks;

/// <summary>
/// Per-article work on one core: every article of a corpus read into memory, then segmented, recognised and run
/// through the rules on one thread, after a warm-up pass over part of it (so that the figure is the steady rate,
/// not the JIT compiler's). Reported against the size of the article files.
/// </summary>
internal static class ExtractionRate
{
    /// <summary>The processor time of the last measured pass (the process's, so the collector's work counts too).</summary>
    public static double CpuSeconds { get; private set; }

    public static (double MegabytesPerSecond, double Seconds, long Bytes) Measure(string corpusFolder)
    {
        var loaded = RuleLoader.Load(Path.Combine(corpusFolder, "rules"));
        var rules = loaded.Rules ?? throw new InvalidOperationException("The corpus rules do not load.");
        var articlesFolder = Path.Combine(corpusFolder, "articles");
        var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([articlesFolder]);
        var bytes = Directory.GetFiles(articlesFolder).Sum(f => new FileInfo(f).Length);
        var extractor = new ClaimExtractor(rules, new ActorIndex(rules));
        foreach (var article in input.Articles.Take(Math.Min(input.Articles.Length, 2000)))
        {
            extractor.Analyse(article);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var article in input.Articles)
        {
            extractor.Analyse(article);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        CpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return (bytes / 1e6 / seconds, seconds, bytes);
    }
}
