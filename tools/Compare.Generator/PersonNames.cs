namespace Compare.Generator;

/// <summary>
/// Full names for invented people that no name matcher could take for one another: given names are drawn from a
/// fixed set in which none is a prefix of another, and surnames sharing a given name differ by two edits or more.
/// </summary>
internal sealed class PersonNames
{
    private const int GivenNameCount = 150;

    private readonly NameMaker _words;
    private readonly Rng _rng;
    private readonly List<string> _given = [];
    private readonly Dictionary<string, List<string>> _surnamesByGiven = new(StringComparer.Ordinal);

    public PersonNames(NameMaker words, Rng rng)
    {
        _words = words;
        _rng = rng;
        while (_given.Count < GivenNameCount)
        {
            var given = _words.Word(w => !_given.Any(g => g.StartsWith(w, StringComparison.OrdinalIgnoreCase) || w.StartsWith(g, StringComparison.OrdinalIgnoreCase)), maxSyllables: 2);
            _given.Add(given);
            _surnamesByGiven[given] = [];
        }
    }

    public string Next()
    {
        var given = _given[_rng.Next(_given.Count)];
        var taken = _surnamesByGiven[given];
        var surname = _words.Word(w => taken.All(t => EditDistanceAtLeastTwo(t, w)));
        taken.Add(surname);
        return given + " " + surname;
    }

    private static bool EditDistanceAtLeastTwo(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        if (Math.Abs(a.Length - b.Length) >= 2)
        {
            return true;
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
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] >= 2;
    }
}
