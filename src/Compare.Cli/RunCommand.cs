using System.CommandLine;
using System.Text;
using Compare.Articles;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Rules;

namespace Compare.Cli;

/// <summary><c>compare run [PATHS...] [--rules DIR] [--format md|json|html] [--out FILE] [--timings]</c>: the report alone on stdout or in --out; messages on stderr.</summary>
internal sealed class RunCommand : Command
{
    private readonly Argument<string[]> _paths = new("paths") { Description = "Article files or folders (.txt, .md, .html, .htm); default: seeds", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string> _rules = new("--rules") { Description = "The rules folder", DefaultValueFactory = _ => "rules" };
    private readonly Option<string> _format = new("--format") { Description = "md (Markdown), json or html (one self-contained page)", DefaultValueFactory = _ => "md" };
    private readonly Option<string?> _out = new("--out") { Description = "Write the report to this file instead of stdout" };
    private readonly Option<bool> _timings = new("--timings") { Description = "Print the wall time of each stage on stderr" };

    public RunCommand()
        : base("run", "Compare articles and write a discrepancy report")
    {
        _format.AcceptOnlyFromAmong("md", "json", "html");
        Arguments.Add(_paths);
        Options.Add(_rules);
        Options.Add(_format);
        Options.Add(_out);
        Options.Add(_timings);
        SetAction(result => Execute(
            result.GetValue(_paths) is { Length: > 0 } p ? p : ["seeds"],
            result.GetValue(_rules)!,
            result.GetValue(_format)!,
            result.GetValue(_out),
            result.GetValue(_timings) ? new StageTimings() : null));
    }

    private static int Execute(string[] paths, string rulesFolder, string format, string? outFile, StageTimings? timings)
    {
        try
        {
            var code = Compare(paths, rulesFolder, format, outFile, timings ?? new StageTimings());
            if (timings is not null)
            {
                var c = System.Globalization.CultureInfo.InvariantCulture;
                Console.Error.WriteLine(string.Create(c, $"compare: timings: {timings}; methods compiled at run time: {System.Runtime.JitInfo.GetCompiledMethodCount()} in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s; garbage collections (generations 0, 1, 2): {GC.CollectionCount(0)}, {GC.CollectionCount(1)}, {GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s"));
            }

            return code;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Faults inside one article are caught by the engine; this is for anything outside them.
            Console.Error.WriteLine($"compare: internal error ({ex.GetType().Name}: {ex.Message}); no report was written. Please report this with the command and inputs that caused it.");
            return ExitCodes.InternalError;
        }
    }

    private static int Compare(string[] paths, string rulesFolder, string format, string? outFile, StageTimings timings)
    {
        var (rules, ruleErrors) = CheckedRules.Load(rulesFolder, timings);
        if (!ruleErrors.IsEmpty)
        {
            foreach (var error in ruleErrors)
            {
                Console.Error.WriteLine(error);
            }

            Console.Error.WriteLine($"compare: {ruleErrors.Length} error(s) in the rules; fix them (each line gives file:line:column, code, rule and path); nothing was compared.");
            return ExitCodes.BadInput;
        }

        var input = timings.Measure("read", () => new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read(paths));
        foreach (var w in input.Warnings)
        {
            Console.Error.WriteLine($"compare: warning: {w}");
        }

        if (input.Articles.IsEmpty)
        {
            foreach (var s in input.Skipped)
            {
                Console.Error.WriteLine($"compare: skipped {s}");
            }

            Console.Error.WriteLine("compare: no article could be read, so nothing was compared and no report was written; fix or replace the inputs above.");
            return ExitCodes.BadInput;
        }

        var report = new CompareEngine(rules!).Run(input, timings);
        foreach (var s in report.Skipped)
        {
            Console.Error.WriteLine($"compare: skipped {s}");
        }

        try
        {
            timings.Measure("render", () =>
            {
                // The JSON report goes to the output as it is written; the others are written whole. A file is
                // written beside the target and put in its place when complete, so that no half report is left.
                var partial = outFile is null || WrittenInPlace(outFile) ? null : outFile + ".partial";
                using (var output = outFile is null ? Console.OpenStandardOutput() : new FileStream(partial ?? outFile, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    if (format == "json")
                    {
                        new JsonReportRenderer().Render(report, output);
                    }
                    else
                    {
                        var bytes = new UTF8Encoding(false).GetBytes(format == "html" ? new HtmlReportRenderer().Render(report) : new MarkdownReportRenderer().Render(report));
                        output.Write(bytes, 0, bytes.Length);
                    }

                    output.Flush();
                }

                if (partial is not null)
                {
                    File.Move(partial, outFile!, overwrite: true);
                }

                return 0;
            });
            if (outFile is not null)
            {
                Console.Error.WriteLine($"compare: wrote {outFile} ({report.Articles.Length} articles, {report.Events.Length} events).");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"compare: cannot write {outFile ?? "the report to stdout"}: {ex.Message}");
            return ExitCodes.CannotWrite;
        }

        if (!report.Skipped.IsEmpty)
        {
            Console.Error.WriteLine($"compare: {report.Skipped.Length} input(s) skipped; the report lists them, and the other {report.Articles.Length} article(s) were compared.");
            return ExitCodes.DoneWithSkippedInputs;
        }

        return ExitCodes.Done;
    }

    /// <summary>
    /// True when the report is written straight to <paramref name="outFile"/> rather than beside it and moved there:
    /// a link (such as /dev/stdout) or a device (such as /dev/null) would itself be replaced by the moved file, where
    /// what is meant is to write through it.
    /// </summary>
    private static bool WrittenInPlace(string outFile)
    {
        var info = new FileInfo(outFile);
        return (info.Exists && info.LinkTarget is not null)
            || (!OperatingSystem.IsWindows() && info.FullName.StartsWith("/dev/", StringComparison.Ordinal));
    }
}
