using System.Text;
using Compare.Rules;
using Compare.Tests.Robustness;
using NUnit.Framework;

namespace Compare.Tests.Rules;

/// <summary>
/// The command remembers rules whose examples all held; a change to any rule file must check the examples again,
/// and failing examples must be reported on every run, whatever was remembered before.
/// </summary>
[TestFixture]
internal sealed class RuleCheckCacheTests
{
    /// <summary>A rule whose first example cannot hold: nothing in it is a trigger.</summary>
    private const string BrokenRule =
        "rules:\n" +
        "  - id: call.ring\n" +
        "    event: call\n" +
        "    triggers:\n" +
        "      verbs: [ring]\n" +
        "    roles:\n" +
        "      caller: { kinds: [person, country], active: [subject], required: true }\n" +
        "    examples:\n" +
        "      match:\n" +
        "        - text: \"The harbour was calm all week.\"\n" +
        "        - text: \"Joe Biden rang Mahmoud Abbas.\"\n" +
        "        - text: \"Sergei Lavrov rang Joe Biden.\"\n" +
        "      no-match:\n" +
        "        - \"The lines were quiet at noon.\"\n" +
        "        - \"Nobody answered.\"\n";

    private string root = null!;

    [SetUp]
    public void MakeFolder() => root = Path.Combine(Path.GetTempPath(), "compare-cache-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveFolder()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, true);
        }
    }

    [Test]
    public void The_key_names_the_contents_of_every_rule_file()
    {
        var a = Copy("a");
        var b = Copy("b");
        var same = (RuleCheckCache.Key(a), RuleCheckCache.Key(b));
        File.AppendAllText(Path.Combine(b, "lexicons", "cues.yaml"), "\n");
        var changed = RuleCheckCache.Key(b);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(same.Item1, Is.Not.Null.And.Length.EqualTo(64));
            Assert.That(same.Item2, Is.EqualTo(same.Item1), "the same files in another folder");
            Assert.That(changed, Is.Not.EqualTo(same.Item1), "one line break added to one file");
        }
    }

    [Test]
    public void Checked_rules_are_remembered_and_a_broken_example_is_reported_on_every_run()
    {
        var rules = Copy("rules");
        var cache = Path.Combine(root, "cache");
        var environment = new Dictionary<string, string> { ["COMPARE_CACHE_DIR"] = cache };
        var seed = Path.Combine(RepositoryPaths.Root, "seeds");

        var first = CliProcess.Run(["run", seed, "--rules", rules, "--format", "json"], environment);
        var remembered = Directory.GetFiles(Path.Combine(cache, "rule-checks"));
        File.WriteAllText(Path.Combine(rules, "events", "zz-ring.yaml"), BrokenRule, new UTF8Encoding(false));
        var broken = CliProcess.Run(["run", seed, "--rules", rules, "--format", "json"], environment);
        var brokenAgain = CliProcess.Run(["run", seed, "--rules", rules, "--format", "json"], environment);
        File.Delete(Path.Combine(rules, "events", "zz-ring.yaml"));
        var mended = CliProcess.Run(["run", seed, "--rules", rules, "--format", "json", "--timings"], environment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.ExitCode, Is.Zero, first.ToString());
            Assert.That(remembered, Has.Length.EqualTo(1));
            Assert.That(broken.ExitCode, Is.EqualTo(2), broken.ToString());
            Assert.That(broken.Stderr, Does.Contain("call.ring").And.Contain("examples.match[0]"));
            Assert.That(brokenAgain.ExitCode, Is.EqualTo(2), "a failing check is never remembered");
            Assert.That(Directory.GetFiles(Path.Combine(cache, "rule-checks")), Has.Length.EqualTo(1));
            Assert.That(mended.ExitCode, Is.Zero, mended.ToString());
            Assert.That(mended.Stdout, Is.EqualTo(first.Stdout), "the report does not depend on the cache");
        }
    }

    private string Copy(string name)
    {
        var to = Path.Combine(root, name);
        foreach (var dir in Directory.GetDirectories(RepositoryPaths.Rules, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(RepositoryPaths.Rules, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Rules, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(RepositoryPaths.Rules, file)));
        }

        return to;
    }
}
