using Compare.Rules;
using NUnit.Framework;

namespace Compare.Tests.Rules;

public sealed class RuleFilesTests
{
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
                "rules:\n  - id: bad.one\n    event: no-such-type\n    colour: blue\n    triggers:\n      verbs: [frobnicate]\n    roles:\n      agent: { kinds: [spaceship], active: [elsewhere] }\n    examples:\n      match: []\n      no-match: []\n  - id: bad.one\n    event: call\n    triggers:\n      verbs: [ring]\n    roles:\n      caller: { kinds: [person], active: [subject] }\n");
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
