using System.CommandLine;
using System.Globalization;
using System.Text;
using Compare.Generator;

namespace Compare.Benchmarks;

/// <summary>
/// <c>e2e --cli PATH [--sizes 1000,10000,100000] [--seed 1] [--work DIR] [--repeat N] [--out FILE]</c>:
/// generates a corpus per size (kept in the work folder for later runs), runs the published command on it in a
/// fresh process (wall time, CPU time, peak memory), in rounds of one run per size, scores the report against the answer key, measures the
/// one-core extraction rate and the seeds report from a cold start, and prints a Markdown table with the targets.
/// Exit code 1 when precision or recall is below the minimum at any size.
/// </summary>
internal sealed class EndToEndCommand : Command
{
    private readonly Option<string> _cli = new("--cli") { Description = "The published compare command (apphost)", Required = true };
    private readonly Option<string> _sizes = new("--sizes") { Description = "Comma-separated article counts", DefaultValueFactory = _ => "1000,10000,100000" };
    private readonly Option<ulong> _seed = new("--seed") { DefaultValueFactory = _ => 1 };
    private readonly Option<string> _work = new("--work") { Description = "Folder for corpora and reports", DefaultValueFactory = _ => Path.Combine("out", "bench") };
    private readonly Option<int> _repeat = new("--repeat") { Description = "Rounds of runs, one run of each size per round; each size's median run is reported", DefaultValueFactory = _ => 1 };
    private readonly Option<string?> _out = new("--out") { Description = "Also write the table to this file" };
    private readonly Option<double> _min = new("--min") { Description = "Minimum precision and recall", DefaultValueFactory = _ => 0.95 };
    private readonly Option<bool> _skipExtraction = new("--skip-extraction-rate") { Description = "Do not measure the one-core extraction rate" };
    private readonly Option<bool> _skipCold = new("--skip-cold-start") { Description = "Do not measure the seeds report from a cold start" };

    public EndToEndCommand()
        : base("e2e", "End-to-end runs of the command over generated corpora, scored against their answer keys")
    {
        foreach (var o in new Option[] { _cli, _sizes, _seed, _work, _repeat, _out, _min, _skipExtraction, _skipCold })
        {
            Options.Add(o);
        }

        SetAction(r => Run(
            Path.GetFullPath(r.GetValue(_cli)!),
            [.. r.GetValue(_sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            r.GetValue(_seed),
            Path.GetFullPath(r.GetValue(_work)!),
            Math.Max(1, r.GetValue(_repeat)),
            r.GetValue(_out),
            r.GetValue(_min),
            !r.GetValue(_skipExtraction),
            !r.GetValue(_skipCold)));
    }

    private static int Run(string cli, int[] sizes, ulong seed, string work, int repeat, string? outFile, double min, bool extraction, bool cold)
    {
        var c = CultureInfo.InvariantCulture;
        var rules = StageCorpus.RepositoryRules();
        var folders = new List<(int Size, string Folder, long Bytes)>();
        foreach (var size in sizes)
        {
            var folder = Path.Combine(work, string.Create(c, $"corpus-{size}-seed{seed}"));
            if (!File.Exists(Path.Combine(folder, "answer-key.json")))
            {
                Console.Error.WriteLine(string.Create(c, $"e2e: generating {size} articles in {folder}"));
                Directory.CreateDirectory(folder);
                CorpusGenerator.Generate(size, seed, rules, folder);
            }

            folders.Add((size, folder, Directory.GetFiles(Path.Combine(folder, "articles")).Sum(f => new FileInfo(f).Length)));
        }

        // The runs go in rounds, one of each size per round, so that a change in the machine's speed over the minutes
        // of a benchmark weighs on every size alike and not on whichever size was being run at the time.
        var runs = folders.Select(_ => new List<ChildRun>()).ToArray();
        for (var round = 0; round < repeat; round++)
        {
            for (var k = 0; k < folders.Count; k++)
            {
                var (size, folder, _) = folders[k];
                var report = Path.Combine(folder, "report.json");
                var run = ChildMeter.Measure(cli, ["run", Path.Combine(folder, "articles"), "--rules", Path.Combine(folder, "rules"), "--format", "json", "--out", report]);
                if (run.ExitCode != 0)
                {
                    Console.Error.WriteLine(string.Create(c, $"e2e: the command failed on {size} articles (exit {run.ExitCode})."));
                    return 2;
                }

                Console.Error.WriteLine(string.Create(c, $"e2e: round {round + 1}: {size} articles: {run.WallSeconds:F2} s wall, {run.CpuSeconds:F2} s CPU, {run.PeakBytes / 1e6:F0} MB peak"));
                runs[k].Add(run);
            }
        }

        var results = new List<SizeResult>();
        for (var k = 0; k < folders.Count; k++)
        {
            var (size, folder, bytes) = folders[k];
            var median = runs[k].OrderBy(r => r.WallSeconds).ElementAt(runs[k].Count / 2);
            var (conflicts, events) = ReportReader.Read(Path.Combine(folder, "report.json"));
            var score = ConflictScorer.Score(AnswerKeyFile.Read(Path.Combine(folder, "answer-key.json")), conflicts, events);
            Console.Error.Write(score.Describe());
            results.Add(new SizeResult(size, bytes, median, score.Precision, score.Recall, score.Planted, score.Findings)
            {
                Walls = [.. runs[k].Select(r => r.WallSeconds)],
            });
        }

        (double Rate, double Seconds, long Bytes)? rate = null;
        if (extraction)
        {
            var largest = sizes.Where(s => s <= 10_000).DefaultIfEmpty(sizes.Min()).Max();
            rate = ExtractionRate.Measure(Path.Combine(work, string.Create(c, $"corpus-{largest}-seed{seed}")));
        }

        List<ChildRun>? coldRuns = null;
        ChildRun? firstRun = null;
        if (cold)
        {
            // The first run after a change of the rules checks every rule example; later runs find the rules in the
            // cache of checked rules. Both are measured, the first with a cache of its own that starts empty.
            var repository = Path.GetDirectoryName(rules)!;
            var target = Path.Combine(work, "seeds-report.json");
            var cache = Path.Combine(work, "rule-check-cache");
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }

            Environment.SetEnvironmentVariable("COMPARE_CACHE_DIR", cache);
            firstRun = ChildMeter.Measure(cli, ["run", "seeds", "--format", "json", "--out", target], repository);
            coldRuns = [.. Enumerable.Range(0, Math.Max(5, repeat)).Select(_ => ChildMeter.Measure(cli, ["run", "seeds", "--format", "json", "--out", target], repository))];
            Environment.SetEnvironmentVariable("COMPARE_CACHE_DIR", null);
        }

        var table = Table(results, rate, coldRuns, firstRun, min);
        Console.WriteLine(table);
        if (outFile is not null)
        {
            File.WriteAllText(outFile, table, new UTF8Encoding(false));
        }

        return results.All(r => r.Precision >= min && r.Recall >= min) ? 0 : 1;
    }

    private static string Table(List<SizeResult> results, (double Rate, double Seconds, long Bytes)? rate, List<ChildRun>? cold, ChildRun? first, double min)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}\n\n");
        sb.Append("| articles | MB | wall s | runs s | CPU s | MB/s | articles/s | peak memory MB | precision | recall | time vs. 10x fewer |\n");
        sb.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        SizeResult? previous = null;
        foreach (var r in results)
        {
            var ratio = previous is not null && r.Articles == previous.Articles * 10 ? (r.Run.WallSeconds / previous.Run.WallSeconds).ToString("F1", c) + "x" : "";
            var spread = r.Walls.Count > 1 ? string.Create(c, $"{r.Fastest:F1}-{r.Slowest:F1}") : "";
            sb.Append(c, $"| {r.Articles:N0} | {r.Megabytes:F1} | {r.Run.WallSeconds:F1} | {spread} | {r.Run.CpuSeconds:F1} | {r.MegabytesPerSecond:F2} | {r.ArticlesPerSecond:F0} | {r.Run.PeakBytes / 1e6:F0} | {r.Precision:F3} | {r.Recall:F3} | {ratio} |\n");
            previous = r;
        }

