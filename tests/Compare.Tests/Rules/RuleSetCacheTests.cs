using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Compare.Articles;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Rules;
using Compare.Tests.Robustness;
using NUnit.Framework;

namespace Compare.Tests.Rules;

/// <summary>
/// A rule set read back from its kept binary form must be the rule set that was loaded from YAML, in every property
/// of every record, and give the same report; a damaged file must be refused, never half read.
/// </summary>
[TestFixture]
internal sealed class RuleSetCacheTests
{
    private static readonly Lazy<RuleSet> Loaded = new(() => RuleLoader.Load(RepositoryPaths.Rules).Rules!);

    [Test]
    public void Every_property_of_every_rule_survives_the_round_trip()
    {
        var back = RuleSetCache.FromBytes(RuleSetCache.ToBytes(Loaded.Value));

        var differences = new List<string>();
        Compare(Loaded.Value, back, "rules", differences, 0);
        Assert.That(differences, Is.Empty);
    }

    [Test]
    public void The_structural_comparison_notices_a_changed_property()
    {
        // The comparison above must be able to fail: change one title deep inside one actor and it must say where.
        var rules = Loaded.Value;
        var actor = rules.Actors.First(a => !a.Titles.IsEmpty);
        var changed = rules with { Actors = rules.Actors.Replace(actor, actor with { Titles = actor.Titles.SetItem(0, actor.Titles[0] with { Of = "elsewhere" }) }) };

        var differences = new List<string>();
        Compare(rules, changed, "rules", differences, 0);
        Assert.That(differences, Has.Count.EqualTo(1).And.Some.Contain(".Titles[0].Of"));
    }

    [Test]
    public void The_same_rules_give_the_same_bytes()
    {
        var bytes = RuleSetCache.ToBytes(Loaded.Value);
        var again = RuleSetCache.ToBytes(RuleSetCache.FromBytes(bytes));

        Assert.That(again, Is.EqualTo(bytes));
    }

    [Test]
    public void The_seeds_report_is_the_same_with_kept_rules()
    {
        var kept = RuleSetCache.FromBytes(RuleSetCache.ToBytes(Loaded.Value));
        var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([RepositoryPaths.Seeds]);

        var fromYaml = new JsonReportRenderer().Render(new CompareEngine(Loaded.Value).Run(input));
        var fromKept = new JsonReportRenderer().Render(new CompareEngine(kept).Run(input));

        Assert.That(fromKept, Is.EqualTo(fromYaml));
    }

