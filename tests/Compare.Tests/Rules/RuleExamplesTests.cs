using System.Globalization;
using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Rules;
using NUnit.Framework;

namespace Compare.Tests.Rules;

/// <summary>Runs every example of every rule: match examples must give a claim of the rule's event type with the
/// expected values; no-match examples must give none of that type.</summary>
public sealed class RuleExamplesTests
{
    private static readonly RuleSet Rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;

    public static IEnumerable<TestCaseData> Examples() =>
        Rules.Rules.SelectMany(r => r.Examples.Select((e, i) => new TestCaseData(r.Id, i).SetName($"{r.Id} {(e.ShouldMatch ? "match" : "no-match")} {i}: {e.Text}")));

    [TestCaseSource(nameof(Examples))]
    public void Example_holds(string ruleId, int index)
    {
        var rule = Rules.Rules.Single(r => r.Id == ruleId);
        var example = rule.Examples[index];
        DateOnly? published = example.Published is null ? new DateOnly(2024, 1, 15) : DateOnly.ParseExact(example.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var article = new Article("example", "example.txt", example.Text, 0, null, null, null, published, "test");
        var extractor = new ClaimExtractor(Rules, new ActorIndex(Rules));
        var claims = extractor.Analyse(article).Claims.Where(c => c.EventType == rule.EventType).ToList();
        if (!example.ShouldMatch)
        {
            Assert.That(claims.Select(c => c.Rule.Id + ": " + c.Trigger), Is.Empty);
            return;
        }

        Assert.That(claims, Is.Not.Empty, "no claim of type " + rule.EventType);
        var problems = claims.Select(c => Problem(c, example.Expect, extractor)).ToList();
        Assert.That(problems.Any(p => p is null), Is.True, string.Join(" | ", problems));
    }

    private static string? Problem(Claim c, IReadOnlyDictionary<string, string> expect, ClaimExtractor extractor)
    {
        foreach (var (key, value) in expect)
        {
            var actual = key switch
            {
                "date" => c.Date?.Iso,
                "count" => c.Count?.Value.ToString(CultureInfo.InvariantCulture),
                "qualifier" => c.Count?.Qualifier.ToString().ToLowerInvariant(),
                "polarity" => c.Polarity.ToString().ToLowerInvariant(),
                "measure" => c.Measure,
                "hedged" => c.Hedged ? "true" : "false",
                _ => c.Role(key) is { } fill ? string.Join(", ", fill.Mentions.Select(extractor.Display)) + " | " + string.Join(", ", fill.Mentions.SelectMany(m => m.Resolved.Affiliations.Select(a => RulesName(a)))) : null,
            };
            if (actual is null || !actual.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                return $"{c.Rule.Id} '{c.Trigger}': {key} is '{actual}', expected '{value}'";
            }
        }

        return null;
    }

    private static string RulesName(string id) => Rules.ActorsById.TryGetValue(id, out var a) ? a.Name : id;
}
