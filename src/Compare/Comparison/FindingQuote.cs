namespace Compare.Comparison;

/// <summary>The sentence a value was read from, with its offsets in the article.</summary>
internal sealed record FindingQuote(string Article, string Quote, int Start, int End);
