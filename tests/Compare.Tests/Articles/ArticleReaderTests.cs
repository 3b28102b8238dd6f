using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Compare.Articles;
using NUnit.Framework;

namespace Compare.Tests.Articles;

[TestFixture]
internal sealed partial class ArticleReaderTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "article-reader-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Front_matter_gives_title_outlet_url_and_published()
    {
        var path = Write(
            "library.md",
            "---\n" +
            "title: Town library doubles its opening hours\n" +
            "outlet: Riverside Gazette\n" +
            "url: \"https://example.org/news/library-hours\"\n" +
            "published: 2024-03-04\n" +
            "---\n" +
            "From next month the library will open on Sundays.\n");

        var result = Read(path);

        var article = result.Articles.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Id, Is.EqualTo("library"));
            Assert.That(article.Path, Is.EqualTo(path));
            Assert.That(article.Title, Is.EqualTo("Town library doubles its opening hours"));
            Assert.That(article.Outlet, Is.EqualTo("Riverside Gazette"));
            Assert.That(article.Url, Is.EqualTo("https://example.org/news/library-hours"));
            Assert.That(article.Published, Is.EqualTo(new DateOnly(2024, 3, 4)));
            Assert.That(article.PublishedSource, Is.EqualTo("front matter"));
            Assert.That(article.Body, Is.EqualTo("From next month the library will open on Sundays.\n"));
            Assert.That(result.Skipped, Is.Empty);
            Assert.That(result.Warnings, Is.Empty);
        }
    }

    [Test]
    public void Headline_comes_from_the_first_line_and_published_from_a_dateline()
    {
        var path = Write(
            "storm.txt",
            "\n" +
            "Storm cuts power to three villages\n" +
            "\n" +
            "Mon. Mar 4th, 2024\n" +
            "Crews worked through the night to restore the lines.\n");

        var article = Read(path).Articles.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Title, Is.EqualTo("Storm cuts power to three villages"));
            Assert.That(article.BodyStart, Is.Zero);
            Assert.That(article.Outlet, Is.Null);
            Assert.That(article.Published, Is.EqualTo(new DateOnly(2024, 3, 4)));
            Assert.That(article.PublishedSource, Is.EqualTo("dateline line 4"));
        }
    }

    [Test]
    public void Dateline_first_makes_the_next_line_the_headline()
    {
        var path = Write("ferry.txt", "Tue. Apr 2nd, 2024\nWill the night ferry return?\nThe operator is undecided.\n");

        var article = Read(path).Articles.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Title, Is.EqualTo("Will the night ferry return?"));
            Assert.That(article.Published, Is.EqualTo(new DateOnly(2024, 4, 2)));
            Assert.That(article.PublishedSource, Is.EqualTo("dateline line 1"));
        }
    }

    [TestCase("The mayor said the bridge would reopen in May.\nMore text.\n", TestName = "Sentence ending in a full stop")]
    [TestCase(
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
        "seventeen eighteen nineteen twenty twentyone\n",
        TestName = "More than twenty words")]
    [TestCase("Share this articleTweetEmail a friendPrint\nThe council met on Monday.\n", TestName = "Button labels run together")]
    public void First_line_that_does_not_read_as_a_headline_gives_no_title(string text)
    {
        var article = Read(Write("plain.txt", text)).Articles.Single();

        Assert.That(article.Title, Is.Null);
    }

    [TestCase("McDonald and YouTube chiefs meet in Lisbon", TestName = "Short lower-case runs before a capital")]
    [TestCase("Iran's envoy visits DeSantis", TestName = "Name with an inner capital")]
    public void A_headline_with_names_of_mixed_case_is_kept(string headline)
    {
        var article = Read(Write("mixed.txt", headline + "\nThe text begins here.\n")).Articles.Single();

        Assert.That(article.Title, Is.EqualTo(headline));
    }

    [Test]
    public void Markdown_heading_marker_is_dropped_from_the_headline()
    {
        var article = Read(Write("market.md", "# Farmers market moves indoors\n\nStalls open at eight.\n")).Articles.Single();

        Assert.That(article.Title, Is.EqualTo("Farmers market moves indoors"));
    }

    [Test]
    public void Dateline_after_the_fifth_non_empty_line_is_not_used()
    {
        var article = Read(Write("late.txt", "Headline here\nA.\nB.\nC.\nD.\nMon. Mar 4th, 2024\n")).Articles.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Published, Is.Null);
            Assert.That(article.PublishedSource, Is.Null);
        }
    }

    [Test]
    public void Dateline_line_numbers_count_the_front_matter()
    {
        var article = Read(Write("counted.md", "---\noutlet: Hill Times\n---\nSchool roof repaired\nFri. Mar 8th, 2024\n"))
            .Articles.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.BodyStart, Is.EqualTo("---\noutlet: Hill Times\n---\n".Length));
            Assert.That(article.Title, Is.EqualTo("School roof repaired"));
            Assert.That(article.PublishedSource, Is.EqualTo("dateline line 5"));
        }
    }

    [Test]
    public void Front_matter_date_wins_over_a_different_dateline_with_a_warning()
    {
        var result = Read(Write("clash.md", "---\npublished: 2024-03-05\n---\nMon. Mar 4th, 2024\nText.\n"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Articles.Single().Published, Is.EqualTo(new DateOnly(2024, 3, 5)));
            Assert.That(result.Warnings.Select(w => w.Message), Has.Exactly(1).Contains("2024-03-04").And.Contains("line 4"));
            Assert.That(result.Warnings.Select(w => (w.Line, w.Code)), Is.EqualTo(new (int?, string)[] { (4, "input.published-mismatch") }));
        }
    }

    [Test]
    public void Missing_path_is_skipped()
    {
        var missing = Path.Combine(folder, "nowhere.txt");

        var result = Read(missing);

        AssertSkipped(result, missing, "input.missing");
    }

    [TestCase("")]
    [TestCase(" \n\t\r\n ")]
    public void Empty_file_is_skipped(string text)
    {
        var path = Write("empty.txt", text);

        var result = Read(path);

        AssertSkipped(result, path, "input.empty");
        Assert.That(result.Skipped[0].Reason, Does.Contain("empty"));
    }

    [Test]
    public void Front_matter_without_text_is_skipped_as_empty()
    {
        var path = Write("metadata-only.md", "---\ntitle: Nothing below\n---\n\n");

        AssertSkipped(Read(path), path, "input.empty");
    }

    [Test]
    public void Binary_file_is_skipped()
    {
        var path = Path.Combine(folder, "photo.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A]);

        AssertSkipped(Read(path), path, "input.binary");
    }

    [Test]
    public void Broken_front_matter_is_skipped_with_its_line()
    {
        var path = Write("broken.md", "---\ntitle: Bus fares rise\noutlet: \"Metro Daily\n  url: x\n---\nFares rise.\n");

        var result = Read(path);

        AssertSkipped(result, path, "input.front-matter");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Skipped[0].Line, Is.Not.Null.And.InRange(3, 5));
            Assert.That(result.Skipped[0].Reason, Does.Contain($"line {result.Skipped[0].Line}"));
        }
    }

    [Test]
    public void Unclosed_front_matter_is_skipped_on_line_1()
    {
        var path = Write("unclosed.md", "---\ntitle: Ferry strike\n\nThe ferry did not sail.\n");

        var result = Read(path);

        AssertSkipped(result, path, "input.front-matter");
        Assert.That(result.Skipped[0].Line, Is.EqualTo(1));
    }

    [Test]
    public void Second_file_with_the_same_id_is_skipped_naming_the_first()
    {
        var first = Write(Path.Combine("a", "report.txt"), "Flood warning lifted\nRiver levels fell.\n");
        var second = Write(Path.Combine("b", "report.md"), "Flood warning stays\nRiver levels rose.\n");

        var result = Read(folder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Articles.Select(a => a.Path), Is.EqualTo(new[] { first }));
            Assert.That(result.Skipped.Select(s => (s.Path, s.Code)), Is.EqualTo(new[] { (second, "input.duplicate-id") }));
            Assert.That(result.Skipped[0].Reason, Does.Contain(first));
        }
    }

    [Test]
    public void Of_several_files_with_one_id_the_first_path_is_kept_and_the_others_skipped_in_the_order_named()
    {
        var b = Write(Path.Combine("b", "report.txt"), "Flood warning stays\nRiver levels rose.\n");
        var c = Write(Path.Combine("c", "Report.md"), "Flood warning eased\nRiver levels held.\n");
        var a = Write(Path.Combine("a", "REPORT.txt"), "Flood warning lifted\nRiver levels fell.\n");

        var result = Read(c, b, a);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Articles.Select(x => x.Path), Is.EqualTo(new[] { a }));
            Assert.That(result.Skipped.Select(s => (s.Path, s.Code)), Is.EqualTo(new[] { (c, "input.duplicate-id"), (b, "input.duplicate-id") }));
            Assert.That(result.Skipped.Select(s => s.Reason), Has.All.Contain(a));
        }
    }

    [Test]
    public void Many_good_and_bad_files_come_out_in_path_order_with_their_skips_and_warnings()
    {
        // Files of very different sizes, so that read buffers are reused for shorter files than they held before.
        var expectedArticles = new List<(string Path, string Text)>();
        var expectedSkipped = new List<(string Path, string Code)>();
        var expectedWarnings = new List<(string Path, string Code)>();
        for (var i = 0; i < 300; i++)
        {
            var name = $"f{i:000}.txt";
            var text = $"Headline {i}\n" + string.Concat(Enumerable.Repeat($"Sentence {i} of the story. ", 1 + (i * 37 % 200)));
            switch (i % 5)
            {
                case 0:
                    expectedSkipped.Add((Write(name, string.Empty), "input.empty"));
                    break;
                case 1:
                    var binary = Path.Combine(folder, name);
                    File.WriteAllBytes(binary, [0x41, 0x00, 0x42]);
                    expectedSkipped.Add((binary, "input.binary"));
                    break;
                case 2:
                    var invalid = Path.Combine(folder, name);
                    File.WriteAllBytes(invalid, [.. Encoding.UTF8.GetBytes(text), 0xFF, (byte)'\n']);
                    expectedArticles.Add((invalid, text + "\uFFFD\n"));
                    expectedWarnings.Add((invalid, "input.invalid-utf8"));
                    break;
                case 3:
                    var hidden = Write(name, "Zero\u200Bwidth " + text);
                    expectedArticles.Add((hidden, "Zerowidth " + text));
                    expectedWarnings.Add((hidden, "input.invisible-characters"));
                    break;
                default:
                    expectedArticles.Add((Write(name, text), text));
                    break;
            }
        }

        var result = Read(folder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Articles.Select(a => (a.Path, a.Text)), Is.EqualTo(expectedArticles));
            Assert.That(result.Skipped.Select(s => (s.Path, s.Code)), Is.EqualTo(expectedSkipped));
            Assert.That(result.Warnings.Select(w => (w.Path, w.Code)), Is.EqualTo(expectedWarnings));
        }
    }

    [Test]
    public void Folder_without_articles_is_skipped()
    {
        Write("notes.docx", "not an article");

        AssertSkipped(Read(folder), folder, "input.no-articles");
    }

    [Test]
    public void Named_file_with_another_extension_is_unsupported()
    {
        var path = Write("article.docx", "<p>Hello</p>");

        AssertSkipped(Read(path), path, "input.unsupported");
    }

    [Test]
    public void Line_endings_are_kept_so_offsets_are_those_of_the_file()
    {
        var path = Path.Combine(folder, "windows.md");
        File.WriteAllBytes(
            path,
            [.. Encoding.UTF8.Preamble, .. "---\r\ntitle: Road closed\r\n---\r\nFirst line.\rSecond line.\r\n"u8]);

        var article = Read(path).Articles.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Text, Is.EqualTo("---\r\ntitle: Road closed\r\n---\r\nFirst line.\rSecond line.\r\n"));
            Assert.That(article.BodyStart, Is.EqualTo("---\r\ntitle: Road closed\r\n---\r\n".Length));
            Assert.That(article.Body, Is.EqualTo("First line.\rSecond line.\r\n"));
            Assert.That(article.Title, Is.EqualTo("Road closed"));
            Assert.That(article.TextDerivation, Is.Null);
        }
    }

    [Test]
    public void Lone_cr_lines_count_for_headline_and_dateline()
    {
        var article = Read(Write("mac.txt", "Storm cuts power\rMon. Mar 4th, 2024\rCrews worked all night.\r")).Articles.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Title, Is.EqualTo("Storm cuts power"));
            Assert.That(article.PublishedSource, Is.EqualTo("dateline line 2"));
        }
    }

    [Test]
    public void Folder_files_come_in_ordinal_path_order_whatever_the_creation_order()
    {
        // Created out of order on purpose: the result must not follow the file system's order.
        Write("zeta.txt", "Zeta story\nText.\n");
        Write(Path.Combine("sub", "beta.md"), "Beta story\nText.\n");
        Write("Alpha.txt", "Alpha story\nText.\n");
        Write("alpha2.TXT", "Alpha two story\nText.\n");
        Write("ignored.pdf", "not read");

        var result = Read(folder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Articles.Select(a => a.Id), Is.EqualTo(new[] { "Alpha", "alpha2", "beta", "zeta" }));
            Assert.That(result.Skipped, Is.Empty);
        }
    }

    [Test]
    public void Named_paths_keep_their_order_and_a_file_named_twice_is_read_once()
    {
        var second = Write("second.txt", "Second story\nText.\n");
        var first = Write("first.txt", "First story\nText.\n");

        var result = Read(second, first, second);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Articles.Select(a => a.Id), Is.EqualTo(new[] { "second", "first" }));
            Assert.That(result.Warnings.Select(w => (w.Path, w.Code)), Is.EqualTo(new[] { (second, "input.named-twice") }));
            Assert.That(result.Warnings[0].Message, Does.Contain("more than once"));
            Assert.That(result.Skipped, Is.Empty);
        }
    }

    [Test]
    public void Invalid_utf8_is_replaced_with_a_warning()
    {
        var path = Path.Combine(folder, "latin1.txt");
        File.WriteAllBytes(path, [.. "Caf"u8, 0xE9, .. " reopens\nText.\n"u8]);

        var result = Read(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Articles.Single().Title, Is.EqualTo("Caf\uFFFD reopens"));
            Assert.That(result.Warnings.Select(w => w.Message), Has.Exactly(1).Contains("not valid UTF-8"));
            Assert.That(result.Warnings.Select(w => (w.Line, w.Code)), Is.EqualTo(new (int?, string)[] { (1, "input.invalid-utf8") }));
        }
    }

    [Test]
    public void A_linked_folder_is_not_entered_so_a_link_back_to_a_parent_gives_no_copies()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "symbolic links need privileges on Windows");
        var article = Write(Path.Combine("a", "story.txt"), "Story\nText.\n");
        Directory.CreateSymbolicLink(Path.Combine(folder, "a", "back"), folder);

        var result = Read(folder);

        Assert.That(result.Articles.Select(a => a.Path), Is.EqualTo(new[] { article }));
        Assert.That(result.Skipped, Is.Empty);
    }

    [Test]
    public void A_link_to_a_device_or_a_pipe_is_never_read_to_its_end()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "devices and pipes are Unix files here");
        var device = Path.Combine(folder, "zero.txt");
        File.CreateSymbolicLink(device, "/dev/zero");
        var pipe = Path.Combine(folder, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        var result = Read(device, pipe);

        Assert.That(result.Skipped.Select(s => (s.Path, s.Code)), Is.EqualTo(new[] { (device, "input.empty"), (pipe, "input.empty") }));
    }

    [Test]
    public void A_link_to_nothing_is_unreadable()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "symbolic links need privileges on Windows");
        var link = Path.Combine(folder, "gone.txt");
        File.CreateSymbolicLink(link, Path.Combine(folder, "missing.txt"));

        AssertSkipped(Read(link), link, "input.unreadable");
    }

    [Test]
    public void A_file_over_the_size_limit_is_not_read()
    {
        var path = Path.Combine(folder, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(ArticleReader.MaxFileBytes + 1);
        }

        var result = Read(path);

        AssertSkipped(result, path, "input.too-large");
        Assert.That(result.Skipped[0].Reason, Does.Contain("16.0 MB"));
    }

    [Test]
    public void An_article_text_over_the_length_limit_is_skipped()
    {
        var path = Write("long.txt", new string('a', ArticleReader.MaxTextLength + 1));

        AssertSkipped(Read(path), path, "input.too-large");
    }

    private static IngestResult Read(params string[] paths) => new ArticleReader(ParseDateline).Read(paths);

    /// <summary>A deliberately small dateline format for the tests: "Mon. Mar 4th, 2024".</summary>
    private static DateOnly? ParseDateline(string line)
    {
        var match = DatelinePattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var date = $"{match.Groups["month"].Value} {match.Groups["day"].Value} {match.Groups["year"].Value}";
        return DateOnly.TryParseExact(date, "MMM d yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
    }

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\. (?<month>[A-Z][a-z]{2}) (?<day>\d{1,2})(st|nd|rd|th), (?<year>\d{4})$")]
    private static partial Regex DatelinePattern();

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static void AssertSkipped(IngestResult result, string path, string code)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Articles, Is.Empty);
            Assert.That(result.Skipped, Has.Length.EqualTo(1));
        }

        var skipped = result.Skipped[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(skipped.Path, Is.EqualTo(path));
            Assert.That(skipped.Code, Is.EqualTo(code));
            Assert.That(skipped.Reason, Does.Contain(";"), "a reason says what is wrong and what to do");
        }
    }
}
