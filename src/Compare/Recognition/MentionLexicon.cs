using System.Collections.Frozen;
using Compare.Rules;

namespace Compare.Recognition;

/// <summary>
/// The word lists mention recognition reads at every token, compiled once per rule set for dictionary lookup:
/// titles split into words and filed under their first word, and the descriptor heads with their classes.
/// Immutable after construction, so one instance serves every article and thread.
/// </summary>
internal sealed class MentionLexicon
{
    private readonly FrozenDictionary<string, TitleWords[]> _titlesByFirstWord;

    public MentionLexicon(Lexicons lexicons)
    {
        // The lists are filed in the order a scan over offices and then roles would try them, so the first title
        // that fits under a first word is the one such a scan would have found.
        var byFirst = new Dictionary<string, List<TitleWords>>(StringComparer.Ordinal);
        AddTitles(byFirst, lexicons.Offices, isOffice: true);
        AddTitles(byFirst, lexicons.Roles, isOffice: false);
        _titlesByFirstWord = byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        DescriptorClasses = lexicons.DescriptorClasses.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Descriptor heads (lower case) and their classes, as in <see cref="Lexicons.DescriptorClasses"/>.</summary>
    public FrozenDictionary<string, string> DescriptorClasses { get; }

    /// <summary>
    /// The titles whose first word is <paramref name="firstWord"/>, offices before roles and each in lexicon order;
    /// empty when none starts with it.
    /// </summary>
    public ReadOnlySpan<TitleWords> TitlesStartingWith(string firstWord) =>
        _titlesByFirstWord.TryGetValue(firstWord, out var titles) ? titles : [];

    private static void AddTitles(Dictionary<string, List<TitleWords>> byFirst, IEnumerable<string> titles, bool isOffice)
    {
        foreach (var title in titles)
        {
            // Split exactly as a title is matched word for word against the sentence's lower-case tokens.
            var words = title.Split(' ');
            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            list.Add(new TitleWords(title, words, isOffice));
        }
    }
}

/// <summary>A title from the lexicon ("prime minister"), its words, and whether it is a ranked office or a role.</summary>
internal sealed record TitleWords(string Title, string[] Words, bool IsOffice);
