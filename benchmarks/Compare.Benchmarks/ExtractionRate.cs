using System.Diagnostics;
using System.Runtime;
using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Dates;
using Compare.Rules;

namespace Compare.Benchmarks;

/// <summary>
/// Per-article work on one core: every article of a corpus read into memory, then segmented, recognised and run
/// through the rules on one thread, after warm-up passes over all of it until one of them compiles nothing (so that
/// the figure is the steady rate, not the JIT compiler's): the median of five passes, reported against the size of
/// the article files.
/// </summary>
internal static class ExtractionRate
{
    /// <summary>The processor time of the last measured pass (the process's, so the collector's work counts too).</summary>
    public static double CpuSeconds { get; private set; }

    /// <summary>The bytes allocated during the last measured pass.</summary>
    public static long AllocatedBytes { get; private set; }

    /// <summary>How many whole passes warmed the extractor up before the measured ones (see <see cref="Measure"/>).</summary>
    public static int WarmUpPasses { get; private set; }

    /// <summary>The passes measured after the warm-up; the median is reported.</summary>
    public const int MeasuredPasses = 5;

    // A bound on the warm-up, in case something is compiled in every pass.
    private const int MaxWarmUpPasses = 20;

    public static (double MegabytesPerSecond, double Seconds, long Bytes) Measure(string corpusFolder)
    {
        var loaded = RuleLoader.Load(Path.Combine(corpusFolder, "rules"));
        var rules = loaded.Rules ?? throw new InvalidOperationException("The corpus rules do not load.");
        var articlesFolder = Path.Combine(corpusFolder, "articles");
        var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([articlesFolder]);
        var bytes = Directory.GetFiles(articlesFolder).Sum(f => new FileInfo(f).Length);
        var extractor = new ClaimExtractor(rules, new ActorIndex(rules));

        // Warm-up: whole passes until one of them makes the runtime compile nothing, so that every hot method runs at
        // its final tier. The runtime recompiles hot methods in the background after they have run a while, and on a
        // busy machine that takes several passes; one fixed warm-up pass measured part of that compilation.
        var warmUp = 0;
        while (warmUp < MaxWarmUpPasses)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            TimedPass(input.Articles, extractor);
            warmUp++;
            if (JitInfo.GetCompiledMethodCount() == compiled)
            {
                break;
            }
        }

        WarmUpPasses = warmUp;

        // Then the measured passes; the median one is reported.
        var passes = new List<(double Seconds, double Cpu, long Allocated)>();
        for (var pass = 0; pass < MeasuredPasses; pass++)
        {
            passes.Add(TimedPass(input.Articles, extractor));
        }

        passes.Sort();
        var (seconds, cpuSeconds, allocatedBytes) = passes[MeasuredPasses / 2];
        CpuSeconds = cpuSeconds;
        AllocatedBytes = allocatedBytes;
        return (bytes / 1e6 / seconds, seconds, bytes);
    }

    private static (double Seconds, double Cpu, long Allocated) TimedPass(IReadOnlyList<Article> articles, ClaimExtractor extractor)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(true);
        foreach (var article in articles)
        {
            extractor.Analyse(article);
        }

        return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(true) - allocated);
    }
}
