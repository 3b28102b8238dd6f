using System.CommandLine;
using System.Globalization;
using Compare.Generator;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var root = new RootCommand("compare-gen: generates article corpora with known answers and scores reports against them");
root.Subcommands.Add(new GenerateCommand());
root.Subcommands.Add(new ScoreCommand());
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"compare-gen: {error.Message}");
    }

    return 2;
}

return parsed.Invoke();
