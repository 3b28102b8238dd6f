namespace Compare.Benchmarks;

/// <summary>One measured run of a command: its exit code, wall time, CPU time (user and system) and peak resident memory.</summary>
internal sealed record ChildRun(int ExitCode, double WallSeconds, double CpuSeconds, long PeakBytes);
