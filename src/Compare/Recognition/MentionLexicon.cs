using System.Collections.Frozen;
using System.Collections.Immutable;
using Compare.Rules;

namespace Compare.Recognition;

/// <summary>
/// The word lists mention recognition reads at every token, compiled once per rule set: titles split into words
/// and filed under their first word, the descriptor heads with their classes, the actor aliases filed under
/// their first word, and the pronouns. One lookup of a token's lower-case form (<see cref="Find"/>) answers all
/// four, and most tokens, which start none of them, are turned away by a bit table before any entry is compared.
/// Immutable after construction, so one instance serves every article and thread.
/// </summary>
internal sealed class MentionLexicon
{
    // One bit per hash slot of the words below; a clear bit means no entry, with no false negatives.
    private const int FilterBits = 1 << 16;

    // Pronouns (in any case) and what kind of antecedent each points back to.
    private static readonly FrozenDictionary<string, PronounKind> Pronouns = new Dictionary<string, PronounKind>
    {
        ["he"] = PronounKind.Person, ["him"] = PronounKind.Person, ["his"] = PronounKind.Person, ["she"] = PronounKind.Person, ["her"] = PronounKind.Person,
        ["it"] = PronounKind.Thing, ["its"] = PronounKind.Thing,
        ["they"] = PronounKind.Group, ["them"] = PronounKind.Group, ["their"] = PronounKind.Group,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, TitleWords[]> _titlesByFirstWord;
    private readonly ulong[] _filter = new ulong[FilterBits / 64];

    // The entries by hash slot, those that share a slot chained through WordFacts.Next; looked up only when the
    // filter's bit is set.
    private readonly WordFacts?[] _slots = new WordFacts?[FilterBits];

    // The entries by id; id 0 stands for no entry.
    private readonly WordFacts?[] _byId;

    // Every entry's groups of aliases (see WordFacts.AliasGroupOf), numbered across the lexicon and laid end to end
    // in one array, each longest first with its last alias marked, so that a word's reader that kept where its group
    // starts reaches the aliases in one step; and where each group starts in that array.
    private readonly AliasEntry[] _aliases;
    private readonly int[] _aliasGroupStarts;

    public MentionLexicon(Lexicons lexicons, IReadOnlyDictionary<string, ActorAlias[]> aliasesByFirstWord)
    {
        // The lists are filed in the order a scan over offices and then roles would try them, so the first title
        // that fits under a first word is the one such a scan would have found.
        var byFirst = new Dictionary<string, List<TitleWords>>(StringComparer.Ordinal);
        AddTitles(byFirst, lexicons.Offices.Select(o => (o, o)), TitleKind.Office);
        AddTitles(byFirst, lexicons.Roles.Select(r => (r, r)), TitleKind.Role);

        // Each written form of a rank stands for the rank's first form; longer forms are tried first, so "maj. gen."
        // is found before "maj.".
        AddTitles(
            byFirst,
            lexicons.Ranks.SelectMany(forms => forms.Select(f => (Title: forms[0], Written: f)))
                .OrderByDescending(r => RankWords(r.Written).Length).ThenBy(r => r.Written, StringComparer.Ordinal)
                .Select(r => (r.Title, string.Join(' ', RankWords(r.Written)))),
            TitleKind.Rank);
        _titlesByFirstWord = byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        DescriptorClasses = lexicons.DescriptorClasses.ToFrozenDictionary(StringComparer.Ordinal);
        NotNames = lexicons.NotNames.ToFrozenSet(StringComparer.Ordinal);
        OrganisationWords = lexicons.OrganisationWords.ToFrozenSet(StringComparer.Ordinal);

        // Titles and descriptor heads are looked up by a token's lower-case form itself; an alias is filed under
        // the lower-case form of its first word, and a token's own spelling then picks the aliases that start with
        // exactly that word.
        var facts = new Dictionary<string, (TitleWords[] Titles, string? Class, List<KeyValuePair<string, ActorAlias[]>> Aliases)>(StringComparer.Ordinal);
        (TitleWords[] Titles, string? Class, List<KeyValuePair<string, ActorAlias[]>> Aliases) Entry(string word) =>
            facts.TryGetValue(word, out var entry) ? entry : ([], null, []);

        foreach (var (word, titles) in _titlesByFirstWord)
        {
            facts[word] = Entry(word) with { Titles = titles };
        }

        foreach (var (word, cls) in DescriptorClasses)
        {
            facts[word] = Entry(word) with { Class = cls };
        }

        foreach (var alias in aliasesByFirstWord)
        {
            var word = alias.Key.ToLowerInvariant();
            var entry = Entry(word);
            entry.Aliases.Add(alias);
            facts[word] = entry;
        }

        // Pronouns, and the relative pronouns ("which", "who") whose reading depends on the comma before them.
        foreach (var word in Pronouns.Keys.Append("which").Append("who"))
        {
            facts.TryAdd(word, ([], null, []));
        }

        // Filed in ordinal order of the words, so the chains do not depend on the order of the rule files. The words
        // are sorted alone: sorting the entries (a word and a value tuple) takes generic code compiled at run time.
        var words = new string[facts.Count];
        facts.Keys.CopyTo(words, 0);
        Array.Sort(words, StringComparer.Ordinal);
        _byId = new WordFacts?[facts.Count + 1];
        var groups = new List<ActorAlias[]>();
        var flat = new List<AliasEntry>();
        var starts = new List<int>();
        var id = 0;
        foreach (var word in words)
        {
            var entry = facts[word];
            var pronoun = Pronouns.TryGetValue(word, out var kind) ? kind : word is "which" or "who" ? PronounKind.Relative : PronounKind.None;
            var slot = FilterSlot(word);
            id++;
            _slots[slot] = _byId[id] = new WordFacts(id, word, entry.Titles, entry.Class, [.. entry.Aliases], groups.Count, pronoun, _slots[slot]);
            _filter[slot >> 6] |= 1UL << slot;
            foreach (var alias in entry.Aliases)
            {
                groups.Add(alias.Value);
                starts.Add(flat.Count);
                // Each entry keeps where the group's first one-word alias from it on is (-1 for none).
                var groupStart = flat.Count;
                for (var k = 0; k < alias.Value.Length; k++)
                {
                    var single = Array.FindIndex(alias.Value, k, a => a.Length == 1);
                    flat.Add(new AliasEntry(alias.Value[k], k == alias.Value.Length - 1, single < 0 ? -1 : groupStart + single));
                }
            }
        }

        _aliases = [.. flat];
        _aliasGroupStarts = [.. starts];

        // Every word after the first of an alias of two or more words, as written: a token that is none of them
        // continues no alias, so only the one-word aliases of a group can stand before it.
        var tails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in flat)
        {
            tails.UnionWith(entry.Alias.Tokens.Skip(1));
        }

        AliasTailWords = tails.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every word of an alias but its first, as written (see <see cref="LongestAlias"/>).</summary>
    public FrozenSet<string> AliasTailWords { get; }

    /// <summary>
    /// Every group of aliases (see <see cref="WordFacts.AliasGroupOf"/>) end to end, each longest first and its last
    /// alias marked; group <c>g</c> starts at <see cref="AliasGroupStart"/>(g).
    /// </summary>
    public AliasEntry[] Aliases => _aliases;

    /// <summary>Where group <paramref name="group"/> (numbered across the lexicon) starts in <see cref="Aliases"/>.</summary>
    public int AliasGroupStart(int group) => _aliasGroupStarts[group];

    /// <summary>
    /// The longest alias of the group starting at <paramref name="start"/> in <see cref="Aliases"/> that stands at
    /// token <paramref name="i"/> of a sentence, whose first word is known to be the group's, matched against the
    /// tokens as written: its index in <see cref="Aliases"/>, or -1 when none fits.
    /// </summary>
    /// <remarks>
    /// With <paramref name="singleOnly"/>, the caller knows that the token after <paramref name="i"/> is none of
    /// <see cref="AliasTailWords"/>: no alias of several words can fit, and they are passed over unread.
    /// </remarks>
    public int LongestAlias(ImmutableArray<Text.Token> tokens, int i, int start, bool singleOnly = false)
    {
        var aliases = _aliases;
        if (singleOnly)
        {
            return aliases[start].FirstSingle;
        }

        for (var a = start; a < aliases.Length; a++)
        {
            ref readonly var entry = ref aliases[a];

            // The length kept with the alias answers for most aliases, one word long, without reading their words.
            var length = entry.Alias.Length;
            if (length == 1)
            {
                return a;
            }

            if (i + length <= tokens.Length)
            {
                var words = entry.Alias.Tokens;
                var ok = true;
                for (var k = 1; k < length && ok; k++)
                {
                    ok = string.Equals(tokens[i + k].Text, words[k], StringComparison.Ordinal);
                }

                if (ok)
                {
                    return a;
                }
            }

            if (entry.Last)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>The entry with the given <see cref="WordFacts.Id"/>, or null for id 0.</summary>
    public WordFacts? this[int id] => _byId[id];

    /// <summary>
    /// What kind of antecedent <paramref name="word"/> points back to when it is a pronoun (in any case), or
    /// <see cref="PronounKind.None"/>; the relative pronouns are not among these.
    /// </summary>
    public static PronounKind PronounOf(string word) => Pronouns.TryGetValue(word, out var kind) ? kind : PronounKind.None;

    /// <summary>Descriptor heads (lower case) and their classes, as in <see cref="Lexicons.DescriptorClasses"/>.</summary>
    public FrozenDictionary<string, string> DescriptorClasses { get; }

    /// <summary>Capitalised words that never start or make up a name, as in <see cref="Lexicons.NotNames"/>.</summary>
    public FrozenSet<string> NotNames { get; }

    /// <summary>Words that make a capitalised run an organisation, as in <see cref="Lexicons.OrganisationWords"/>.</summary>
    public FrozenSet<string> OrganisationWords { get; }

    /// <summary>
    /// The titles whose first word is <paramref name="firstWord"/>, offices, roles, then ranks, each in lexicon order;
    /// empty when none starts with it.
    /// </summary>
    public ReadOnlySpan<TitleWords> TitlesStartingWith(string firstWord) =>
        _titlesByFirstWord.TryGetValue(firstWord, out var titles) ? titles : [];

    /// <summary>What the lexicon knows of a token whose lower-case form is <paramref name="lower"/>, or null when nothing.</summary>
    public WordFacts? Find(string lower)
    {
        var slot = FilterSlot(lower);
        if ((_filter[slot >> 6] & (1UL << slot)) == 0)
        {
            return null;
        }

        for (var facts = _slots[slot]; facts is not null; facts = facts.Next)
        {
            if (string.Equals(facts.Word, lower, StringComparison.Ordinal))
            {
                return facts;
            }
        }

        return null;
    }

    /// <summary>
    /// As <see cref="Find"/> for the lower-case form of an ASCII <paramref name="word"/>, which it does not need:
    /// ASCII letters lower one by one, so the slot is the one of the lower-case form, and an entry of ASCII small
    /// letters and signs matches that form exactly when it matches the word in any case (no other entry can).
    /// </summary>
    public WordFacts? FindAscii(string word)
    {
        var slot = FilterSlot(word, ascii: true);
        if ((_filter[slot >> 6] & (1UL << slot)) == 0)
        {
            return null;
        }

        for (var facts = _slots[slot]; facts is not null; facts = facts.Next)
        {
            if (facts.IsAsciiLowerCase && string.Equals(facts.Word, word, StringComparison.OrdinalIgnoreCase))
            {
                return facts;
            }
        }

        return null;
    }

    private static int FilterSlot(string word, bool ascii = false)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        var hash = (uint)word.Length * 0x9E3779B1u;
        hash ^= Fold(word[0], ascii) * 0x85EBCA6Bu;
        hash ^= Fold(word[^1], ascii) * 0xC2B2AE35u;
        hash ^= Fold(word[word.Length / 2], ascii) * 0x27D4EB2Fu;
        return (int)((hash ^ (hash >> 16)) & (FilterBits - 1));
    }

    /// <summary>With <paramref name="ascii"/>, an ASCII capital letter as its small letter; otherwise the character itself.</summary>
    private static uint Fold(char c, bool ascii) => ascii && char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c;

    // A rank's form as the tokenizer splits it: the dot of an abbreviation is a token of its own ("maj." is "maj", ".").
    private static string[] RankWords(string form) =>
        [.. form.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => w.Length > 1 && w.EndsWith('.') ? [w[..^1], "."] : new[] { w })];

    private static void AddTitles(Dictionary<string, List<TitleWords>> byFirst, IEnumerable<(string Title, string Written)> titles, TitleKind kind)
    {
        foreach (var (title, written) in titles)
        {
            // Split exactly as a title is matched word for word against the sentence's lower-case tokens.
            var words = written.Split(' ');
            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            list.Add(new TitleWords(title, words, kind));
        }
    }
}

/// <summary>An alias in <see cref="MentionLexicon.Aliases"/>, and whether it is the last of its group.</summary>
internal readonly struct AliasEntry(ActorAlias alias, bool last, int firstSingle)
{
    /// <summary>The alias.</summary>
    public readonly ActorAlias Alias = alias;

    /// <summary>True for the last (shortest) alias of its group.</summary>
    public readonly bool Last = last;

    /// <summary>The index in <see cref="MentionLexicon.Aliases"/> of the first one-word alias of the group from this entry on, or -1.</summary>
    public readonly int FirstSingle = firstSingle;
}

/// <summary>
/// A title from the lexicon ("prime minister"), the words it is written with, and whether it is a ranked office, a
/// role or a military rank; a rank's title is its reported form ("major general" for the words "maj", ".", "gen", ".").
/// </summary>
internal sealed record TitleWords(string Title, string[] Words, TitleKind Kind);

/// <summary>
/// What the lexicon knows of one lower-case word: the titles it starts, the descriptor class it heads, the actor
/// aliases whose first word it is in lower case, grouped by that word's exact spelling, and the kind of pronoun
/// it is.
/// </summary>
internal sealed class WordFacts(int id, string word, TitleWords[] titles, string? descriptorClass,
    KeyValuePair<string, ActorAlias[]>[] aliases, int firstAliasGroup, PronounKind pronoun, WordFacts? next)
{
    /// <summary>The entry's number in its lexicon, from 1.</summary>
    public int Id { get; } = id;

    /// <summary>The lower-case word itself.</summary>
    public string Word { get; } = word;

    /// <summary>True when <see cref="Word"/> is all ASCII with no capital letter (a word filed from the rules might not be).</summary>
    public bool IsAsciiLowerCase { get; } = word.All(c => char.IsAscii(c) && !char.IsAsciiLetterUpper(c));

    /// <summary>The titles starting with the word: offices, roles, then ranks, each in lexicon order.</summary>
    public TitleWords[] Titles { get; } = titles;

    /// <summary>The descriptor class the word heads, if any.</summary>
    public string? DescriptorClass { get; } = descriptorClass;

    /// <summary>True when the word starts a title or heads a descriptor.</summary>
    public bool StartsTitleOrGroup { get; } = titles.Length > 0 || descriptorClass is not null;

    /// <summary>
    /// The kind of pronoun the word is in lower case; <see cref="PronounKind.Relative"/> for "which" and "who",
    /// which are relative pronouns only as written in lower case and after a comma.
    /// </summary>
    public PronounKind Pronoun { get; } = pronoun;

    /// <summary>The next entry filed under the same hash slot.</summary>
    public WordFacts? Next { get; } = next;

    /// <summary>
    /// The number (from 0, across the lexicon) of the group of aliases whose first word is exactly
    /// <paramref name="word"/>, or -1: what a word's reader can keep instead of comparing the spelling again (see
    /// <see cref="MentionLexicon.AliasGroupStart"/>).
    /// </summary>
    public int AliasGroupOf(string word)
    {
        for (var k = 0; k < aliases.Length; k++)
        {
            if (string.Equals(aliases[k].Key, word, StringComparison.Ordinal))
            {
                return firstAliasGroup + k;
            }
        }

        return -1;
    }
}

/// <summary>What kind of antecedent a pronoun points back to.</summary>
internal enum PronounKind
{
    None,
    Person,
    Thing,
    Group,
    Relative,
}
