using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Compare.Benchmarks;

/// <summary>
/// Runs a command and measures it. Peak memory is the kernel's high-water mark of the child's resident set
/// (<c>getrusage(RUSAGE_CHILDREN).ru_maxrss</c>), which covers all of its life, not a sample of it. Because that
/// figure is the largest of all children a process ever waited for, every measurement runs inside a fresh copy
/// of this program (<see cref="MeasureCommand"/>) that starts exactly one child.
/// </summary>
internal static class ChildMeter
{
    private const int RusageChildren = -1;

    /// <summary>Measures <paramref name="command"/> with <paramref name="arguments"/> in a fresh measuring process.</summary>
    public static ChildRun Measure(string command, IReadOnlyList<string> arguments, string? workingDirectory = null)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory() };
        if (Path.GetFileNameWithoutExtension(self) is "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildMeter).Assembly.Location);
        }

        start.ArgumentList.Add("measure");
        start.ArgumentList.Add("--");
        start.ArgumentList.Add(command);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("measured ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The measuring process gave no figures (exit {process.ExitCode}).");
        var parts = line.Split(' ');
        return new ChildRun(
            int.Parse(parts[1], CultureInfo.InvariantCulture),
            double.Parse(parts[2], CultureInfo.InvariantCulture),
            double.Parse(parts[3], CultureInfo.InvariantCulture),
            long.Parse(parts[4], CultureInfo.InvariantCulture));
    }

    /// <summary>Runs the command as this process's only child and returns its figures.</summary>
    public static ChildRun RunOnce(string command, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(command) { UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        var (cpu, peak) = ChildrenUsage();
        return new ChildRun(process.ExitCode, wall, cpu, peak);
    }

    private static (double CpuSeconds, long PeakBytes) ChildrenUsage()
    {
        if (!OperatingSystem.IsLinux() || getrusage(RusageChildren, out var usage) != 0)
        {
            return (double.NaN, -1);
        }

        var cpu = usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);

        // Linux reports ru_maxrss in kilobytes.
        return (cpu, usage.MaxResidentKilobytes * 1024);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Rusage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlocksIn;
        public long BlocksOut;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }
}
