using System.Globalization;
using System.Text;
using Compare.Articles;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Rules;
using NUnit.Framework;

namespace Compare.Tests.Robustness;

/// <summary>
/// The same input gives the same report bytes whatever the order of the input files, the number of threads, the
/// machine's culture and its time zone: in process, and for the <c>compare</c> command run as a child process.
/// </summary>
[TestFixture]
internal sealed class DeterminismTests
{
    private static readonly RuleSet Rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;

    private string folder = null!;
    private List<string> files = null!;
    private (string Json, string Markdown) expected;

    [OneTimeSetUp]
    public void WriteTheInputs()
    {
        folder = Path.Combine(Path.GetTempPath(), "compare-determinism-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        }

        // Inputs whose reading could depend on the machine: a date-time with an offset, dates in front matter,
        // CRLF, letters that change under Turkish casing, and a warning.
        Write(
            "late-night.html",
            "<html><head><meta property='og:title' content='İstanbul talks'><meta property='article:published_time' " +
            "content='2024-08-01T23:45:00-11:00'></head><body><article><p>ISTANBUL, Thursday. Ismail Haniyeh met " +
            "Hakan Fidan in Istanbul on Thursday, the ministry said.</p><p>More than 200 people attended.</p></article></body></html>");
        Write("front-matter.md", "---\r\ntitle: Iraqi envoy visits\r\npublished: 2024-02-29\r\n---\r\nThe Iraqi envoy visited Tehran on Wednesday.\r\n");
        File.WriteAllBytes(Path.Combine(folder, "invalid.txt"), [.. "INFO: D\u0130YARBAKIR "u8, 0xFF, .. "\nThe talks in Doha ended on 3 March 2024.\n"u8]);
        files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        expected = Render(files, maxThreads: null);
    }

    [OneTimeTearDown]
    public void DeleteTheInputs() => Directory.Delete(folder, recursive: true);

    [Test]
    public void The_order_of_the_input_files_does_not_matter()
    {
        var random = new Random(20240801);
        var orders = new List<List<string>> { files.AsEnumerable().Reverse().ToList(), new() { folder } };
        for (var i = 0; i < 3; i++)
        {
            orders.Add(files.OrderBy(_ => random.Next()).ToList());
        }

        foreach (var order in orders)
        {
            var actual = Render(order, maxThreads: null);
            Assert.That(actual.Json, Is.EqualTo(expected.Json), string.Join(", ", order.Select(Path.GetFileName)));
            Assert.That(actual.Markdown, Is.EqualTo(expected.Markdown));
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(16)]
    public void The_number_of_threads_does_not_matter(int threads) =>
        Assert.That(Render(files, threads), Is.EqualTo(expected));

    [TestCase("tr-TR")]
    [TestCase("de-DE")]
    [TestCase("ar-SA")]
    [TestCase("th-TH")]
    [TestCase("fa-IR")]
    public void The_current_culture_does_not_matter(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = culture;
            CultureInfo.DefaultThreadCurrentUICulture = culture;

            Assert.That(Render(files, maxThreads: 4), Is.EqualTo(expected));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = saved;
        }
    }

    [Test]
    public void The_command_gives_the_same_bytes_under_any_locale_time_zone_and_processor_count()
    {
        var baseline = CliProcess.Run(["run", folder, "--format", "json"]);
        Assert.That(baseline.ExitCode, Is.Zero, baseline.ToString());
        Assert.That(baseline.StdoutText, Is.EqualTo(expected.Json), "the command writes what the library renders");

        var environments = new Dictionary<string, string>[]
        {
            new() { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" },
            new() { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["TZ"] = "Pacific/Kiritimati" },
            new() { ["TZ"] = "America/Los_Angeles", ["DOTNET_PROCESSOR_COUNT"] = "1" },
            new() { ["TZ"] = "Asia/Kathmandu", ["LANG"] = "th_TH.UTF-8", ["LC_ALL"] = "th_TH.UTF-8", ["DOTNET_PROCESSOR_COUNT"] = "7" },
        };
        foreach (var environment in environments)
        {
            var run = CliProcess.Run(["run", .. files.AsEnumerable().Reverse(), "--format", "json"], environment);

            var shown = string.Join(" ", environment.Select(kv => $"{kv.Key}={kv.Value}"));
            Assert.That(run.ExitCode, Is.Zero, $"{shown}: {run}");
            Assert.That(run.Stdout, Is.EqualTo(baseline.Stdout), shown);
        }

        var markdown = CliProcess.Run(["run", folder, "--format", "md"], environments[0]);
        Assert.That(markdown.StdoutText, Is.EqualTo(expected.Markdown), "Markdown under tr_TR");
    }

    private static (string Json, string Markdown) Render(IReadOnlyList<string> paths, int? maxThreads)
    {
        var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read(paths);
        var report = new CompareEngine(Rules, maxThreads).Run(input);
        return (new JsonReportRenderer().Render(report), new MarkdownReportRenderer().Render(report));
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));
}
