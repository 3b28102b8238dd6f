using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Compare.Alignment;
using Compare.Articles;
using Compare.Comparison;
using Compare.Extraction;
using Compare.Reporting;
using NUnit.Framework;

namespace Compare.Tests.Reporting;

public sealed class HtmlReportRendererTests
{
    private string _folder = null!;
    private string _hostileHtml = null!;

    [OneTimeSetUp]
    public void RenderHostileFolder()
    {
        _folder = ReportInputs.WriteHostileFolder(ReportInputs.TempFolder("compare-html-"));
        _hostileHtml = new HtmlReportRenderer().Render(ReportInputs.Build([_folder]));
    }

    [OneTimeTearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Article_text_title_and_outlet_are_text_never_markup()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Regex.Matches(_hostileHtml, "<script", RegexOptions.IgnoreCase), Has.Count.EqualTo(1), "only the report's own script");
            Assert.That(_hostileHtml, Does.Not.Contain("<img").IgnoreCase);
            Assert.That(_hostileHtml, Does.Not.Contain("<b>"));
            Assert.That(_hostileHtml, Does.Not.Contain("onerror=\""));
            Assert.That(_hostileHtml, Does.Contain("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; Hostile &lt;b&gt;report&lt;/b&gt;"), "the title");
            Assert.That(_hostileHtml, Does.Contain("&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;"), "the outlet");
            Assert.That(_hostileHtml, Does.Contain("&lt;script&gt;window.pwned=3;document.title=&#39;pwned&#39;&lt;/script&gt;"), "a quote of the body");
        });
    }

    [Test]
    public void A_javascript_url_is_shown_as_text_and_never_linked()
    {
        Assert.That(_hostileHtml, Does.Not.Match("href=\"\\s*javascript:").IgnoreCase);
        Assert.That(_hostileHtml, Does.Contain($"<code>{ReportInputs.JavascriptUrl}</code> (not an http or https address, so not a link)"));
    }

    [Test]
    public void An_https_url_links_the_article_and_its_quotes()
    {
        const string Href = "href=\"https://example.org/news/delegation?id=1&amp;lang=en\"";
        Assert.That(Regex.Matches(_hostileHtml, Regex.Escape($"<a class=\"source\" {Href} rel=\"noreferrer\">source</a>")), Has.Count.GreaterThanOrEqualTo(1), "from a quote");
        Assert.That(_hostileHtml, Does.Contain($"<a class=\"source\" {Href} rel=\"noreferrer\">{HtmlText.Encode(ReportInputs.LinkedUrl)}</a>"), "from the article view");
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("JavaScript:alert(1)")]
    [TestCase("  javascript:alert(1)")]
    [TestCase("java\nscript:alert(1)")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("vbscript:msgbox(1)")]
    [TestCase("file:///etc/passwd")]
    [TestCase("ftp://example.org/file")]
    [TestCase("//example.org/protocol-relative")]
    [TestCase("/relative/path")]
    [TestCase("example.org")]
    [TestCase("")]
    [TestCase(null)]
    public void Only_http_and_https_urls_become_links(string? url) => Assert.That(HtmlText.SafeHref(url), Is.Null);

    [TestCase("https://example.org/a", "https://example.org/a")]
    [TestCase("HTTP://Example.org/a?b=1&c=2", "http://example.org/a?b=1&c=2")]
    [TestCase(" https://example.org/a b ", "https://example.org/a%20b")]
    [TestCase("https://example.org/\"><script>", "https://example.org/%22%3E%3Cscript%3E")]
    public void Http_and_https_urls_are_linked_normalised(string url, string expected) => Assert.That(HtmlText.SafeHref(url), Is.EqualTo(expected));

    [TestCase("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [TestCase("say \"hi\" it's", "say &quot;hi&quot; it&#39;s")]
    [TestCase("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    [TestCase("Tel Aviv – “quoted” ’", "Tel Aviv – “quoted” ’")]
    [TestCase("nul\0here", "nul\uFFFDhere")]
    [TestCase(null, "")]
    public void Encode_escapes_markup_characters_only(string? text, string expected) => Assert.That(HtmlText.Encode(text), Is.EqualTo(expected));

    [Test]
    public void Conflicts_come_most_severe_first_a_denial_and_a_count_before_an_office()
    {
        var report = Synthetic(
            events:
            [
                Event("e1", Finding(FindingKind.Conflict, "date", "2024-10-24", "2024-10-25")),
                Event("e2", Finding(FindingKind.Conflict, "count (killed)", "12", "about 40")),
                Event("e3", Finding(FindingKind.Conflict, "polarity", "asserted", "denied")),
                Event("e4", Finding(FindingKind.Conflict, "polarity", "asserted", "did not happen")),
                Event("e5", Finding(FindingKind.Agreement, "date", "2024-10-24")),
            ],
            people: [("p1", Finding(FindingKind.Conflict, "title", "president", "prime minister"))]);
        var html = new HtmlReportRenderer().Render(report);

        var conflicts = Section(html, "conflicts");
        var order = Regex.Matches(conflicts, "data-attribute=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.That(order, Is.EqualTo(new[] { "polarity", "polarity", "count (killed)", "date", "title" }));
        Assert.That(conflicts.IndexOf("Event <code>e3</code>", StringComparison.Ordinal), Is.LessThan(conflicts.IndexOf("Event <code>e4</code>", StringComparison.Ordinal)), "a denial before a negation");
        Assert.That(Section(html, "agreements"), Does.Contain("Event <code>e5</code>"));
    }

    [TestCase("polarity", new[] { "asserted", "denied" }, 0)]
    [TestCase("polarity", new[] { "asserted", "did not happen" }, 1)]
    [TestCase("count", new[] { "12", "40" }, 2)]
    [TestCase("count (killed)", new[] { "12", "40" }, 2)]
    [TestCase("date", new[] { "2024-10-24", "2024-10-25" }, 3)]
    [TestCase("place", new[] { "Moscow", "Tehran" }, 4)]
    [TestCase("drafter", new[] { "Malta", "Russia" }, 5)]
    [TestCase("title", new[] { "president", "prime minister" }, 6)]
    [TestCase("age", new[] { "53", "54" }, 7)]
    [TestCase("name", new[] { "Marzouk", "Marzook" }, 9)]
    public void Severity_ranks_attributes(string attribute, string[] values, int rank) =>
        Assert.That(FindingSeverity.Rank(Finding(FindingKind.Conflict, attribute, values)), Is.EqualTo(rank));

    [Test]
    public void Skipped_paths_and_reasons_are_escaped()
    {
        var report = Synthetic([], [], [new SkippedInput("<img src=x onerror=alert(1)>.txt", "bad <b>input</b>", 3, "input.binary")]);
        var html = new HtmlReportRenderer().Render(report);
        Assert.That(html, Does.Contain("<li><code>&lt;img src=x onerror=alert(1)&gt;.txt</code> line 3 (<code>input.binary</code>): bad &lt;b&gt;input&lt;/b&gt;</li>"));
        Assert.That(html, Does.Not.Contain("<img"));
    }

    [Test]
    public void An_empty_report_says_none_in_every_section()
    {
        var html = new HtmlReportRenderer().Render(Synthetic([], []));
        foreach (var id in new[] { "conflicts", "agreements", "variants", "single-source", "skipped" })
        {
            Assert.That(Section(html, id), Does.Contain("<p class=\"none\">None.</p>"), id);
        }
    }

    [Test]
    public void The_page_loads_nothing_and_its_one_script_is_allowed_by_hash()
    {
        var html = new HtmlReportRenderer().Render(ReportInputs.Seeds());
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<link").And.Not.Contain("<img").And.Not.Contain("<iframe").And.Not.Contain(" src="));
            Assert.That(html, Does.Not.Contain("url(").And.Not.Contain("@import"));
            Assert.That(html, Does.Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"));
            var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
            Assert.That(html, Does.Contain($"script-src &#39;sha256-{hash}&#39;"));
        });
    }

    [Test]
    public void Every_conflict_card_of_the_seeds_has_quotes_with_the_value_marked()
    {
        var html = new HtmlReportRenderer().Render(ReportInputs.Seeds());
        var cards = Regex.Matches(Section(html, "conflicts"), "<article class=\"card conflict\".*?</article>", RegexOptions.Singleline);
        Assert.That(cards, Is.Not.Empty);
        foreach (Match card in cards)
        {
            var quotes = Regex.Matches(card.Value, "<blockquote[^>]*>(.*?)</blockquote>", RegexOptions.Singleline);
            Assert.That(quotes, Is.Not.Empty, card.Value[..Math.Min(200, card.Value.Length)]);
            Assert.That(quotes.Count(q => q.Groups[1].Value.Contains("<mark>", StringComparison.Ordinal)), Is.GreaterThan(0), card.Value[..Math.Min(200, card.Value.Length)]);
        }
    }

    [Test]
    public void Every_conflict_quote_of_the_seeds_marks_text_of_the_quote()
    {
        var report = ReportInputs.Seeds();
        var locator = new EvidenceLocator(report);
        var located = 0;
        foreach (var rf in ReportFinding.All(report).Where(f => f.Kind == FindingKind.Conflict))
        {
            foreach (var v in rf.Finding.Values)
            {
                foreach (var q in v.Quotes)
                {
                    var evidence = locator.Locate(rf, v, q);
                    Assert.That(evidence.Marks, Is.Not.Empty, $"{rf.Finding.Attribute} = {v.Value} in {q.Article} [{q.Start}-{q.End}]");
                    Assert.That(evidence.Marks.All(m => m.Start >= q.Start && m.End <= q.End), Is.True);
                    located++;
                }
            }
        }

        Assert.That(located, Is.GreaterThan(0));
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"section {id}");
        var next = html.IndexOf("<section id=\"", start + 1, StringComparison.Ordinal);
        return next < 0 ? html[start..] : html[start..next];
    }

    private static Finding Finding(string kind, string attribute, params string[] values) =>
        new(kind, attribute, [.. values.Select((v, i) => new FindingValue(v, [$"a{i}"], [], null))], $"{attribute} differs", null);

    private static ReportEvent Event(string id, Finding finding) =>
        new(new AlignedEvent(id, "meeting", []), $"Meeting {id}", null, [finding]);

    private static ComparisonReport Synthetic(
        ImmutableArray<ReportEvent> events,
        ImmutableArray<(string PersonId, Finding Finding)> people,
        ImmutableArray<SkippedInput> skipped = default) =>
        new(ImmutableArray<ArticleAnalysis>.Empty, events, ImmutableArray<PersonEntity>.Empty, people, skipped.IsDefault ? [] : skipped);
}
