using System.Text;
using Compare.Reporting;
using NUnit.Framework;
using OpenQA.Selenium;

namespace Compare.Tests.Reporting;

/// <summary>
/// Opens HTML reports in a real headless Chromium: the seeds report must show its conflict cards with marked quotes,
/// and a hostile article (script, an image with onerror, a javascript: URL) must run nothing.
/// </summary>
/// <remarks>Asserts structure, not counts, so it holds while extraction improves; the snapshot pins the counts.</remarks>
[Category("Browser")]
[NonParallelizable]
public sealed class HtmlReportBrowserTests
{
    private HeadlessChromium _chromium = null!;
    private string _folder = null!;

    private IWebDriver Driver => _chromium.Driver;

    [OneTimeSetUp]
    public void StartBrowser()
    {
        _folder = ReportInputs.TempFolder("compare-browser-");
        _chromium = HeadlessChromium.Start();
    }

    [OneTimeTearDown]
    public void StopBrowser()
    {
        _chromium?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void Seeds_report_shows_conflict_cards_with_marked_quotes()
    {
        var page = Write("seeds-report.html", new HtmlReportRenderer().Render(ReportInputs.Seeds()));
        Open(page);

        Assert.That(Driver.Title, Is.EqualTo(HtmlReportRenderer.PageTitle));
        var summary = Driver.FindElement(By.Id("summary"));
        Assert.That(summary.Displayed, Is.True);
        Assert.That(summary.Text, Does.Contain("compared").And.Contain("conflict"));

        var cards = Driver.FindElements(By.CssSelector("#conflicts article.card.conflict"));
        Assert.That(cards, Is.Not.Empty, "at least one conflict card");
        var ranks = new List<int>();
        foreach (var card in cards)
        {
            var question = card.FindElement(By.TagName("h3"));
            Assert.That(card.Displayed && question.Displayed, Is.True, question.Text);
            Assert.That(question.Text, Is.Not.Empty);
            Assert.That(card.FindElements(By.CssSelector(".value")), Has.Count.GreaterThanOrEqualTo(2), $"{question.Text}: a conflict has at least two values");
            var quotes = card.FindElements(By.TagName("blockquote"));
            Assert.That(quotes, Is.Not.Empty, $"{question.Text}: quotes");
            var marks = card.FindElements(By.CssSelector("blockquote mark"));
            Assert.That(marks, Is.Not.Empty, $"{question.Text}: marked values in its quotes");
            Assert.That(marks.Where(m => m.Displayed).Select(m => m.Text), Has.Some.Not.Empty, $"{question.Text}: a visible mark");
            ranks.Add(int.Parse(card.GetDomAttribute("data-severity")!, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.That(ranks, Is.Ordered, "most severe first");

        // Nothing was fetched: the page is self-contained.
        var resources = Convert.ToInt64(((IJavaScriptExecutor)Driver).ExecuteScript("return performance.getEntriesByType('resource').length;"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(resources, Is.Zero, "resources loaded by the page");

        Screenshot("seeds-report.png");
    }

    [Test]
    public void Seeds_report_prints_without_navigation_and_with_its_cards()
    {
        Open(Write("seeds-print.html", new HtmlReportRenderer().Render(ReportInputs.Seeds())));
        _chromium.Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        try
        {
            Assert.That(Driver.FindElement(By.TagName("nav")).Displayed, Is.False, "navigation is left out of print");
            Assert.That(Driver.FindElements(By.CssSelector("#conflicts article.card.conflict")).Where(c => c.Displayed), Is.Not.Empty);
            Assert.That(Driver.FindElement(By.CssSelector("#conflicts blockquote mark")).GetCssValue("text-decoration-line"), Does.Contain("underline"), "marks survive printers that drop backgrounds");
        }
        finally
        {
            _chromium.Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = string.Empty });
        }
    }

    [Test]
    public void A_hostile_article_runs_nothing_and_its_javascript_url_is_no_link()
    {
        var folder = ReportInputs.WriteHostileFolder(Path.Combine(_folder, "articles"));
        var page = Write("hostile-report.html", new HtmlReportRenderer().Render(ReportInputs.Build([folder])));
        Open(page);

        var js = (IJavaScriptExecutor)Driver;
        Assert.Multiple(() =>
        {
            Assert.That(Driver.Title, Is.EqualTo(HtmlReportRenderer.PageTitle), "the article's script would have set the title");
            Assert.That(js.ExecuteScript("return typeof window.pwned;"), Is.EqualTo("undefined"), "the article's script or onerror would have set window.pwned");
            Assert.That(Driver.FindElements(By.TagName("img")), Is.Empty, "no image element from the article");
            Assert.That(Driver.FindElements(By.TagName("script")), Has.Count.EqualTo(1), "only the report's own script");

            var hrefs = Driver.FindElements(By.CssSelector("a[href]")).Select(a => a.GetDomAttribute("href") ?? string.Empty).ToList();
            Assert.That(hrefs, Has.None.StartsWith("javascript:").IgnoreCase);
            Assert.That(hrefs, Has.All.Match("^(#|https?://)"), "links are in-page anchors or web addresses");
            Assert.That(hrefs, Has.Some.EqualTo(ReportInputs.LinkedUrl), "the https source is linked");

            // The markup is on the page as text the reader can see.
            var text = Driver.FindElement(By.TagName("body")).Text;
            Assert.That(text, Does.Contain("<script>document.title='pwned'</script> Hostile <b>report</b>"));
            Assert.That(text, Does.Contain("<img src=x onerror=\"window.pwned=1\">"));
            Assert.That(text, Does.Contain("<script>window.pwned=3;document.title='pwned'</script>"));
            Assert.That(text, Does.Contain(ReportInputs.JavascriptUrl));
        });
    }

    private string Write(string name, string html)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, html, new UTF8Encoding(false));
        return path;
    }

    private void Open(string path)
    {
        Driver.Navigate().GoToUrl(new Uri(path).AbsoluteUri);
        var js = (IJavaScriptExecutor)Driver;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Equals(js.ExecuteScript("return document.readyState;"), "complete") && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }
    }

    /// <summary>Saves the visible top of the page under TestResults/browser, attaches it to the test and prints its path.</summary>
    private void Screenshot(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "browser");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(path);
        TestContext.AddTestAttachment(path, "The seeds report in headless Chromium");
        TestContext.Progress.WriteLine($"Screenshot: {path}");
        TestContext.Out.WriteLine($"Screenshot: {path}");
    }
}