    [Test]
    public void A_truncated_or_damaged_file_is_refused()
    {
        var bytes = RuleSetCache.ToBytes(Loaded.Value);
        var refused = new List<string>();
        var accepted = new List<string>();
        for (var length = 0; length < bytes.Length; length += Math.Max(1, bytes.Length / 97))
        {
            (RuleSetCache.TryFromBytes(bytes[..length]) is null ? refused : accepted).Add($"first {length} bytes");
        }

        // The file opens with a length-prefixed marker (one byte of length, then its characters), the format version
        // and the number of rules. Change the version, then make the rule count run past the end of the file.
        var version = 1 + "compare-rule-set".Length;
        var otherVersion = (byte[])bytes.Clone();
        otherVersion[version] ^= 0x7F;
        (RuleSetCache.TryFromBytes(otherVersion) is null ? refused : accepted).Add("format version changed");
        var longList = (byte[])bytes.Clone();
        BitConverter.GetBytes(int.MaxValue).CopyTo(longList, version + sizeof(int));
        (RuleSetCache.TryFromBytes(longList) is null ? refused : accepted).Add("rule count past the end");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted, Is.Empty);
            Assert.That(refused, Has.Count.GreaterThan(90));
            Assert.That(RuleSetCache.TryFromBytes(bytes), Is.Not.Null, "the whole file");
        }
    }

    [Test]
    public void A_second_run_reads_the_kept_rules_and_a_changed_rule_file_is_loaded_again()
    {
        var root = Path.Combine(Path.GetTempPath(), "compare-kept-" + Guid.NewGuid().ToString("N"));
        try
        {
            var rules = Path.Combine(root, "rules");
            CopyRules(rules);
            var environment = new Dictionary<string, string> { ["COMPARE_CACHE_DIR"] = Path.Combine(root, "cache") };
            string[] command = ["run", RepositoryPaths.Seeds, "--rules", rules, "--format", "json", "--timings"];

            var first = CliProcess.Run(command, environment);
            var second = CliProcess.Run(command, environment);
            File.AppendAllText(Path.Combine(rules, "lexicons", "cues.yaml"), "\n");
            var changed = CliProcess.Run(command, environment);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(first.ExitCode, Is.Zero, first.ToString());
                Assert.That(first.Stderr, Does.Contain("load rules").And.Contain("check rule examples").And.Not.Contain("read kept rules"));
                Assert.That(second.Stderr, Does.Contain("read kept rules").And.Not.Contain("load rules"));
                Assert.That(second.Stdout, Is.EqualTo(first.Stdout));
                Assert.That(changed.Stderr, Does.Contain("load rules").And.Not.Contain("read kept rules"));
                Assert.That(changed.Stdout, Is.EqualTo(first.Stdout));
                Assert.That(Directory.GetFiles(Path.Combine(root, "cache", "rule-sets")), Has.Length.EqualTo(2), "one kept form per version of the rules");
                Assert.That(Directory.GetFiles(Path.Combine(root, "cache", "startup"), "run-*.jitprofile"), Has.Length.EqualTo(1), "one startup profile per build");
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, true);
            }
        }
    }

    /// <summary>
    /// Compares two values property by property: records by every public instance property (including those set by
    /// <c>init</c> and those computed from others), lists item by item, maps key by key, sets as sets.
    /// </summary>
    private static void Compare(object? expected, object? actual, string path, List<string> differences, int depth)
    {
        if (depth > 12)
        {
            differences.Add($"{path}: nested too deep to compare");
            return;
        }

        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: {expected ?? "null"} against {actual ?? "null"}");
            }

            return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || expected is string or DateOnly or Enum)
        {
            if (!expected.Equals(actual))
            {
                differences.Add($"{path}: {expected} against {actual}");
            }

            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var isDefault = type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!;
            var (expectedDefault, actualDefault) = ((bool)isDefault.GetValue(expected)!, (bool)isDefault.GetValue(actual)!);
            if (expectedDefault || actualDefault)
            {
                if (expectedDefault != actualDefault)
                {
                    differences.Add($"{path}: a missing list against an empty or filled one");
                }

                return;
            }
        }

        if (expected is IDictionary map && actual is IDictionary otherMap)
        {
            var keys = map.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal).ToList();
            var otherKeys = otherMap.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal).ToList();
            if (!keys.SequenceEqual(otherKeys))
            {
                differences.Add($"{path}: keys {string.Join(",", keys)} against {string.Join(",", otherKeys)}");
                return;
            }

            foreach (var key in map.Keys)
            {
                Compare(map[key], otherMap[key], $"{path}[{key}]", differences, depth + 1);
            }

            return;
        }

        if (expected is IReadOnlySet<string> set && actual is IReadOnlySet<string> otherSet)
        {
            if (!set.SetEquals(otherSet))
            {
                differences.Add($"{path}: the sets differ");
            }

            return;
        }

        if (expected is IEnumerable list && actual is IEnumerable otherList)
        {
            var items = list.Cast<object?>().ToList();
            var otherItems = otherList.Cast<object?>().ToList();
            if (items.Count != otherItems.Count)
            {
                differences.Add($"{path}: {items.Count} items against {otherItems.Count}");
                return;
            }

            for (var k = 0; k < items.Count; k++)
            {
                Compare(items[k], otherItems[k], $"{path}[{k}]", differences, depth + 1);
            }

            return;
        }

        if (actual.GetType() != type)
        {
            differences.Add($"{path}: {type.Name} against {actual.GetType().Name}");
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", differences, depth + 1);
            }
        }
    }

    private static void CopyRules(string to)
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Rules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(RepositoryPaths.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
