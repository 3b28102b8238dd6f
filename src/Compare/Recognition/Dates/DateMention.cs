using Compare.Text;

namespace Compare.Recognition.Dates;

/// <summary>One date found in an article.</summary>
/// <param name="SentenceIndex">Index of the containing sentence in the list given to <see cref="DateRecognizer.Recognize"/>.</param>
/// <param name="Span">Absolute offsets of the written date in the article text.</param>
/// <param name="Value">The normalised (or unresolved) value with its derivation.</param>
/// <param name="Kind">Whether the date is an event date, a reporting date or the dateline.</param>
internal sealed record DateMention(int SentenceIndex, TextSpan Span, DateValue Value, DateMentionKind Kind)
{
    /// <summary>
    /// For a relative date whose anchor comes later ("10 days after the attack on October 7"), the words from the
    /// phrase to its anchor: what happens inside is dated by the anchor, what happens outside by this date.
    /// </summary>
    public TextSpan? Scope { get; init; }

    /// <summary>
    /// The value is the date of what happens inside <see cref="Scope"/>, not outside it: "The report came a day after
    /// [X met Y]", the report dated before, gives the meeting's date.
    /// </summary>
    public bool DatesScope { get; init; }
}
