using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Compare.Tests.Robustness;

/// <summary>
/// Feeds the <c>compare</c> command every kind of bad input next to the five seed articles, as a child process,
/// and checks the exit code, the message on stderr (file, line, code), the entry in the report, and that the
/// seeds' findings are exactly those of a clean run.
/// </summary>
[TestFixture]
internal sealed class BadInputTests
{
    private const string Seed = "000_2fee1b666ee3c142";

    private JsonObject baseline = null!;
    private string folder = null!;
    private string seeds = null!;

    [OneTimeSetUp]
    public void RunTheSeedsOnce()
    {
        var clean = Path.Combine(Path.GetTempPath(), "compare-baseline-" + Guid.NewGuid().ToString("N"));
        CopySeeds(clean);
        try
        {
            var run = CliProcess.Run(["run", clean, "--format", "json"]);
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            baseline = Parse(run);
        }
        finally
        {
            Directory.Delete(clean, recursive: true);
        }
    }

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "compare-bad-input-" + Guid.NewGuid().ToString("N"));
        seeds = Path.Combine(folder, "seeds");
        CopySeeds(seeds);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void A_missing_path_is_skipped_and_the_run_ends_with_1()
    {
        var missing = Path.Combine(folder, "no-such-article.txt");

        var run = Compare(seeds, missing);

        AssertSkipped(run, missing, "input.missing", line: null, "does not exist");
    }

    [Test]
    public void An_empty_file_is_skipped()
    {
        var empty = Write("empty.txt", " \n\n");

        AssertSkipped(Compare(seeds, empty), empty, "input.empty", line: null, "the file is empty");
    }

    [Test]
    public void A_binary_file_is_skipped()
    {
        var binary = Path.Combine(folder, "photo.txt");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        AssertSkipped(Compare(seeds, binary), binary, "input.binary", line: null, "looks binary");
    }

    [Test]
    public void Broken_front_matter_is_skipped_with_its_line()
    {
        var broken = Write("broken.md", "---\ntitle: Bus fares rise\noutlet: \"Metro Daily\n---\nFares rise.\n");

        AssertSkipped(Compare(seeds, broken), broken, "input.front-matter", line: 3, "line 3");
    }

    [Test]
    public void A_folder_with_no_articles_is_skipped()
    {
        var notes = Path.Combine(folder, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "todo.docx"), "not an article");

        AssertSkipped(Compare(seeds, notes), notes, "input.no-articles", line: null, "no .txt, .md, .html or .htm files");
    }

    [Test]
    public void Of_two_files_with_the_same_id_the_first_by_path_is_compared_whatever_the_order_named()
    {
        var twin = Write(Path.Combine("zz-later", Seed + ".md"), "Flood warning lifted\nRiver levels fell.\n");

        var forward = Compare(seeds, Path.Combine(folder, "zz-later"));
        var backward = Compare(Path.Combine(folder, "zz-later"), seeds);

        AssertSkipped(forward, twin, "input.duplicate-id", line: null, "same id");
        AssertSkipped(backward, twin, "input.duplicate-id", line: null, "same id");
        Assert.That(backward.Stdout, Is.EqualTo(forward.Stdout), "the report does not depend on the order of the paths");
    }

    [Test]
    public void A_file_too_large_is_skipped_quickly_even_when_it_is_one_50_MB_line()
    {
        var big = Path.Combine(folder, "one-line.txt");
        var sentence = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(seeds, Seed + ".txt")).Replace('\n', ' '));
        using (var stream = File.Create(big))
        {
            for (var written = 0L; written < 50L * 1024 * 1024; written += sentence.Length)
            {
                stream.Write(sentence);
            }
        }

        var run = Compare(seeds, big);

        TestContext.Out.WriteLine($"50 MB on one line: {run.Elapsed.TotalSeconds:0.00} s for the whole run");
        AssertSkipped(run, big, "input.too-large", line: null, "save each in a file of its own");
        Assert.That(run.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public void Invalid_utf8_is_read_with_replacement_and_a_warning_naming_the_line()
    {
        var latin1 = Path.Combine(folder, "cafe.txt");
        File.WriteAllBytes(latin1, [.. "Caf\u00e9 news\nThe town hall opened on Monday.\nThe caf"u8, 0xE9, .. " on Main Street reopened.\n"u8]);

        var run = Compare(seeds, latin1);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var report = Parse(run);
        AssertWarning(run, report, latin1, "input.invalid-utf8", line: 3, "not valid UTF-8");
        Assert.That(Ids(report), Does.Contain("cafe"));
        AssertSeedFindingsUnchanged(report);
    }

    [TestCase("utf-16")]
    [TestCase("utf-16BE")]
    [TestCase("utf-32")]
    public void A_seed_saved_as_utf16_or_utf32_with_a_byte_order_mark_gives_the_same_report(string encodingName)
    {
        var path = Path.Combine(seeds, Seed + ".txt");
        var encoding = Encoding.GetEncoding(encodingName);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(File.ReadAllText(path))]);

        var run = Compare(seeds);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(Parse(run).ToJsonString(), Is.EqualTo(baseline.ToJsonString()));
    }

    [TestCase("\r\n", TestName = "CRLF line endings keep every finding, with quotes exact at their offsets")]
    [TestCase("\r", TestName = "Lone CR line endings keep every finding, with quotes exact at their offsets")]
    public void Line_endings_keep_every_finding_with_exact_offsets(string lineEnding)
    {
        foreach (var file in Directory.GetFiles(seeds))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("\n", lineEnding));
        }

        var run = Compare(seeds);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var report = Parse(run);
        Assert.That(WithoutOffsets(report).ToJsonString(), Is.EqualTo(WithoutOffsets(baseline).ToJsonString()));
        var texts = Directory.GetFiles(seeds).ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        var quotes = Quotes(report).ToList();
        Assert.That(quotes, Is.Not.Empty);
        foreach (var (article, quote, start, end) in quotes)
        {
            Assert.That(texts[article][start..end], Is.EqualTo(quote), $"{article} [{start}, {end})");
        }
    }

    [Test]
    public void Zero_width_and_direction_characters_are_removed_with_a_warning_and_change_no_finding()
    {
        var path = Path.Combine(seeds, Seed + ".txt");
        var text = File.ReadAllText(path);
        var marked = new StringBuilder();
        var inserted = 0;
        for (var i = 0; i < text.Length; i++)
        {
            marked.Append(text[i]);

            // Inside words and between them: the places where such characters do harm.
            if (i % 97 == 5 && char.IsLetter(text[i]))
            {
                marked.Append("\u200B\u00AD\u200F\u202E\u2066\u2069\u202C\uFEFF"[inserted++ % 8]);
            }
        }

        File.WriteAllText(path, marked.ToString(), new UTF8Encoding(false));
        var rtl = Write("arabic.txt", "\u0645\u0631\u062d\u0628\u0627 \u200F\u05e9\u05dc\u05d5\u05dd\nThe talks in Doha ended on Monday.\n");

        var run = Compare(seeds, rtl);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var report = Parse(run);
        AssertWarning(run, report, path, "input.invisible-characters", line: null, "invisible formatting character");
        var article = Article(report, Seed);
        Assert.That(article["text"]!.GetValue<string>(), Is.EqualTo(text));
        Assert.That(article["text_derivation"]!.GetValue<string>(), Does.Contain($"{inserted} invisible"));
        Assert.That(Ids(report), Does.Contain("arabic"));
        AssertSeedFindingsUnchanged(report);
    }

    [Test]
    public void Nothing_readable_writes_no_report_and_ends_with_2()
    {
        var empty = Write("empty.txt", string.Empty);

        var run = Compare(empty);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr, Does.Contain(empty).And.Contain("input.empty").And.Contain("no article could be read"));
    }

    [Test]
    public void A_missing_rules_folder_ends_with_2()
    {
        var run = CliProcess.Run(["run", seeds, "--rules", Path.Combine(folder, "no-rules")]);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr, Does.Contain("rules.missing-folder"));
    }

    [Test]
    public void A_report_that_cannot_be_written_ends_with_3()
    {
        var run = CliProcess.Run(["run", seeds, "--out", Path.Combine(folder, "no-such-folder", "report.md")]);

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        Assert.That(run.Stderr, Does.Contain("cannot write"));
    }

    [Test]
    public void The_json_report_in_a_file_is_the_one_on_stdout_and_no_partial_file_is_left()
    {
        var file = Path.Combine(folder, "report.json");
        var toFile = CliProcess.Run(["run", seeds, "--format", "json", "--out", file, "--timings"]);
        var toStdout = CliProcess.Run(["run", seeds, "--format", "json"]);

        Assert.That(toFile.ExitCode, Is.EqualTo(0), toFile.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.ReadAllBytes(file), Is.EqualTo(toStdout.Stdout));
            Assert.That(toStdout.StdoutText, Does.StartWith("{\"articles\":[").And.EndWith("}\n"));
            Assert.That(File.Exists(file + ".partial"), Is.False);
            // The rules come from YAML, or from their kept form when this build ran over them before.
            Assert.That(toFile.Stderr, Does.Match(@"timings: hash rules [0-9.]+ s [0-9]+ MB [0-9.]+ s paused, (load|read kept) rules [0-9.]+ s [0-9]+ MB [0-9.]+ s paused, .*extract [0-9.]+ s [0-9]+ MB [0-9.]+ s paused, .*render [0-9.]+ s [0-9]+ MB [0-9.]+ s paused; .*garbage collections \(generations 0, 1, 2\): [0-9]+, [0-9]+, [0-9]+, paused [0-9.]+ s"));
        }
    }

    [Test]
    public void A_report_named_by_a_link_is_written_through_the_link_which_stays_a_link()
    {
        var target = Path.Combine(folder, "kept.md");
        File.WriteAllText(target, "an older report");
        var link = Path.Combine(folder, "latest.md");
        File.CreateSymbolicLink(link, target);

        var run = CliProcess.Run(["run", seeds, "--out", link]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target));
            Assert.That(File.ReadAllText(target), Does.StartWith("# Discrepancy report"));
            Assert.That(File.Exists(link + ".partial"), Is.False);
        }
    }

    [Test]
    public void Bad_usage_ends_with_2()
    {
        var run = CliProcess.Run(["run", seeds, "--format", "pdf"]);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("pdf"));
    }

    [Test]
    public void A_saved_web_page_is_compared_next_to_the_seeds()
    {
        var page = Write(
            "page.html",
            "<html><head><meta property=\"og:title\" content=\"Talks in Doha\">" +
            "<meta property=\"article:published_time\" content=\"2024-08-02T23:30:00-05:00\"></head>" +
            "<body><nav>Home | World</nav><article><h1>Talks</h1><p>The talks in Doha ended on Monday.</p></article>" +
            "<footer>Copyright</footer><script>var x = 1;</script></body></html>");

        var run = Compare(seeds, page);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var article = Article(Parse(run), "page");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article["title"]!.GetValue<string>(), Is.EqualTo("Talks in Doha"));
            Assert.That(article["published"]!.GetValue<string>(), Is.EqualTo("2024-08-02"));
            Assert.That(article["published_source"]!.GetValue<string>(), Does.Contain("article:published_time"));
            Assert.That(article["text"]!.GetValue<string>(), Is.EqualTo("Talks\n\nThe talks in Doha ended on Monday.\n"));
            Assert.That(article["text_derivation"]!.GetValue<string>(), Does.Contain("HTML"));
        }
    }

    private CliProcess.Result Compare(params string[] paths) => CliProcess.Run(["run", .. paths, "--format", "json"]);

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private void AssertSkipped(CliProcess.Result run, string path, string code, int? line, string reason)
    {
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        var where = line is { } l ? $"{path}:{l}:" : $"{path}:";
        Assert.That(run.Stderr, Does.Contain($"compare: skipped {where}").And.Contain($"({code})").And.Contain(reason));
        var report = Parse(run);
        var entry = report["skipped"]!.AsArray().Single(s => s!["path"]!.GetValue<string>() == path)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry["code"]!.GetValue<string>(), Is.EqualTo(code));
            Assert.That(entry["line"]?.GetValue<int>(), Is.EqualTo(line));
            Assert.That(entry["reason"]!.GetValue<string>(), Does.Contain(reason).And.Contain(";"), "a reason says what is wrong and what to do");
        }

        AssertSeedFindingsUnchanged(report);
    }

    private static void AssertWarning(CliProcess.Result run, JsonObject report, string path, string code, int? line, string message)
    {
        Assert.That(run.Stderr, Does.Contain($"compare: warning: {path}").And.Contain($"({code})").And.Contain(message));
        var entry = report["warnings"]!.AsArray().Single(w => w!["path"]!.GetValue<string>() == path && w["code"]!.GetValue<string>() == code)!;
        if (line is not null)
        {
            Assert.That(entry["line"]?.GetValue<int>(), Is.EqualTo(line));
        }

        Assert.That(entry["message"]!.GetValue<string>(), Does.Contain(message));
    }

    /// <summary>Events, entities and findings are those of the clean run, and every seed is still compared.</summary>
    private void AssertSeedFindingsUnchanged(JsonObject report)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report["events"]!.ToJsonString(), Is.EqualTo(baseline["events"]!.ToJsonString()));
            Assert.That(report["entities"]!.ToJsonString(), Is.EqualTo(baseline["entities"]!.ToJsonString()));
            Assert.That(report["findings"]!.ToJsonString(), Is.EqualTo(baseline["findings"]!.ToJsonString()));
            Assert.That(Ids(report), Is.SupersetOf(Ids(baseline)));
        }
    }

    private static JsonObject Parse(CliProcess.Result run) => JsonNode.Parse(run.StdoutText)!.AsObject();

    private static List<string> Ids(JsonObject report) =>
        report["articles"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToList();

    private static JsonObject Article(JsonObject report, string id) =>
        report["articles"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == id)!.AsObject();

    /// <summary>Every quote in the report with its article and offsets.</summary>
    private static IEnumerable<(string Article, string Quote, int Start, int End)> Quotes(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            if (o["article"] is JsonValue a && o["quote"] is JsonValue q && o["start"] is JsonValue s && o["end"] is JsonValue e)
            {
                yield return (a.GetValue<string>(), q.GetValue<string>(), s.GetValue<int>(), e.GetValue<int>());
            }

            foreach (var (_, child) in o)
            {
                foreach (var quote in Quotes(child))
                {
                    yield return quote;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                foreach (var quote in Quotes(child))
                {
                    yield return quote;
                }
            }
        }
    }

    /// <summary>A copy with every offset removed, for comparing reports of texts whose line breaks differ.</summary>
    private static JsonNode WithoutOffsets(JsonNode node)
    {
        var copy = node.DeepClone();
        var pending = new Stack<JsonNode>([copy]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject o:
                    foreach (var key in new[] { "start", "end", "trigger_start", "trigger_end" })
                    {
                        o.Remove(key);
                    }

                    foreach (var (_, child) in o)
                    {
                        if (child is not null)
                        {
                            pending.Push(child);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        if (child is not null)
                        {
                            pending.Push(child);
                        }
                    }

                    break;
            }
        }

        return copy;
    }

    private static void CopySeeds(string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
