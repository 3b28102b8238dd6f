using Compare.Articles;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Rules;
using NUnit.Framework;

namespace Compare.Generator.Tests;

/// <summary>The engine on a small generated corpus: the planted conflicts are found, and threads change nothing.</summary>
public sealed class GeneratedCorpusEngineTests
{
    private string _folder = null!;
    private RuleSet _rules = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        _folder = Repository.NewTemporaryFolder();
        CorpusGenerator.Generate(120, 11, Repository.Rules, _folder);
        _rules = RuleLoader.Load(Path.Combine(_folder, "rules")).Rules ?? throw new InvalidOperationException("The generated rules do not load.");
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_folder, true);

    private byte[] Report(int? threads)
    {
        var input = new ArticleReader(l => DateRecognizer.ParseDateline(l)).Read([Path.Combine(_folder, "articles")]);
        var report = new CompareEngine(_rules, threads).Run(input);
        return System.Text.Encoding.UTF8.GetBytes(new JsonReportRenderer().Render(report));
    }

    [Test]
    public void The_report_finds_the_planted_conflicts()
    {
        var (conflicts, events) = ReportReader.Read(Report(null));
        var score = ConflictScorer.Score(AnswerKeyFile.Read(Path.Combine(_folder, "answer-key.json")), conflicts, events);
        Assert.That(score.Planted, Is.GreaterThan(10));
        Assert.That(score.Meets(0.95), Is.True, score.Describe());
    }

    [Test]
    public void The_report_is_the_same_bytes_whatever_the_number_of_threads()
    {
        var one = Report(1);
        Assert.That(Report(2), Is.EqualTo(one));
        Assert.That(Report(4), Is.EqualTo(one));
    }
}
