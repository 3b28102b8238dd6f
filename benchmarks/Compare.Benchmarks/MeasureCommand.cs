using System.CommandLine;
using System.Globalization;

namespace Compare.Benchmarks;

/// <summary>
/// <c>measure -- COMMAND ARGS...</c>: runs the command as this process's only child and prints
/// "measured EXIT WALL_SECONDS CPU_SECONDS PEAK_BYTES" (used by <see cref="ChildMeter"/>).
/// </summary>
internal sealed class MeasureCommand : Command
{
    private readonly Argument<string[]> _command = new("command") { Arity = ArgumentArity.OneOrMore, Description = "The command and its arguments" };

    public MeasureCommand()
        : base("measure", "Run a command and print its wall time, CPU time and peak memory")
    {
        Hidden = true;
        Arguments.Add(_command);
        SetAction(r =>
        {
            var command = r.GetValue(_command)!;
            var run = ChildMeter.RunOnce(command[0], command[1..]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured {run.ExitCode} {run.WallSeconds:F3} {run.CpuSeconds:F3} {run.PeakBytes}"));
            return 0;
        });
    }
}
