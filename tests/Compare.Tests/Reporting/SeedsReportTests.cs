using Compare.Articles;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Rules;
using Compare.Tests.Snapshots;
using NUnit.Framework;

namespace Compare.Tests.Reporting;

public sealed class SeedsReportTests
{
    private static ComparisonReport Build(IReadOnlyList<string> paths)
    {
        var rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;
        var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read(paths);
        return new CompareEngine(rules).Run(input);
    }

    [Test]
    public void Seeds_report_markdown() => Snapshot.Verify(new MarkdownReportRenderer().Render(Build([RepositoryPaths.Seeds])), "md");

    [Test]
    public void Seeds_report_json() => Snapshot.Verify(new JsonReportRenderer().Render(Build([RepositoryPaths.Seeds])), "json");

    [Test]
    public void Same_input_gives_the_same_bytes_whatever_the_order_of_paths()
    {
        var files = Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal).ToList();
        var forward = new JsonReportRenderer().Render(Build(files));
        files.Reverse();
        var backward = new JsonReportRenderer().Render(Build(files));
        Assert.That(backward, Is.EqualTo(forward));
    }

    [Test]
    public void Every_claim_quote_is_the_text_at_its_span()
    {
        var report = Build([RepositoryPaths.Seeds]);
        foreach (var ev in report.Events)
        {
            foreach (var claim in ev.Event.Claims)
            {
                var article = report.Articles.Single(a => a.Article.Id == claim.ArticleId).Article;
                Assert.That(article.Text[claim.Sentence.Start..claim.Sentence.End], Is.EqualTo(claim.Sentence.Text));
                Assert.That(claim.TriggerSpan.Start, Is.GreaterThanOrEqualTo(claim.Sentence.Start));
                Assert.That(claim.TriggerSpan.End, Is.LessThanOrEqualTo(claim.Sentence.End));
            }
        }
    }

    [Test]
    public void The_denied_arrival_is_a_conflict_between_assertion_and_denial()
    {
        var report = Build([RepositoryPaths.Seeds]);
        var conflict = report.Events.SelectMany(e => e.Findings).FirstOrDefault(f => f.Kind == "conflict" && f.Attribute == "polarity" && f.Values.Any(v => v.Value == "denied"));
        Assert.That(conflict, Is.Not.Null);
        Assert.That(conflict!.Values.Select(v => v.Value), Is.EquivalentTo(new[] { "asserted", "denied" }));
    }
}
