using System.CommandLine;
using System.Globalization;
using BenchmarkDotNet.Running;
using Compare.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// "stages" hands the rest of the command line to BenchmarkDotNet (e.g. --filter *Extract*).
if (args.Length > 0 && args[0] == "stages")
{
    BenchmarkSwitcher.FromTypes([typeof(StageBenchmarks)]).Run(args[1..]);
    return 0;
}

var root = new RootCommand("Compare benchmarks: 'stages' (BenchmarkDotNet, per stage) and 'e2e' (the command over generated corpora)");
root.Subcommands.Add(new EndToEndCommand());
root.Subcommands.Add(new MeasureCommand());
root.Subcommands.Add(new ExtractionCommand());
root.Subcommands.Add(new CompareBuildsCommand());
root.Subcommands.Add(new Command("stages", "BenchmarkDotNet benchmarks of each stage; further arguments go to BenchmarkDotNet"));
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"compare-bench: {error.Message}");
    }

    return 2;
}

return parsed.Invoke();
