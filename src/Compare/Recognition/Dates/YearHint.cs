namespace Compare.Recognition.Dates;

/// <summary>
/// A year for a month-day date, supplied by the caller after cross-article alignment
/// (another article states the same event with its year).
/// </summary>
/// <param name="Month">Month of the date the hint applies to (1-12).</param>
/// <param name="Day">Day of the date the hint applies to (1-31).</param>
/// <param name="Year">The year to use.</param>
/// <param name="Reason">Human sentence quoted in the derivation, e.g. "year from the same event in article 000".</param>
internal sealed record YearHint(int Month, int Day, int Year, string Reason);
