using System.Globalization;

namespace Compare.Recognition.Dates;

/// <summary>
/// A date as an inclusive interval of days, together with what was written and how the interval was derived.
/// </summary>
/// <remarks>
/// Invariant (checked on construction): <see cref="From"/> and <see cref="To"/> are both null (unresolved)
/// or both set with <c>From &lt;= To</c>. Unresolved values are kept rather than guessed, because an
/// unresolved date can only miss a comparison while a wrong one would report a false conflict.
/// </remarks>
/// <param name="From">First day of the interval (inclusive); null when unresolved.</param>
/// <param name="To">Last day of the interval (inclusive); null when unresolved.</param>
/// <param name="Year">Year as written, or as inferred when the value is resolved; null when unknown or not applicable.</param>
/// <param name="Month">Month as written (1-12), even when unresolved; null when not applicable.</param>
/// <param name="Day">Day of month as written, even when unresolved; null when not applicable.</param>
/// <param name="Written">The text exactly as it appears in the article.</param>
/// <param name="Derivation">A human sentence: the value, a colon, and how it was obtained.</param>
internal sealed record DateValue(DateOnly? From, DateOnly? To, int? Year, int? Month, int? Day, string Written, string Derivation)
{
    // The invariant culture's month names, as the "MMMM" format writes them.
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    // Runs on every construction through the primary constructor; `with` copies an already valid value.
    private readonly bool _checked = Check(From, To);

    /// <summary>True when the value is an interval of actual days.</summary>
    public bool IsResolved => From is not null && To is not null;

    /// <summary>
    /// True for a part of a month or a year ("the end of August", "late 2023"), whose edges are a manner of speaking:
    /// the day just past one of them is not a contradiction ("the end of August" and "1 September" can be one night).
    /// </summary>
    public bool Approximate { get; init; }

    /// <summary>
    /// True for a date left unresolved only until the other articles are read: a yearless date that names an event
    /// ("the October 7 attack"), whose year is the one they give that event (see <see cref="EventDateNames"/>).
    /// </summary>
    public bool AwaitsOtherArticles { get; init; }

    /// <summary>
    /// True when the two intervals overlap, or when one is <see cref="Approximate"/> and the other begins or ends on
    /// the day next to it.
    /// </summary>
    public bool OverlapsOrAdjoinsApproximately(DateValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Overlaps(other) || ((Approximate || other.Approximate) && DistanceInDays(other) == 1);
    }

    /// <summary>
    /// ISO 8601 form: "2023-10-07" for one day, "2023-10" for a whole month, "2024" for a whole year,
    /// "2023-10-21/2023-10-31" for any other interval; null when unresolved.
    /// </summary>
    public string? Iso => From is { } f && To is { } t ? FormatIso(f, t) : null;

    /// <summary>True when both values are resolved and their intervals share at least one day.</summary>
    public bool Overlaps(DateValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return IsResolved && other.IsResolved && From <= other.To && other.From <= To;
    }

    /// <summary>
    /// Days between the two intervals: 0 when they overlap, otherwise the difference between the end of the
    /// earlier one and the start of the later one (October 7 and October 17 are 10 days apart);
    /// null when either value is unresolved.
    /// </summary>
    public int? DistanceInDays(DateValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (From is not { } f1 || To is not { } t1 || other.From is not { } f2 || other.To is not { } t2)
        {
            return null;
        }

        if (t1 < f2)
        {
            return f2.DayNumber - t1.DayNumber;
        }

        if (t2 < f1)
        {
            return f1.DayNumber - t2.DayNumber;
        }

        return 0;
    }

    /// <summary>Short human form of an interval, used at the head of derivations ("October 7, 2023", "October 21-31, 2023").</summary>
    internal static string Describe(DateOnly from, DateOnly to)
    {
        var c = CultureInfo.InvariantCulture;
        if (from == to)
        {
            return LongDay(from);
        }

        if (IsWholeYear(from, to))
        {
            return from.Year.ToString(c);
        }

        if (IsWholeMonth(from, to))
        {
            return string.Create(c, $"{MonthNames[from.Month - 1]} {from.Year:D4}");
        }

        if (from.Year == to.Year && from.Month == to.Month)
        {
            return string.Create(c, $"{MonthNames[from.Month - 1]} {from.Day}-{to.Day}, {from.Year}");
        }

        return string.Create(c, $"{LongDay(from)} - {LongDay(to)}");
    }

    /// <summary>"yyyy-MM-dd" in the invariant culture, built without reading a format string.</summary>
    internal static string IsoDay(DateOnly d) => new IsoDayText(d).ToString();

