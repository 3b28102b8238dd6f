using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Compare.Rules;
using Compare.Tests.Robustness;
using NUnit.Framework;

namespace Compare.Tests.Rules;

public sealed class RuleFilesTests
{
    /// <summary>A rule that validates, for tests to break one thing at a time.</summary>
    private const string GoodRule =
        "rules:\n" +
        "  - id: call.contact\n" +
        "    event: call\n" +
        "    triggers:\n" +
        "      verbs: [contact]\n" +
        "    roles:\n" +
        "      caller: { kinds: [person, country], active: [subject], required: true }\n" +
        "      callee: { kinds: [person, country], active: [object] }\n" +
        "    examples:\n" +
        "      match:\n" +
        "        - text: \"Joe Biden contacted Volodymyr Zelensky on 5 May 2022.\"\n" +
        "          expect: { caller: Joe Biden }\n" +
        "        - text: \"Joe Biden contacted Mahmoud Abbas.\"\n" +
        "        - text: \"Sergei Lavrov contacted Joe Biden.\"\n" +
        "      no-match:\n" +
        "        - \"The lines were quiet at noon.\"\n" +
        "        - \"Nobody answered.\"\n";

    [Test]
    public void Every_file_under_rules_validates()
    {
        var result = RuleLoader.Load(RepositoryPaths.Rules);
        Assert.That(result.Errors.Select(e => e.ToString()), Is.Empty);
        Assert.That(result.Rules!.Rules, Is.Not.Empty);
    }

    [Test]
    public void Every_rule_has_three_match_and_two_no_match_examples()
    {
        var rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;
        foreach (var rule in rules.Rules)
        {
            Assert.That(rule.Examples.Count(e => e.ShouldMatch), Is.GreaterThanOrEqualTo(3), rule.Id);
            Assert.That(rule.Examples.Count(e => !e.ShouldMatch), Is.GreaterThanOrEqualTo(2), rule.Id);
        }
    }

