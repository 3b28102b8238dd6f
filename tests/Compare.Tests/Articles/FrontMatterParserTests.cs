using Compare.Articles;
using NUnit.Framework;

namespace Compare.Tests.Articles;

[TestFixture]
internal sealed class FrontMatterParserTests
{
    [Test]
    public void Text_without_front_matter_has_none()
    {
        var result = FrontMatterParser.Parse("Harbour bridge reopens\n\nThe bridge reopened today.\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.FrontMatter, Is.Null);
        }
    }

    [Test]
    public void Known_keys_are_read_and_unknown_keys_ignored()
    {
        const string text =
            "---\n" +
            "title: \"Council votes: yes to the new library\"\n" +
            "outlet: 'Valley Courier'\n" +
            "url: https://example.org/library-vote\n" +
            "published: 2024-03-04\n" +
            "tags: [local, politics]\n" +
            "---\n" +
            "The council voted on Monday.\n";

        var result = FrontMatterParser.Parse(text);

        var fields = result.FrontMatter;
        Assert.That(fields, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fields!.Title, Is.EqualTo("Council votes: yes to the new library"));
            Assert.That(fields.Outlet, Is.EqualTo("Valley Courier"));
            Assert.That(fields.Url, Is.EqualTo("https://example.org/library-vote"));
            Assert.That(fields.Published, Is.EqualTo(new DateOnly(2024, 3, 4)));
            Assert.That(text[fields.BodyStart..], Is.EqualTo("The council voted on Monday.\n"));
            Assert.That(fields.Warnings, Is.Empty);
        }
    }

    [TestCase("published: null")]
    [TestCase("published: ~")]
    [TestCase("published:")]
    [TestCase("published: ''")]
    public void Null_or_empty_published_means_none(string line)
    {
        var result = FrontMatterParser.Parse($"---\n{line}\noutlet: \"\"\n---\nBody.\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.True, result.Error);
            Assert.That(result.FrontMatter!.Published, Is.Null);
            Assert.That(result.FrontMatter.Outlet, Is.Null);
        }
    }

    [Test]
    public void Empty_front_matter_is_allowed()
    {
        var result = FrontMatterParser.Parse("---\n---\nBody.\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.FrontMatter, Is.Not.Null);
            Assert.That(result.FrontMatter!.BodyStart, Is.EqualTo(8));
        }
    }

    [Test]
    public void Front_matter_at_end_of_file_has_body_start_at_end()
    {
        const string text = "---\ntitle: Only metadata\n---";

        var result = FrontMatterParser.Parse(text);

        Assert.That(result.FrontMatter!.BodyStart, Is.EqualTo(text.Length));
    }

    [Test]
    public void Broken_yaml_names_the_file_line()
    {
        const string text = "---\ntitle: Ferry timetable changes\n  outlet: Coast Weekly\n---\nBody.\n";

        var result = FrontMatterParser.Parse(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.ErrorLine, Is.EqualTo(3));
            Assert.That(result.Error, Does.Contain("line 3"));
        }
    }

    [Test]
    public void Unclosed_front_matter_is_an_error_on_line_1()
    {
        var result = FrontMatterParser.Parse("---\ntitle: Never closed\n\nBody text.\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.ErrorLine, Is.EqualTo(1));
            Assert.That(result.Error, Does.Contain("never closed"));
        }
    }

    [Test]
    public void Published_in_another_format_is_an_error_naming_its_line()
    {
        var result = FrontMatterParser.Parse("---\ntitle: Rail strike\npublished: March 4, 2024\n---\nBody.\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ErrorLine, Is.EqualTo(3));
            Assert.That(result.Error, Does.Contain("YYYY-MM-DD"));
        }
    }

    [Test]
    public void Known_key_with_a_list_value_is_an_error()
    {
        var result = FrontMatterParser.Parse("---\noutlet:\n  - One\n  - Two\n---\nBody.\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.ErrorLine, Is.EqualTo(2), "the line of the key");
        }
    }

    [Test]
    public void Key_in_the_wrong_case_gives_a_warning()
    {
        var result = FrontMatterParser.Parse("---\nTitle: Storm closes schools\n---\nBody.\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.FrontMatter!.Title, Is.Null);
            Assert.That(result.FrontMatter.Warnings.Select(w => w.Message), Has.Exactly(1).Contains("'title'").And.Contains("line 2"));
            Assert.That(result.FrontMatter.Warnings.Select(w => (w.Line, w.Code)), Is.EqualTo(new[] { (2, "input.front-matter-key") }));
        }
    }

    [Test]
    public void Scalar_instead_of_mapping_is_an_error()
    {
        var result = FrontMatterParser.Parse("---\njust a sentence\n---\nBody.\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.ErrorLine, Is.EqualTo(2));
        }
    }
}

