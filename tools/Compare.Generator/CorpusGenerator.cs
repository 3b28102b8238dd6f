using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Compare.Generator;

/// <summary>
/// Generates a corpus with known answers: invented actors, planned events reported by several articles each,
/// planted conflicts, the article texts and the answer key. Everything depends only on the seed, the number of
/// articles and the words of the rules folder: the same inputs give the same bytes.
/// </summary>
internal static partial class CorpusGenerator
{
    /// <summary>The id (file name without extension) of the article at <paramref name="index"/> (0-based).</summary>
    public static string ArticleId(int index) => string.Create(CultureInfo.InvariantCulture, $"a{index + 1:D6}");

    /// <summary>
    /// Composes the corpus in memory, handing each article to <paramref name="write"/> in order, and returns the
    /// answer key and the cast. <paramref name="blockedWords"/> are words no invented name may be.
    /// </summary>
    public static (AnswerKey Key, Cast Cast) Compose(int articles, ulong seed, IEnumerable<string> blockedWords, Action<string, string> write)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        var root = new Rng(seed);
        var cast = CastBuilder.Build(articles, root.Fork(1), blockedWords);
        var events = new EventPlanner(cast, root.Fork(2)).Plan(articles);
        var byArticle = new List<PlannedEvent>[articles];
        foreach (var ev in events)
        {
            foreach (var a in ev.Articles)
            {
                (byArticle[a] ??= []).Add(ev);
            }
        }

        var titles = new TitleLedger();
        var composer = new ArticleComposer(cast, titles);
        var texts = root.Fork(3);
        for (var a = 0; a < articles; a++)
        {
            var list = byArticle[a].OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            write(ArticleId(a), composer.Compose(a, list, texts.Fork((ulong)a)));
        }

        return (Key(seed, articles, cast, events, titles), cast);
    }

    /// <summary>
    /// Writes <c>articles/*.txt</c>, <c>answer-key.json</c> and <c>rules/</c> (a copy of
    /// <paramref name="rulesFolder"/> whose <c>actors.yaml</c> also lists the invented actors) under
    /// <paramref name="outputFolder"/>, replacing what an earlier run wrote there.
    /// </summary>
    public static AnswerKey Generate(int articles, ulong seed, string rulesFolder, string outputFolder)
    {
        var articlesFolder = Path.Combine(outputFolder, "articles");
        var rulesCopy = Path.Combine(outputFolder, "rules");
        foreach (var folder in new[] { articlesFolder, rulesCopy })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Directory.CreateDirectory(articlesFolder);
        var utf8 = new UTF8Encoding(false);
        var (key, cast) = Compose(articles, seed, RuleWords(rulesFolder), (id, text) => File.WriteAllText(Path.Combine(articlesFolder, id + ".txt"), text, utf8));
        File.WriteAllBytes(Path.Combine(outputFolder, "answer-key.json"), AnswerKeyFile.Serialize(key));
        CopyRules(rulesFolder, rulesCopy, cast);
        return key;
    }

    /// <summary>Every word of the rules folder, lower case: trigger words, cues, titles, month names and actor names.</summary>
    public static IEnumerable<string> RuleWords(string rulesFolder)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(rulesFolder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (Match m in Letters().Matches(File.ReadAllText(file)))
            {
                words.Add(m.Value.ToLowerInvariant());
            }
        }

        return words;
    }

    private static void CopyRules(string from, string to, Cast cast)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var actors = Path.Combine(to, "actors.yaml");
        var text = File.ReadAllText(actors);
        File.WriteAllText(actors, text + (text.EndsWith('\n') ? "" : "\n") + ActorsYaml.Entries(cast), new UTF8Encoding(false));
    }

    private static AnswerKey Key(ulong seed, int articles, Cast cast, ImmutableArray<PlannedEvent> events, TitleLedger titles)
    {
        var keyEvents = events.Select(e => new KeyEvent(
            e.Id,
            e.Info.Type,
            Iso(e.Date),
            [.. new[] { e.Subject, e.Object }.Where(x => x is not null).Select(x => x!)],
            e.Place,
            e.Count,
            [.. e.Articles.Select(ArticleId)])).ToImmutableArray();

        var conflicts = new List<PlantedConflict>();
        foreach (var e in events.Where(e => e.Conflict is not null))
        {
            var (expected, planted) = e.Conflict switch
            {
                "date" => (Iso(e.Date), Iso(e.DeviantDate!.Value)),
                "count" => (e.Count!.Value.ToString(CultureInfo.InvariantCulture), e.DeviantCount!.Value.ToString(CultureInfo.InvariantCulture)),
                "place" => (cast[e.Place!].Name, cast[e.DeviantPlace!].Name),
                _ => ("asserted", e.Kind == EventKind.Condemnation ? "did not happen" : "denied"),
            };
            conflicts.Add(new PlantedConflict(string.Empty, e.Conflict!, e.Id, null, null, [.. e.Articles.Select(ArticleId)], ArticleId(e.Deviant!.Value), expected, planted));
        }

        conflicts.AddRange(titles.Planted);
        return new AnswerKey(seed, articles, keyEvents, [.. conflicts.Select((c, i) => c with { Id = $"c{i + 1:D6}" })]);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Letters();
}