    // "MMMM d, yyyy" in the invariant culture: a derivation or two is written for every mention, and formatting through
    // a format string costs several times as much as putting the parts together.
    private static string LongDay(DateOnly d) => new LongDayText(d).ToString();

    /// <summary>
    /// A day as <see cref="Describe"/> writes it ("MMMM d, yyyy"), to be put into an interpolated string without being
    /// made a string of its own first.
    /// </summary>
    internal readonly struct LongDayText(DateOnly day) : ISpanFormattable
    {
        // Written digit by digit: a derivation holds one for nearly every mention, and this is several times quicker
        // than formatting the numbers.
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            string name = MonthNames[day.Month - 1];
            int length = name.Length + (day.Day < 10 ? 1 : 2) + 7;
            if (destination.Length < length)
            {
                charsWritten = 0;
                return false;
            }

            name.CopyTo(destination);
            int i = name.Length;
            destination[i++] = ' ';
            i = WriteDay(destination, i, day.Day);
            destination[i++] = ',';
            destination[i++] = ' ';
            WriteYear(destination, i, day.Year);
            charsWritten = length;
            return true;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");
    }

    /// <summary>A day as <see cref="IsoDay"/> writes it ("yyyy-MM-dd"), to be put into an interpolated string.</summary>
    internal readonly struct IsoDayText(DateOnly day) : ISpanFormattable
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (destination.Length < 10)
            {
                charsWritten = 0;
                return false;
            }

            WriteYear(destination, 0, day.Year);
            destination[4] = '-';
            WriteTwoDigits(destination, 5, day.Month);
            destination[7] = '-';
            WriteTwoDigits(destination, 8, day.Day);
            charsWritten = 10;
            return true;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");
    }

    // A day of the month without a leading zero, at "i"; returns where it ends.
    private static int WriteDay(Span<char> destination, int i, int day)
    {
        if (day >= 10)
        {
            destination[i++] = (char)('0' + (day / 10));
        }

        destination[i++] = (char)('0' + (day % 10));
        return i;
    }

    // A number below 100 as two digits at "i".
    private static void WriteTwoDigits(Span<char> destination, int i, int value)
    {
        destination[i] = (char)('0' + (value / 10));
        destination[i + 1] = (char)('0' + (value % 10));
    }

    // A year of DateOnly (1 to 9999) as four digits at "i", as "D4" writes it.
    private static void WriteYear(Span<char> destination, int i, int year)
    {
        WriteTwoDigits(destination, i, year / 100);
        WriteTwoDigits(destination, i + 2, year % 100);
    }

    /// <summary>A month and day without a year ("MMMM d"), to be put into an interpolated string.</summary>
    internal readonly struct MonthDayText(int month, int day) : ISpanFormattable
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (day is < 0 or > 99)
            {
                // Not a day the patterns read; written as any number would be.
                return destination.TryWrite(CultureInfo.InvariantCulture, $"{MonthNames[month - 1]} {day}", out charsWritten);
            }

            string name = MonthNames[month - 1];
            int length = name.Length + (day < 10 ? 2 : 3);
            if (destination.Length < length)
            {
                charsWritten = 0;
                return false;
            }

            name.CopyTo(destination);
            destination[name.Length] = ' ';
            WriteDay(destination, name.Length + 1, day);
            charsWritten = length;
            return true;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");
    }

    private static string FormatIso(DateOnly from, DateOnly to)
    {
        var c = CultureInfo.InvariantCulture;
        if (from == to)
        {
            return IsoDay(from);
        }

        if (IsWholeYear(from, to))
        {
            return from.ToString("yyyy", c);
        }

        if (IsWholeMonth(from, to))
        {
            return from.ToString("yyyy-MM", c);
        }

        return IsoDay(from) + "/" + IsoDay(to);
    }

    private static bool IsWholeMonth(DateOnly from, DateOnly to) =>
        from.Day == 1 && to.Year == from.Year && to.Month == from.Month
        && to.Day == DateTime.DaysInMonth(to.Year, to.Month);

    private static bool IsWholeYear(DateOnly from, DateOnly to) =>
        from.Month == 1 && from.Day == 1 && to.Year == from.Year && to.Month == 12 && to.Day == 31;

    private static bool Check(DateOnly? from, DateOnly? to)
    {
        if (from.HasValue != to.HasValue)
        {
            throw new ArgumentException("From and To must both be set or both be null.");
        }

        if (from > to)
        {
            throw new ArgumentException($"From {from} is after To {to}.");
        }

        return true;
    }
}
