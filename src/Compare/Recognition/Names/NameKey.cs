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
        && Folds.SequenceEqual(other.Folds);

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
        var mine = Folds.Where(f => !other.Folds.Contains(f)).ToList();
        var theirs = other.Folds.Where(f => !Folds.Contains(f)).ToList();
        var targets = mine.Concat(theirs).Select(f => f.To).Distinct(StringComparer.Ordinal);
        var pieces = new List<string>();
        foreach (var target in targets)
        {
            pieces.Add(Side(mine, target) + "~" + Side(theirs, target));
        }

        return string.Join(", ", pieces);
    }

    // A side that did not need a fold to reach the shared letters wrote them as the folded form itself.
    private static string Side(List<(string From, string To)> folds, string target)
    {
        var froms = folds
            .Where(f => string.Equals(f.To, target, StringComparison.Ordinal))
            .Select(f => f.From)
            .ToList();
        return froms.Count == 0 ? target : string.Join('/', froms);
    }
}
