using System.CommandLine;
using System.Diagnostics;

namespace Compare.Generator;

/// <summary><c>generate --articles N --seed S [--rules DIR] --out DIR</c>: writes articles, the answer key and a rules copy.</summary>
internal sealed class GenerateCommand : Command
{
    private readonly Option<int> _articles = new("--articles") { Description = "Number of articles", DefaultValueFactory = _ => 1000 };
    private readonly Option<ulong> _seed = new("--seed") { Description = "Random seed; the same seed gives the same bytes", DefaultValueFactory = _ => 1 };
    private readonly Option<string> _rules = new("--rules") { Description = "The rules folder to copy and extend", DefaultValueFactory = _ => "rules" };
    private readonly Option<string> _out = new("--out") { Description = "Output folder", Required = true };

    public GenerateCommand()
        : base("generate", "Write a generated corpus: articles/, answer-key.json and rules/")
    {
        Options.Add(_articles);
        Options.Add(_seed);
        Options.Add(_rules);
        Options.Add(_out);
        SetAction(r => Run(r.GetValue(_articles), r.GetValue(_seed), r.GetValue(_rules)!, r.GetValue(_out)!));
    }

    private static int Run(int articles, ulong seed, string rules, string output)
    {
        if (articles < 1)
        {
            Console.Error.WriteLine("compare-gen: --articles must be at least 1.");
            return 2;
        }

        if (!Directory.Exists(rules))
        {
            Console.Error.WriteLine($"compare-gen: the rules folder '{rules}' does not exist.");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(output);
        var key = CorpusGenerator.Generate(articles, seed, rules, output);
        Console.Error.WriteLine($"compare-gen: wrote {articles} articles, {key.Events.Length} events and {key.Conflicts.Length} planted conflicts to {output} in {clock.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
