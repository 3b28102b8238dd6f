using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>
/// An example sentence of a rule: a match example expects a claim from this rule with the given role values
/// (and optionally <c>date</c>, <c>count</c>, <c>polarity</c>, <c>measure</c>); a no-match example expects none.
/// </summary>
internal sealed record RuleExample(string Text, bool ShouldMatch, ImmutableDictionary<string, string> Expect, string? Published, SourceLocation Location);
