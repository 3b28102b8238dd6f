using System.Collections.Immutable;
using Compare.Text;

namespace Compare.Extraction;

internal sealed partial class ClaimExtractor
{
    /// <summary>
    /// The number of places in the sentence of <paramref name="tokens"/>, over every cue list and both its readings
    /// (lower-case words and cue words), where the first cue <see cref="CueList.FirstAt"/> finds with the words'
    /// cue-start flags is not the one found by trying the cues: zero when the flags pass over no cue.
    /// </summary>
    internal int CueStartMisses(ImmutableArray<Token> tokens)
    {
        var words = new SentenceWords(this);
        words.Read(tokens);
        var misses = 0;
        foreach (var cues in _cueLists)
        {
            // The flags do not depend on the limit, and a cue found under a limit is found without one.
            for (var i = 0; i < words.Count; i++)
            {
                misses += cues.FirstAt(words.Lower, words.Facts, i) != cues.FirstTriedAt(words.Lower, i) ? 1 : 0;
                misses += cues.FirstAt(words.CueWords, words.CueFacts, i) != cues.FirstTriedAt(words.CueWords, i) ? 1 : 0;
            }
        }

        return misses;
    }

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

        public CueList(ImmutableArray<ImmutableArray<string>> cues, WordFacts flag)
        {
            _cues = cues;
            Flag = flag;
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

        /// <summary>The flag of a word's facts that tells whether one of the list's cues can start at the word (see <see cref="CanStart"/>).</summary>
        public WordFacts Flag { get; }

        /// <summary>
        /// True when a cue of the list can match at a word whose text (as the cues read it) is <paramref name="w"/>:
        /// an empty cue, or one whose first word <paramref name="w"/> is a form of. False means that
        /// <see cref="FirstAt"/> finds nothing at the word, whatever follows it.
        /// </summary>
        public bool CanStart(string w)
        {
            // The cues of the word's group, which holds every cue that can match at the word (see FirstTriedAt).
            foreach (var k in GroupOf(w))
            {
                var cue = _cues[k];
                if (cue.IsEmpty || IsFormOf(w, cue[0]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What <see cref="CanStart"/> gives, every cue of the list tried.</summary>
        public bool CanStartTryingAll(string w)
        {
            foreach (var cue in _cues)
            {
                if (cue.IsEmpty || IsFormOf(w, cue[0]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The text of cue <paramref name="k"/>, its words joined by single spaces.</summary>
        public string Text(int k) => _texts[k];

        /// <summary>The number of words of cue <paramref name="k"/>.</summary>
        public int Length(int k) => _cues[k].Length;

        /// <summary>Word <paramref name="w"/> of cue <paramref name="k"/>.</summary>
        public string Word(int k, int w) => _cues[k][w];

        /// <summary>
        /// The first cue (in list order) that matches the words at <paramref name="i"/> and ends at or before
        /// <paramref name="limit"/>; -1 when none does. <paramref name="facts"/> are the facts of
        /// <paramref name="words"/>: a word without this list's flag is passed over at once.
        /// </summary>
        public int FirstAt(List<string> words, WordFacts[] facts, int i, int limit = int.MaxValue)
        {
            return (facts[i] & Flag) == 0 ? -1 : FirstTriedAt(words, i, limit);
        }

        /// <summary>The cues that can match at a word <paramref name="w"/>, in list order.</summary>
        private int[] GroupOf(string w) => w.Length == 0 ? _endings : w[0] < Groups ? _byFirst[w[0]] : _all;

        /// <summary>What <see cref="FirstAt"/> gives, each cue that can start as the word does tried.</summary>
        public int FirstTriedAt(List<string> words, int i, int limit = int.MaxValue)
        {
            foreach (var k in GroupOf(words[i]))
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
