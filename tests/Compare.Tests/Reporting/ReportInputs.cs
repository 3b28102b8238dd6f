using Compare.Articles;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Rules;

namespace Compare.Tests.Reporting;

/// <summary>
/// Report inputs shared by the renderer tests: the seeds, and a temporary folder holding a copy of one seed beside
/// a hostile article (markup and script in its text, title and outlet, a <c>javascript:</c> URL in its front
/// matter) and an article with an ordinary https URL.
/// </summary>
internal static class ReportInputs
{
    /// <summary>The seed the hostile article contradicts: it reports the delegation's arrival the hostile one denies.</summary>
    public const string SeedCopied = "001_4823ac9d8e512642.txt";

    /// <summary>The https URL of the linked article, as written in its front matter.</summary>
    public const string LinkedUrl = "https://example.org/news/delegation?id=1&lang=en";

    /// <summary>The hostile article's <c>javascript:</c> URL, as written in its front matter.</summary>
    public const string JavascriptUrl = "javascript:window.pwned=2";

    public const string HostileArticle = """
        ---
        title: "<script>document.title='pwned'</script> Hostile <b>report</b>"
        outlet: "<img src=x onerror=\"window.pwned=1\">"
        url: "javascript:window.pwned=2"
        published: 2024-10-25
        ---
        Israel denies that a delegation from Russia arrived in Israel on October 24, 2024. <script>window.pwned=3;document.title='pwned'</script>
        The Kremlin said the delegation arrived in Israel on October 24, 2024 <img src=x onerror="window.pwned=4"> to free the hostages.

        """;

    public const string LinkedArticle = """
        ---
        title: "Delegation lands"
        url: "https://example.org/news/delegation?id=1&lang=en"
        published: 2024-10-25
        ---
        A delegation from Russia arrived in Israel on October 24, 2024.

        """;

    public static ComparisonReport Build(IReadOnlyList<string> paths)
    {
        var rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;
        var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read(paths);
        return new CompareEngine(rules).Run(input);
    }

    public static ComparisonReport Seeds() => Build([RepositoryPaths.Seeds]);

    /// <summary>Writes the seed copy, the hostile and the linked article into <paramref name="folder"/> (created if needed).</summary>
    public static string WriteHostileFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(RepositoryPaths.Seeds, SeedCopied), Path.Combine(folder, SeedCopied), overwrite: true);
        File.WriteAllText(Path.Combine(folder, "900_hostile.txt"), HostileArticle.Replace("\r\n", "\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "901_linked.txt"), LinkedArticle.Replace("\r\n", "\n", StringComparison.Ordinal));
        return folder;
    }

    /// <summary>A fresh, empty temporary folder whose name starts with <paramref name="prefix"/>.</summary>
    public static string TempFolder(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;
}
