using System.Collections.Immutable;
using Compare.Comparison;
using Compare.Extraction;
using Compare.Text;

namespace Compare.Reporting;

/// <summary>
/// What stands behind one quote of one finding value: where in the sentence the value is written, the trigger
/// words of the rules that fired there, the claims read from the sentence that hold the value, and how the
/// article's value was derived.
/// </summary>
/// <param name="Quote">The quote as the finding gives it.</param>
/// <param name="Marks">Spans of the value in the article text, inside the quote, sorted and not overlapping; may be empty.</param>
/// <param name="Triggers">Trigger spans of <paramref name="Claims"/>, inside the quote, sorted and not overlapping.</param>
/// <param name="Claims">The claims of the event read from this sentence that hold the value; empty for findings about people.</param>
/// <param name="Derivation">How this article's value was read (a date's or count's derivation, a polarity's cue, an office as written); null when there is nothing to add.</param>
internal sealed record QuoteEvidence(
    FindingQuote Quote,
    ImmutableArray<TextSpan> Marks,
    ImmutableArray<TextSpan> Triggers,
    ImmutableArray<Claim> Claims,
    string? Derivation);
