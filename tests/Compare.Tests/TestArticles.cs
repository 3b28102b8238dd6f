using System.Collections.Immutable;
using System.Globalization;
using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Reporting;
using Compare.Rules;

namespace Compare.Tests;

/// <summary>
/// Builds articles from strings and runs the engine over them: the rules under <c>rules/</c> are loaded once for
/// the whole test run.
/// </summary>
internal static class TestArticles
{
    private static readonly Lazy<RuleSet> LazyRules = new(() => RuleLoader.Load(RepositoryPaths.Rules).Rules!);

    public static RuleSet Rules => LazyRules.Value;

    /// <summary>An article whose whole text is its body.</summary>
    public static Article Make(string text, string id = "a", string? published = "2024-01-15", string? outlet = null) =>
        new(id, id + ".txt", text, 0, null, outlet, null,
            published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture), "test");

    public static ClaimExtractor Extractor() => new(Rules, new ActorIndex(Rules));

    public static ImmutableArray<Claim> Claims(string text, string? published = "2024-01-15") =>
        Extractor().Analyse(Make(text, published: published)).Claims;

    public static ComparisonReport Run(params Article[] articles) =>
        new CompareEngine(Rules).Run(new IngestResult([.. articles], [], []));
}
