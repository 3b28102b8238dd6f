using System.CommandLine;

namespace Compare.Generator;

/// <summary><c>score REPORT.json --key answer-key.json [--min 0.95] [--verbose]</c>: exit 0 when precision and recall reach the minimum, 1 otherwise.</summary>
internal sealed class ScoreCommand : Command
{
    private readonly Argument<string> _report = new("report") { Description = "A JSON report of the generated articles" };
    private readonly Option<string> _key = new("--key") { Description = "The answer key", Required = true };
    private readonly Option<double> _min = new("--min") { Description = "Minimum precision and recall", DefaultValueFactory = _ => 0.95 };
    private readonly Option<bool> _verbose = new("--verbose") { Description = "List false findings and missed conflicts" };

    public ScoreCommand()
        : base("score", "Score a report's conflict findings against an answer key")
    {
        Arguments.Add(_report);
        Options.Add(_key);
        Options.Add(_min);
        Options.Add(_verbose);
        SetAction(r => Run(r.GetValue(_report)!, r.GetValue(_key)!, r.GetValue(_min), r.GetValue(_verbose)));
    }

    private static int Run(string reportPath, string keyPath, double min, bool verbose)
    {
        var key = AnswerKeyFile.Read(keyPath);
        var (conflicts, events) = ReportReader.Read(reportPath);
        var score = ConflictScorer.Score(key, conflicts, events);
        Console.Write(score.Describe());
        if (verbose)
        {
            foreach (var f in score.FalseFindings)
            {
                Console.WriteLine($"FALSE {f.Event ?? "-"} {f.Attribute}: " + string.Join("; ", f.Values.Select(v => $"{v.Value} ({string.Join(", ", v.Articles)})")));
            }

            foreach (var m in score.Missed)
            {
                Console.WriteLine($"MISSED {m.Id} {m.Event ?? m.PersonName} {m.Attribute}: {m.Deviant} gives {m.Planted}, others {m.Expected} ({string.Join(", ", m.Articles)})");
            }
        }

        var ok = score.Meets(min);
        Console.WriteLine(ok ? $"ok: precision and recall are at least {min:F2}" : $"FAILED: precision or recall is below {min:F2}");
        return ok ? 0 : 1;
    }
}
