using System.Collections.Immutable;

namespace Compare.Extraction;

internal sealed partial class ClaimExtractor
{
    /// <summary>
    /// One list of cue phrases, with the cues that can match at a word grouped by the word's first character: a
    /// form of a cue word starts with the cue word's first letter (see <see cref="IsFormOf"/>), so a word is tried
    /// only against the cues that start as it does and those that match by ending ("'s", "n't"). Each group keeps
    /// the list's order, so the first cue found is the one the whole list would give.
    /// </summary>
    private sealed class CueList
    {
        // Groups for words that start with an ASCII character; any other word is tried against every cue.
        private const int Groups = 128;

        private readonly ImmutableArray<ImmutableArray<string>> _cues;
        private readonly string[] _texts;
        private readonly int[][] _byFirst = new int[Groups][];
        private readonly int[] _all;
        private readonly int[] _endings;

        public CueList(ImmutableArray<ImmutableArray<string>> cues)
        {
            _cues = cues;
            _texts = new string[cues.Length];
            _all = new int[cues.Length];
            var endings = new List<int>();
            var byFirst = new List<int>[Groups];
            for (var c = 0; c < Groups; c++)
            {
                byFirst[c] = [];
            }

            for (var k = 0; k < cues.Length; k++)
            {
                var cue = cues[k];
                _texts[k] = string.Join(' ', cue);
                _all[k] = k;
                // An empty cue matches anywhere, a cue of one of the ending forms matches words of any start, and a
                // cue word outside ASCII matches no ASCII-initial word; the first two go in every group.
                var first = cue.IsEmpty ? null : cue[0];
                if (first is null || first.Length == 0 || first.StartsWith('\'') || first == "n't")
                {
                    endings.Add(k);
                    foreach (var group in byFirst)
                    {
                        group.Add(k);
                    }
                }
                else if (first[0] < Groups)
                {
                    byFirst[first[0]].Add(k);
                }
            }

            for (var c = 0; c < Groups; c++)
            {
                _byFirst[c] = [.. byFirst[c]];
            }

            _endings = [.. endings];
        }

        /// <summary>The text of cue <paramref name="k"/>, its words joined by single spaces.</summary>
        public string Text(int k) => _texts[k];

        /// <summary>The number of words of cue <paramref name="k"/>.</summary>
        public int Length(int k) => _cues[k].Length;

        /// <summary>Word <paramref name="w"/> of cue <paramref name="k"/>.</summary>
        public string Word(int k, int w) => _cues[k][w];

        /// <summary>
        /// The first cue (in list order) that matches the words at <paramref name="i"/> and ends at or before
        /// <paramref name="limit"/>; -1 when none does.
        /// </summary>
        public int FirstAt(List<string> words, int i, int limit = int.MaxValue)
        {
            var w = words[i];
            var group = w.Length == 0 ? _endings : w[0] < Groups ? _byFirst[w[0]] : _all;
            foreach (var k in group)
            {
                var cue = _cues[k];
                if (i + cue.Length <= limit && Matches(words, i, cue))
                {
                    return k;
                }
            }

            return -1;
        }
    }
}
