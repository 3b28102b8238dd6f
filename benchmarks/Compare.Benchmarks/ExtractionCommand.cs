using System.CommandLine;
using System.Globalization;

namespace Compare.Benchmarks;

/// <summary>
/// <c>extraction --corpus DIR</c>: the one-core extraction rate over one generated corpus (a folder with
/// <c>articles</c> and <c>rules</c>), without running the command; the figure a profiler is pointed at.
/// </summary>
internal sealed class ExtractionCommand : Command
{
    private readonly Option<string> _corpus = new("--corpus") { Description = "A generated corpus folder (articles/ and rules/)", Required = true };

    public ExtractionCommand()
        : base("extraction", "The one-core extraction rate over one generated corpus")
    {
        Options.Add(_corpus);
        SetAction(r =>
        {
            var (rate, seconds, bytes) = ExtractionRate.Measure(Path.GetFullPath(r.GetValue(_corpus)!));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extraction on one core: {bytes / 1e6:F1} MB in {seconds:F2} s, {rate:F2} MB/s; processor time {ExtractionRate.CpuSeconds:F2} s, {bytes / 1e6 / ExtractionRate.CpuSeconds:F2} MB per processor second; allocated {ExtractionRate.AllocatedBytes / 1e6:F0} MB (median of {ExtractionRate.MeasuredPasses} passes after {ExtractionRate.WarmUpPasses} warm-up passes, the last of which compiled nothing)"));
            return 0;
        });
    }
}
