using System.Diagnostics;
using System.Text;
using Compare.Articles;
using Compare.Recognition.Dates;
using NUnit.Framework;

namespace Compare.Tests.Articles;

/// <summary>Saved web pages read through <see cref="ArticleReader"/>: text, metadata, offsets and hostile pages.</summary>
[TestFixture]
internal sealed class HtmlArticleTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "html-article-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void The_article_text_leaves_out_navigation_scripts_styles_header_footer_and_asides()
    {
        var article = ReadOne(
            "<!DOCTYPE html><html><head><title>Ignored | Site</title><style>p { color: red }</style>" +
            "<script>var tracking = \"The ministry said\";</script></head><body>" +
            "<header><a href=/>Home</a> Breaking news</header><nav><ul><li>World</li><li>Sport</li></ul></nav>" +
            "<article><header><p class=byline>By A. Writer</p></header>" +
            "<h1>Ferry   strike\n ends</h1><p>The ferry crews returned to work on <b>Monday</b>, the union&nbsp;said.</p>" +
            "<p>Fares will rise by 5&#37; &amp; timetables change.<br>More later.</p>" +
            "<ul><li>First point</li><li>Second point</li></ul>" +
            "<aside>Read also: something else</aside><form><input value=search></form>" +
            "<div hidden>Hidden text</div><div aria-hidden=\"true\">Icon text</div><noscript>Enable JS</noscript>" +
            "<figure><img src=x.jpg><figcaption>The harbour at dawn.</figcaption></figure>" +
            "</article><aside>Most read</aside><footer>Copyright 2024</footer>" +
            "<script>document.write('x')</script></body></html>");

        Assert.That(
            article.Text,
            Is.EqualTo(
                "Ferry strike ends\n\nThe ferry crews returned to work on Monday, the union\u00a0said.\n\n" +
                "Fares will rise by 5% & timetables change.\nMore later.\n\nFirst point\n\nSecond point\n\n" +
                "The harbour at dawn.\n"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.BodyStart, Is.Zero);
            Assert.That(article.Title, Is.EqualTo("Ferry strike ends"));
            Assert.That(article.TextDerivation, Does.Contain("text extracted from HTML (the article element"));
        }
    }

    [Test]
    public void The_article_with_most_text_is_chosen_and_a_nested_one_belongs_to_it()
    {
        var article = ReadOne(
            "<body><article><p>Short teaser.</p></article>" +
            "<article><p>The main story is the longest text on the page by far.</p>" +
            "<article><p>A reader comment.</p></article></article></body>");

        Assert.That(article.Text, Is.EqualTo("The main story is the longest text on the page by far.\n\nA reader comment.\n"));
    }

    [TestCase("<body><nav>Menu</nav><main><p>Main text.</p></main><footer>F</footer></body>", "Main text.\n", "the main element")]
    [TestCase("<body><div role=main><p>Role text.</p></div><div role=navigation>Menu</div></body>", "Role text.\n", "the main element")]
    [TestCase("<body><nav>Menu</nav><div><p>Body text.</p></div></body>", "Body text.\n", "the page body")]
    [TestCase("Just text, no tags.", "Just text, no tags.\n", "the page body")]
    public void Without_an_article_element_the_main_element_then_the_body_is_read(string html, string text, string from)
    {
        var article = ReadOne(html);

        Assert.That(article.Text, Is.EqualTo(text));
        Assert.That(article.TextDerivation, Does.Contain(from));
    }

    [TestCase("<meta property=og:title content='From og'><title>From title</title><article><h1>From h1</h1><p>x</p></article>", "From og")]
    [TestCase("<title>From title</title><article><h1>From  h1</h1><p>x</p></article>", "From h1")]
    [TestCase("<title> From\n title </title><article><p>x</p></article>", "From title")]
    public void The_title_comes_from_og_title_then_h1_then_title(string html, string title) =>
        Assert.That(ReadOne(html).Title, Is.EqualTo(title));

    [TestCase("<meta property='article:published_time' content='2024-08-02T23:30:00-05:00'>", "2024-08-02", "article:published_time")]
    [TestCase("<meta property='article:published_time' content='2024-08-03T01:30:00+09:00'><time datetime='2024-01-01'>x</time>", "2024-08-03", "article:published_time")]
    [TestCase("<meta itemprop=datePublished content='2024-05-06'>", "2024-05-06", "itemprop")]
    [TestCase("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-10-09T08:00:00Z\"}]}</script>", "2023-10-09", "JSON-LD")]
    [TestCase("<time datetime='2022-12-31T23:59:59+14:00'>New Year's Eve</time>", "2022-12-31", "<time datetime>")]
    public void The_published_date_is_the_date_the_page_writes_without_converting_time_zones(string metadata, string date, string source)
    {
        var article = ReadOne($"<html><head>{metadata}</head><body><article><p>Text.</p>{(metadata.StartsWith("<time", StringComparison.Ordinal) ? metadata : string.Empty)}</article></body></html>");

        Assert.That(article.Published, Is.EqualTo(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(article.PublishedSource, Does.Contain(source));
    }

    [Test]
    public void An_unreadable_page_date_is_a_warning_and_the_next_source_counts()
    {
        var path = Write("dated.html", "<meta property='article:published_time' content='last Tuesday'><article><p>Text.</p><time datetime='2024-03-04'>4 March</time></article>");

        var result = Read(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Articles.Single().Published, Is.EqualTo(new DateOnly(2024, 3, 4)));
            Assert.That(result.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "input.html-date" }));
            Assert.That(result.Warnings[0].Message, Does.Contain("last Tuesday"));
        }
    }

    [Test]
    public void Front_matter_in_a_page_wins_over_its_metadata()
    {
        var article = ReadOne("---\ntitle: From front matter\npublished: 2020-01-02\n---\n<meta property=og:title content=Og><meta property='article:published_time' content='2024-08-02'><p>Text.</p>");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Title, Is.EqualTo("From front matter"));
            Assert.That(article.Published, Is.EqualTo(new DateOnly(2020, 1, 2)));
            Assert.That(article.Text, Is.EqualTo("Text.\n"));
        }
    }

    [Test]
    public void Without_metadata_a_dateline_in_the_text_gives_the_date()
    {
        var article = ReadOne("<article><h1>Storm cuts power</h1><p>Mon. Mar 4th, 2024</p><p>Crews worked.</p></article>");

        Assert.That(article.Published, Is.EqualTo(new DateOnly(2024, 3, 4)));
        Assert.That(article.PublishedSource, Is.EqualTo("dateline line 3"));
    }

    // The time a page was last changed stands in for its published date only when the page and its text give none.
    [TestCase("<meta property='article:modified_time' content='2024-11-12T09:14:00+00:00'><article><p>Crews worked.</p></article>", "2024-11-12", "article:modified_time")]
    [TestCase("<meta property='article:modified_time' content='2024-11-12'><meta property='article:published_time' content='2024-03-01'><article><p>Crews worked.</p></article>", "2024-03-01", "article:published_time")]
    [TestCase("<meta property='article:modified_time' content='2024-11-12'><article><h1>Storm cuts power</h1><p>Mon. Mar 4th, 2024</p><p>Crews worked.</p></article>", "2024-03-04", "dateline")]
    public void The_last_change_of_a_page_is_its_date_only_when_nothing_else_gives_one(string html, string date, string source)
    {
        var article = ReadOne(html);

        Assert.That(article.Published, Is.EqualTo(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(article.PublishedSource, Does.Contain(source));
    }

    [Test]
    public void A_page_with_no_article_text_is_skipped_as_empty()
    {
        var path = Write("shell.html", "<html><head><script>app()</script></head><body><nav>Menu</nav><div id=root></div></body></html>");

        var result = Read(path);

        Assert.That(result.Skipped.Select(s => (s.Path, s.Code)), Is.EqualTo(new[] { (path, "input.empty") }));
        Assert.That(result.Skipped[0].Reason, Does.Contain("no article text").And.Contain(";"));
    }

    [Test]
    public void A_page_in_windows_1252_that_says_so_is_read_with_a_warning()
    {
        var path = Path.Combine(folder, "legacy.htm");
        File.WriteAllBytes(path, [.. "<meta charset=windows-1252><p>Caf"u8, 0xE9, .. " reopens"u8, 0x97, .. "at last.</p>"u8]);

        var result = Read(path);

        Assert.That(result.Articles.Single().Text, Is.EqualTo("Caf\u00e9 reopens\u2014at last.\n"));
        Assert.That(result.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "input.legacy-encoding" }));
    }

    [Test]
    public void Invisible_characters_in_a_page_are_removed_with_a_warning()
    {
        var article = Read(Write("zw.html", "<p>Mar&#8203;zouk met Ha&shy;mas&zwnj; leaders.</p>"));

        Assert.That(article.Articles.Single().Text, Is.EqualTo("Marzouk met Hamas leaders.\n"));
        Assert.That(article.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "input.invisible-characters" }));
        Assert.That(article.Articles.Single().TextDerivation, Does.Contain("3 invisible formatting character(s) removed"));
    }

    [Test]
    public void Pre_keeps_its_lines_and_a_table_its_cells()
    {
        var article = ReadOne("<article><pre>line one\r\n  line two</pre><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table></article>");

        Assert.That(article.Text, Is.EqualTo("line one\n  line two\n\na b\n\nc\n"));
    }

    [Test]
    public void Thousands_of_nested_elements_are_read_without_overflowing_the_stack()
    {
        var html = "<article>" + string.Concat(Enumerable.Repeat("<span>", 10_000)) + "Deep text." + "</article>";
        var clock = Stopwatch.StartNew();

        var article = ReadOne(html);

        TestContext.Out.WriteLine($"10,000 nested spans: {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.That(article.Text, Is.EqualTo("Deep text.\n"));
    }

    [Test]
    public void A_page_that_takes_too_long_to_parse_is_skipped_not_left_to_hang()
    {
        var path = Write("hostile.html", "<article>" + string.Concat(Enumerable.Repeat("<div>x", 20_000)) + "</article>");
        var clock = Stopwatch.StartNew();

        var result = new ArticleReader(line => DateRecognizer.ParseDateline(line)) { HtmlParseTimeLimit = TimeSpan.FromMilliseconds(200) }.Read([path]);

        Assert.That(result.Skipped.Select(s => (s.Path, s.Code)), Is.EqualTo(new[] { (path, "input.html-too-complex") }));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Folders_are_searched_for_html_and_htm_pages_too()
    {
        Write("a.html", "<p>A.</p>");
        Write("b.HTM", "<p>B.</p>");
        Write("c.txt", "C.\n");

        Assert.That(Read(folder).Articles.Select(a => a.Id), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    private Article ReadOne(string html)
    {
        var result = Read(Write("page.html", html));
        Assert.That(result.Skipped, Is.Empty, string.Join("; ", result.Skipped));
        return result.Articles.Single();
    }

    private static IngestResult Read(string path) => new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([path]);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
