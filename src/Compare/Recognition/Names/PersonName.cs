using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Compare.Recognition.Names;

/// <summary>
/// A person's name as written in one article, split into given name, middle names and surname.
/// <para>
/// <see cref="Written"/> is the name with runs of whitespace collapsed to single spaces. Every part holds the
/// original tokens (case, diacritics and punctuation untouched). <see cref="Surname"/> is never empty;
/// <see cref="Given"/> is empty for a surname-only mention ("Marzouk", "al-Assad"); <see cref="Middle"/> is
/// empty unless the name has three or more parts. A name particle ("Abu", "al", "bin", "van", "der" …) is kept
/// with the word after it, so "Abu Marzouk" is a single part and never splits into a given name and a surname.
/// </para>
/// <para>Equality compares the parts element by element (ordinal), not by array reference.</para>
/// </summary>
internal sealed record PersonName(
    string Written,
    ImmutableArray<string> Given,
    ImmutableArray<string> Middle,
    ImmutableArray<string> Surname)
{
    // Particles that belong to the following word when written lower-case, wherever they stand.
    private static readonly FrozenSet<string> LowerCaseParticles = new[]
    {
        "abu", "abou", "al", "el", "bin", "ibn", "ben", "bint", "van", "von", "der", "den", "de", "da", "di", "du",
        "del", "della", "dos", "das", "do", "la", "le", "ter", "ten",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Capitalised "Al", "Ben", "Van", "De" open ordinary given names (Al Gore, Ben Stokes, Van Morrison), so at the
    // start of a name only the Arabic kunya and lineage words are trusted to be particles.
    private static readonly FrozenSet<string> LeadingCapitalisedParticles =
        new[] { "abu", "abou", "ibn", "bin", "bint" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Splits <paramref name="written"/> on whitespace into name parts (a particle joins the word after it, so
    /// "van der Berg" is one part; hyphenated forms such as "al-Assad" or "Bar-David" are one token already).
    /// One part is a surname-only name; two parts are given name and surname; three or more are given name,
    /// middle names (patronymics included) and surname.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="written"/> is empty or whitespace.</exception>
    public static PersonName Parse(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var tokens = written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            throw new ArgumentException("A person name needs at least one word.", nameof(written));
        }

        var parts = new List<ImmutableArray<string>>();
        var pending = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            pending.Add(tokens[i]);
            var isLast = i == tokens.Length - 1;
            if (isLast || !IsParticle(tokens[i], i))
            {
                parts.Add(pending.ToImmutable());
                pending.Clear();
            }
        }

        var surname = parts[^1];
        var given = parts.Count >= 2 ? parts[0] : ImmutableArray<string>.Empty;
        // The words between the first and last parts, gathered by a loop: LINQ over a list of immutable arrays is
        // compiled at run time.
        var middle = ImmutableArray.CreateBuilder<string>();
        for (var k = 1; k < parts.Count - 1; k++)
        {
            middle.AddRange(parts[k]);
        }

        return new PersonName(string.Join(' ', tokens), given, middle.ToImmutable(), surname);
    }

    /// <inheritdoc />
    public bool Equals(PersonName? other) =>
        other is not null
        && string.Equals(Written, other.Written, StringComparison.Ordinal)
        && Given.SequenceEqual(other.Given, StringComparer.Ordinal)
        && Middle.SequenceEqual(other.Middle, StringComparer.Ordinal)
        && Surname.SequenceEqual(other.Surname, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Written);

    /// <inheritdoc />
    public override string ToString() => Written;

    private static bool IsParticle(string token, int position)
    {
        var lower = token.ToLowerInvariant();
        if (string.Equals(token, lower, StringComparison.Ordinal))
        {
            return LowerCaseParticles.Contains(lower);
        }

        return position == 0 ? LeadingCapitalisedParticles.Contains(lower) : LowerCaseParticles.Contains(lower);
    }
}