        sb.Append('\n');
        if (rate is { } x)
        {
            sb.Append(c, $"Extraction on one core (warm): {x.Rate:F2} MB/s ({x.Bytes / 1e6:F1} MB in {x.Seconds:F1} s; {x.Bytes / 1e6 / ExtractionRate.CpuSeconds:F2} MB per processor second; median of {ExtractionRate.MeasuredPasses} passes after {ExtractionRate.WarmUpPasses} warm-up passes).\n");
        }

        if (cold is { Count: > 0 })
        {
            var walls = cold.Select(r => r.WallSeconds).Order().ToList();
            sb.Append(c, $"Seeds report from a cold start: median {walls[walls.Count / 2]:F2} s, best {walls[0]:F2} s over {walls.Count} runs");
            sb.Append(first is null ? ".\n" : string.Create(c, $"; {first.WallSeconds:F2} s for the first run after a change of the rules, which checks every rule example.\n"));
        }

        sb.Append('\n');
        sb.Append("Targets:\n");
        if (rate is { } y)
        {
            sb.Append(c, $"- extraction >= 50 MB/s on one core: {Verdict(y.Rate >= 50)} ({y.Rate:F2} MB/s)\n");
        }

        if (results.FirstOrDefault(r => r.Articles == 100_000) is { } big)
        {
            sb.Append(c, $"- 100k articles within 60 s: {Verdict(big.Run.WallSeconds <= 60)} ({big.Run.WallSeconds:F1} s)\n");
            sb.Append(c, $"- peak memory under 4 GB: {Verdict(big.Run.PeakBytes < 4_000_000_000)} ({big.Run.PeakBytes / 1e9:F2} GB)\n");
        }

        for (var i = 1; i < results.Count; i++)
        {
            if (results[i].Articles == results[i - 1].Articles * 10)
            {
                var ratio = results[i].Run.WallSeconds / results[i - 1].Run.WallSeconds;
                sb.Append(c, $"- {results[i - 1].Articles:N0} -> {results[i].Articles:N0} at most 11x the time: {Verdict(ratio <= 11)} ({ratio:F1}x");
                if (results[i].Walls.Count > 1)
                {
                    // The two sizes' runs of one round ran minutes apart at most, on the same machine at much the same speed.
                    var rounds = results[i].Walls.Zip(results[i - 1].Walls, (big, small) => big / small).ToList();
                    sb.Append(c, $"; round by round: {string.Join(", ", rounds.Select(x => x.ToString("F1", c) + "x"))}");
                }

                sb.Append(")\n");
            }
        }

        foreach (var r in results)
        {
            sb.Append(c, $"- precision and recall >= {min:F2} at {r.Articles:N0}: {Verdict(r.Precision >= min && r.Recall >= min)} ({r.Precision:F3} / {r.Recall:F3}, {r.Findings} findings, {r.Planted} planted)\n");
        }

        if (cold is { Count: > 0 })
        {
            var median = cold.Select(r => r.WallSeconds).Order().ElementAt(cold.Count / 2);
            sb.Append(c, $"- seeds report from a cold start < 0.3 s: {Verdict(median < 0.3)} ({median:F2} s median)\n");
        }

        return sb.ToString();
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