    [Test]
    public void Bad_rules_give_all_errors_with_file_line_rule_and_code()
    {
        var dir = Path.Combine(Path.GetTempPath(), "compare-bad-rules-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(RepositoryPaths.Rules, dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "events", "zz-bad.yaml"),
                "rules:\n  - id: bad.one\n    event: no-such-type\n    colour: blue\n    triggers:\n      verbs: [frobnicate]\n    roles:\n      agent: { kinds: [spaceship], active: [elsewhere] }\n    examples:\n      match: []\n      no-match: []\n  - id: bad.one\n    event: call\n    triggers:\n      verbs: [contact]\n    roles:\n      caller: { kinds: [person], active: [subject] }\n");
            var result = RuleLoader.Load(dir);
            Assert.That(result.Succeeded, Is.False);
            var codes = result.Errors.Select(e => e.Code).ToList();
            Assert.That(codes, Does.Contain("rules.unknown-field"));
            Assert.That(codes, Does.Contain("rules.unknown-event"));
            Assert.That(codes, Does.Contain("rules.unknown-kind"));
            Assert.That(codes, Does.Contain("rules.unknown-source"));
            Assert.That(codes, Does.Contain("rules.duplicate-id"));
            Assert.That(codes, Does.Contain("rules.examples"));
            var unknownField = result.Errors.First(e => e.Code == "rules.unknown-field");
            Assert.That(unknownField.Location.File, Does.EndWith("zz-bad.yaml"));
            Assert.That(unknownField.Location.Line, Is.EqualTo(4));
            Assert.That(unknownField.RuleId, Is.EqualTo("bad.one"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void A_yaml_syntax_error_names_the_line()
    {
        var dir = Path.Combine(Path.GetTempPath(), "compare-bad-yaml-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(RepositoryPaths.Rules, dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "events", "zz-broken.yaml"), "rules:\n  - id: x.y\n    event: [call\n");
            var result = RuleLoader.Load(dir);
            var error = result.Errors.Single(e => e.Code == "rules.yaml-syntax");
            Assert.That(error.Location.File, Does.EndWith("zz-broken.yaml"));
            Assert.That(error.Location.Line, Is.GreaterThanOrEqualTo(3));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void Every_example_of_every_rule_holds_when_checked_as_a_compare_run_checks_them()
    {
        var rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;

        Assert.That(RuleExampleChecker.Check(rules).Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public void All_errors_come_at_once_each_with_file_line_column_rule_id_path_and_code()
    {
        var result = LoadWith(
            ("events/zz-a.yaml",
                "rules:\n" +
                "  - id: bad.one\n" +                                      // 2
                "    colour: blue\n" +                                     // 3: unknown field
                "    triggers:\n" +
                "      verbs: [\"(a+)+$\"]\n" +                            // 5: a pattern
                "    roles:\n" +
                "      agent: { kinds: [spaceship], active: [subject] }\n" + // 7: unknown kind, no event
                "    examples:\n" +
                "      match:\n" +
                "        - text: \"x\"\n" +                                 // 10
                "          expect: { pilot: Han }\n" +                      // unknown role
                "          published: 2024-13-01\n" +                       // bad date
                "  - id: call.contact\n" +                                 // 13: duplicate of zz-b
                "    event: call\n" +
                "    triggers: { verbs: [contact] }\n" +
                "    roles: { caller: { kinds: [person] } }\n"),
            ("events/zz-b.yaml", GoodRule),
            ("events/zz-c.yaml", "rules:\n  - id: x.y\n    event: [call\n"));

        Assert.That(result.Succeeded, Is.False);
        var shown = string.Join("\n", result.Errors);
        using (Assert.EnterMultipleScope())
        {
            AssertError(result, "rules.unknown-field", "zz-a.yaml", 3, 5, "bad.one", "rule.colour", shown);
            AssertError(result, "rules.bad-trigger", "zz-a.yaml", 2, 5, "bad.one", "triggers.verbs[0]", shown);
            AssertError(result, "rules.missing-field", "zz-a.yaml", 2, 5, "bad.one", "event", shown);
            AssertError(result, "rules.unknown-kind", "zz-a.yaml", 7, 14, "bad.one", "roles.agent.kinds[0]", shown);
            AssertError(result, "rules.unknown-role", "zz-a.yaml", 10, 11, "bad.one", "examples.match[0]", shown);
            AssertError(result, "rules.bad-date", "zz-a.yaml", 10, 11, "bad.one", "examples.match[0]", shown);
            AssertError(result, "rules.examples", "zz-a.yaml", 2, 5, "bad.one", "examples", shown);
            AssertError(result, "rules.duplicate-id", "zz-b.yaml", 2, 5, "call.contact", "id", shown);
            AssertError(result, "rules.yaml-syntax", "zz-c.yaml", 4, 1, null, null, shown);
        }

        Assert.That(result.Errors.Single(e => e.Code == "rules.duplicate-id").Message, Does.Contain("zz-a.yaml:13:5"));
        Assert.That(result.Errors, Is.Ordered.By(nameof(RuleError.Location)).Using((IComparer<SourceLocation>)Comparer<SourceLocation>.Create(CompareLocations)));
    }

    [Test]
    public void A_role_an_event_type_names_but_no_rule_has_is_an_unknown_role()
    {
        var result = LoadWith(("event-types.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "event-types.yaml")).Replace("pool: [caller, callee]", "pool: [caller, calee]", StringComparison.Ordinal)));

        var error = result.Errors.Single();
        Assert.That((error.Code, error.RuleId, error.Path, error.Location.File), Is.EqualTo(("rules.unknown-role", "call", "pool", "rules/event-types.yaml")));
        Assert.That(error.Message, Does.Contain("'calee'"));
    }

    [TestCase("text: \"Nothing happened here at all.\"", "rules.example-not-matched", "examples.match[0]")]
    [TestCase("text: \"Joe Biden contacted Volodymyr Zelensky on 5 May 2022.\"\n          expect: { caller: Sergei Lavrov }", "rules.example-expect", "examples.match[0]")]
    public void A_match_example_the_rule_does_not_give_is_reported_with_its_place(string example, string code, string path)
    {
        var rules = LoadWith(("events/zz-ring.yaml", GoodRule.Replace("text: \"Joe Biden contacted Volodymyr Zelensky on 5 May 2022.\"\n          expect: { caller: Joe Biden }", example, StringComparison.Ordinal)));
        Assert.That(rules.Errors, Is.Empty, string.Join("\n", rules.Errors));

        var error = RuleExampleChecker.Check(rules.Rules!).Single();

        Assert.That((error.Code, error.RuleId, error.Path, error.Location.File, error.Location.Line, error.Location.Column), Is.EqualTo((code, "call.contact", path, "rules/events/zz-ring.yaml", 11, 11)));
        Assert.That(error.ToString(), Does.StartWith($"rules/events/zz-ring.yaml:11:11: {code}: rule 'call.contact' at {path}: "));
    }

    [Test]
    public void A_support_verb_the_lexicon_does_not_list_is_an_error_at_its_place()
    {
        var result = LoadWith(("events/zz-ring.yaml", GoodRule.Replace("      verbs: [contact]\n", "      verbs: [contact]\n      nouns: [contact]\n      supports: [make, telephone]\n", StringComparison.Ordinal)));

        var error = result.Errors.Single();
        Assert.That((error.Code, error.RuleId, error.Path, error.Location.File), Is.EqualTo(("rules.unknown-support", "call.contact", "triggers.supports[1]", "rules/events/zz-ring.yaml")));
        Assert.That(error.Message, Does.Contain("'telephone'"));
    }

    [TestCase("    require-words: [phone]\n    require-kinds: [gadget]\n", "rules.unknown-kind", "require-kinds[0]")]
    [TestCase("    require-kinds: [weapon]\n", "rules.missing-field", "require-kinds")]
    public void Require_kinds_must_be_known_kinds_and_stand_beside_require_words(string keys, string code, string path)
    {
        var result = LoadWith(("events/zz-ring.yaml", GoodRule.Replace("    roles:\n", keys + "    roles:\n", StringComparison.Ordinal)));

        var error = result.Errors.Single();
        Assert.That((error.Code, error.RuleId, error.Path), Is.EqualTo((code, "call.contact", path)));
    }

    [Test]
    public void A_no_match_example_the_rule_does_give_is_reported()
    {
        var rules = LoadWith(("events/zz-ring.yaml", GoodRule.Replace("\"Nobody answered.\"", "\"Joe Biden contacted Mahmoud Abbas again.\"", StringComparison.Ordinal))).Rules!;

        var error = RuleExampleChecker.Check(rules).Single();

        Assert.That((error.Code, error.Path, error.Location.Line), Is.EqualTo(("rules.example-matched", "examples.no-match[1]", 17)));
        Assert.That(error.Message, Does.Contain("trigger 'contacted'"));
    }

    [Test]
    public void A_compare_run_with_a_rule_whose_example_does_not_match_ends_with_2_naming_it()
    {
        var dir = CopyRules(("events/zz-ring.yaml", GoodRule.Replace("Joe Biden contacted Mahmoud Abbas.", "The weather was fine.", StringComparison.Ordinal)));
        try
        {
            var run = CliProcess.Run(["run", RepositoryPaths.Seeds, "--rules", dir]);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr, Does.Contain("events/zz-ring.yaml:13:11: rules.example-not-matched: rule 'call.contact' at examples.match[1]"));
            Assert.That(run.Stderr, Does.Contain("1 error(s) in the rules"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, true);
        }
    }

    [Test]
    public void Yaml_nested_too_deep_to_read_safely_is_refused_not_left_to_crash_the_process()
    {
        var deep = "rules: " + new string('[', 200_000) + new string(']', 200_000) + "\n";

        var result = LoadWith(("events/zz-deep.yaml", deep));

        var error = result.Errors.Single();
        Assert.That((error.Code, error.Location.Line, error.Location.Column), Is.EqualTo(("rules.too-deep", 1, 7 + YamlDepthGuard.MaxDepth)));
    }

    [Test]
    public void A_rule_file_that_is_not_utf8_is_an_error()
    {
        var dir = CopyRules();
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "events", "zz-latin1.yaml"), [.. "rules: []\n# caf"u8, 0xE9, (byte)'\n']);

            var error = RuleLoader.Load(dir).Errors.Single();

            Assert.That((error.Code, error.Location.File), Is.EqualTo(("rules.encoding", "rules/events/zz-latin1.yaml")));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, true);
        }
    }

    [Test]
    public void Aliases_that_multiply_a_file_are_read_in_time_proportional_to_the_file()
    {
        var bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
        {
            bomb.Append($"a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 10)).Append("]\n");
        }

        bomb.Append("rules: *a8\n");
        var clock = Stopwatch.StartNew();

        var result = LoadWith(("events/zz-bomb.yaml", bomb.ToString()));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Triggers_are_words_so_a_rule_cannot_bring_a_pattern_that_backtracks()
    {
        foreach (var pattern in new[] { "(a+)+$", "(x|x)*y", "a{1,99999}", "\\d+", "a.*b|c" })
        {
            var result = LoadWith(("events/zz-ring.yaml", GoodRule.Replace("verbs: [contact]", $"verbs: [contact, '{pattern}']", StringComparison.Ordinal)));

            Assert.That(result.Errors.Select(e => (e.Code, e.Path)), Is.EqualTo(new[] { ("rules.bad-trigger", (string?)"triggers.verbs[1]") }), pattern);
        }
    }

    [Test]
    public void Every_regular_expression_in_the_engine_has_a_time_limit()
    {
        var unlimited = new List<string>();
        foreach (var type in typeof(RuleLoader).Assembly.GetTypes())
        {
            foreach (var field in type.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            {
                if (field.FieldType == typeof(Regex) && !type.ContainsGenericParameters && field.GetValue(null) is Regex regex
                    && regex.MatchTimeout == Regex.InfiniteMatchTimeout && !regex.Options.HasFlag(RegexOptions.NonBacktracking))
                {
                    unlimited.Add($"{type.FullName}.{field.Name}");
                }
            }
        }

        Assert.That(unlimited, Is.Empty, "a regular expression without a match timeout can hang on hostile text");
    }

    private static void AssertError(RuleLoadResult result, string code, string file, int line, int column, string? ruleId, string? path, string shown)
    {
        Assert.That(
            result.Errors.Any(e => e.Code == code && e.Location.File.EndsWith(file, StringComparison.Ordinal) && e.Location.Line == line
                && e.Location.Column == column && e.RuleId == ruleId && e.Path == path),
            Is.True,
            $"expected {code} at {file}:{line}:{column} rule {ruleId} path {path}; got:\n{shown}");
    }

    private static int CompareLocations(SourceLocation a, SourceLocation b)
    {
        var byFile = string.CompareOrdinal(a.File, b.File);
        return byFile != 0 ? byFile : a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
    }

    /// <summary>Loads a copy of rules/ named "rules" with the given files written over or added to it.</summary>
    private static RuleLoadResult LoadWith(params (string Path, string Text)[] files)
    {
        var dir = CopyRules(files);
        try
        {
            return RuleLoader.Load(dir);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, true);
        }
    }

    /// <summary>A copy of rules/ in a fresh temporary folder, itself called "rules" so messages read as they do for users.</summary>
    private static string CopyRules(params (string Path, string Text)[] files)
    {
        var dir = Path.Combine(Path.GetTempPath(), "compare-rules-" + Guid.NewGuid().ToString("N"), "rules");
        CopyDirectory(RepositoryPaths.Rules, dir);
        foreach (var (path, text) in files)
        {
            File.WriteAllText(Path.Combine(dir, path), text, new UTF8Encoding(false));
        }

        return dir;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
