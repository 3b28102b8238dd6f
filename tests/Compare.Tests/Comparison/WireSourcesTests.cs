using System.Text;
using Compare.Articles;
using Compare.Comparison;
using Compare.Recognition;
using NUnit.Framework;

namespace Compare.Tests.Comparison;

public sealed class WireSourcesTests
{
    private const string Call = "Sergei Lavrov phoned Mahmoud Abbas on 17 October 2023.";

    private static WireSources Wires(params Article[] articles) => new(new ActorIndex(TestArticles.Rules), articles);

    [TestCase("Example News (Reuters)", Call, "reuters")]
    [TestCase("Example Daily", "CAIRO, May 3 (Reuters) - " + Call, "reuters")]
    [TestCase(null, "DOHA, June 2 (TASS): " + Call, "tass")]
    [TestCase("Example News (AP)", Call, "associated-press")]
    [TestCase("Reutersville Gazette", Call, null)]
    [TestCase("Example Daily", "TASS reported that " + Call, null)]
    [TestCase("Example Daily", Call, null)]
    public void The_outlet_or_the_dateline_names_the_wire(string? outlet, string body, string? wire)
    {
        var article = TestArticles.Make(body, "a1", outlet: outlet);
        Assert.That(Wires(article).WireOf("a1"), Is.EqualTo(wire));
    }

    [Test]
    public void Two_copies_of_one_wire_are_one_source_and_the_note_says_why()
    {
        var wires = Wires(
            TestArticles.Make(Call, "a1", outlet: "Example News (Reuters)"),
            TestArticles.Make("CAIRO, May 3 (Reuters) - " + Call, "a2", outlet: "Example Daily"));
        Assert.That(wires.Independent(["a1", "a2"]), Is.EqualTo(1));
        var note = wires.Note(["a1", "a2"]);
        Assert.That(note, Does.Contain("Reuters").And.Contain("count once"));
        Assert.That(note, Does.Contain("a1: the outlet \"Example News (Reuters)\" names Reuters"));
        Assert.That(note, Does.Contain("a2: its dateline carries \"(Reuters)\""));
    }

    [Test]
    public void An_agreement_between_copies_of_one_wire_counts_one_independent_source()
    {
        var report = TestArticles.Run(
            TestArticles.Make(Call, "a1", outlet: "Example News (Reuters)"),
            TestArticles.Make("CAIRO, May 3 (Reuters) - " + Call, "a2", outlet: "Example Daily"));
        var date = report.Events.Single(e => e.Event.Type == "call").Findings.Single(f => f.Attribute == "date");
        Assert.That(date.Kind, Is.EqualTo(FindingKind.Agreement));
        Assert.That(date.Values.Single().Articles, Is.EqualTo(new[] { "a1", "a2" }));
        Assert.That(date.IndependentSources, Is.EqualTo(1));
        Assert.That(date.Explanation, Does.Contain("count once").And.Contain("1 independent source"));
    }

    [Test]
    public void A_third_article_of_its_own_adds_a_source()
    {
        var report = TestArticles.Run(
            TestArticles.Make(Call, "a1", outlet: "Example News (Reuters)"),
            TestArticles.Make("CAIRO, May 3 (Reuters) - " + Call, "a2", outlet: "Example Daily"),
            TestArticles.Make(Call, "a3", outlet: "Other Paper"));
        var date = report.Events.Single(e => e.Event.Type == "call").Findings.Single(f => f.Attribute == "date");
        Assert.That(date.IndependentSources, Is.EqualTo(2));
        Assert.That(date.Explanation, Does.Contain("2 independent sources"));
    }

    [TestCase("Reuters reported that the two men spoke at length.")]
    [TestCase("The two men spoke at length, a source told the agency (Reuters).")]
    public void A_wire_cited_deep_in_the_body_is_not_a_copy_of_it(string tenthParagraph)
    {
        var body = new StringBuilder(Call + "\n\n");
        for (var i = 2; i < 10; i++)
        {
            body.Append("Paragraph ").Append(i).Append(" gives more background on the talks between the two sides.\n\n");
        }

        body.Append(tenthParagraph).Append('\n');
        var wires = Wires(
            TestArticles.Make(Call, "a1", outlet: "Example News (Reuters)"),
            TestArticles.Make(body.ToString(), "a2", outlet: "Example Daily"));
        Assert.Multiple(() =>
        {
            Assert.That(wires.WireOf("a1"), Is.EqualTo("reuters"));
            Assert.That(wires.WireOf("a2"), Is.Null);
            Assert.That(wires.Independent(["a1", "a2"]), Is.EqualTo(2));
            Assert.That(wires.Note(["a1", "a2"]), Is.Null);
        });
    }

    [Test]
    public void Copies_of_two_different_wires_are_two_sources()
    {
        var wires = Wires(
            TestArticles.Make(Call, "a1", outlet: "Example News (Reuters)"),
            TestArticles.Make("MOSCOW, October 17 (TASS): " + Call, "a2"));
        Assert.That(wires.Independent(["a1", "a2"]), Is.EqualTo(2));
        Assert.That(wires.Note(["a1", "a2"]), Is.Null);
    }
}