/// <summary>
/// Plain "key: value" front matter is read without the YAML parser; whatever the shortcut accepts must come out
/// exactly as the parser reads it, and whatever it cannot read must go to the parser.
/// </summary>
[TestFixture]
internal sealed class FrontMatterShortcutTests
{
    private static readonly string[] Values =
    [
        "Harbour bridge reopens", "\"Harbour bridge reopens\"", "\"  padded  \"", "\"\"", "'single quoted'", "\"a \\\"quote\\\" inside\"",
        "Council votes: yes", "\"Council votes: yes\"", "news #1", "news# 1", "C# notes", "null", "\"null\"", "~", "Null", "- dash",
        "[a, b]", "{a: b}", "&anchor x", "*alias", "!tag x", "|", ">", "%x", "@x", "`x`", "x:", "?x", "2024-03-04", "12:30", "it's fine",
        "tab\there", "trailing   ", "\"ünïcödé — dash\"", "Москва сегодня", "true", "3.5",
    ];

    private static readonly string[] Keys = ["title", "outlet", "url", "published", "Title", "tags", "x-y"];

    [Test]
    public void The_shortcut_reads_what_the_parser_reads()
    {
        var compared = 0;
        foreach (var key in Keys)
        {
            foreach (var value in Values)
            {
                foreach (var ending in new[] { "\n", "\r\n" })
                {
                    var text = $"---{ending}{key}: {value}{ending}outlet: \"Valley Courier\"{ending}---{ending}Body text.{ending}";
                    Assert.That(Describe(FrontMatterParser.Parse(text)), Is.EqualTo(Describe(FrontMatterParser.Parse(text, simpleFirst: false))), text);
                    compared++;
                }
            }
        }

        Assert.That(compared, Is.EqualTo(Keys.Length * Values.Length * 2));
    }

    [TestCase("---\ntitle: A\ntitle: B\n---\nBody.\n")]
    [TestCase("---\ntitle: A\n\noutlet: B\n---\nBody.\n")]
    [TestCase("---\n# a comment\ntitle: A\n---\nBody.\n")]
    [TestCase("---\ntitle:A\n---\nBody.\n")]
    [TestCase("---\ntitle:\n---\nBody.\n")]
    [TestCase("---\n---\nBody.\n")]
    [TestCase("---\n  title: A\n---\nBody.\n")]
    public void Unusual_front_matter_reads_as_the_parser_reads_it(string text) =>
        Assert.That(Describe(FrontMatterParser.Parse(text)), Is.EqualTo(Describe(FrontMatterParser.Parse(text, simpleFirst: false))));

    private static string Describe(FrontMatterParser.Result r) =>
        r.FrontMatter is { } f
            ? $"ok title=[{f.Title}] outlet=[{f.Outlet}] url=[{f.Url}] published=[{f.Published:yyyy-MM-dd}] body={f.BodyStart} warnings=[{string.Join("; ", f.Warnings)}]"
            : $"error=[{r.Error}] line={r.ErrorLine}";
}
