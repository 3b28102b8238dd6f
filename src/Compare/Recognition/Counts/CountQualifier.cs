namespace Compare.Recognition.Counts;

/// <summary>
/// How a written count relates to the true number: stated exactly, hedged, or given as a bound.
/// </summary>
internal enum CountQualifier
{
    /// <summary>The number is stated without a hedge ("12", "three").</summary>
    Exact,

    /// <summary>The number is hedged ("about", "some", "nearly"); read with a tolerance, see <see cref="CountValue.Interval"/>.</summary>
    Approx,

    /// <summary>The number is a lower bound ("more than", "at least").</summary>
    AtLeast,

    /// <summary>The number is an upper bound ("up to", "fewer than").</summary>
    AtMost,
}

/// <summary>Wire names for <see cref="CountQualifier"/>.</summary>
/// <remarks>
/// Kept in this file because an enum cannot carry methods and the wire names belong with the values;
/// the names are stable strings for reports and must not change with the C# member names.
/// </remarks>
internal static class CountQualifierExtensions
{
    /// <summary>
    /// Returns the stable lower-case wire name: "exact", "approx", "at-least" or "at-most".
    /// An undefined enum value gives "exact" rather than throwing.
    /// </summary>
    public static string ToWire(this CountQualifier q) => q switch
    {
        CountQualifier.Approx => "approx",
        CountQualifier.AtLeast => "at-least",
        CountQualifier.AtMost => "at-most",
        _ => "exact",
    };
}
