namespace Compare.Recognition.Counts;

/// <summary>
/// The reading of one written count.
/// </summary>
/// <param name="Value">The number as stated, after scale words ("2.5 million" gives 2,500,000).</param>
/// <param name="Qualifier">How the number relates to the true count.</param>
/// <param name="Written">The text as written, qualifier included ("more than 200"). For bounds its leading
/// qualifier phrase decides whether the bound is strict, see <see cref="Interval"/>.</param>
/// <param name="Derivation">A one-line human explanation of the reading, e.g. "more than 200: at least 201".</param>
internal sealed record CountValue(decimal Value, CountQualifier Qualifier, string Written, string Derivation)
{
    /// <summary>Relative tolerance applied to approximate counts on each side.</summary>
    public const decimal ApproxTolerance = 0.10m;

    // Strictness is read from Written rather than stored, so the record keeps exactly the four fields its
    // callers construct; "no more than" etc. do not start with these, so they stay inclusive.
    private static readonly string[] StrictLowerPhrases = ["more than", "over", "greater than", "in excess of"];
    private static readonly string[] StrictUpperPhrases = ["fewer than", "less than", "under"];

    /// <summary>
    /// The closed range of whole counts the text allows, never empty and never throwing:
    /// <list type="bullet">
    /// <item><see cref="CountQualifier.Exact"/>: [v, v].</item>
    /// <item><see cref="CountQualifier.Approx"/>: [v × 0.9, v × 1.1] rounded outward to whole numbers — a 10%
    /// tolerance, because hedged figures in news copy are usually rounded to two significant digits.</item>
    /// <item><see cref="CountQualifier.AtLeast"/>: "more than"/"over"/"greater than"/"in excess of" give
    /// [floor(v) + 1, <see cref="decimal.MaxValue"/>] (the next whole count); any other phrase ("at least") gives
    /// [v, <see cref="decimal.MaxValue"/>]. <see cref="decimal.MaxValue"/> stands for "no upper limit".</item>
    /// <item><see cref="CountQualifier.AtMost"/>: "fewer than"/"less than"/"under" give [0, ceiling(v) − 1];
    /// any other phrase ("up to", "at most") gives [0, v].</item>
    /// </list>
    /// </summary>
    public (decimal Low, decimal High) Interval => IntervalOf(Value, Qualifier, Written);

    /// <summary>The <see cref="Interval"/> of a reading with these fields, without making the record first.</summary>
    internal static (decimal Low, decimal High) IntervalOf(decimal value, CountQualifier qualifier, string? written) => qualifier switch
    {
        CountQualifier.Approx => ApproxInterval(value),
        CountQualifier.AtLeast => (StartsWithAny(written, StrictLowerPhrases) ? NextWholeAbove(value) : value, decimal.MaxValue),
        CountQualifier.AtMost => UpperBoundInterval(value, StartsWithAny(written, StrictUpperPhrases)),
        _ => (value, value),
    };

    /// <summary>True when the two readings can describe the same true count, i.e. their <see cref="Interval"/>s intersect.
    /// A null <paramref name="other"/> is not compatible.</summary>
    public bool IsCompatibleWith(CountValue? other)
    {
        if (other is null)
        {
            return false;
        }

        var (aLow, aHigh) = Qualifier == CountQualifier.Approx && other.Qualifier is CountQualifier.AtLeast or CountQualifier.AtMost ? RoundedInterval(Value) : Interval;
        var (bLow, bHigh) = other.Qualifier == CountQualifier.Approx && Qualifier is CountQualifier.AtLeast or CountQualifier.AtMost ? RoundedInterval(other.Value) : other.Interval;
        return Math.Max(aLow, bLow) <= Math.Min(aHigh, bHigh);
    }

    /// <summary>
    /// An approximate count set against a bound ("about 1,200" against "more than 1,300"): the figure a writer would
    /// round to it, half a unit of its last significant digit on each side, at least 5% and at most the 10% of
    /// <see cref="ApproxTolerance"/>. Nobody who believes more than 1,300 died writes "about 1,200".
    /// </summary>
    internal static (decimal Low, decimal High) RoundedInterval(decimal v)
    {
        if (v <= 0m)
        {
            return ApproxInterval(v);
        }

        var unit = 1m;
        while (unit * 10m <= v && decimal.Remainder(v, unit * 10m) == 0m)
        {
            unit *= 10m;
        }

        var half = Math.Clamp(unit / 2m, v * 0.05m, v * ApproxTolerance);
        return (Math.Floor(v - half), Math.Ceiling(v + half));
    }

    private static (decimal Low, decimal High) ApproxInterval(decimal v)
    {
        var a = SafeMultiply(v, 1m - ApproxTolerance);
        var b = SafeMultiply(v, 1m + ApproxTolerance);
        return (Math.Floor(Math.Min(a, b)), Math.Ceiling(Math.Max(a, b)));
    }

    private static decimal NextWholeAbove(decimal v)
    {
        var floor = Math.Floor(v);
        return floor >= decimal.MaxValue - 1m ? decimal.MaxValue : floor + 1m;
    }

    private static (decimal Low, decimal High) UpperBoundInterval(decimal v, bool strict)
    {
        if (v < 0m)
        {
            // A negative bound on a count is nonsense; keep the interval non-empty instead of inventing meaning.
            return (v, v);
        }

        var high = strict ? Math.Max(0m, Math.Ceiling(v) - 1m) : v;
        return (0m, high);
    }

    private static decimal SafeMultiply(decimal v, decimal factor)
    {
        // Only the 1.1 side can overflow; saturate rather than throw.
        if (Math.Abs(v) > decimal.MaxValue / 1.2m)
        {
            return v < 0m ? decimal.MinValue : decimal.MaxValue;
        }

        return v * factor;
    }

    private static bool StartsWithAny(string? written, string[] phrases)
    {
        if (string.IsNullOrEmpty(written))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (StartsWithPhrase(written, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="written"/>, its runs of white space collapsed to single spaces, the white space at
    /// its ends dropped and lower-cased, starts with <paramref name="phrase"/> (lower-case, single-spaced) followed
    /// by its end or a character that is no letter; "more\nthan 200" reads like "more than 200". Compares as it
    /// goes instead of building the collapsed string.
    /// </summary>
    internal static bool StartsWithPhrase(string written, string phrase)
    {
        var i = 0;
        while (i < written.Length && char.IsWhiteSpace(written[i]))
        {
            i++;
        }

        foreach (var p in phrase)
        {
            if (i >= written.Length)
            {
                return false;
            }

            if (char.IsWhiteSpace(written[i]))
            {
                // A run of white space reads as one space, and only before something that is not white space.
                while (i < written.Length && char.IsWhiteSpace(written[i]))
                {
                    i++;
                }

                if (p != ' ' || i >= written.Length)
                {
                    return false;
                }

                continue;
            }

            if (char.ToLowerInvariant(written[i]) != p)
            {
                return false;
            }

            i++;
        }

        // After the phrase: the end (white space at the end is dropped), a space, or a character that is no letter.
        return i >= written.Length || !char.IsLetter(char.ToLowerInvariant(written[i]));
    }
}
