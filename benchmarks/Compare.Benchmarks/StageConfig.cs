using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Compare.Benchmarks;

/// <summary>
/// A short job (the corpus is large enough for stable means) with a throughput column, run in process: a
/// separate build of the benchmark project would take minutes on a two-core machine and measure the same code.
/// </summary>
internal sealed class StageConfig : ManualConfig
{
    public StageConfig()
    {
        AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(8).WithLaunchCount(1).WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(new ThroughputColumn());
        AddColumn(StatisticColumn.Median);
    }
}
