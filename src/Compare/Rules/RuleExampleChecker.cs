using System.Collections.Immutable;
using System.Globalization;
using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;

namespace Compare.Rules;

/// <summary>
/// Runs every example of every rule through the engine, as a one-sentence article, and reports each example that
/// does not hold: a match example must give a claim of the rule's event type with the expected values, a no-match
/// example must give none of that type. Each error carries the example's file, line and column, the rule id, the
/// path (<c>examples.match[2]</c>) and a stable code.
/// </summary>
/// <remarks>
/// Validation (<see cref="RuleLoader"/>) checks how a rule is written; this checks what it does, so a rule whose
/// own examples fail is caught before it produces findings nobody can trust. Examples without a <c>published</c>
/// date are read as published on 2024-01-15, a fixed date so the check never depends on the clock.
/// </remarks>
internal static class RuleExampleChecker
{
    private static readonly DateOnly DefaultPublished = new(2024, 1, 15);

    private static readonly string[] Attributes = ["date", "count", "qualifier", "polarity", "measure", "hedged"];

    /// <summary>Checks every example of <paramref name="rules"/>; an empty result means they all hold.</summary>
    public static ImmutableArray<RuleError> Check(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var extractor = new ClaimExtractor(rules, new ActorIndex(rules));
        // Rules are checked at the same time and their errors joined in rule order.
        var perRule = InOrder.Map(rules.Rules, rule =>
        {
            var found = new List<RuleError>();
            var matchIndex = 0;
            var noMatchIndex = 0;
            foreach (var example in rule.Examples)
            {
                var path = example.ShouldMatch
                    ? string.Create(CultureInfo.InvariantCulture, $"examples.match[{matchIndex++}]")
                    : string.Create(CultureInfo.InvariantCulture, $"examples.no-match[{noMatchIndex++}]");
                if (Check(extractor, rules, rule, example) is { } problem)
                {
                    found.Add(new RuleError(example.Location, problem.Code, problem.Message, rule.Id, path));
                }
            }

            return found;
        });

        return [.. perRule.SelectMany(e => e)];
    }

    private static (string Code, string Message)? Check(ClaimExtractor extractor, RuleSet rules, EventRule rule, RuleExample example)
    {
        var published = example.Published is { } written
            && DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : DefaultPublished;
        var article = new Article("example", "example", example.Text, 0, null, null, null, published, "example");
        List<Claim> claims;
        try
        {
            claims = extractor.Analyse(article).Claims.Where(c => c.EventType == rule.EventType).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ("rules.example-failed", $"The engine failed on the example \"{example.Text}\" ({e.GetType().Name}: {e.Message.TrimEnd('.')}); please report this fault.");
        }

        if (!example.ShouldMatch)
        {
            return claims.Count == 0
                ? null
                : ("rules.example-matched", $"The no-match example \"{example.Text}\" gives a '{rule.EventType}' claim ({string.Join("; ", claims.Select(c => $"rule {c.Rule.Id}, trigger '{c.Trigger}'"))}); narrow the rule or change the example.");
        }

        if (claims.Count == 0)
        {
            return ("rules.example-not-matched", $"The example \"{example.Text}\" gives no '{rule.EventType}' claim; check the rule's triggers and roles, or change the example.");
        }

        var problems = claims.Select(c => Problem(c, example.Expect, extractor, rules)).ToList();
        return problems.Any(p => p is null)
            ? null
            : ("rules.example-expect", $"The example \"{example.Text}\" gives a '{rule.EventType}' claim, but not with the expected values: {string.Join(" | ", problems)}.");
    }

    /// <summary>Why <paramref name="claim"/> does not have the expected values, or null when it has them all.</summary>
    private static string? Problem(Claim claim, IReadOnlyDictionary<string, string> expect, ClaimExtractor extractor, RuleSet rules)
    {
        foreach (var (key, value) in expect.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var actual = key switch
            {
                "date" => claim.Date?.Iso,
                "count" => claim.Count?.Value.ToString(CultureInfo.InvariantCulture),
                "qualifier" => claim.Count?.Qualifier.ToString().ToLowerInvariant(),
                "polarity" => claim.Polarity.ToString().ToLowerInvariant(),
                "measure" => claim.Measure,
                "hedged" => claim.Hedged ? "true" : "false",
                _ when Array.IndexOf(Attributes, key) < 0 && claim.Role(key) is { } fill =>
                    string.Join(", ", fill.Mentions.Select(extractor.Display)) + " | " +
                    string.Join(", ", fill.Mentions.SelectMany(m => m.Resolved.Affiliations.Select(a => rules.ActorsById.TryGetValue(a, out var actor) ? actor.Name : a))),
                _ => null,
            };
            if (actual is null || !actual.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                return $"rule {claim.Rule.Id} '{claim.Trigger}' has {key} '{actual}', expected '{value}'";
            }
        }

        return null;
    }
}
