using Compare.Recognition.Names;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Compare.Recognition.Counts;
using Compare.Rules;
using Compare.Text;

namespace Compare.Recognition;

/// <summary>
/// Finds mentions in the sentences of one article, in order, keeping the article-local memory that pronouns and
/// bare surnames need (the people named so far). One instance per article; not thread-safe.
/// </summary>
internal sealed class MentionRecognizer
{
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "all", "any", "two", "both",
    ]);

    private static readonly FrozenSet<string> GroupAdjectives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "high-ranking", "senior", "top", "extra", "additional", "dual", "twin", "other", "several", "remaining", "militant", "political",
        "anonymous", "foreign", "official", "former", "new", "russian-israeli", "israeli-russian", "kidnapped", "abducted", "many", "few",
        "more", "dozens", "hundreds", "thousands", "young", "elderly", "female", "male", "adult", "israeli", "local", "palestinian",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundSuffixes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "led", "drafted", "backed", "sponsored", "proposed", "authored", "brokered")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal, "al", "el", "bin", "ibn", "abu", "de", "van", "von", "der");

    private static readonly SentenceMentions NoMentions = new([], [], []);

    private readonly ActorIndex _actors;
    private readonly MentionLexicon _lexicon;
    private readonly List<Mention> _people = [];
    private ImmutableArray<Mention> _previous = [];

    // The text of the article read, for what stands around the mentions of the sentence before.
    private string _text = string.Empty;

    /// <summary>The published date of the article read, for the offices its titles name (set after <see cref="Reset"/>).</summary>
    public DateOnly? Published { get; set; }

    // The delegation named last in the article that says whose it is, and its sentence, for the counterparts that
    // stand for it ("the Palestinian interlocutors"); a delegation told of a few sentences back is still the one met.
    private (int Sentence, Mention Delegation)? _lastDelegation;
    private const int CounterpartSentences = 4;

    // The groups with an exact count of the last few sentences ("six hostages"), which a bare numeral after them
    // may stand for ("the six"); see AddCountedGroupAnaphors.
    private readonly List<(int Sentence, Mention Group)> _counted = [];
    private const int CountedGroupSentences = 3;

    // The words around such a numeral: "the six were", "all three had".
    private static readonly string[] CountedGroupOpeners = ["the", "all"];
    private static readonly string[] CountedGroupVerbs = ["were", "was", "are", "is", "had", "have", "has", "will", "would", "could", "may", "might"];

    // Each token's shape and lexicon entry for the sentence at hand (the first Tokens.Length entries). Only a call
    // of Recognize uses them and it calls no other recognizer, so the array is shared by the recognizers of one
    // thread and only a longer sentence needs a new one.
    [ThreadStatic]
    private static WordInfo[]? t_info;

    // The sentence at hand: its tokens and what is known of each (the thread's array above).
    private ImmutableArray<Token> _tokens;
    private WordInfo[] _info = [];

    // Whether the sentence at hand is a title-case headline or link title (see TitleCase), where a capital does not
    // mark a name.
    private bool _titleCase;


    // The skeleton of each person's surname as a bare surname is compared with it (null when the person has no
    // key or no surname), filled in lazily for _people in order; a person's mention never changes once added.
    private readonly List<string?> _surnameSkeletons = [];

    // For each of _surnameSkeletons, its SkeletonKey, or 0 where it is null.
    private readonly List<long> _surnameKeys = [];

    // The word of each person's last token, in the order of _people: when it is the last word of the person's full
    // name, as it nearly always is, its skeleton is the one the word keeps (see Word.NameSkeleton).
    private readonly List<Word> _lastWords = [];

    // What the family name of a mention's full name says of the bearer's sex, per mention object.
    private readonly Dictionary<Mention, char?> _surnameSexes = new(ReferenceEqualityComparer.Instance);

    // The full names written in capitals in the article's headings so far ("* RONI KRIVOI"), as a name is written
    // (Roni Krivoi), each with the skeleton of its surname, in order: a bare surname below such a heading is that
    // person's. They make no mention of their own, as a heading's capitals do not tell a name from other words.
    private readonly List<(string FullName, string Skeleton)> _headingNames = [];

    // Scratch lists reused from one sentence or pronoun to the next; nothing keeps them beyond the call.
    private readonly List<Mention> _raw = [];
    private readonly List<Mention> _groups = [];
    private readonly List<TitleMention> _titles = [];
    private readonly List<Mention> _eligible = [];
    private readonly List<Mention> _before = [];
    private readonly List<Mention> _candidates = [];
    private readonly List<string> _affiliations = [];

    public MentionRecognizer(ActorIndex actors)
    {
        _actors = actors;
        _lexicon = actors.Lexicon;
    }

    /// <summary>
    /// Forgets the article read so far, leaving the recognizer as a new one for the same actors would be, so that one
    /// instance can serve article after article without its lists and tables being made again each time.
    /// </summary>
    public void Reset()
    {
        _people.Clear();
        _previous = [];
        _text = string.Empty;
        Published = null;
        _lastDelegation = null;
        _counted.Clear();
        _tokens = default;
        _info = [];
        _surnameSkeletons.Clear();
        _surnameKeys.Clear();
        _lastWords.Clear();
        _surnameSexes.Clear();
        _headingNames.Clear();
        _raw.Clear();
        _groups.Clear();
        _titles.Clear();
        _eligible.Clear();
        _before.Clear();
        _candidates.Clear();
        _affiliations.Clear();
    }

    /// <summary>Whether the sentence recognised last is written in title case (<see cref="TitleCase.Is"/>).</summary>
    public bool IsTitleCase => _titleCase;

    /// <summary>Every person mention seen so far in the article, in order.</summary>
    public IReadOnlyList<Mention> People => _people;

    public SentenceMentions Recognize(string text, Sentence sentence, ImmutableArray<CountMention> counts)
    {
        var tokens = sentence.Tokens;
        var n = tokens.Length;
        _text = text;

        // Every token's shape and lexicon entry, made once for all the passes over the sentence below. Neither
        // holds a reference, so filling them costs no write barriers; the lower-case forms are made on demand.
        if (t_info is null || t_info.Length < n)
        {
            t_info = new WordInfo[Math.Max(n, 2 * (t_info?.Length ?? 32))];
        }

        var info = t_info;
        _tokens = tokens;
        _info = info;
        var any = Read(tokens, info);

        // A heading in capitals has capitalised words; KeepHeadingNames stops at the first word in lower case.
        if ((any & WordShape.Capitalised) != 0)
        {
            KeepHeadingNames(tokens);
        }

        var raw = _raw;
        raw.Clear();
        _demonymPeople = false;
        _titleCase = false;
        if ((any & (WordShape.Alias | WordShape.Compound | WordShape.Capitalised)) != 0)
        {
            _titleCase = (any & WordShape.Capitalised) != 0 && TitleCase.Is(tokens.AsSpan());
            FindNamed(text, tokens, raw);
        }

        var titles = _titles;
        titles.Clear();
        var groups = _groups;
        groups.Clear();
        if ((any & (WordShape.Lexical | WordShape.PastPrefix)) != 0 || _demonymPeople)
        {
            FindTitlesAndGroups(text, sentence, raw, counts, titles, groups);
        }

        if (!counts.IsEmpty && _counted.Count + groups.Count > 0)
        {
            AddCountedGroupAnaphors(text, sentence.Index, tokens, counts, groups);
        }

        KeepCountedGroups(sentence.Index, groups);
        foreach (var g in groups)
        {
            if (g.Resolved is { Kind: EntityKinds.Group, DescriptorClass: "delegation" } d && (!d.Affiliations.IsEmpty || !d.Members.IsEmpty))
            {
                _lastDelegation = (sentence.Index, d);
            }
        }

        // Without groups or pronouns the eligible mentions are the raw ones themselves: no copy is made.
        var eligible = raw;
        if (groups.Count > 0 || (any & WordShape.Pronoun) != 0)
        {
            eligible = Eligible(raw, groups);
            if ((any & WordShape.Pronoun) != 0)
            {
                AddPronouns(text, sentence, eligible);
            }
        }

        // Many sentences mention no one: they share one empty answer (titles need a person, so there are none).
        if (eligible.Count == 0)
        {
            _previous = [];
            return NoMentions;
        }

        // Without groups or pronouns the eligible mentions are the raw ones, which never overlap and are found in
        // order: both orders are the order found, and one array serves both.
        if (groups.Count == 0 && eligible.Count == raw.Count)
        {
            var found = ImmutableCollectionsMarshal.AsImmutableArray(raw.ToArray());
            _previous = found;
            return new SentenceMentions(found, found, [.. titles]);
        }

        var ordered = StableSorted(eligible, longestFirst: true);
        _previous = ordered;
        raw.AddRange(groups);
        return new SentenceMentions(ordered, StableSorted(raw, longestFirst: false), [.. titles]);
    }

    /// <summary>
    /// Fills <paramref name="info"/> with what is known of each token's word, working it out for words not met
    /// before, and gives the union of their shapes.
    /// </summary>
    /// <remarks>
    /// The tokenizer hands out one word for each recent short text, so most tokens are words met before: what is known
    /// of a word is kept with it (for the lexicon it was read from). Kept apart from <see cref="Recognize"/> so that
    /// its loop, run for every token, keeps its values in registers.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordShape Read(ImmutableArray<Token> tokens, WordInfo[] info)
    {
        var lexicon = _lexicon;
        var any = WordShape.None;
        var span = tokens.AsSpan();
        for (var k = 0; k < span.Length; k++)
        {
            var word = span[k].Word;
            ulong packed;
            if (ReferenceEquals(word.MentionOwner, lexicon))
            {
                packed = word.MentionFacts;
            }
            else
            {
                packed = Describe(word).Packed;
                word.MentionFacts = packed;
                word.MentionOwner = lexicon;
            }

            info[k] = new WordInfo(packed);
            any |= (WordShape)(ushort)(packed >> 32);
        }

        return any;
    }

    /// <summary>Adds to <paramref name="raw"/> the actors, compounds and names of the sentence at hand, in order.</summary>
    private void FindNamed(string text, ImmutableArray<Token> tokens, List<Mention> raw)
    {
        var info = _info;
        var n = tokens.Length;
        var i = 0;
        while (i < n)
        {
            // Only the first word of an alias, a hyphenated compound or a capitalised word starts a mention.
            var s = info[i].Shape;
            if ((s & (WordShape.Alias | WordShape.Compound | WordShape.Capitalised)) == 0)
            {
                i++;
                continue;
            }

            // A plural demonym after a count ("1,300 Israelis", "two Russians") is people of that country, read as a
            // group by the descriptor pass.
            if ((s & WordShape.Alias) != 0 && (IsDemonymPeople(i) || IsDemonymPerson(i)))
            {
                _demonymPeople = true;
                i++;
                continue;
            }

            var m = ((s & WordShape.Alias) != 0 ? MatchActor(tokens, i, text) : null)
                ?? ((s & WordShape.Compound) != 0 ? MatchCompound(tokens, i, text) : null)
                ?? ((s & WordShape.Capitalised) != 0 ? MatchName(tokens, i, text) : null);
            if (m is not null)
            {
                raw.Add(m);
                if (m.Kind == EntityKinds.Person)
                {
                    _people.Add(m);
                    _lastWords.Add(tokens[m.EndToken - 1].Word);
                }

                i = m.EndToken;
                continue;
            }

            i++;
        }
    }

    /// <summary>The shape of <paramref name="token"/> and what the lexicon knows of its lower-case form.</summary>
    private WordInfo Describe(Word token)
    {
        var word = token.Text;
        var shape = ShapeOf(word);
        var found = (shape & WordShape.Ascii) != 0 ? _lexicon.FindAscii(word) : _lexicon.Find(token.Lower);
        var aliases = 0;
        if (found is not null)
        {
            if (found.StartsTitleOrGroup)
            {
                shape |= WordShape.Lexical;
            }

            if ((shape & WordShape.Ascii) != 0 && found.Pronoun != PronounKind.None)
            {
                shape |= WordShape.Pronoun;
            }

            // Where the group starts among the lexicon's aliases, from 1, or the largest number when that does not
            // fit (TryAliasAt then asks the entry again).
            var group = found.AliasGroupOf(word);
            aliases = group < 0 ? 0 : Math.Min(_lexicon.AliasGroupStart(group) + 1, ushort.MaxValue);
            if (aliases > 0)
            {
                shape |= WordShape.Alias;
            }
        }

        // Beyond ASCII, a word's lower-case form does not tell whether it is a pronoun in any case.
        if ((shape & WordShape.Ascii) == 0 && word.Length is >= 2 and <= 5)
        {
            shape |= WordShape.Pronoun;
        }

        if (IsNameText(word))
        {
            shape |= WordShape.NameWord;
        }

        if (word.Contains('-') && !ReferenceEquals(WithoutPastPrefix(token.Lower), token.Lower))
        {
            shape |= WordShape.PastPrefix;
        }

        if (_lexicon.AliasTailWords.Contains(word))
        {
            shape |= WordShape.AliasTail;
        }

        if (_lexicon.OrganisationWords.Contains(word))
        {
            shape |= WordShape.Organisation;
        }

        // What a group's words before its head are read as (see Group), from the lower-case form. The sets ignore
        // case, so an ASCII word is looked up as written; the number words lower-case what they are given.
        var lower = (shape & WordShape.Ascii) != 0 ? word : token.Lower;
        if (Determiners.Contains(lower))
        {
            shape |= WordShape.Determiner;
        }

        if (GroupAdjectives.Contains(lower))
        {
            shape |= WordShape.GroupAdjective;
        }

        if (CountRecognizer.TryGetSmallNumberWord(word, out _))
        {
            shape |= WordShape.NumberWord;
        }

        return new WordInfo(shape, (ushort)aliases, found?.Id ?? 0);
    }

    /// <summary>The lower-case form of the sentence's token <paramref name="k"/>.</summary>
    private string Low(int k) => _tokens[k].Word.Lower;

    // Set when the scan for names passes over a demonym that stands for people ("1,300 Israelis", "an Israeli who"),
    // which the descriptor pass then reads as a group.
    private bool _demonymPeople;

    /// <summary>What the lexicon knows of the lower-case form of the sentence's token <paramref name="k"/>, if anything.</summary>
    private WordFacts? FactsAt(int k) => _lexicon[_info[k].Facts];

    /// <summary>The shape of the sentence's token <paramref name="k"/>.</summary>
    private WordShape ShapeAt(int k) => _info[k].Shape;

    /// <summary>
    /// A token's shape, where the lexicon's group of aliases that start with the token as written (see
    /// <see cref="WordFacts.AliasGroupOf"/>) starts in <see cref="MentionLexicon.Aliases"/> (from 1; 0 for none,
    /// <see cref="ushort.MaxValue"/> for a place too far to keep), and the id of its lexicon entry (0 for none).
    /// </summary>
    /// <remarks>
    /// Kept packed in one number, as a <see cref="Word"/> keeps it, so that the pass over a sentence's words copies
    /// each word's number as it is and only the passes that read a part take it out.
    /// </remarks>
    private readonly record struct WordInfo(ulong Packed)
    {
        public WordInfo(WordShape shape, ushort aliases, int facts)
            : this(((ulong)aliases << 48) | ((ulong)shape << 32) | (uint)facts)
        {
        }

        public WordShape Shape => (WordShape)(ushort)(Packed >> 32);

        public ushort Aliases => (ushort)(Packed >> 48);

        public int Facts => (int)(uint)Packed;
    }

    /// <summary>What one scan of a token's characters tells the passes over a sentence.</summary>
    [Flags]
    private enum WordShape : ushort
    {
        None = 0,

        /// <summary>ASCII only, with no capital letter: the word is its own lower-case form.</summary>
        LowerCase = 1,

        /// <summary>ASCII only.</summary>
        Ascii = 2,

        /// <summary>The first character is a capital letter (<see cref="char.IsUpper(char)"/>).</summary>
        Capitalised = 4,

        /// <summary>A hyphen stands somewhere after the first character and before the last.</summary>
        Compound = 8,

        /// <summary>
        /// The lower-case form starts with "then-" or "ex-", which a title may carry (see <see cref="WithoutPastPrefix"/>).
        /// Only such a word or a <see cref="Lexical"/> one can start a title or group.
        /// </summary>
        PastPrefix = 16,

        /// <summary>An actor alias starts with the word as written (set from the lexicon after the scan).</summary>
        Alias = 32,

        /// <summary>A title starts with the word's lower-case form, or a descriptor has it as head (set from the lexicon).</summary>
        Lexical = 64,

        /// <summary>The word may be a pronoun (set from the lexicon; every short word beyond ASCII).</summary>
        Pronoun = 128,

        /// <summary>The word's text may be part of a name (see <see cref="IsNameText"/>; the token must also be a word).</summary>
        NameWord = 256,

        /// <summary>The word makes a capitalised run an organisation (one of the lexicon's organisation words).</summary>
        Organisation = 512,

        /// <summary>The lower-case form is a determiner that may open a group ("the", "its", "both").</summary>
        Determiner = 1024,

        /// <summary>The lower-case form is an adjective that may stand before a group's head ("senior", "kidnapped").</summary>
        GroupAdjective = 2048,

        /// <summary>The lower-case form is a small number word (see <see cref="CountRecognizer.TryGetSmallNumberWord"/>).</summary>
        NumberWord = 4096,

        /// <summary>The word as written is a word of an alias other than its first (see <see cref="MentionLexicon.AliasTailWords"/>).</summary>
        AliasTail = 8192,
    }

    private static WordShape ShapeOf(string word)
    {
        if (word.Length == 0)
        {
            return WordShape.LowerCase | WordShape.Ascii;
        }

        // Branch-free but for the rare hyphen: most words are a handful of letters.
        var all = 0;
        var upper = false;
        var dash = -1;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            all |= c;
            upper |= char.IsAsciiLetterUpper(c);
            if (c == '-')
            {
                dash = k;
            }
        }

        var ascii = all < 0x80;

        var shape = WordShape.None;
        if (ascii)
        {
            shape |= upper ? WordShape.Ascii : WordShape.Ascii | WordShape.LowerCase;
        }

        if (dash > 0 && dash < word.Length - 1)
        {
            shape |= WordShape.Compound;
        }

        if (ascii ? char.IsAsciiLetterUpper(word[0]) : char.IsUpper(word[0]))
        {
            shape |= WordShape.Capitalised;
        }

        return shape;
    }

    /// <summary>
    /// The mentions that can fill a role: every raw mention not absorbed by a group (as a member or by lying inside
    /// it), in order, then the groups.
    /// </summary>
    private List<Mention> Eligible(List<Mention> raw, List<Mention> groups)
    {
        var eligible = _eligible;
        eligible.Clear();
        if (groups.Count == 0)
        {
            eligible.AddRange(raw);
            return eligible;
        }

        // Members and absorbed mentions are all raw mentions, and no two raw mentions start at the same token, so
        // identity tells them apart. A sentence has a handful of groups with a few members each: looking through
        // them is cheaper than a set, whose identity hashes of new mentions cost more than the search.
        foreach (var r in raw)
        {
            if (!IsAbsorbed(r, groups))
            {
                eligible.Add(r);
            }
        }

        eligible.AddRange(groups);
        return eligible;
    }

    /// <summary>Whether raw mention <paramref name="r"/> is a member of one of the groups or lies inside one.</summary>
    private static bool IsAbsorbed(Mention r, List<Mention> groups)
    {
        foreach (var g in groups)
        {
            if (r.FirstToken >= g.FirstToken && r.EndToken <= g.EndToken)
            {
                return true;
            }

            foreach (var member in g.Members)
            {
                if (ReferenceEquals(member, r))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly Comparison<Mention> ByStart = static (a, b) => a.FirstToken.CompareTo(b.FirstToken);

    private static readonly Comparison<Mention> ByStartLongestFirst = static (a, b) =>
        a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.EndToken.CompareTo(a.EndToken);

    /// <summary>
    /// The mentions ordered by first token, and when <paramref name="longestFirst"/> then by end token descending;
    /// a stable sort, so mentions that tie keep their order. The lists come nearly sorted, so an insertion sort
    /// does little work.
    /// </summary>
    private static ImmutableArray<Mention> StableSorted(List<Mention> mentions, bool longestFirst)
    {
        var array = mentions.ToArray();
        InOrder.InsertionSort(array.AsSpan(), longestFirst ? ByStartLongestFirst : ByStart);
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    private Mention Make(ImmutableArray<Token> tokens, int first, int end, string text, string kind, string? actorId,
        string? cls = null, ImmutableArray<string> affiliations = default, ImmutableArray<Mention> members = default,
        CountValue? count = null, string? title = null, bool adjectival = false, bool pronoun = false, string? personKey = null, string? written = null)
    {
        var start = tokens[first].Start;
        var stop = tokens[end - 1].End;
        return new Mention(first, end, start, stop, written ?? TextOf(text, tokens[first], tokens[end - 1]), kind, actorId, cls,
            affiliations.IsDefault ? (actorId is null ? [] : _actors.Affiliations(actorId)) : affiliations,
            members.IsDefault ? [] : members, count, title, adjectival, pronoun)
        {
            PersonKey = personKey,
        };
    }

    /// <summary>
    /// The index in the lexicon's <see cref="MentionLexicon.Aliases"/> of the longest alias starting at token
    /// <paramref name="i"/> (see <see cref="MentionLexicon.LongestAlias"/>), or -1 when none does.
    /// </summary>
    private int AliasAt(int i)
    {
        var kept = _info[i].Aliases;
        if (kept == 0)
        {
            return -1;
        }

        var start = kept != ushort.MaxValue ? kept - 1 : _lexicon.AliasGroupStart(FactsAt(i)!.AliasGroupOf(_tokens[i].Text));

        // Most words after an alias's first continue none: the group's longer aliases then need not be compared.
        var singleOnly = i + 1 >= _tokens.Length || (ShapeAt(i + 1) & WordShape.AliasTail) == 0;
        return _lexicon.LongestAlias(_tokens, i, start, singleOnly);
    }

    /// <summary>True when an alias starts with token <paramref name="i"/>.</summary>
    private bool HasAliasAt(int i) => AliasAt(i) >= 0;

    private Mention? MatchActor(ImmutableArray<Token> tokens, int i, string text)
    {
        var at = AliasAt(i);
        if (at < 0)
        {
            return null;
        }

        // Read in place: an alias is too large to copy for the few members read.
        ref readonly var hit = ref _lexicon.Aliases[at].Alias;

        // A one-word person alias followed by another capitalised word is someone else's first name.
        var length = hit.Length;
        var person = hit.IsPerson;
        if (person && length == 1 && i + 1 < tokens.Length && IsNameWordAt(i + 1) && !HasAliasAt(i + 1))
        {
            return null;
        }

        // A name of several words written as the alias writes it shares the alias's text instead of a copy of its own.
        // Its tokens are the alias's words, each token's text being the article's text at it, so the two are written
        // alike exactly when one space and nothing else stands between each token and the next.
        string? written = null;
        if (length > 1)
        {
            written = hit.Written;
            for (var k = i; k < i + length - 1 && written is not null; k++)
            {
                var gap = tokens[k].End;
                if (tokens[k + 1].Start != gap + 1 || text[gap] != ' ')
                {
                    written = null;
                }
            }
        }

        return Make(tokens, i, i + length, text, hit.Kind, hit.ActorId, affiliations: hit.Affiliations, adjectival: hit.Demonym,
            personKey: person ? hit.ActorId : null, written: written);
    }

    /// <summary>
    /// The last organisation named before token <paramref name="end"/> of the sentence, else the last of the sentence
    /// before; a wire service, which only reports, is none.
    /// </summary>
    private Mention? OrganisationBefore(List<Mention> raw, int end)
    {
        for (var k = raw.Count - 1; k >= 0; k--)
        {
            if (raw[k].EndToken <= end && IsActingOrganisation(raw[k]))
            {
                return raw[k];
            }
        }

        for (var k = _previous.Length - 1; k >= 0; k--)
        {
            if (IsActingOrganisation(_previous[k].Resolved))
            {
                return _previous[k].Resolved;
            }
        }

        return null;
    }

    /// <summary>
    /// The one organisation that the person named last before token <paramref name="end"/> (in this sentence, else
    /// before it in the article) belongs to, by the dictionary or by what the article said of them; null when the
    /// person belongs to none or to several, or no person was named.
    /// </summary>
    private string? OrganisationOfPersonBefore(List<Mention> raw, List<TitleMention> titles, int end)
    {
        Mention? person = null;
        for (var k = raw.Count - 1; k >= 0 && person is null; k--)
        {
            if (raw[k].EndToken <= end && raw[k].Kind == EntityKinds.Person)
            {
                person = raw[k];
            }
        }

        for (var k = _people.Count - 1; k >= 0 && person is null; k--)
        {
            if (!raw.Contains(_people[k]))
            {
                person = _people[k];
            }
        }

        if (person is null)
        {
            return null;
        }

        // A second mention of a name ("Abu Marzouk" after "Mousa Abu Marzouk") is the person named in full before.
        var named = person;
        if (person.Resolved.ActorId is null)
        {
            var name = Names.PersonName.Parse(person.Text);
            for (var k = _people.Count - 1; k >= 0; k--)
            {
                var earlier = _people[k];
                if (!ReferenceEquals(earlier, person) && earlier.Text.Length > person.Text.Length
                    && Names.PersonNameMatcher.Match(Names.PersonName.Parse(earlier.Text), name).Same)
                {
                    named = earlier;
                    break;
                }
            }
        }

        string? found = null;
        foreach (var id in named.Resolved.Affiliations.IsDefault ? [] : named.Resolved.Affiliations)
        {
            if (IsOrganisationActor(id) && id != named.Resolved.ActorId && found != id)
            {
                if (found is not null)
                {
                    return null;
                }

                found = id;
            }
        }

        // "Hamas official NAME": the organisation a title in this sentence gives them.
        foreach (var t in titles)
        {
            if ((ReferenceEquals(t.Person, person) || ReferenceEquals(t.Person, named)) && t.Of is { } of && IsOrganisationActor(of) && found != of)
            {
                if (found is not null)
                {
                    return null;
                }

                found = of;
            }
        }

        return found;
    }

    private bool IsOrganisationActor(string id) => _actors[id] is { Kind: EntityKinds.Organisation, IsWireService: false };

    /// <summary>
    /// The organisation "the group" before token <paramref name="end"/> stands for: the last mention of the sentence
    /// before it, else of the sentence before, that is a group of people (not one official named by a title) or an
    /// organisation of no state (a state's ministry or agency, a wire service or an assembly is never "the group"),
    /// when it is such an organisation; null when it is a group of people ("a Hamas delegation ... the group") or
    /// there is none.
    /// </summary>
    private Mention? GroupOrganisationBefore(List<Mention> raw, List<Mention> groups, int end)
    {
        Mention? last = null;
        foreach (var m in raw)
        {
            if (m.EndToken <= end && IsGroupCandidate(m) && (last is null || m.EndToken >= last.EndToken))
            {
                last = m;
            }
        }

        foreach (var m in groups)
        {
            if (m.EndToken <= end && IsGroupCandidate(m) && (last is null || m.EndToken >= last.EndToken))
            {
                last = m;
            }
        }

        if (last is null)
        {
            for (var k = _previous.Length - 1; k >= 0 && last is null; k--)
            {
                if (IsGroupCandidate(_previous[k].Resolved))
                {
                    last = _previous[k].Resolved;
                }
            }
        }

        return last is { Kind: EntityKinds.Organisation } ? last : null;
    }

    /// <summary>
    /// The delegation a bare "the group" or "the delegation" at token <paramref name="end"/> stands for: the last group
    /// of this sentence before it, else of the sentence before, when that is a delegation that says whose it is (an
    /// affiliation or a leader); null when the last group is another one ("six hostages ... the group") or says
    /// nothing of its own; with no group in either, the delegation named last in the article a few sentences back.
    /// Officials are passed over: they are the other side ("a Hamas delegation visited, and Russian diplomats handed
    /// the group a list").
    /// </summary>
    private Mention? DelegationBefore(List<Mention> groups, int end, int sentenceIndex)
    {
        Mention? last = null;
        foreach (var m in groups)
        {
            if (m.EndToken <= end && m.Kind == EntityKinds.Group && m.DescriptorClass != "official" && (last is null || m.EndToken >= last.EndToken))
            {
                last = m;
            }
        }

        if (last is null)
        {
            for (var k = _previous.Length - 1; k >= 0 && last is null; k--)
            {
                if (_previous[k].Resolved is { Kind: EntityKinds.Group } m && m.DescriptorClass != "official")
                {
                    last = m;
                }
            }
        }

        // With no group in either, the delegation told of a few sentences back ("a Hamas delegation was received
        // ... Israel protested. During that visit officials handed the delegation a list").
        if (last is null && _lastDelegation is { } told && sentenceIndex - told.Sentence <= CounterpartSentences)
        {
            last = told.Delegation;
        }

        return last is { DescriptorClass: "delegation" } && (!last.Affiliations.IsEmpty || !last.Members.IsEmpty) ? last : null;
    }

    /// <summary>
    /// The delegation a counterpart ("the Palestinian interlocutors", "their guests") at <paramref name="sentenceIndex"/>
    /// stands for: the delegation named last in the article, at most <see cref="CounterpartSentences"/> sentences
    /// before, when each country word inside the counterpart is among its affiliations or in its words ("a delegation
    /// of the Palestinian movement Hamas"); null otherwise, and for a counterpart with a count or a name of its own.
    /// </summary>
    private Mention? CounterpartOf(ImmutableArray<Token> tokens, List<Mention> raw, Mention counterpart, int sentenceIndex)
    {
        if (_lastDelegation is not { } last || sentenceIndex - last.Sentence > CounterpartSentences || counterpart.Count is not null
            || !(Low(counterpart.FirstToken) is "the" or "their" or "its" or "our" or "his" or "her"))
        {
            return null;
        }

        foreach (var m in raw)
        {
            if (m.FirstToken < counterpart.FirstToken || m.EndToken > counterpart.EndToken)
            {
                continue;
            }

            if (!m.Adjectival || m.Kind != EntityKinds.Country
                || !(m.ActorId is { } id && last.Delegation.Affiliations.Contains(id)
                     || last.Delegation.Text.Contains(m.Text, StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return last.Delegation;
    }

    private bool IsGroupCandidate(Mention m) =>
        m.Kind == EntityKinds.Group && m.DescriptorClass is not ("organisation" or "people" or "captive" or null) && m.Title is null
        || m.Kind == EntityKinds.Organisation && m.ActorId is { } id && _actors[id] is { } actor && !actor.IsWireService
            && actor.Roles.IsEmpty && actor.StandsFor is null && !actor.MemberOf.Any(o => _actors[o] is { Kind: EntityKinds.Country });

    private bool IsActingOrganisation(Mention m) =>
        m.Kind == EntityKinds.Organisation && m.ActorId is { } id && !m.Adjectival && _actors[id] is { IsWireService: false };

    /// <summary>
    /// Whether token <paramref name="i"/> is a plural demonym right after a number or a number word ("1,300
    /// Israelis", "two Russians").
    /// </summary>
    private bool IsDemonymPeople(int i)
    {
        var word = _tokens[i].Text;
        return i > 0 && word.Length > 2 && word[^1] == 's'
            && (_tokens[i - 1].Kind == TokenKind.Number || (ShapeAt(i - 1) & WordShape.NumberWord) != 0)
            && _actors.Word(word) is { Demonym: true };
    }

    private Mention? MatchCompound(ImmutableArray<Token> tokens, int i, string text)
    {
        var word = tokens[i].Text;
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || dash == word.Length - 1)
        {
            return null;
        }

        var head = word.AsSpan(0, dash);
        var suffix = word.AsSpan(dash + 1);
        if (CompoundSuffixes.Contains(suffix) && _actors.Word(head) is { } actor)
        {
            return Make(tokens, i, i + 1, text, actor.Actor.Kind, actor.Actor.Id, adjectival: true) with { Title = "compound:" + suffix.ToString().ToLowerInvariant() };
        }

        // "Russian-Israeli": two demonyms, an adjective naming both. With one hyphen only, the parts are the head and
        // the suffix.
        if (word.IndexOf('-') == dash && _actors.Word(head) is { Demonym: true } first && _actors.Word(suffix) is { Demonym: true } second)
        {
            var aff = _actors.Affiliations(first.Actor.Id).Concat(_actors.Affiliations(second.Actor.Id)).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
            return Make(tokens, i, i + 1, text, EntityKinds.Country, first.Actor.Id, affiliations: aff, adjectival: true);
        }

        return null;
    }

    /// <summary>Whether the sentence's token <paramref name="k"/> may be part of a name (from what is kept of its word).</summary>
    private bool IsNameWordAt(int k) => (ShapeAt(k) & WordShape.NameWord) != 0 && _tokens[k].Kind == TokenKind.Word;

    /// <summary>Whether a word token of two or more characters with this text may be part of a name.</summary>
    private bool IsNameText(string word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        // The particles and the "al-" and "el-" prefixes are all lower case, so a capitalised word is a name word
        // only on its own merits: not a listed non-name, and not all capitals.
        if (char.IsUpper(word[0]))
        {
            return !_lexicon.NotNames.Contains(word) && HasLowerCaseLetter(word);
        }

        return Particles.Contains(word) || word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal);
    }

    private static bool HasLowerCaseLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private Mention? MatchName(ImmutableArray<Token> tokens, int i, string text)
    {
        if ((ShapeAt(i) & WordShape.Capitalised) == 0 || !IsNameWordAt(i))
        {
            return null;
        }

        // In a title-case headline the capitalised word right after a name is its verb ("Israel Denies Report Of
        // ...", "Hamas Frees Roni Krivoi"): a name may only start after it.
        // There, too, a word the lexicon knows as a title or a descriptor ("Hostage Diplomacy", "Dual-National
        // Hostages") is that word, not part of a name: a name neither starts nor runs through it.
        if (_titleCase && ((i > 0 && _raw.Count > 0 && _raw[^1].EndToken == i && tokens[i - 1].End < tokens[i].Start)
            || (ShapeAt(i) & WordShape.Lexical) != 0))
        {
            return null;
        }

        var j = i;
        while (j < tokens.Length && IsNameWordAt(j) && (j == i || !HasAliasAt(j)) && j - i < 5
            && !(_titleCase && (ShapeAt(j) & WordShape.Lexical) != 0))
        {
            j++;
        }

        var runText = TextOf(text, tokens[i], tokens[j - 1]);
        for (var k = i; k < j; k++)
        {
            if ((ShapeAt(k) & WordShape.Organisation) != 0)
            {
                return Make(tokens, i, j, text, EntityKinds.Organisation, null, written: runText);
            }
        }

        // A given name before a person's one-word alias ("Esmail Haniyeh" for the dictionary's "Haniyeh") is that
        // person when the two make a spelling variant of the person's full name; otherwise ("Bibi Netanyahu") the
        // alias stands alone as before.
        if (j == i + 1 && AliasedSurnameAfter(tokens, j, text, runText) is { } aliased)
        {
            return aliased;
        }

        if (j - i >= 2)
        {
            return Make(tokens, i, j, text, EntityKinds.Person, null, personKey: runText, written: runText);
        }

        // A lone capitalised word is a person only when it is the surname of someone already named, in the text or
        // in a heading in capitals.
        var link = LastWithSurname(tokens[i].Word);
        if (link is not null)
        {
            return Make(tokens, i, j, text, EntityKinds.Person, link.ActorId, personKey: link.PersonKey, written: runText);
        }

        if (_headingNames.Count > 0 && HeadingNameWithSurname(tokens[i].Word) is { } headed)
        {
            return Make(tokens, i, j, text, EntityKinds.Person, null, personKey: headed, written: runText);
        }

        // A lone capitalised common noun that heads a descriptor ("Hostages whose bodies were found", "Diplomats
        // said", a list line "6 -- Captives freed") is capitalised for its place, not a name: the descriptor pass
        // reads it as a group.
        if (FactsAt(i)?.DescriptorClass is not null)
        {
            return null;
        }

        return KinName(tokens, i, j, text, runText) ?? Make(tokens, i, j, text, "name", null, written: runText);
    }

    /// <summary>
    /// The person mention from the given name before token <paramref name="j"/> through the one-word person alias at
    /// <paramref name="j"/>, when "<paramref name="given"/> alias" is a spelling variant of the person's full name
    /// (see <see cref="Names.PersonNameMatcher"/>) and no further name word follows; null otherwise.
    /// </summary>
    private Mention? AliasedSurnameAfter(ImmutableArray<Token> tokens, int j, string text, string given)
    {
        if (j >= tokens.Length || (j + 1 < tokens.Length && IsNameWordAt(j + 1)))
        {
            return null;
        }

        var at = AliasAt(j);
        if (at < 0)
        {
            return null;
        }

        ref readonly var hit = ref _lexicon.Aliases[at].Alias;
        if (!hit.IsPerson || hit.Length != 1 || _actors[hit.ActorId] is not { } actor || !actor.Name.Contains(' '))
        {
            return null;
        }

        var written = TextOf(text, tokens[j - 1], tokens[j]);
        var match = Names.PersonNameMatcher.Match(Names.PersonName.Parse(actor.Name), Names.PersonName.Parse(written));
        return match.Same
            ? Make(tokens, j - 1, j + 1, text, EntityKinds.Person, hit.ActorId, affiliations: hit.Affiliations, personKey: hit.ActorId, written: written)
            : null;
    }

    /// <summary>The text from the start of <paramref name="first"/> to the end of <paramref name="last"/>; a single token's own string when it is that text.</summary>
    private static string TextOf(string text, Token first, Token last)
    {
        var span = text.AsSpan(first.Start, last.End - first.Start);
        return first.Start == last.Start && first.End == last.End ? first.Text : span.ToString();
    }

    /// <summary>
    /// The last person named so far who has a key and whose surname has the skeleton of <paramref name="word"/>
    /// (the article's earlier full name for a bare surname), or null.
    /// </summary>
    private Mention? LastWithSurname(Word word)
    {
        for (var k = _surnameSkeletons.Count; k < _people.Count; k++)
        {
            var p = _people[k];
            string? surname = null;
            if (p.PersonKey is not null && LastOfFullName(p.Text) is { IsEmpty: false } last)
            {
                var known = _lastWords[k];
                surname = last.SequenceEqual(known.Text)
                    ? known.NameSkeleton ??= Names.Transliteration.Skeleton(known.Text)
                    : Names.Transliteration.Skeleton(last.ToString());
            }

            _surnameSkeletons.Add(surname);
            _surnameKeys.Add(surname is null ? 0 : SkeletonKey(surname));
        }

        // The keys, side by side in one list, turn away nearly every earlier surname without reading its string.
        var keys = CollectionsMarshal.AsSpan(_surnameKeys);
        string? skeleton = null;
        var key = 0L;
        for (var k = keys.Length - 1; k >= 0; k--)
        {
            if (keys[k] == 0)
            {
                continue;
            }

            if (skeleton is null)
            {
                skeleton = word.NameSkeleton ??= Names.Transliteration.Skeleton(word.Text);
                key = SkeletonKey(skeleton);
            }

            if (keys[k] == key && string.Equals(_surnameSkeletons[k], skeleton, StringComparison.Ordinal))
            {
                return _people[k];
            }
        }

        return null;
    }

    /// <summary>
    /// Keeps the full names of a heading written wholly in capitals ("* ELENA TRUFANOVA AND IRINA TATTI"): the last
    /// two words of each run of words that, written as a name is, are name words and no actor's or organisation's
    /// words. Nothing is kept from a sentence with any lower-case letter in a word.
    /// </summary>
    private void KeepHeadingNames(ImmutableArray<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word && HasLowerCaseLetter(t.Text))
            {
                return;
            }
        }

        var run = new List<string>();
        for (var k = 0; k <= tokens.Length; k++)
        {
            var word = k < tokens.Length && tokens[k].Kind == TokenKind.Word ? AsWrittenInName(tokens[k].Text) : null;
            if (word is not null && IsNameText(word) && !_lexicon.OrganisationWords.Contains(word)
                && (_lexicon.Find(word.ToLowerInvariant()) is not { } facts || facts.AliasGroupOf(word) < 0))
            {
                run.Add(word);
                continue;
            }

            if (run.Count >= 2)
            {
                // A heading's other words are in capitals too ("WHO IS PAVEL ORLOV?"): the name is the given name and
                // the surname, with a particle between them ("MUSA ABU MARZOUK").
                var words = run.Count >= 3 && Particles.Contains(run[^2].ToLowerInvariant()) ? 3 : 2;
                var full = string.Join(' ', run.Skip(run.Count - words));
                _headingNames.Add((full, Names.Transliteration.Skeleton(run[^1])));
            }

            run.Clear();
        }
    }

    /// <summary>A word in capitals as a name writes it: its first letter, and each after a hyphen, in capitals, the rest not ("AL-SAYED": "Al-Sayed").</summary>
    private static string? AsWrittenInName(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return null;
        }

        var chars = word.ToLowerInvariant().ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (k == 0 || chars[k - 1] == '-')
            {
                chars[k] = char.ToUpperInvariant(chars[k]);
            }
        }

        return new string(chars);
    }

    /// <summary>The full name of the last heading name whose surname has the skeleton of <paramref name="word"/>, or null.</summary>
    private string? HeadingNameWithSurname(Word word)
    {
        var skeleton = word.NameSkeleton ??= Names.Transliteration.Skeleton(word.Text);
        for (var k = _headingNames.Count - 1; k >= 0; k--)
        {
            if (string.Equals(_headingNames[k].Skeleton, skeleton, StringComparison.Ordinal))
            {
                return _headingNames[k].FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// A number that equal skeletons share and that is never 0: the length with the first, second and last
    /// characters.
    /// </summary>
    internal static long SkeletonKey(string skeleton)
    {
        var n = skeleton.Length;
        return ((long)(n + 1) << 48) | ((long)(n > 0 ? skeleton[0] : 0) << 32) | ((long)(n > 1 ? skeleton[1] : 0) << 16) | (n > 2 ? skeleton[^1] : 0u);
    }

    /// <summary>
    /// The last word of the family name <see cref="SurnameOf"/> finds in <paramref name="fullName"/> (the last of
    /// its words between spaces, when it has two or more), or an empty span when it finds none; no string is made.
    /// </summary>
    internal static ReadOnlySpan<char> LastOfFullName(string fullName)
    {
        var words = fullName.AsSpan().TrimEnd(' ');
        var space = words.LastIndexOf(' ');
        return space >= 0 && words[..space].ContainsAnyExcept(' ') ? words[(space + 1)..] : default;
    }

    /// <summary>A person's full name: the dictionary's for a known actor, else the article's key or text.</summary>
    private string FullName(Mention m) => m.ActorId is { } id && _actors[id] is { } actor ? actor.Name : m.PersonKey ?? m.Text;

    /// <summary>
    /// A first name given through a relative ("her son, Alexander", "Trufanova's son Alexander") takes the family
    /// name of that relative, in the form for the relative's sex (a son of Trufanova is a Trufanov).
    /// </summary>
    /// <remarks>
    /// Called for every lone capitalised name, so the earlier people are searched with plain loops: a lambda over
    /// the parameters would make a closure object at each call, found or not.
    /// </remarks>
    private Mention? KinName(ImmutableArray<Token> tokens, int i, int j, string text, string given)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Text == ",")
        {
            k--;
        }

        if (k < 1 || NameGender.OfKin(tokens[k].Text) is not { } sex)
        {
            return null;
        }

        var kinWord = tokens[k].Text;
        var ownerWord = tokens[k - 1].Text;
        // The last person named before, with a full name, whose surname suits the pronoun's sex or the owner's word.
        Mention? owner = null;
        if (NameGender.OfPronoun(ownerWord) is { } ownerSex && ownerWord.ToLowerInvariant() is "her" or "his")
        {
            for (var p = _people.Count - 1; p >= 0 && owner is null; p--)
            {
                if (_people[p].PersonKey is { } key && key.Contains(' ') && NameGender.OfSurname(SurnameOf(key)) is var g && (g is null || g == ownerSex))
                {
                    owner = _people[p];
                }
            }
        }
        else if (ownerWord is "'s" or "’s" && k >= 2)
        {
            var ownerName = tokens[k - 2].Text;
            for (var p = _people.Count - 1; p >= 0 && owner is null; p--)
            {
                if (_people[p].PersonKey is { } key && key.Contains(' ') && SurnameOf(key) is { } surname && SameSurname(surname, ownerName))
                {
                    owner = _people[p];
                }
            }
        }

        if (owner is null || SurnameOf(owner.PersonKey!) is not { } family)
        {
            return null;
        }

        var full = given + " " + NameGender.FamilyForm(family, sex);
        return Make(tokens, i, j, text, EntityKinds.Person, null) with
        {
            PersonKey = full,
            KinNote = $"\"{ownerWord} {kinWord}, {given}\": the {kinWord} of {owner.PersonKey}, so {full}",
        };
    }

    internal static string? SurnameOf(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }

        return parts.Length >= 3 && Particles.Contains(parts[^2].ToLowerInvariant()) ? parts[^2] + " " + parts[^1] : parts[^1];
    }

    private static bool SameSurname(string surname, string word)
    {
        var last = surname.Split(' ')[^1];
        return string.Equals(Names.Transliteration.Skeleton(last), Names.Transliteration.Skeleton(word), StringComparison.Ordinal);
    }

    private void FindTitlesAndGroups(string text, Sentence sentence, List<Mention> raw, ImmutableArray<CountMention> counts,
        List<TitleMention> titles, List<Mention> groups)
    {
        var tokens = sentence.Tokens;
        // A token is passed over when a raw mention covers it. The raw mentions never overlap and come in order, so
        // one cursor follows them; what a title or group takes lies before the token read next, which the loop
        // then moves past.
        var next = 0;
        var titleEnd = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            // A title or descriptor head is a word the lexicon files as one, or such a word after "then-" or "ex-"; no
            // other word starts either (MatchTitle finds no title for it, and it heads no descriptor).
            var demonymPeople = (ShapeAt(i) & WordShape.Alias) != 0 && (IsDemonymPeople(i) || IsDemonymPerson(i));
            if ((ShapeAt(i) & (WordShape.Lexical | WordShape.PastPrefix)) == 0 && !demonymPeople)
            {
                continue;
            }

            while (next < raw.Count && raw[next].EndToken <= i)
            {
                next++;
            }

            // A rank's abbreviation or word can be read as a capitalised name of its own ("Col", "Major"); a rank
            // that covers such a mention before a name is still the name's rank.
            if (next < raw.Count && raw[next].FirstToken <= i
                && !(raw[next].FirstToken == i && raw[next].ActorId is null && MatchTitle(tokens.Length, i) is { Kind: TitleKind.Rank } covering
                    && raw[next].EndToken <= i + covering.Words.Length))
            {
                continue;
            }

            var match = MatchTitle(tokens.Length, i);
            var rankHolder = match is { Kind: TitleKind.Rank } ? RankHolder(raw, tokens, i, i + match.Words.Length) : null;
            if (match is { Kind: TitleKind.Rank } && rankHolder is null)
            {
                match = null;
            }

            if (match is not null)
            {
                var (title, kind) = (match.Title, match.Kind);
                var end = i + match.Words.Length;
                var person = rankHolder ?? PersonAfter(raw, tokens, end, tokens.Length);
                var qualifierStart = QualifierStart(raw, tokens, i);

                // "the military secretary of the prime minister, NAME", "an adviser to the president, NAME": a title
                // right after another one and "of" or "to" is the first one's superior, someone else; a name set
                // off after it is not the superior's ("secretary to Prime Minister NAME" names the superior).
                var link = qualifierStart > 0 && Low(qualifierStart - 1) == "the" ? qualifierStart - 2 : qualifierStart - 1;
                var superior = link > 0 && link == titleEnd && Low(link) is "of" or "to" && person?.FirstToken != end;
                titleEnd = end;
                if (superior && rankHolder is null)
                {
                    i = end - 1;
                    continue;
                }

                // "Prime Minister of Israel Benjamin Netanyahu": the office's country stands between it and the name.
                Mention? ofAfter = null;
                var holderAt = end + 1 < tokens.Length && Low(end + 1) == "the" ? end + 2 : end + 1;
                if (person is null && holderAt < tokens.Length && Low(end) == "of"
                    && FirstNamedAt(raw, holderAt) is { Kind: not EntityKinds.Person } holder
                    && PersonAfter(raw, tokens, holder.EndToken, tokens.Length) is { } named)
                {
                    (person, ofAfter) = (named, holder);
                    end = holder.EndToken;
                }

                if (person is not null)
                {
                    var of = ofAfter;
                    foreach (var r in raw)
                    {
                        if (of is null && r.FirstToken >= qualifierStart && r.EndToken <= i && r.ActorId is not null)
                        {
                            of = r;
                            break;
                        }
                    }

                    var past = Low(qualifierStart).StartsWith("then-", StringComparison.Ordinal) || Low(qualifierStart).StartsWith("ex-", StringComparison.Ordinal)
                        || Low(qualifierStart) is "former" or "then" || Low(i).StartsWith("then-", StringComparison.Ordinal)
                        || (qualifierStart > 0 && (Low(qualifierStart - 1) is "former" or "then" or "ex-" or "late"));
                    titles.Add(new TitleMention(person, text[tokens[qualifierStart].Start..tokens[end - 1].End], title, kind, of?.ActorId, past, sentence.Index, tokens[qualifierStart].Start, tokens[end - 1].End));
                    i = end - 1;
                    continue;
                }

                // An appositive title after a name: "Name, [a|the] [adj] TITLE [of X],". A title with "'s" after it
                // is a possessor ("Name, the prime minister's military secretary,"): the title after it is the name's.
                var before = end < tokens.Length && Low(end) is "'s" or "'" ? null : AppositiveName(raw, tokens, i);
                if (before is not null)
                {
                    var ofEnd = end;
                    string? ofActor = null;
                    if (ofEnd < tokens.Length && Low(ofEnd) is "of" or "to")
                    {
                        foreach (var r in raw)
                        {
                            if (r.FirstToken > ofEnd && r.FirstToken <= ofEnd + 4 && r.ActorId is not null)
                            {
                                ofActor = r.ActorId;
                                break;
                            }
                        }
                    }

                    titles.Add(new TitleMention(before, text[tokens[i].Start..tokens[end - 1].End], title, kind, ofActor, false, sentence.Index, tokens[i].Start, tokens[end - 1].End));
                    i = end - 1;
                    continue;
                }

                // "the Russian leader", "Israel's prime minister": a country's office standing alone is the person
                // named before in the article who holds it, as a pronoun would be; "its leader", "Hamas's leader":
                // an organisation's is the one the dictionary says held it when the article appeared.
                if ((DescribedHolder(raw, tokens, qualifierStart, i, title, kind) ?? OrganisationHolder(raw, tokens, qualifierStart, i, title)) is { } described)
                {
                    groups.Add(new Mention(qualifierStart, end, tokens[qualifierStart].Start, tokens[end - 1].End, text[tokens[qualifierStart].Start..tokens[end - 1].End],
                        described.Kind, described.ActorId, null, described.Affiliations, [], null, title, false, true)
                    {
                        Antecedent = described,
                        PersonKey = described.PersonKey,
                    });
                    i = end - 1;
                    continue;
                }

                // A title standing alone ("Netanyahu's military secretary") describes one unnamed official.
                List<string>? inside = null;
                foreach (var r in raw)
                {
                    if (r.FirstToken >= qualifierStart && r.EndToken <= i)
                    {
                        AddAffiliations(ref inside, r);
                    }
                }

                var aff = inside is null ? ImmutableArray<string>.Empty : [.. inside];
                var descStart = qualifierStart;
                groups.Add(Make(tokens, descStart, end, text, EntityKinds.Group, null, cls: "official", affiliations: aff, title: title));
                i = end - 1;
                continue;
            }

            // "a 25-year-old Israeli was freed": one person of that country, from the article on.
            if (demonymPeople && !IsDemonymPeople(i) && _actors.Word(tokens[i].Text) is { } nation)
            {
                var first = i - 1;
                while (first > 0 && Low(first) is not ("a" or "an"))
                {
                    first--;
                }

                groups.Add(Make(tokens, first, i + 1, text, EntityKinds.Group, null, cls: "people", affiliations: [.. _actors.Affiliations(nation.Actor.Id)]));
                continue;
            }

            if ((demonymPeople ? "people" : FactsAt(i)?.DescriptorClass) is { } cls)
            {
                // "the group" is the organisation named last when no group of people was named after it ("Hamas said
                // the group was ready"); after "a Hamas delegation" it is the delegation, read as a descriptor below.
                if (cls == "delegation" && Low(i) == "group" && i > 0 && Low(i - 1) == "the"
                    && !(i + 1 < tokens.Length && Low(i + 1) == "of")
                    && GroupOrganisationBefore(raw, groups, i - 1) is { } organisation)
                {
                    groups.Add(new Mention(i - 1, i + 1, tokens[i - 1].Start, tokens[i].End, text[tokens[i - 1].Start..tokens[i].End],
                        organisation.Kind, organisation.ActorId, null, organisation.Affiliations, [], null, null, false, true) { Antecedent = organisation });
                    continue;
                }

                // "his group", "her movement": the organisation the person spoken of belongs to.
                if (cls is "delegation" or "organisation" && i > 0 && Low(i - 1) is "his" or "her"
                    && Low(i) is "group" or "movement" or "organisation" or "organization" or "faction"
                    && !(i + 1 < tokens.Length && Low(i + 1) == "of")
                    && OrganisationOfPersonBefore(raw, titles, i - 1) is { } own)
                {
                    groups.Add(new Mention(i - 1, i + 1, tokens[i - 1].Start, tokens[i].End, text[tokens[i - 1].Start..tokens[i].End],
                        EntityKinds.Organisation, own, null, _actors.Affiliations(own), [], null, null, false, false));
                    continue;
                }

                // "the movement", "the organisation": the organisation named last, as a pronoun would stand for it.
                if (cls == "organisation")
                {
                    if (i > 0 && Low(i - 1) == "the" && OrganisationBefore(raw, i - 1) is { } named)
                    {
                        groups.Add(new Mention(i - 1, i + 1, tokens[i - 1].Start, tokens[i].End, text[tokens[i - 1].Start..tokens[i].End],
                            named.Kind, named.ActorId, null, named.Affiliations, [], null, null, false, true) { Antecedent = named });
                    }

                    continue;
                }

                // "the Palestinian interlocutors", "their guests": those a delegation met, named by what they are to
                // the other side. They stand for the delegation named last in the article, a few sentences back at
                // most, when what they say of themselves fits it; otherwise for no one.
                if (cls == "counterpart")
                {
                    if (Group(text, sentence, raw, counts, i, cls) is { } counterpart && CounterpartOf(tokens, raw, counterpart, sentence.Index) is { } met)
                    {
                        groups.Add(counterpart with { Antecedent = met, Pronoun = true });
                        i = counterpart.EndToken - 1;
                    }

                    continue;
                }

                var group = Group(text, sentence, raw, counts, i, cls);
                if (group is { DescriptorClass: "delegation", Count: null } && group.Affiliations.IsEmpty && group.Members.IsEmpty
                    && group.FirstToken == i - 1 && group.EndToken == i + 1 && Low(i - 1) == "the"
                    && DelegationBefore(groups, i - 1, sentence.Index) is { } delegation)
                {
                    // "A Hamas delegation arrived. The group held talks": a bare "the group" or "the delegation" is the
                    // delegation named last, in this sentence or the one before, when that one says whose it is.
                    groups.Add(group with { Antecedent = delegation, Pronoun = true });
                    continue;
                }

                if (group is not null)
                {
                    if (demonymPeople && _actors.Word(tokens[i].Text) is { } country)
                    {
                        group = group with { Affiliations = [.. (group.Affiliations.IsDefault ? [] : group.Affiliations).Concat(_actors.Affiliations(country.Actor.Id)).Distinct().Order(StringComparer.Ordinal)] };
                    }

                    groups.Add(group);
                    i = group.EndToken - 1;
                }
            }
        }
    }

    /// <summary>
    /// For an office or "leader" after a country alone, with "the" before it or the country's "'s" between ("the
    /// Russian leader", "the Israeli prime minister", "Israel's prime minister"), the last person named so far in
    /// the article whose dictionary titles hold that office of that country with no end date (for "leader", the
    /// country's head: president, prime minister, chancellor or king); null otherwise. "The former Russian president"
    /// is none: the determiner must stand right before the country.
    /// </summary>
    private Mention? DescribedHolder(List<Mention> raw, ImmutableArray<Token> tokens, int qualifierStart, int i, string title, TitleKind kind)
    {
        if (kind != TitleKind.Office && title != "leader" || qualifierStart == i || _people.Count == 0)
        {
            return null;
        }

        var country = FirstNamedAt(raw, qualifierStart);
        var possessive = country is not null && country.EndToken == i - 1 && tokens[i - 1].Text is "'s" or "\u2019s" or "'" or "\u2019";
        if (country is not { Kind: EntityKinds.Country, ActorId: { } countryId } || !(country.EndToken == i || possessive)
            || !(possessive || qualifierStart > 0 && Low(qualifierStart - 1) == "the"))
        {
            return null;
        }

        for (var k = _people.Count - 1; k >= 0; k--)
        {
            if (_actors[_people[k].ActorId] is not { } person)
            {
                continue;
            }

            foreach (var held in person.Titles)
            {
                if (held.Of == countryId && held.To is null && (held.Title == title || title == "leader" && held.Title is "president" or "prime minister" or "chancellor" or "king"))
                {
                    return _people[k];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// For a title after an organisation's possessive or "its" ("Hamas's leader", "its leader"), the one person whose
    /// dictionary titles hold that title of that organisation on the article's published date: the person named so
    /// far in the article, or else the dictionary's actor, when exactly one held it then; null otherwise, and always
    /// without a published date ("its former leader" is no holder either).
    /// </summary>
    private Mention? OrganisationHolder(List<Mention> raw, ImmutableArray<Token> tokens, int qualifierStart, int i, string title)
    {
        if (Published is not { } on || i < 1 || qualifierStart > 0 && Low(qualifierStart - 1) is "former" or "late" or "then")
        {
            return null;
        }

        Mention? owner = null;
        if (qualifierStart == i && Low(i - 1) == "its")
        {
            owner = ResolveThing(raw, tokens[i - 1].Start, false);
        }
        else if (qualifierStart < i && tokens[i - 1].Text is "'s" or "\u2019s" && FirstNamedAt(raw, qualifierStart) is { EndToken: var ownerEnd } named && ownerEnd == i - 1)
        {
            owner = named;
        }

        if (owner?.Resolved is not { Kind: EntityKinds.Organisation, ActorId: { } ownerId })
        {
            return null;
        }

        for (var k = _people.Count - 1; k >= 0; k--)
        {
            if (_actors[_people[k].ActorId] is { } person && person.Titles.Any(t => t.Of == ownerId && t.Title == title && t.HeldOn(on)))
            {
                return _people[k];
            }
        }

        Actor? holder = null;
        foreach (var actor in _actors.Rules.Actors)
        {
            if (actor.Kind == EntityKinds.Person && actor.Titles.Any(t => t.Of == ownerId && t.Title == title && t.HeldOn(on)))
            {
                if (holder is not null)
                {
                    return null;
                }

                holder = actor;
            }
        }

        return holder is null ? null : new Mention(i, i + 1, tokens[i].Start, tokens[i].End, holder.Name, EntityKinds.Person, holder.Id, null, _actors.Affiliations(holder.Id), [], null, null, false, false);
    }

    /// <summary>"then-prime" is "prime" with a mark of the past (read by the caller).</summary>
    private static string WithoutPastPrefix(string word) =>
        word.StartsWith("then-", StringComparison.Ordinal) ? word[5..] : word.StartsWith("ex-", StringComparison.Ordinal) ? word[3..] : word;

    /// <summary>
    /// The first title, offices before roles, whose words are the lower-case tokens from <paramref name="i"/> (the
    /// first of them may carry "then-" or "ex-") among the sentence's <paramref name="count"/>, or null.
    /// </summary>
    private TitleWords? MatchTitle(int count, int i)
    {
        var first = WithoutPastPrefix(Low(i));
        var candidates = ReferenceEquals(first, Low(i)) ? FactsAt(i) is { } known ? known.Titles : [] : _lexicon.TitlesStartingWith(first);
        foreach (var title in candidates)
        {
            var parts = title.Words;
            if (i + parts.Length > count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < parts.Length && ok; k++)
            {
                ok = Low(i + k) == parts[k];
            }

            if (ok)
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>
    /// The person a rank from token <paramref name="first"/> to <paramref name="end"/> is given to: a rank counts only
    /// when written with a capital right before a name ("Maj. Gen. Name"). After a capitalised word the rank's word
    /// ends another title ("Attorney General Name", "Secretary General Name"), unless it is abbreviated with a dot.
    /// </summary>
    private static Mention? RankHolder(List<Mention> raw, ImmutableArray<Token> tokens, int first, int end)
    {
        if (!char.IsUpper(tokens[first].Text[0]))
        {
            return null;
        }

        var abbreviated = first + 1 < end && tokens[first + 1].Text == ".";
        if (!abbreviated && first > 0 && tokens[first - 1].Text is { Length: > 0 } before && char.IsUpper(before[0]))
        {
            return null;
        }

        return FirstPersonAt(raw, end);
    }

    private Mention? PersonAfter(List<Mention> raw, ImmutableArray<Token> tokens, int end, int count)
    {
        var k = end;
        // Skip a comma and military ranks ("military secretary, Brig. Gen. Name"), and other abbreviations.
        if (k < tokens.Length && tokens[k].Text == ",")
        {
            k++;
        }

        if (k < count && MatchTitle(count, k) is { Kind: TitleKind.Rank } rank)
        {
            k += rank.Words.Length;
        }

        while (k < tokens.Length && tokens[k].Text.EndsWith('.') && tokens[k].Text.Length <= 6 && char.IsUpper(tokens[k].Text[0]))
        {
            k++;
        }

        return FirstPersonAt(raw, k);
    }

    /// <summary>
    /// The person who leads a group, named at token <paramref name="first"/> after "led by" or "headed by", perhaps
    /// behind a title of lower-case words ("led by deputy head Name", "headed by its political leader Name").
    /// </summary>
    private static Mention? LeaderAt(List<Mention> raw, ImmutableArray<Token> tokens, int first)
    {
        for (var k = first; k < tokens.Length && k < first + 4; k++)
        {
            if (FirstPersonAt(raw, k) is { } person)
            {
                return person;
            }

            if (tokens[k].Kind != TokenKind.Word || !char.IsLower(tokens[k].Text[0]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The first raw mention of a person that starts at token <paramref name="first"/>.</summary>
    private static Mention? FirstPersonAt(List<Mention> raw, int first)
    {
        foreach (var r in raw)
        {
            if (r.FirstToken == first && r.Kind == EntityKinds.Person)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>The first raw mention of a known actor that starts at token <paramref name="first"/>.</summary>
    private static Mention? FirstNamedAt(List<Mention> raw, int first)
    {
        foreach (var r in raw)
        {
            if (r.FirstToken == first && r.ActorId is not null)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>The first raw mention that ends at token <paramref name="end"/>.</summary>
    private static Mention? FirstEndingAt(List<Mention> raw, int end)
    {
        foreach (var r in raw)
        {
            if (r.EndToken == end)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>
    /// Adds what <paramref name="m"/> is affiliated with (its own actor when it names no other) to the sorted,
    /// duplicate-free list <paramref name="set"/>, on first use the recognizer's scratch list emptied: a caller copies
    /// what it collected before the next collection starts.
    /// </summary>
    private void AddAffiliations(ref List<string>? set, Mention m)
    {
        if (m.Affiliations.IsEmpty)
        {
            if (m.ActorId is not null)
            {
                AddSorted(set ??= FreshAffiliations(), m.ActorId);
            }

            return;
        }

        set ??= FreshAffiliations();
        foreach (var a in m.Affiliations)
        {
            AddSorted(set, a);
        }
    }

    private List<string> FreshAffiliations()
    {
        _affiliations.Clear();
        return _affiliations;
    }

    private static void AddSorted(List<string> set, string item)
    {
        var at = set.BinarySearch(item, StringComparer.Ordinal);
        if (at < 0)
        {
            set.Insert(~at, item);
        }
    }

    private int QualifierStart(List<Mention> raw, ImmutableArray<Token> tokens, int i)
    {
        var start = i;
        while (start > 0)
        {
            var prev = start - 1;
            var mention = FirstEndingAt(raw, start);
            if (mention is not null && mention.Kind != EntityKinds.Person)
            {
                start = mention.FirstToken;
                continue;
            }

            if (tokens[prev].Text is "'s" or "’s" && FirstEndingAt(raw, prev) is { } owner)
            {
                start = owner.FirstToken;
                continue;
            }

            if (Low(prev).StartsWith("then-", StringComparison.Ordinal) || Low(prev) is "deputy" or "senior" or "top" or "acting")
            {
                start = prev;
                continue;
            }

            if (char.IsUpper(tokens[prev].Text[0]) && tokens[prev].Kind == TokenKind.Word && _lexicon.NotNames.Contains(tokens[prev].Text) is false && _lexicon.OrganisationWords.Contains(tokens[prev].Text))
            {
                start = prev;
                continue;
            }

            if (char.IsUpper(tokens[prev].Text[0]) && tokens[prev].Text is "International" or "Foreign" or "Ministry" or "UN" or "Defense" or "Defence")
            {
                start = prev;
                continue;
            }

            break;
        }

        return start;
    }

    private Mention? AppositiveName(List<Mention> raw, ImmutableArray<Token> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && (Low(k) is "a" or "an" or "the" or "its" or "senior" or "high-ranking" or "top" or "former"))
        {
            k--;
        }

        // A possessor before the title: "Name, Netanyahu's military secretary,", "Name, the prime minister's
        // spokesman,": a mention, or up to three lower-case words, with "'s", and then the determiners again.
        if (k >= 2 && Low(k) is "'s" or "'")
        {
            var owner = -1;
            foreach (var r in raw)
            {
                if (r.EndToken == k)
                {
                    owner = r.FirstToken;
                    break;
                }
            }

            if (owner < 0)
            {
                owner = k;
                while (owner > 0 && k - owner < 3 && tokens[owner - 1].Kind == TokenKind.Word && char.IsLower(tokens[owner - 1].Text[0]))
                {
                    owner--;
                }
            }

            k = owner - 1;
            while (k >= 0 && (Low(k) is "a" or "an" or "the"))
            {
                k--;
            }
        }

        if (k < 1 || tokens[k].Text != ",")
        {
            return null;
        }

        foreach (var r in raw)
        {
            if (r.EndToken == k && r.Kind == EntityKinds.Person)
            {
                return r;
            }
        }

        return null;
    }

    private Mention? Group(string text, Sentence sentence, List<Mention> raw, ImmutableArray<CountMention> counts, int head, string cls)
    {
        var tokens = sentence.Tokens;
        // A head noun followed by a name is a title ("spokeswoman Maria Zakharova"), not a group.
        if (head + 1 < tokens.Length && FirstPersonAt(raw, head + 1) is not null)
        {
            return null;
        }

        var start = head;
        while (start > 0)
        {
            var prev = start - 1;
            var mention = FirstEndingAt(raw, start);
            if (mention is not null && mention.Kind != EntityKinds.Person && mention.Kind != "name")
            {
                start = mention.FirstToken;
                continue;
            }

            // "Hamas's envoys", "Russia's diplomats": officials, delegations and fighters belong to the organisation or
            // the country that owns them (captives do not: "Hamas's hostages" are held by it).
            if (cls is "official" or "delegation" or "armed" && start == head && prev > 0 && tokens[prev].Text is "'s" or "\u2019s"
                && FirstEndingAt(raw, prev) is { Kind: EntityKinds.Organisation or EntityKinds.Country, Adjectival: false } owner)
            {
                start = owner.FirstToken;
                continue;
            }

            // An adjective stands after a count ("two kidnapped soldiers"); before one, its qualifier included, it is a
            // verb ("abducted two soldiers", "abducted about 200 people").
            var adjective = (ShapeAt(prev) & WordShape.GroupAdjective) != 0 && !(tokens[start].Kind == TokenKind.Number || (ShapeAt(start) & WordShape.NumberWord) != 0
                || start < head && InsideCount(counts, tokens[start]));
            if ((ShapeAt(prev) & WordShape.Determiner) != 0 || adjective || tokens[prev].Kind == TokenKind.Number
                || (ShapeAt(prev) & WordShape.NumberWord) != 0 || InsideCount(counts, tokens[prev]))
            {
                start = prev;

                // An article opens the phrase: a place before it is not the group's ("received in Moscow a
                // delegation"), except in a partitive ("three of the hostages").
                if (Low(prev) is "a" or "an" or "the" && !(prev > 0 && Low(prev - 1) == "of"))
                {
                    break;
                }

                continue;
            }

            // "Three of the hostages": a count before a partitive "of the".
            if (prev >= 2 && Low(prev) == "the" && Low(prev - 1) == "of")
            {
                start = prev;
                continue;
            }

            if (Low(prev) == "of" && prev > 0 && (tokens[prev - 1].Kind == TokenKind.Number || (ShapeAt(prev - 1) & WordShape.NumberWord) != 0))
            {
                start = prev;
                continue;
            }

            break;
        }

        var end = head + 1;
        List<Mention>? members = null;
        List<string>? affiliations = null;
        foreach (var m in raw)
        {
            if (m.FirstToken >= start && m.EndToken <= head)
            {
                AddAffiliations(ref affiliations, m);
            }
        }

        // "a delegation from Hamas", "members of Hamas", "led by Name".
        if (end + 1 < tokens.Length && Low(end) is "from" or "of")
        {
            Mention? after = null;
            foreach (var r in raw)
            {
                if (r.FirstToken == end + 1 || (r.FirstToken == end + 2 && Low(end + 1) == "the"))
                {
                    after = r;
                    break;
                }
            }

            // "a delegation of the Palestinian Hamas movement", "... of the Palestinian movement Hamas": a demonym
            // before an organisation qualifies it.
            if (after is { Kind: EntityKinds.Country, Adjectival: true })
            {
                var named = after.EndToken < tokens.Length && Low(after.EndToken) is "movement" or "group" or "faction" or "organisation" or "organization" or "party"
                    ? after.EndToken + 1
                    : after.EndToken;
                foreach (var r in raw)
                {
                    if ((r.FirstToken == after.EndToken || r.FirstToken == named) && r.Kind == EntityKinds.Organisation)
                    {
                        after = r;
                        break;
                    }
                }
            }

            // Captives "from" an organisation come from the hands of the ones who held them ("received two
            // hostages from Hamas"): the organisation is no affiliation of theirs.
            if (after is not null && after.Kind is EntityKinds.Organisation or EntityKinds.Country
                && !(cls == "captive" && after.Kind == EntityKinds.Organisation && Low(end) == "from"))
            {
                AddAffiliations(ref affiliations, after);
                end = after.EndToken;
            }
            else if (after is null && cls is "delegation" or "official" && Low(end) == "of" && end + 2 < tokens.Length && Low(end + 1) == "the"
                     && Low(end + 2) is "movement" or "organisation" or "organization" or "faction"
                     && OrganisationBefore(raw, end) is { } movement)
            {
                // "a delegation of the movement": the organisation named last, as "the movement" alone stands for it.
                AddAffiliations(ref affiliations, movement);
                end += 3;
            }
            else
            {
                // "a group of high-ranking Hamas members": the members' affiliation is the group's.
                Mention? named = null;
                foreach (var r in raw)
                {
                    if (r.FirstToken > end + 1 && r.FirstToken <= end + 3 && r.Kind is EntityKinds.Organisation or EntityKinds.Country
                        && r.EndToken < tokens.Length && _lexicon.DescriptorClasses.ContainsKey(Low(r.EndToken))
                        && LowerWordsOrHyphens(tokens, end + 1, r.FirstToken))
                    {
                        named = r;
                        break;
                    }
                }

                if (named is not null)
                {
                    AddAffiliations(ref affiliations, named);
                    end = named.EndToken + 1;
                }
            }
        }

        // "hostages with Russian citizenship": the nationality is an affiliation.
        if (end + 2 < tokens.Length && Low(end) == "with" && Low(end + 2) is "citizenship" or "nationality" or "passports" or "passport" or "citizenships")
        {
            Mention? nation = null;
            foreach (var r in raw)
            {
                if (r.FirstToken == end + 1 && r.Kind == EntityKinds.Country)
                {
                    nation = r;
                    break;
                }
            }

            if (nation is not null)
            {
                AddAffiliations(ref affiliations, nation);
                end += 3;
            }
        }

        if (end + 2 < tokens.Length && Low(end) is "led" or "headed" && Low(end + 1) == "by")
        {
            var leader = LeaderAt(raw, tokens, end + 2);
            if (leader is not null)
            {
                (members ??= []).Add(leader);
                end = leader.EndToken;
            }
        }
        else if (end + 3 < tokens.Length && tokens[end].Text == "," && Low(end + 1) is "led" or "headed" && Low(end + 2) == "by"
                 && LeaderAt(raw, tokens, end + 3) is { } leader && (leader.EndToken == tokens.Length || tokens[leader.EndToken].Text is "," or "." or ";"))
        {
            // "The delegation, led by Name, was received": the leader in an apposition is a member as well, and the
            // group ends before the comma, so that the verb after the apposition finds its subject.
            (members ??= []).Add(leader);
        }

        if (cls == "people" && end + 2 < tokens.Length && Low(end) is "being" or "held" && (Low(end) == "hostage" || Low(end + 1) == "hostage" || Low(end + 2) == "hostage"))
        {
            cls = "captive";
        }

        // A pronoun owner ("its cadres", "their representatives") takes the affiliation of what it stands for.
        if ((affiliations is null || affiliations.Count == 0) && start < head && Low(start) is "its" or "their")
        {
            var owner = ResolveThing(raw, tokens[start].Start, Low(start) == "their");
            if (owner is not null)
            {
                AddAffiliations(ref affiliations, owner);
            }
        }

        CountValue? count = null;
        foreach (var c in counts)
        {
            if (c.Span.Start >= tokens[start].Start && c.Span.End <= tokens[head].Start)
            {
                count = c.Value;
                break;
            }
        }

        count ??= LineCount(tokens, counts, start);

        if (cls == "people" && count is null && (affiliations is null || affiliations.Count == 0))
        {
            return null;
        }

        return Make(tokens, start, end, text, EntityKinds.Group, null, cls: cls,
            affiliations: affiliations is null ? ImmutableArray<string>.Empty : [.. affiliations],
            members: members is null ? ImmutableArray<Mention>.Empty : [.. members], count: count);
    }

    /// <summary>
    /// The count that opens a "by the numbers" line when the group's phrase starts right after it and a dash ("6 --
    /// Hostages whose bodies were found ...", "105 — Captives freed ..."): the figure counts the description after
    /// it. Only bullets may stand before the count; null otherwise.
    /// </summary>
    private static CountValue? LineCount(ImmutableArray<Token> tokens, ImmutableArray<CountMention> counts, int start)
    {
        var k = start - 1;
        var dashes = 0;
        while (k >= 0 && tokens[k].Text is "-" or "\u2013" or "\u2014")
        {
            dashes++;
            k--;
        }

        if (dashes == 0 || k < 0 || tokens[k].Kind != TokenKind.Number)
        {
            return null;
        }

        foreach (var c in counts)
        {
            if (c.Span.Start <= tokens[k].Start && tokens[k].End <= c.Span.End)
            {
                // Nothing but bullets before the count: it opens the line.
                for (var b = 0; b < k; b++)
                {
                    if (tokens[b].End > c.Span.Start)
                    {
                        break;
                    }

                    if (tokens[b].Kind != TokenKind.Punctuation)
                    {
                        return null;
                    }
                }

                return c.Value;
            }
        }

        return null;
    }

    /// <summary>True when a count covers <paramref name="token"/>.</summary>
    private static bool InsideCount(ImmutableArray<CountMention> counts, Token token)
    {
        foreach (var c in counts)
        {
            if (c.Span.Start <= token.Start && token.End <= c.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when tokens [from, to) are all lower-case words or hyphens.</summary>
    private static bool LowerWordsOrHyphens(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!(tokens[k].Kind == TokenKind.Word && char.IsLower(tokens[k].Text[0]) || tokens[k].Text == "-"))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly FrozenSet<string> PrepositionsBeforeObject = FrozenSet.Create(StringComparer.Ordinal,
        "with", "against", "to", "from", "in", "on", "at", "by", "for", "of", "into", "toward", "towards");

    /// <summary>True when a comma stands right before mention <paramref name="m"/> of the sentence before, spaces aside.</summary>
    private bool CommaBefore(Mention m)
    {
        var k = m.Start - 1;
        while (k >= 0 && char.IsWhiteSpace(_text[k]))
        {
            k--;
        }

        return k >= 0 && _text[k] == ',';
    }

    private Mention? ResolveThing(List<Mention> before, int offset, bool group)
    {
        // The antecedent is the last country (or capital acting for one) before the pronoun, the subject of the
        // clause rather than the object of a preposition ("Moscow, along with Beijing, used its veto": Moscow).
        Mention? best = null;
        Mention? bestFree = null;
        for (var k = 0; k < before.Count; k++)
        {
            var m = before[k];
            if (m.End > offset || m.Pronoun)
            {
                continue;
            }

            if (m.Kind == EntityKinds.Country || (m.Kind == EntityKinds.City && _actors[m.ActorId]?.StandsFor is not null) || ActsForACountry(m))
            {
                best = m;
                if (m.FirstToken == 0 || !PrepositionsBeforeObject.Contains(Low(m.FirstToken - 1)))
                {
                    bestFree = m;
                }
            }
        }

        // A capital named only as a place, after a preposition ("a Hamas delegation was in Moscow ..., where it met"),
        // gives way to an organisation or a delegation that is the clause's subject.
        if (bestFree is null && best is { Kind: EntityKinds.City })
        {
            for (var k = 0; k < before.Count; k++)
            {
                var m = before[k];
                if (m.End <= offset && m.FirstToken < best.FirstToken && !m.Pronoun && !m.Adjectival
                    && (m.Kind == EntityKinds.Organisation || m.Kind == EntityKinds.Group && m.DescriptorClass == "delegation")
                    && (m.FirstToken == 0 || !PrepositionsBeforeObject.Contains(Low(m.FirstToken - 1))))
                {
                    bestFree = m;
                }
            }
        }

        best = bestFree ?? best;

        best ??= LastBefore(before, offset, groups: false);
        if (group)
        {
            best = LastBefore(before, offset, groups: true) ?? best;
        }

        if (best is not null)
        {
            return best;
        }

        // "The six were named as ... . According to X, they were shot": a group that opens the sentence before, its
        // subject, is what "they" goes on to speak of; so is one after a fronted time or place ("On 7 October,
        // fighters from X crossed into Y. They killed ...").
        if (group && _previous.Length > 0 && _previous[0] is var opening && opening.Resolved.Kind == EntityKinds.Group
            && (opening.FirstToken <= 1 || CommaBefore(opening)))
        {
            return opening;
        }

        foreach (var m in _previous)
        {
            if (m.Kind is EntityKinds.Country or EntityKinds.Organisation && !m.Adjectival)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// For a pronoun that opens what a body reports ("Hamas told the Red Cross that it ...", "Hamas, in a letter to
    /// Qatar, said it ..."), the body that speaks: the subject of the reporting verb, when an organisation, country,
    /// capital or group, an aside between commas allowed between the two; only the addressee and "that" may stand
    /// between the verb and the pronoun. Null otherwise, and for a person who speaks ("the spokesman said it").
    /// </summary>
    private Mention? ReportingSubject(List<Mention> before, int pronoun)
    {
        var k = pronoun - 1;
        if (k >= 0 && Low(k) == "that")
        {
            k--;
        }

        foreach (var m in before)
        {
            if (m.EndToken == k + 1 && m.FirstToken <= k && !m.Pronoun)
            {
                k = m.FirstToken - 1;
                k -= k > 0 && Low(k) == "the" ? 1 : 0;
                break;
            }
        }

        if (k < 1 || Low(k) is not ("said" or "says" or "say" or "told" or "tells" or "tell" or "added" or "stated" or "announced" or "insisted"))
        {
            return null;
        }

        var end = k;
        if (Low(end - 1) == ",")
        {
            var open = end - 2;
            while (open > 0 && open > end - 12 && Low(open) != ",")
            {
                open--;
            }

            end = Low(open) == "," ? open : end;
        }

        for (var b = before.Count - 1; b >= 0; b--)
        {
            var m = before[b];
            if (m.EndToken == end && !m.Pronoun)
            {
                return m.Kind is EntityKinds.Organisation or EntityKinds.Country or EntityKinds.Group
                    || m.Kind == EntityKinds.City && _actors[m.ActorId]?.StandsFor is not null ? m : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A state's body named by a collective noun with the country's adjective ("the Russian side", "the Israeli
    /// government"): it is "it" as the country would be.
    /// </summary>
    private static bool ActsForACountry(Mention m) =>
        m.Kind == EntityKinds.Group && m.DescriptorClass == "official" && m.Title is null && !m.Affiliations.IsDefaultOrEmpty
        && m.EndToken > m.FirstToken && CollectiveHeads.Contains(m.Text[(m.Text.LastIndexOf(' ') + 1)..]);

    private static readonly FrozenSet<string> CollectiveHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "side", "government", "leadership", "administration", "military", "army");

    /// <summary>The last organisation (or, with <paramref name="groups"/>, group or organisation) ending by <paramref name="offset"/> that is not a pronoun.</summary>
    private static Mention? LastBefore(List<Mention> before, int offset, bool groups)
    {
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var m = before[k];
            // A numeral that stands for a counted group ("the six were named ...; they were shot") is that group.
            if (m.End <= offset && (m.Kind == EntityKinds.Organisation || (groups && m.Kind == EntityKinds.Group))
                && (!m.Pronoun || groups && m.Kind == EntityKinds.Group && m.Count is not null && m.Antecedent is not null))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>What kind of antecedent the token at <paramref name="i"/> points back to, if it is a pronoun at all.</summary>
    private PronounKind PronounAt(ImmutableArray<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (word.Length is < 2 or > 5)
        {
            return PronounKind.None;
        }

        // Every pronoun starts with h, s, i, t or w in either case; other ASCII letters and signs start none, while
        // characters beyond ASCII are left to the case-insensitive lookup.
        var first = word[0];
        if (first < 0x80 && (first | 0x20) is not ('h' or 's' or 'i' or 't' or 'w'))
        {
            return PronounKind.None;
        }

        // An ASCII word is a pronoun in any case exactly when its lower-case form is one, and then the lexicon
        // says which.
        var kind = (ShapeAt(i) & WordShape.Ascii) != 0 ? FactsAt(i)?.Pronoun ?? PronounKind.None : MentionLexicon.PronounOf(word);
        if (kind is not (PronounKind.None or PronounKind.Relative))
        {
            return kind;
        }

        return word is "which" or "who" && i > 0 && tokens[i - 1].Text == "," ? PronounKind.Relative : PronounKind.None;
    }

    /// <summary>What the family name in a mention's full name says of its bearer's sex (see <see cref="NameGender.OfSurname"/>).</summary>
    private char? SurnameSex(Mention m)
    {
        if (!_surnameSexes.TryGetValue(m, out var sex))
        {
            sex = NameGender.OfSurname(SurnameOf(FullName(m)));
            _surnameSexes[m] = sex;
        }

        return sex;
    }

    private void AddPronouns(string text, Sentence sentence, List<Mention> eligible)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((ShapeAt(i) & WordShape.Pronoun) == 0)
            {
                continue;
            }

            var kind = PronounAt(tokens, i);
            if (kind == PronounKind.None || Covers(eligible, i))
            {
                continue;
            }

            var word = tokens[i].Text;
            Mention? antecedent = null;
            var before = MentionsBefore(eligible, i);
            if (kind == PronounKind.Person)
            {
                // "her" does not point at a man whose family name says he is one (Trufanov), nor "his" at a woman.
                var sex = NameGender.OfPronoun(word);
                bool Fits(Mention m) => sex is null || SurnameSex(m.Resolved) is not { } g || g == sex;
                var people = _candidates;
                people.Clear();
                foreach (var m in before)
                {
                    if (m.Kind == EntityKinds.Person && !m.Pronoun && Fits(m))
                    {
                        people.Add(m);
                    }
                }

                antecedent = people.Count > 0 ? people[^1] : null;

                // "Marzouk said he is held by X": the speaker is rarely the one the reported clause is about when
                // the sentence has named someone else before him.
                if (antecedent is not null && people.Count > 1 && antecedent.EndToken + 2 >= i && HasSpeechVerb(antecedent.EndToken, i))
                {
                    antecedent = people[^2];
                }

                // From the sentence before, the first person named, preferring one who is no object of a preposition
                // ("After the killing of A, B was named ... . He met ...": B, the subject, not A).
                if (antecedent is null)
                {
                    Mention? first = null;
                    foreach (var m in _previous)
                    {
                        if (m.Resolved.Kind == EntityKinds.Person && Fits(m))
                        {
                            first ??= m;
                            if (!PrepositionBefore(text, m.Start))
                            {
                                antecedent = m;
                                break;
                            }
                        }
                    }

                    antecedent ??= first;
                }

                if (antecedent is null)
                {
                    for (var k = _people.Count - 1; k >= 0; k--)
                    {
                        var m = _people[k];
                        if (m.PersonKey is not null && Fits(m) && SurnameSex(m) is not null)
                        {
                            antecedent = m;
                            break;
                        }
                    }
                }
            }
            else if (kind == PronounKind.Thing)
            {
                antecedent = ReportingSubject(before, i) ?? ResolveThing(before, tokens[i].Start, false);
            }
            else if (kind == PronounKind.Group)
            {
                antecedent = ReportingSubject(before, i) ?? ResolveThing(before, tokens[i].Start, true);
            }
            else
            {
                for (var k = before.Count - 1; k >= 0; k--)
                {
                    if (before[k].EndToken == i - 1)
                    {
                        antecedent = before[k];
                        break;
                    }
                }
            }

            if (antecedent is null)
            {
                continue;
            }

            var r = antecedent.Resolved;
            eligible.Add(new Mention(i, i + 1, tokens[i].Start, tokens[i].End, word, r.Kind, r.ActorId, r.DescriptorClass, r.Affiliations, r.Members, r.Count, r.Title, false, true)
            {
                Antecedent = r,
                PersonKey = r.PersonKey,
            });
        }
    }

    /// <summary>
    /// True when the word right before offset <paramref name="at"/> of the text (its last twelve letters at most) is
    /// one of <see cref="PrepositionsBeforeObject"/>, in any case; read in place, without making a string.
    /// </summary>
    private static bool PrepositionBefore(string text, int at)
    {
        var end = Math.Min(at, text.Length);
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < 12)
        {
            start--;
        }

        if (start == end)
        {
            return false;
        }

        Span<char> lower = stackalloc char[12];
        var n = text.AsSpan(start, end - start).ToLowerInvariant(lower);
        return n > 0 && PrepositionsBeforeLookup.Contains(lower[..n]);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionsBeforeLookup =
        PrepositionsBeforeObject.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds to <paramref name="groups"/> a bare numeral used as a noun ("the six were shot dead", "all three had been
    /// held", "all the four are free") that stands for the group of that exact count named before it in the sentence
    /// or the few before ("six hostages"); like a pronoun, it resolves to that group. Only a numeral after "the"
    /// or "all" and before a verb of being, an auxiliary or a modal is read so, and only with such a group to stand for.
    /// </summary>
    private void AddCountedGroupAnaphors(string text, int sentenceIndex, ImmutableArray<Token> tokens, ImmutableArray<CountMention> counts, List<Mention> groups)
    {
        foreach (var c in counts)
        {
            if (c.Value.Qualifier != CountQualifier.Exact || c.Span != c.NumberSpan)
            {
                continue;
            }

            var i = 1;
            while (i < tokens.Length && tokens[i].Start < c.NumberSpan.Start)
            {
                i++;
            }

            if (i + 1 >= tokens.Length || tokens[i].Start != c.NumberSpan.Start || tokens[i].End != c.NumberSpan.End
                || !IsAny(tokens[i - 1].Text, CountedGroupOpeners) || !IsAny(tokens[i + 1].Text, CountedGroupVerbs))
            {
                continue;
            }

            Mention? antecedent = null;
            for (var k = groups.Count - 1; k >= 0 && antecedent is null; k--)
            {
                if (groups[k].EndToken < i && !groups[k].Pronoun && groups[k].Count is { Qualifier: CountQualifier.Exact } n && n.Value == c.Value.Value)
                {
                    antecedent = groups[k];
                }
            }

            for (var k = _counted.Count - 1; k >= 0 && antecedent is null; k--)
            {
                if (_counted[k].Sentence >= sentenceIndex - CountedGroupSentences && _counted[k].Group.Count!.Value == c.Value.Value)
                {
                    antecedent = _counted[k].Group;
                }
            }

            if (antecedent is null)
            {
                continue;
            }

            var first = tokens[i - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && i >= 2 && tokens[i - 2].Text.Equals("all", StringComparison.OrdinalIgnoreCase) ? i - 2 : i - 1;
            var r = antecedent.Resolved;
            groups.Add(Make(tokens, first, i + 1, text, EntityKinds.Group, null, cls: r.DescriptorClass, affiliations: r.Affiliations, count: r.Count, title: r.Title, pronoun: true) with
            {
                Antecedent = r,
            });
        }
    }

    /// <summary>True when <paramref name="word"/> is one of <paramref name="words"/> in any case.</summary>
    private static bool IsAny(string word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps the groups of sentence <paramref name="sentenceIndex"/> with an exact count, for the numerals of the next sentences.</summary>
    private void KeepCountedGroups(int sentenceIndex, List<Mention> groups)
    {
        var stale = 0;
        while (stale < _counted.Count && _counted[stale].Sentence < sentenceIndex - CountedGroupSentences)
        {
            stale++;
        }

        _counted.RemoveRange(0, stale);
        foreach (var g in groups)
        {
            if (!g.Pronoun && g.Count is { Qualifier: CountQualifier.Exact })
            {
                _counted.Add((sentenceIndex, g));
            }
        }
    }

    /// <summary>True when one of the mentions covers token <paramref name="i"/>.</summary>
    private static bool Covers(List<Mention> mentions, int i)
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken <= i && i < m.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mentions ending by token <paramref name="i"/>, ordered by where they end (ties keep their order).</summary>
    private List<Mention> MentionsBefore(List<Mention> mentions, int i)
    {
        var before = _before;
        before.Clear();
        foreach (var m in mentions)
        {
            if (m.EndToken > i)
            {
                continue;
            }

            var j = before.Count;
            before.Add(m);
            while (j > 0 && before[j - 1].EndToken > m.EndToken)
            {
                before[j] = before[j - 1];
                j--;
            }

            before[j] = m;
        }

        return before;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a singular demonym standing as a noun for one person of that country,
    /// after "a" or "an" and at most two words that describe the person ("an Israeli who", "a 25-year-old Israeli
    /// was freed", "a young Russian said"): no noun follows it, as one does after the adjective ("an Israeli
    /// official").
    /// </summary>
    private bool IsDemonymPerson(int i)
    {
        var word = _tokens[i].Text;
        if (i == 0 || word.Length < 3 || word[^1] == 's')
        {
            return false;
        }

        var article = -1;
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (Low(k) is "a" or "an")
            {
                article = k;
                break;
            }

            if (_tokens[k].Kind != TokenKind.Word || (ShapeAt(k) & WordShape.Capitalised) != 0)
            {
                return false;
            }
        }

        // The dictionary is asked last: an alias after "a" or "an" is rare, the lookup is not cheap.
        if (article < 0 || _actors.Word(word) is not { Demonym: true })
        {
            return false;
        }

        if (i + 1 >= _tokens.Length || _tokens[i + 1].Kind != TokenKind.Word)
        {
            return true;
        }

        return Low(i + 1) is "who" or "whose" or "was" or "is" or "has" or "had" or "said" or "says";
    }

    /// <summary>True when a verb of speech stands among the lower-case tokens from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private bool HasSpeechVerb(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Low(k) is "said" or "says" or "told" or "added" or "stated" or "claimed")
            {
                return true;
            }
        }

        return false;
    }
}
