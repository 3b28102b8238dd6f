using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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

    /// <summary>
    /// The JSON report, written compact, is kept as a snapshot with two spaces of indentation so that its diffs can
    /// be read; its bytes are checked by <see cref="Json_report_is_one_line"/> and the determinism tests.
    /// </summary>
    [Test]
    public void Seeds_report_json() => Snapshot.Verify(Indented(new JsonReportRenderer().Render(Build([RepositoryPaths.Seeds]))), "json");

    [Test]
    public void Json_report_is_one_line()
    {
        // Written for tools: no indentation or line breaks inside (a line break in a text is escaped), one at the end.
        var json = new JsonReportRenderer().Render(Build([RepositoryPaths.Seeds]));
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.StartWith("{\"articles\":[{\"id\":").And.EndWith("}\n"));
            Assert.That(json.Count(c => c == '\n'), Is.EqualTo(1), "one line break, at the end");
            Assert.That(Indented(json), Does.StartWith("{\n  \"articles\": [\n    {\n"), "the same report, indented");
        });
    }

    /// <summary>The JSON text indented by two spaces, with the report's own escaping, and a line break at the end.</summary>
    private static string Indented(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    [Test]
    public void Html_report_is_the_same_bytes_whatever_the_order_of_paths()
    {
        var files = Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal).ToList();
        var forward = new HtmlReportRenderer().Render(Build(files));
        files.Reverse();
        Assert.That(new HtmlReportRenderer().Render(Build(files)), Is.EqualTo(forward));
    }

    [Test]
    public void Seeds_report_html() => Snapshot.Verify(new HtmlReportRenderer().Render(Build([RepositoryPaths.Seeds])), "html");

    [Test]
    public void Json_report_carries_the_audit_trail()
    {
        using var json = JsonDocument.Parse(new JsonReportRenderer().Render(Build([RepositoryPaths.Seeds])));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.That(events, Is.Not.Empty);
        foreach (var ev in events)
        {
            Assert.That(ev.GetProperty("alignment").ValueKind, Is.EqualTo(JsonValueKind.Array));
            foreach (var claim in ev.GetProperty("claims").EnumerateArray())
            {
                Assert.That(claim.GetProperty("rule").GetString(), Is.Not.Empty);
                Assert.That(claim.GetProperty("rule_location").GetString(), Does.Match(@"^rules/events/[^:]+\.yaml:\d+$"));
                Assert.That(claim.GetProperty("trigger").GetString(), Is.Not.Empty);
                Assert.That(claim.GetProperty("trigger_form").GetString(), Is.AnyOf("active", "passive", "noun"));
                if (claim.GetProperty("date").ValueKind == JsonValueKind.String)
                {
                    Assert.That(claim.GetProperty("date_derivation").GetString(), Is.Not.Empty);
                }

                if (claim.GetProperty("count") is { ValueKind: JsonValueKind.Object } count)
                {
                    Assert.That(count.GetProperty("derivation").GetString(), Is.Not.Empty);
                    Assert.That(count.GetProperty("interval").GetProperty("low").ValueKind, Is.EqualTo(JsonValueKind.Number));
                }
            }

            foreach (var quote in ev.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("values").EnumerateArray()).SelectMany(v => v.GetProperty("quotes").EnumerateArray()))
            {
                var evidence = quote.GetProperty("evidence").EnumerateArray().ToList();
                Assert.That(evidence, Is.Not.Empty, quote.GetProperty("quote").GetString());
                Assert.That(evidence.All(e => e.GetProperty("rule").GetString() is { Length: > 0 } && e.GetProperty("trigger").GetString() is { Length: > 0 }), Is.True);
                Assert.That(quote.GetProperty("highlights").ValueKind, Is.EqualTo(JsonValueKind.Array));
            }
        }
    }

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
        // The report's articles let go of a plain file's text, so the quotes are checked against the articles as read.
        var texts = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([RepositoryPaths.Seeds]).Articles.ToDictionary(a => a.Id, a => a.Text);
        var report = Build([RepositoryPaths.Seeds]);
        foreach (var ev in report.Events)
        {
            foreach (var claim in ev.Event.Claims)
            {
                Assert.That(texts[claim.ArticleId][claim.Sentence.Start..claim.Sentence.End], Is.EqualTo(claim.Sentence.Text));
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
