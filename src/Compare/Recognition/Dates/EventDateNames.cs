namespace Compare.Recognition.Dates;

/// <summary>
/// How the recognizer reads a yearless month-day date that names an event ("the October 7 attack", "Hamas's 7 October
/// assault"): the date of a known event, whose year is the one the other articles give that event, not the year the
/// published date would lend it.
/// </summary>
/// <param name="Nouns">Lower-case event nouns after which such a date names the event ("attack", "massacre").</param>
/// <param name="AwaitOtherArticles">True while the other articles are not yet read: such a date is left unresolved
/// (<see cref="DateValue.AwaitsOtherArticles"/>) rather than given the published date's year; false once they have been,
/// when a <see cref="YearHint"/> of the same month and day gives its year, else the published date does.</param>
internal sealed record EventDateNames(IReadOnlySet<string> Nouns, bool AwaitOtherArticles);
