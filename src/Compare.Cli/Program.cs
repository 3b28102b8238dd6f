using System.CommandLine;
using System.Globalization;
using Compare.Cli;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

StartupProfile.Start();

var root = new RootCommand("compare: claim comparison and contradiction checker for news articles");
root.Subcommands.Add(new RunCommand());
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"compare: {error.Message}");
    }

    return ExitCodes.BadInput;
}

return parsed.Invoke();
