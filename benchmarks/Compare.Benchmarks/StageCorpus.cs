using Compare.Articles;
using Compare.Generator;
using Compare.Recognition.Dates;
using Compare.Rules;

namespace Compare.Benchmarks;

/// <summary>
/// The generated corpus the stage benchmarks run on: a fixed number of articles from a fixed seed, written once
/// per process to a temporary folder with its rules copy, loaded and read into memory.
/// </summary>
internal sealed class StageCorpus
{
    public const int Articles = 300;
    public const ulong Seed = 7;

    private static readonly Lazy<StageCorpus> Shared = new(Build);

    private StageCorpus(RuleSet rules, IngestResult input, long bytes)
    {
        Rules = rules;
        Input = input;
        Bytes = bytes;
    }

    public static StageCorpus Instance => Shared.Value;

    public RuleSet Rules { get; }

    public IngestResult Input { get; }

    /// <summary>The size of the article files in bytes.</summary>
    public long Bytes { get; }

    private static StageCorpus Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"compare-stage-corpus-{Environment.ProcessId}");
        try
        {
            CorpusGenerator.Generate(Articles, Seed, RepositoryRules(), folder);
            var loaded = RuleLoader.Load(Path.Combine(folder, "rules"));
            if (!loaded.Succeeded)
            {
                throw new InvalidOperationException("The generated rules do not load: " + string.Join("; ", loaded.Errors));
            }

            var articles = Path.Combine(folder, "articles");
            var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([articles]);
            var bytes = Directory.GetFiles(articles).Sum(f => new FileInfo(f).Length);
            return new StageCorpus(loaded.Rules!, input, bytes);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The repository's rules folder, found upwards from the working folder or the program's folder.</summary>
    public static string RepositoryRules()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Compare.sln")))
                {
                    return Path.Combine(dir.FullName, "rules");
                }
            }
        }

        throw new InvalidOperationException("Compare.sln not found above the working folder; run from the repository.");
    }
}
