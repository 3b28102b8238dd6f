using Compare.Text;

namespace Compare.Recognition.Counts;

/// <summary>
/// A count found in a sentence.
/// </summary>
/// <param name="Span">Absolute offsets of the qualifier and the number together ("more than 200").
/// Equals <paramref name="NumberSpan"/> when there is no qualifier.</param>
/// <param name="NumberSpan">Absolute offsets of the number alone, scale words included ("200", "2.5 million", "a dozen").</param>
/// <param name="Value">The reading of the count.</param>
internal sealed record CountMention(TextSpan Span, TextSpan NumberSpan, CountValue Value);
