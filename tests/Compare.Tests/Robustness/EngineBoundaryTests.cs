using System.Diagnostics;
using System.Text;
using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Rules;
using NUnit.Framework;

namespace Compare.Tests.Robustness;

/// <summary>What happens at the edge between ingest and the engine: one failing article costs nothing else.</summary>
[TestFixture]
internal sealed class EngineBoundaryTests
{
    private static readonly RuleSet Rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;

    [Test]
    public void An_article_the_engine_fails_on_is_skipped_with_the_exception_and_the_others_are_compared_as_before()
    {
        var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([RepositoryPaths.Seeds]);
        var clean = new JsonReportRenderer().Render(new CompareEngine(Rules).Run(input));
        var extractor = new ClaimExtractor(Rules, new ActorIndex(Rules));
        var broken = input.Articles[0] with { Id = "zz-broken", Path = "zz-broken.txt" };

        var report = new CompareEngine(Rules, null, (article, hints) => article.Id == broken.Id
            ? throw new InvalidOperationException("the stage gave up")
            : extractor.Analyse(article, hints, awaitOtherArticles: hints is null)).Run(input with { Articles = [.. input.Articles, broken] });

        var skipped = report.Skipped.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((skipped.Path, skipped.Code, skipped.Line), Is.EqualTo(("zz-broken.txt", "input.analysis-failed", (int?)null)));
            Assert.That(skipped.Reason, Does.Contain("InvalidOperationException: the stage gave up").And.Contain("please report"));
            Assert.That(report.Articles.Select(a => a.Article.Id), Does.Not.Contain("zz-broken"));
        }

        var json = new JsonReportRenderer().Render(report);
        Assert.That(Before(json, "\"skipped\""), Is.EqualTo(Before(clean, "\"skipped\"")), "the other articles' findings are unchanged");
    }

    [Test]
    public void A_sentence_that_starts_with_a_comma_before_a_trigger_is_read()
    {
        // Once made the claim extractor throw (an appositive search before the first token).
        var article = new Article("comma", "comma.txt", "Hamas leaders arrived.\n, met Sergei Lavrov in Moscow.\n,visited\n", 0, null, null, null, null, null);

        var report = new CompareEngine(Rules).Run(new IngestResult([article], [], []));

        Assert.That(report.Skipped, Is.Empty);
        Assert.That(report.Articles.Single().SentenceCount, Is.EqualTo(3));
    }

    [Test]
    public void A_long_article_on_one_line_is_compared_in_reasonable_time()
    {
        // A tenth of the largest article accepted, as one line: long enough to show a quadratic cost, short
        // enough for the suite. The whole 1,000,000-character limit takes about half a minute on a laptop.
        var seed = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "000_2fee1b666ee3c142.txt")).Replace('\n', ' ');
        var text = new StringBuilder();
        while (text.Length < ArticleReader.MaxTextLength / 10)
        {
            text.Append(seed);
        }

        var article = new Article("long", "long.txt", text.ToString(0, ArticleReader.MaxTextLength / 10), 0, null, null, null, null, null);
        var clock = Stopwatch.StartNew();

        var report = new CompareEngine(Rules).Run(new IngestResult([article], [], []));

        TestContext.Out.WriteLine($"{article.Text.Length} characters on one line: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.That(report.Skipped, Is.Empty);
        Assert.That(report.Articles.Single().Claims, Is.Not.Empty);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
    }

    private static string Before(string text, string marker) => text[..text.IndexOf(marker, StringComparison.Ordinal)];
}
