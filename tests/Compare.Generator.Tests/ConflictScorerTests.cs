using System.Collections.Immutable;
using System.Text;
using NUnit.Framework;

namespace Compare.Generator.Tests;

public sealed class ConflictScorerTests
{
    private static readonly AnswerKey Key = new(
        1,
        6,
        [
            new KeyEvent("g1", "meeting", "2021-05-12", ["x-a", "x-b"], "x-karsk", null, ["a1", "a2", "a3"]),
            new KeyEvent("g2", "attack", "2021-05-20", ["x-front", "x-dunmere"], null, 40, ["a3", "a4"]),
            new KeyEvent("g3", "meeting", "2021-06-02", ["x-a", "x-c"], "x-karsk", null, ["a5", "a6"]),
        ],
        [
            new PlantedConflict("c1", "date", "g1", null, null, ["a1", "a2", "a3"], "a2", "2021-05-12", "2021-05-13"),
            new PlantedConflict("c2", "count", "g2", null, null, ["a3", "a4"], "a4", "40", "12"),
            new PlantedConflict("c3", "title", null, "x-a", "Arvel Tamsin", [], "a5", "foreign minister", "president"),
        ]);

    private static ReportConflict Finding(string? ev, string attribute, string? question, params (string Value, string[] Articles)[] values) =>
        new(ev, attribute, question, [.. values.Select(v => (v.Value, v.Articles.ToImmutableArray()))]);

    private static readonly ReportConflict DateFinding = Finding("e1", "date", "When?", ("2021-05-12", ["a1", "a3"]), ("2021-05-13", ["a2"]));
    private static readonly ReportConflict CountFinding = Finding("e2", "count", "How many?", ("12", ["a4"]), ("about 40", ["a3"]));
    private static readonly ReportConflict KilledFinding = Finding("e2", "count (killed)", "How many were killed?", ("12", ["a4"]), ("about 40", ["a3"]));
    private static readonly ReportConflict TitleFinding = Finding(null, "title", "What is Arvel Tamsin's office?", ("foreign minister", ["a1"]), ("president", ["a5"]));

    [Test]
    public void A_report_with_every_planted_conflict_and_nothing_else_scores_one()
    {
        var score = ConflictScorer.Score(Key, [DateFinding, CountFinding, KilledFinding, TitleFinding], []);
        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.EqualTo(1.0));
            Assert.That(score.Recall, Is.EqualTo(1.0));
            Assert.That(score.TrueFindings, Is.EqualTo(4), "two findings of one planted count conflict are both true");
            Assert.That(score.Meets(0.95), Is.True);
        });
    }

    [Test]
    public void A_missed_conflict_lowers_recall_only()
    {
        var score = ConflictScorer.Score(Key, [DateFinding, TitleFinding], []);
        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.EqualTo(1.0));
            Assert.That(score.Recall, Is.EqualTo(2.0 / 3).Within(1e-9));
            Assert.That(score.Missed.Select(m => m.Id), Is.EqualTo(new[] { "c2" }));
        });
    }

    [Test]
    public void A_conflict_nobody_planted_lowers_precision_only()
    {
        var invented = Finding("e3", "polarity", null, ("asserted", ["a5"]), ("denied", ["a6"]));
        var score = ConflictScorer.Score(Key, [DateFinding, CountFinding, TitleFinding, invented], []);
        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.EqualTo(0.75));
            Assert.That(score.Recall, Is.EqualTo(1.0));
            Assert.That(score.FalseFindings, Is.EqualTo(new[] { invented }));
            Assert.That(score.Meets(0.95), Is.False);
        });
    }

    [Test]
    public void A_finding_that_merges_another_events_articles_is_not_the_planted_conflict()
    {
        var merged = Finding("e1", "date", "When?", ("2021-05-12", ["a1", "a3", "a5"]), ("2021-05-13", ["a2"]));
        Assert.That(ConflictScorer.Matches(merged, Key.Conflicts[0]), Is.False);
    }

    [TestCase("date", "2021-05-14", TestName = "Another value than the planted one")]
    [TestCase("place", "2021-05-13", TestName = "Another attribute")]
    public void A_finding_must_give_the_planted_value_for_the_planted_attribute(string attribute, string deviantValue)
    {
        var finding = Finding("e1", attribute, null, ("2021-05-12", ["a1"]), (deviantValue, ["a2"]));
        Assert.That(ConflictScorer.Matches(finding, Key.Conflicts[0]), Is.False);
    }

    [Test]
    public void A_title_finding_must_name_the_planted_person()
    {
        var other = Finding(null, "title", "What is Corin Maddox's office?", ("foreign minister", ["a1"]), ("president", ["a5"]));
        Assert.That(ConflictScorer.Matches(other, Key.Conflicts[2]), Is.False);
        Assert.That(ConflictScorer.Matches(TitleFinding, Key.Conflicts[2]), Is.True);
    }

    [Test]
    public void No_findings_and_nothing_planted_is_a_perfect_score()
    {
        var score = ConflictScorer.Score(Key with { Conflicts = [] }, [], []);
        Assert.That((score.Precision, score.Recall), Is.EqualTo((1.0, 1.0)));
    }

    [Test]
    public void Events_are_recovered_when_one_report_event_holds_all_their_articles()
    {
        var events = new[]
        {
            new ReportEventSummary("e1", "meeting", ["a1", "a2", "a3"]),
            new ReportEventSummary("e2", "attack", ["a3"]),
            new ReportEventSummary("e3", "attack", ["a4"]),
            new ReportEventSummary("e4", "meeting", ["a5", "a6"]),
        };
        var score = ConflictScorer.Score(Key, [], events);
        Assert.That((score.MultiSourceEvents, score.EventsRecovered), Is.EqualTo((3, 2)));
    }

    [Test]
    public void The_reader_takes_conflicts_from_events_and_from_the_people_section()
    {
        const string json = """
            {
              "articles": [ { "id": "a1", "title": null } ],
              "events": [
                { "id": "e1", "type": "meeting", "label": "x", "date": null, "articles": ["a1", "a2"], "alignment": [], "claims": [ { "article": "a1", "roles": { "x": "y" } } ],
                  "findings": [
                    { "kind": "agreement", "attribute": "date", "question": null, "values": [ { "value": "2021-05-12", "articles": ["a1", "a2"] } ] },
                    { "kind": "conflict", "attribute": "date", "question": "When?", "values": [ { "value": "2021-05-12", "articles": ["a1"] }, { "value": "2021-05-13", "articles": ["a2"] } ] }
                  ] }
              ],
              "entities": [ { "id": "p", "findings": [ { "kind": "variant", "attribute": "name", "question": null, "values": [] } ] } ],
              "findings": [ { "kind": "conflict", "attribute": "title", "question": "What is X's office?", "values": [ { "value": "president", "articles": ["a2"] } ] } ],
              "skipped": []
            }
            """;
        var (conflicts, events) = ReportReader.Read(Encoding.UTF8.GetBytes(json));
        Assert.Multiple(() =>
        {
            Assert.That(conflicts.Select(c => (c.Event, c.Attribute)), Is.EqualTo(new[] { ((string?)"e1", "date"), (null, "title") }));
            Assert.That(conflicts[0].AllArticles, Is.EquivalentTo(new[] { "a1", "a2" }));
            Assert.That(events.Single().Articles, Is.EqualTo(new[] { "a1", "a2" }));
        });
    }
}
