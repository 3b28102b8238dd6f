using System.Collections.Immutable;

namespace Compare.Recognition.Names;

/// <summary>
/// The phonetic skeleton of one name part (a given name, a middle name or a whole surname with its particles),
/// built by <see cref="Transliteration.Key(IReadOnlyList{string})"/>. Two spellings with the same
/// <see cref="Skeleton"/> are treated as transliterations of the same name.
/// <para>
/// <see cref="Skeleton"/> contains lower-case letters only (Latin ones without diacritics; letters of other
/// scripts pass through unchanged). When the part starts with the Arabic definite article (al-, el-, as-, ash- …),
/// <see cref="HasArticle"/> is true and <see cref="Skeleton"/> starts with exactly "al"; <see cref="Bare"/> is the
/// skeleton without it. <see cref="Folds"/> lists, in first-use order and without repeats, the spelling folds that
/// were applied, as (written, folded) pairs such as ("ou", "u"); it only feeds human-readable reasons and never
/// affects matching.
/// </para>
/// <para>Equality compares <see cref="Folds"/> element by element, not by array reference.</para>
/// </summary>
internal sealed record NameKey(string Skeleton, bool HasArticle, ImmutableArray<(string From, string To)> Folds)
{
    /// <summary>
    /// The skeleton without the leading article "al" (equal to <see cref="Skeleton"/> when there is none).
    /// </summary>
    public string Bare => HasArticle ? Skeleton[2..] : Skeleton;

    /// <inheritdoc />
    public bool Equals(NameKey? other) =>
        other is not null
        && string.Equals(Skeleton, other.Skeleton, StringComparison.Ordinal)
        && HasArticle == other.HasArticle
        && SameFolds(Folds, other.Folds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Skeleton), HasArticle);

    /// <summary>
    /// Describes how the spellings behind this key and <paramref name="other"/> differ, as "this~other" pairs
    /// grouped by what they fold to ("ou~oo", "kh~h", "i~y"), joined with ", ". Empty when both spellings used
    /// the same folds (they then differ only in case, diacritic-free punctuation or not at all).
    /// </summary>
    public string DescribeDifference(NameKey other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var mine = Without(Folds, other.Folds);
        var theirs = Without(other.Folds, Folds);
        var targets = new List<string>();
        foreach (var (_, to) in (ReadOnlySpan<(string From, string To)>)[.. mine, .. theirs])
        {
            if (!targets.Contains(to))
            {
                targets.Add(to);
            }
        }

        var pieces = new List<string>();
        foreach (var target in targets)
        {
            pieces.Add(Side(mine, target) + "~" + Side(theirs, target));
        }

        return string.Join(", ", pieces);
    }

    /// <summary>Whether <paramref name="folds"/> holds <paramref name="fold"/>.</summary>
    /// <remarks>
    /// The folds are compared and gathered by plain loops here and below: LINQ and the default equality over value
    /// tuples are generic code that is compiled at run time, which a short run waits for.
    /// </remarks>
    internal static bool Holds(ReadOnlySpan<(string From, string To)> folds, (string From, string To) fold)
    {
        foreach (var f in folds)
        {
            if (Same(f, fold))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same((string From, string To) a, (string From, string To) b) =>
        string.Equals(a.From, b.From, StringComparison.Ordinal) && string.Equals(a.To, b.To, StringComparison.Ordinal);

    private static bool SameFolds(ImmutableArray<(string From, string To)> folds, ImmutableArray<(string From, string To)> others)
    {
        if (folds.Length != others.Length)
        {
            return false;
        }

        for (var k = 0; k < folds.Length; k++)
        {
            if (!Same(folds[k], others[k]))
            {
                return false;
            }
        }

        return true;
    }

    // The folds of the first list that the second lacks, in order.
    private static (string From, string To)[] Without(ImmutableArray<(string From, string To)> folds, ImmutableArray<(string From, string To)> others)
    {
        var result = new List<(string From, string To)>();
        foreach (var f in folds)
        {
            if (!Holds(others.AsSpan(), f))
            {
                result.Add(f);
            }
        }

        return [.. result];
    }

    // A side that did not need a fold to reach the shared letters wrote them as the folded form itself.
    private static string Side((string From, string To)[] folds, string target)
    {
        var froms = new List<string>();
        foreach (var (from, to) in folds)
        {
            if (string.Equals(to, target, StringComparison.Ordinal))
            {
                froms.Add(from);
            }
        }

        return froms.Count == 0 ? target : string.Join('/', froms);
    }
}
