using System.CommandLine;
using System.Text;
using Compare.Articles;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Rules;

namespace Compare.Cli;

/// <summary><c>compare run [PATHS...] [--rules DIR] [--format md|json|html] [--out FILE]</c>: the report alone on stdout or in --out; messages on stderr.</summary>
internal sealed class RunCommand : Command
{
    private readonly Argument<string[]> _paths = new("paths") { Description = "Article files or folders (.txt, .md); default: seeds", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string> _rules = new("--rules") { Description = "The rules folder", DefaultValueFactory = _ => "rules" };
    private readonly Option<string> _format = new("--format") { Description = "md (Markdown), json or html (one self-contained page)", DefaultValueFactory = _ => "md" };
    private readonly Option<string?> _out = new("--out") { Description = "Write the report to this file instead of stdout" };

    public RunCommand()
        : base("run", "Compare articles and write a discrepancy report")
    {
        _format.AcceptOnlyFromAmong("md", "json", "html");
        Arguments.Add(_paths);
        Options.Add(_rules);
        Options.Add(_format);
        Options.Add(_out);
        SetAction(result => Execute(
            result.GetValue(_paths) is { Length: > 0 } p ? p : ["seeds"],
            result.GetValue(_rules)!,
            result.GetValue(_format)!,
            result.GetValue(_out)));
    }

    private static int Execute(string[] paths, string rulesFolder, string format, string? outFile)
    {
        var loaded = RuleLoader.Load(rulesFolder);
        if (!loaded.Succeeded)
        {
            foreach (var error in loaded.Errors)
            {
                Console.Error.WriteLine(error);
            }

            Console.Error.WriteLine($"compare: {loaded.Errors.Length} error(s) in the rules; nothing was compared.");
            return ExitCodes.BadInput;
        }

        var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read(paths);
        foreach (var s in input.Skipped)
        {
            Console.Error.WriteLine($"compare: skipped {s.Path}{(s.Line is { } l ? $":{l}" : string.Empty)} ({s.Code}): {s.Reason}");
        }

        foreach (var w in input.Warnings)
        {
            Console.Error.WriteLine($"compare: warning: {w}");
        }

        if (input.Articles.IsEmpty)
        {
            Console.Error.WriteLine("compare: no article could be read; nothing to compare.");
            return ExitCodes.BadInput;
        }

        var report = new CompareEngine(loaded.Rules!).Run(input);
        var text = format switch
        {
            "json" => new JsonReportRenderer().Render(report),
            "html" => new HtmlReportRenderer().Render(report),
            _ => new MarkdownReportRenderer().Render(report),
        };
        if (outFile is null)
        {
            var stdout = Console.OpenStandardOutput();
            var bytes = new UTF8Encoding(false).GetBytes(text);
            stdout.Write(bytes, 0, bytes.Length);
            stdout.Flush();
            return ExitCodes.Done;
        }

        try
        {
            File.WriteAllText(outFile, text, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"compare: cannot write {outFile}: {ex.Message}");
            return ExitCodes.CannotWrite;
        }

        Console.Error.WriteLine($"compare: wrote {outFile} ({report.Articles.Length} articles, {report.Events.Length} events).");
        return ExitCodes.Done;
    }
}
