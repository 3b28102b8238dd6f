namespace Compare.Recognition.Names;

/// <summary>
/// Levenshtein distance (insertions, deletions and substitutions, each costing one) for short strings such as
/// name skeletons. Comparison is ordinal: characters are compared by code unit, with no culture or case folding.
/// </summary>
internal static class EditDistance
{
    /// <summary>
    /// Returns the edit distance between <paramref name="a"/> and <paramref name="b"/> when it is at most
    /// <paramref name="limit"/>, and <paramref name="limit"/> + 1 otherwise. The result is symmetric in its two
    /// arguments. <paramref name="limit"/> must not be negative.
    /// </summary>
    public static int Compute(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        // Every length difference costs at least one insertion, so long gaps can be ruled out without the table.
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                var value = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            // Values never decrease from one row to the next, so once a whole row is past the limit the answer is too.
            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
