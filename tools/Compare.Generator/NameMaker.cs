using System.Text;

namespace Compare.Generator;

/// <summary>
/// Invents pronounceable capitalised words from syllables. Every word it returns is new (case-insensitively),
/// is not a word of the rules folder (so that no name reads as a trigger, a cue, a month or a title) and has four
/// to ten letters.
/// </summary>
internal sealed class NameMaker
{
    private static readonly string[] Onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "tr", "st", "sk", "h"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "e", "o"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "l", "s", "k", "m", "v", "rn", "sk", "nd"];

    private readonly Rng _rng;
    private readonly HashSet<string> _blocked;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="rng">The random source; the words depend only on it.</param>
    /// <param name="blocked">Lower-case words that must never be produced (the vocabulary of the rules).</param>
    public NameMaker(Rng rng, IEnumerable<string> blocked)
    {
        _rng = rng;
        _blocked = new HashSet<string>(blocked, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A new word of two or three syllables, optionally ending with <paramref name="suffix"/>.</summary>
    public string Word(string suffix = "", int minSyllables = 2, int maxSyllables = 3) => Word(_ => true, suffix, minSyllables, maxSyllables);

    /// <summary>A new word that also passes <paramref name="accept"/>.</summary>
    public string Word(Func<string, bool> accept, string suffix = "", int minSyllables = 2, int maxSyllables = 3)
    {
        for (var attempt = 0; ; attempt++)
        {
            var syllables = _rng.Next(minSyllables, maxSyllables + 1);
            var sb = new StringBuilder();
            for (var i = 0; i < syllables; i++)
            {
                sb.Append(_rng.Pick(Onsets)).Append(_rng.Pick(Vowels));
                if (i == syllables - 1 || _rng.Chance(0.4))
                {
                    sb.Append(_rng.Pick(Codas));
                }
            }

            sb.Append(suffix);
            sb[0] = char.ToUpperInvariant(sb[0]);
            var word = sb.ToString();
            if (word.Length < 4 || word.Length > 11 || _used.Contains(word) || _blocked.Contains(word) || !accept(word))
            {
                if (attempt > 100_000)
                {
                    throw new InvalidOperationException("The syllable space is exhausted; ask for fewer actors.");
                }

                continue;
            }

            _used.Add(word);
            return word;
        }
    }
}
