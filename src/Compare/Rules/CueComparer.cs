using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>Compares cue phrases word by word, so that a phrase added twice is kept once.</summary>
internal sealed class CueComparer : IEqualityComparer<ImmutableArray<string>>
{
    public static readonly CueComparer Instance = new();

    public bool Equals(ImmutableArray<string> x, ImmutableArray<string> y) => x.SequenceEqual(y, StringComparer.Ordinal);

    public int GetHashCode(ImmutableArray<string> obj)
    {
        var hash = new HashCode();
        foreach (var w in obj)
        {
            hash.Add(w, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
