using System.Diagnostics;
using System.Text;

namespace Compare.Tests.Robustness;

/// <summary>
/// Runs the built <c>compare</c> command as a child process, as a user would, with chosen environment variables
/// (culture, time zone, processor count), and returns its exit code, the report bytes and the messages.
/// </summary>
internal static class CliProcess
{
    /// <summary>Longer than any run here should take; a run that hits it is a hang and fails the test.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>What one run gave.</summary>
    /// <param name="ExitCode">The process exit code.</param>
    /// <param name="Stdout">Everything written to stdout, as bytes, so byte-for-byte comparisons are exact.</param>
    /// <param name="Stderr">Everything written to stderr.</param>
    /// <param name="Elapsed">Wall-clock time of the run, start-up included.</param>
    internal sealed record Result(int ExitCode, byte[] Stdout, string Stderr, TimeSpan Elapsed)
    {
        public string StdoutText => Encoding.UTF8.GetString(Stdout);

        public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s; stderr:\n{Stderr}";
    }

    /// <summary>Runs <c>compare</c> with <paramref name="args"/> in the repository root.</summary>
    public static Result Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Compare.Cli.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("compare did not start");
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"compare {string.Join(' ', args)} did not finish within {Limit}");
        }

        copy.Wait();
        return new Result(process.ExitCode, stdout.ToArray(), stderr.Result, clock.Elapsed);
    }
}
