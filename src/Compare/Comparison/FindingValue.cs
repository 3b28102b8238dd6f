using System.Collections.Immutable;

namespace Compare.Comparison;

/// <summary>One value of a compared attribute, the articles that hold it and, per article, the sentence it came from.</summary>
internal sealed record FindingValue(string Value, ImmutableArray<string> Articles, ImmutableArray<FindingQuote> Quotes, string? Derivation);
