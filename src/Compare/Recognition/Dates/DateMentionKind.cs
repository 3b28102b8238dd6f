namespace Compare.Recognition.Dates;

/// <summary>What role a date plays in the sentence it was found in.</summary>
internal enum DateMentionKind
{
    /// <summary>The date of something that happened (or will happen); the default.</summary>
    Event,

    /// <summary>
    /// Only the date on which something was reported or said: the date follows a reporting verb
    /// ("said", "reported", "told", "announced", ...) within about three words.
    /// Comparison should not treat a disagreement on such a date as a conflict about the event.
    /// </summary>
    Report,

    /// <summary>The dateline at the very start of the article body ("BERLIN, May 3 (Reuters):", or a line that is only a date).</summary>
    Dateline,
}
