using System.Diagnostics;
using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Dates;
using Compare.Rules;

namespace Compare.Benchmarks;

/// <summary>
/// Per-article work on one core: every article of a corpus read into memory, then segmented, recognised and run
/// through the rules on one thread, after a warm-up pass over all of it (so that the figure is the steady rate, not
/// the JIT compiler's): the median of three passes, reported against the size of the article files.
/// </summary>
internal static class ExtractionRate
{
    /// <summary>The processor time of the last measured pass (the process's, so the collector's work counts too).</summary>
    public static double CpuSeconds { get; private set; }

    /// <summary>The bytes allocated during the last measured pass.</summary>
    public static long AllocatedBytes { get; private set; }

    public static (double MegabytesPerSecond, double Seconds, long Bytes) Measure(string corpusFolder)
    {
        var loaded = RuleLoader.Load(Path.Combine(corpusFolder, "rules"));
        var rules = loaded.Rules ?? throw new InvalidOperationException("The corpus rules do not load.");
        var articlesFolder = Path.Combine(corpusFolder, "articles");
        var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([articlesFolder]);
        var bytes = Directory.GetFiles(articlesFolder).Sum(f => new FileInfo(f).Length);
        var extractor = new ClaimExtractor(rules, new ActorIndex(rules));

        // Warm-up: one whole pass, so that every method has been compiled at its final tier (the runtime recompiles
        // hot methods in the background after they have run a while; a short warm-up measures that compilation).
        foreach (var article in input.Articles)
        {
            extractor.Analyse(article);
        }

        // Then three passes; the median one is reported.
        var passes = new List<(double Seconds, double Cpu, long Allocated)>();
        for (var pass = 0; pass < 3; pass++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(true);
            foreach (var article in input.Articles)
            {
                extractor.Analyse(article);
            }

            passes.Add((clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(true) - allocated));
        }

        passes.Sort();
        var (seconds, cpuSeconds, allocatedBytes) = passes[1];
        CpuSeconds = cpuSeconds;
        AllocatedBytes = allocatedBytes;
        return (bytes / 1e6 / seconds, seconds, bytes);
    }
}
