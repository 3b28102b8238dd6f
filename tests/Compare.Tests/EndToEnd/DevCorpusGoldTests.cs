using System.Text.Json;
using System.Text.RegularExpressions;
using Compare.Articles;
using Compare.Recognition.Dates;
using Compare.Reporting;
using NUnit.Framework;

namespace Compare.Tests.EndToEnd;

/// <summary>
/// Runs the engine on the seeds and the development corpus beside the repository (<c>../shared/corpus/dev</c>),
/// renders the JSON report and checks the gold file's <c>together</c> and <c>apart</c> items: the claims read from
/// the named quotes sit in one event, or in none in common.
/// </summary>
[Category("Corpus")]
public sealed partial class DevCorpusGoldTests
{
    private static readonly string Shared = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared"));
    private static readonly string Corpus = Path.Combine(Shared, "corpus", "dev");
    private static readonly string Gold = Path.Combine(Shared, "gold", "dev.json");
    private static readonly Lazy<List<(string Event, string Article, string Quote)>> Claims = new(ReadReport);

    public static IEnumerable<TestCaseData> Together() => Items("together");

    public static IEnumerable<TestCaseData> Apart() => Items("apart");

    [TestCaseSource(nameof(Together))]
    public void Named_quotes_sit_in_one_event(string id, string[][] groups)
    {
        var events = EventsOf(groups);
        var common = events.Skip(1).Aggregate(new HashSet<string>(events[0]), (set, next) => { set.IntersectWith(next); return set; });
        Assert.That(common, Is.Not.Empty, id + ": the claims sit in different events: " + string.Join(" | ", events.Select(e => string.Join("/", e.Order(StringComparer.Ordinal)))));
    }

    [TestCaseSource(nameof(Apart))]
    public void Named_quotes_sit_in_different_events(string id, string[][] groups)
    {
        var events = EventsOf(groups);
        Assert.That(events[0].Intersect(events[1]), Is.Empty, id + ": the claims share an event");
    }

    private static List<HashSet<string>> EventsOf(string[][] groups)
    {
        if (!Directory.Exists(Corpus))
        {
            Assert.Ignore("the development corpus is not beside the repository: " + Corpus);
        }

        var result = new List<HashSet<string>>();
        foreach (var group in groups)
        {
            var (prefix, snippet) = (group[0], Norm(group[1]));
            var hits = Claims.Value.Where(c => c.Article.StartsWith(prefix, StringComparison.Ordinal) && Norm(c.Quote).Contains(snippet, StringComparison.Ordinal))
                .Select(c => c.Event).ToHashSet(StringComparer.Ordinal);
            Assert.That(hits, Is.Not.Empty, $"no claim read from {prefix}: \"{group[1]}\"");
            result.Add(hits);
        }

        return result;
    }

    private static IEnumerable<TestCaseData> Items(string key)
    {
        if (!Directory.Exists(Corpus) || !File.Exists(Gold))
        {
            yield return new TestCaseData("(corpus absent)", new[] { new[] { "", "" } }).SetName($"{key}: corpus absent");
            yield break;
        }

        using var gold = JsonDocument.Parse(File.ReadAllText(Gold));
        foreach (var item in gold.RootElement.GetProperty("items").EnumerateArray())
        {
            if (!item.TryGetProperty(key, out var groups))
            {
                continue;
            }

            var id = item.GetProperty("id").GetString()!;
            var parsed = groups.EnumerateArray().Select(g => g.EnumerateArray().Select(s => s.GetString()!).ToArray()).ToArray();
            yield return new TestCaseData(id, parsed).SetName($"{key}: {id}");
        }
    }

    private static List<(string Event, string Article, string Quote)> ReadReport()
    {
        var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([RepositoryPaths.Seeds, Corpus]);
        Assert.That(input.Skipped, Is.Empty, string.Join("; ", input.Skipped.Select(s => s.Path + ": " + s.Reason)));
        var report = new CompareEngine(TestArticles.Rules).Run(input);
        using var json = JsonDocument.Parse(new JsonReportRenderer().Render(report));
        return [.. json.RootElement.GetProperty("events").EnumerateArray().SelectMany(e => e.GetProperty("claims").EnumerateArray()
            .Select(c => (e.GetProperty("id").GetString()!, c.GetProperty("article").GetString()!, c.GetProperty("quote").GetString()!)))];
    }

    /// <summary>Lower case, typographic quotes as plain ones, runs of white space as one space.</summary>
    private static string Norm(string text) =>
        Spaces().Replace(text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u00a0', ' '), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
