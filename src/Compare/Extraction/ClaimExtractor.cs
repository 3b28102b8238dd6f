using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Compare.Articles;
using Compare.Recognition;
using Compare.Recognition.Counts;
using Compare.Recognition.Dates;
using Compare.Rules;
using Compare.Text;

namespace Compare.Extraction;

/// <summary>
/// Runs the compiled rules over one article: segments it, recognises mentions, dates and counts, finds triggers,
/// fills roles from the places each rule names, reads the cues around each trigger and gives one claim per
/// trigger (and one per counted measure). Pure: the same article, rules and year hints give the same claims.
/// </summary>
internal sealed partial class ClaimExtractor
{
    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being", "am" };
    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "n't", "also", "reportedly", "later", "then", "already", "recently", "allegedly", "officially", "immediately", "instantly",
        "finally", "eventually", "just", "still", "never", "had", "has", "have", "being", "been", "to", "quickly", "apparently",
    };

    // Adverbs that may stand between a subject and its verb ("X, the group's leader, today met ..."), passed over to
    // find the subject.
    private static readonly HashSet<string> SubjectAdverbs = new(StringComparer.Ordinal)
    {
        "today", "yesterday", "tonight", "also", "then", "later", "earlier", "again", "reportedly", "already", "recently",
        "allegedly", "officially", "finally", "eventually", "just", "still", "now", "once", "first", "personally",
    };

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ";", ":", "—", "–" };
    // "the settlements surrounding Gaza" is not Gaza: a word of place relation between the preposition and the name.
    private static readonly HashSet<string> SpatialWords = new(StringComparer.Ordinal) { "surrounding", "around", "near", "outside", "bordering", "beyond", "across", "along", "adjacent", "off", "north", "south", "east", "west" };
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "which", "who", "whom", "that", "where", "while", "when", "after", "before", "but", "because", "and" };
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "had", "has", "have", "been", "was", "were", "is", "are", "be", "being" };
    private const int ContextSentences = 6;
    private const int MeasureSentences = 3;

    /// <summary>
    /// What the rules ask of a word by its lower-case text, read from the word sets above once per word (see
    /// <see cref="SentenceWords.Facts"/>) rather than looked up by hashing the text at every test.
    /// </summary>
    [Flags]
    private enum WordFacts
    {
        None = 0,
        Be = 1 << 0,
        Skippable = 1 << 1,
        ClauseBreak = 1 << 2,
        Spatial = 1 << 3,
        ClauseOpener = 1 << 4,
        Auxiliary = 1 << 5,
        Preposition = 1 << 6,
        Comma = 1 << 7,

        /// <summary>The word's text starts with an upper-case letter (a fact of the text, not of the lower-case form).</summary>
        Capitalised = 1 << 8,

        // The word can start a cue of the list named (see CueList.CanStart): a word without the flag starts none, so
        // the list's cues are not compared with it.
        IrrealisStart = 1 << 9,
        HedgeStart = 1 << 10,
        DenialStart = 1 << 11,
        NegationStart = 1 << 12,
        AttributionStart = 1 << 13,
        SupportStart = 1 << 14,
        RetractionStart = 1 << 15,
        SelfReferenceStart = 1 << 16,

        CueStarts = IrrealisStart | HedgeStart | DenialStart | NegationStart | AttributionStart | SupportStart | RetractionStart | SelfReferenceStart,
    }

    /// <summary>The facts of a word whose text in lower case, with ’ read as ', is <paramref name="lower"/>.</summary>
    private static WordFacts FactsOf(string lower) =>
        (BeForms.Contains(lower) ? WordFacts.Be : 0) | (Skippable.Contains(lower) ? WordFacts.Skippable : 0) | OrdinalFactsOf(lower);

    // The longest word of the sets compared ignoring case: a word compares equal ignoring case only to one as long.
    private static readonly int CaselessLongest = Math.Max(BeForms.Max(w => w.Length), Skippable.Max(w => w.Length));

    /// <summary>The facts of <see cref="FactsOf"/> read from the sets compared ignoring case, a longer word not looked up.</summary>
    private static WordFacts CaselessFactsOf(string lower) =>
        lower.Length > CaselessLongest ? WordFacts.None
        : (BeForms.Contains(lower) ? WordFacts.Be : 0) | (Skippable.Contains(lower) ? WordFacts.Skippable : 0);

    /// <summary>The words whose <see cref="OrdinalFactsOf"/> can be other than none.</summary>
    private static IEnumerable<string> OrdinalFactWords =>
        ClauseBreaks.Concat(SpatialWords).Concat(ClauseOpeners).Concat(Auxiliaries).Concat(RoleSources.Prepositions).Append(",");

    /// <summary>The facts of <see cref="FactsOf"/> read from the sets compared ordinally.</summary>
    private static WordFacts OrdinalFactsOf(string lower) =>
        (ClauseBreaks.Contains(lower) ? WordFacts.ClauseBreak : 0)
        | (SpatialWords.Contains(lower) ? WordFacts.Spatial : 0)
        | (ClauseOpeners.Contains(lower) ? WordFacts.ClauseOpener : 0)
        | (Auxiliaries.Contains(lower) ? WordFacts.Auxiliary : 0)
        | (RoleSources.Prepositions.Contains(lower) ? WordFacts.Preposition : 0)
        | (lower == "," ? WordFacts.Comma : 0);

    private readonly RuleSet _rules;
    private readonly ActorIndex _actors;

    // Built once per rule set: a number for every word of a trigger form, the rules whose trigger forms a word starts
    // (by the word's number: each rule in the order first met, whether one of its forms is the word alone, and its
    // longer forms), each rule's trigger forms in the order they are tried (longest phrase first, then longest form)
    // as numbers, and every irregular past form.
    private readonly FrozenDictionary<string, int> _triggerWordIds;
    private readonly (int Rule, bool Alone, int[][] Longer)[][] _rulesByFirstWord;
    private readonly (TriggerPhrase Phrase, int[] Form)[][] _formsInOrder;

    // For each rule and each word number, the places in the rule's forms in order of the forms that start with the
    // word (ascending; null for none).
    private readonly int[]?[][] _formsStartingWith;
    private readonly FrozenSet<string> _irregularForms;

    // The number of each trigger word (-1 for none) and the facts of the sets compared ordinally (see OrdinalFactsOf)
    // of each word that has either, so that a word is read with one lookup and those of the two sets compared
    // ignoring case.
    private readonly FrozenDictionary<string, (int Id, WordFacts Facts)> _knownWords;

    // For each rule, how far after the trigger each of its roles is looked for after a preposition: a place may
    // stand after an appositive and a date ("the killing of X, the group's leader, on 3 May, in Y").
    private readonly int[][] _roleReaches;

    // For each measure, each of its trigger forms as numbers (phrase by phrase), and whether any measure form holds
    // an apostrophe (see DetachedMeasures).
    private readonly Dictionary<MeasureSpec, int[][]> _measureForms = new(ReferenceEqualityComparer.Instance);

    // For each word number n, at n + 1, 1 when the word starts a trigger form or a measure form, else 0 (and 0 at 0,
    // for the words of number -1): only such words are looked for in a sentence (the others, "with" of "meeting
    // with", are only compared once a form has started). A number rather than a flag, so that it counts the starts.
    private readonly byte[] _startsForm;
    private readonly bool _measureApostrophes;
    private readonly CueList _irrealis;
    private readonly CueList _hedges;
    private readonly CueList _denials;
    private readonly CueList _negations;
    private readonly CueList _attributions;
    private readonly CueList _supports;
    private readonly CueList _retractions;
    private readonly CueList _selfReferences;
    private readonly FrozenSet<string> _refutationLabels;

    // The nouns after which a yearless date names an event ("the October 7 attack"): each event noun's last word.
    private readonly FrozenSet<string> _eventNameNouns;

    // The nouns that open a sentence telling more of the event before it: the lexicon's event nouns, for any event
    // type (null), and each type's noun triggers, for that type; longest phrases first.
    private readonly (ImmutableArray<string> Words, string? EventType)[] _eventOpeners;

    // The first words of _eventOpeners, lower-case: most sentences open with none of them after their determiner.
    private readonly FrozenSet<string> _eventOpenerStarts;

    // The ids of the media of the dictionary (wire services), looked up for every mention of a sentence a rule fires in.
    private readonly FrozenSet<string> _media;
    private readonly CueList[] _cueLists;

    // The cue-start flags of SentenceWords.NotACue, the word a capitalised word inside a sentence reads as among cue words.
    private readonly WordFacts _notACueStarts;

    public ClaimExtractor(RuleSet rules, ActorIndex actors)
    {
        _rules = rules;
        _actors = actors;
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var byFirst = new List<List<(int, int[])>>();
        _formsInOrder = new (TriggerPhrase, int[])[rules.Rules.Length][];
        for (var r = 0; r < rules.Rules.Length; r++)
        {
            // The phrases by their longest form, longest first, and each phrase's forms longest first, both in a
            // stable order; sorted positions rather than LINQ over the forms' immutable arrays, whose generic code
            // is compiled at run time.
            var triggers = rules.Rules[r].Triggers;
            var longest = new int[triggers.Length];
            var count = 0;
            for (var p = 0; p < triggers.Length; p++)
            {
                foreach (var form in triggers[p].Forms)
                {
                    longest[p] = Math.Max(longest[p], form.Length);
                }

                count += triggers[p].Forms.Length;
            }

            _formsInOrder[r] = new (TriggerPhrase, int[])[count];
            var k = 0;
            foreach (var p in InOrder.StableOrder(triggers.Length, (x, y) => longest[y].CompareTo(longest[x])))
            {
                var phrase = triggers[p];
                foreach (var f in InOrder.StableOrder(phrase.Forms.Length, (x, y) => phrase.Forms[y].Length.CompareTo(phrase.Forms[x].Length)))
                {
                    var form = phrase.Forms[f];
                    var ids = new int[form.Length];
                    for (var w = 0; w < form.Length; w++)
                    {
                        if (!wordIds.TryGetValue(form[w], out ids[w]))
                        {
                            ids[w] = wordIds[form[w]] = wordIds.Count;
                            byFirst.Add([]);
                        }
                    }

                    _formsInOrder[r][k++] = (phrase, ids);
                    byFirst[ids[0]].Add((r, ids));
                }
            }
        }

        // The words of measure forms are numbered too, so that a sentence tells at once which forms can stand in it.
        foreach (var rule in rules.Rules)
        {
            foreach (var measure in rule.Measures)
            {
                var forms = new List<int[]>();
                foreach (var phrase in measure.Triggers)
                {
                    foreach (var form in phrase.Forms)
                    {
                        foreach (var word in form)
                        {
                            _measureApostrophes |= word.Contains('\'') || word.Contains('’');
                            if (!wordIds.ContainsKey(word))
                            {
                                wordIds[word] = wordIds.Count;
                                byFirst.Add([]);
                            }
                        }

                        var ids = new int[form.Length];
                        for (var w = 0; w < form.Length; w++)
                        {
                            ids[w] = wordIds[form[w]];
                        }

                        forms.Add(ids);
                    }
                }

                _measureForms[measure] = [.. forms];
            }
        }

        _startsForm = new byte[wordIds.Count + 1];
        for (var id = 0; id < byFirst.Count; id++)
        {
            _startsForm[id + 1] = byFirst[id].Count > 0 ? (byte)1 : (byte)0;
        }

        foreach (var forms in _measureForms.Values)
        {
            foreach (var form in forms)
            {
                if (form.Length > 0)
                {
                    _startsForm[form[0] + 1] = 1;
                }
            }
        }

        _roleReaches = new int[rules.Rules.Length][];
        for (var r = 0; r < rules.Rules.Length; r++)
        {
            var roles = rules.Rules[r].Roles;
            _roleReaches[r] = new int[roles.Length];
            for (var k = 0; k < roles.Length; k++)
            {
                _roleReaches[r][k] = roles[k].Kinds.All(EntityKinds.IsPlace) ? 20 : 10;
            }
        }

        _triggerWordIds = wordIds.ToFrozenDictionary(StringComparer.Ordinal);
        _formsStartingWith = new int[]?[rules.Rules.Length][];
        for (var r = 0; r < rules.Rules.Length; r++)
        {
            var starting = new List<int>?[wordIds.Count];
            for (var f = 0; f < _formsInOrder[r].Length; f++)
            {
                (starting[_formsInOrder[r][f].Form[0]] ??= []).Add(f);
            }

            _formsStartingWith[r] = [.. starting.Select(places => places?.ToArray())];
        }

        var known = new Dictionary<string, (int, WordFacts)>(StringComparer.Ordinal);
        foreach (var word in wordIds.Keys.Concat(OrdinalFactWords))
        {
            known[word] = (wordIds.TryGetValue(word, out var id) ? id : -1, OrdinalFactsOf(word));
        }

        _knownWords = known.ToFrozenDictionary(StringComparer.Ordinal);
        _rulesByFirstWord = new (int, bool, int[][])[byFirst.Count][];
        for (var id = 0; id < byFirst.Count; id++)
        {
            var rulesInOrder = new List<int>();
            foreach (var (r, _) in byFirst[id])
            {
                if (!rulesInOrder.Contains(r))
                {
                    rulesInOrder.Add(r);
                }
            }

            _rulesByFirstWord[id] = new (int, bool, int[][])[rulesInOrder.Count];
            for (var k = 0; k < rulesInOrder.Count; k++)
            {
                var r = rulesInOrder[k];
                var alone = false;
                var longer = new List<int[]>();
                foreach (var (rule, form) in byFirst[id])
                {
                    if (rule != r)
                    {
                        continue;
                    }

                    if (form.Length == 1)
                    {
                        alone = true;
                    }
                    else
                    {
                        longer.Add(form);
                    }
                }

                _rulesByFirstWord[id][k] = (r, alone, [.. longer]);
            }
        }
        // A loop rather than LINQ over the lexicon's immutable arrays, whose generic code is compiled at run time.
        var irregularForms = new List<string>();
        foreach (var (_, forms) in rules.Lexicons.IrregularVerbs)
        {
            irregularForms.AddRange(forms);
        }

        _irregularForms = irregularForms.ToFrozenSet(StringComparer.Ordinal);
        _irrealis = new CueList(rules.Lexicons.Cue("irrealis"), WordFacts.IrrealisStart);
        _hedges = new CueList(rules.Lexicons.Cue("hedge"), WordFacts.HedgeStart);
        _denials = new CueList(rules.Lexicons.Cue("denial"), WordFacts.DenialStart);
        _negations = new CueList(rules.Lexicons.Cue("negation"), WordFacts.NegationStart);
        _attributions = new CueList(rules.Lexicons.Cue("attribution"), WordFacts.AttributionStart);
        _supports = new CueList(rules.Lexicons.Cue("support"), WordFacts.SupportStart);
        _retractions = new CueList(rules.Lexicons.Cue("retraction"), WordFacts.RetractionStart);
        _selfReferences = new CueList(rules.Lexicons.Cue("self-reference"), WordFacts.SelfReferenceStart);
        _refutationLabels = rules.Lexicons.Cue("refutation").Where(c => c.Length == 1).Select(c => c[0]).ToFrozenSet(StringComparer.Ordinal);
        _designationGap = DesignationGapOf(rules.Lexicons);
        _resolutionWords = ResolutionWordsOf(rules.Lexicons);
        _eventNameNouns = rules.Lexicons.Cue("event-noun").Where(c => c.Length > 0).Select(c => c[^1]).ToFrozenSet(StringComparer.Ordinal);
        var openers = new List<(ImmutableArray<string> Words, string? EventType)>();
        foreach (var noun in rules.Lexicons.Cue("event-noun"))
        {
            openers.Add((noun, null));
        }

        foreach (var rule in rules.Rules)
        {
            foreach (var phrase in rule.Triggers)
            {
                if (phrase.IsNoun && !phrase.Weak)
                {
                    foreach (var form in phrase.Forms)
                    {
                        openers.Add((form, rule.EventType));
                    }
                }
            }
        }

        _eventOpeners = [.. openers.OrderByDescending(o => o.Words.Length)];
        _eventOpenerStarts = _eventOpeners.Where(o => o.Words.Length > 0).Select(o => o.Words[0].ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        _media = rules.Actors.Where(a => a.IsWireService).Select(a => a.Id).ToFrozenSet(StringComparer.Ordinal);
        _cueLists = [_irrealis, _hedges, _denials, _negations, _attributions, _supports, _retractions, _selfReferences];
        _notACueStarts = CueStartsOf(SentenceWords.NotACue);
    }

    /// <summary>Makes <paramref name="word"/>'s number and facts this extractor's (see <see cref="SentenceWords.Read"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReadFacts(Word word)
    {
        var lower = word.LowerStraight;
        var (id, facts) = _knownWords.TryGetValue(lower, out var known) ? known : (-1, WordFacts.None);
        word.RuleFacts = id;
        var text = word.Text;
        word.RuleWordFacts = (int)(facts | CaselessFactsOf(lower) | CueStartsOf(lower) | (text.Length > 0 && char.IsUpper(text[0]) ? WordFacts.Capitalised : 0));
        word.RuleOwner = this;
    }

    /// <summary>
    /// The number of tokens of <paramref name="tokens"/> whose word, once read for this extractor, holds a number
    /// or facts other than those worked out from their definitions: the trigger word's number, <see cref="FactsOf"/>,
    /// every cue of every list tried, and the case of the first letter.
    /// </summary>
    internal int FactMisses(ImmutableArray<Token> tokens)
    {
        var words = new SentenceWords(this);
        words.Read(tokens);
        var misses = 0;
        foreach (var token in tokens)
        {
            var word = token.Word;
            var lower = word.LowerStraight;
            var facts = FactsOf(lower) | (word.Text.Length > 0 && char.IsUpper(word.Text[0]) ? WordFacts.Capitalised : 0);
            foreach (var cues in _cueLists)
            {
                facts |= cues.CanStartTryingAll(lower) ? cues.Flag : 0;
            }

            var id = _triggerWordIds.TryGetValue(lower, out var number) ? number : -1;
            misses += word.RuleFacts != id || (WordFacts)word.RuleWordFacts != facts ? 1 : 0;
        }

        return misses;
    }

    /// <summary>The flags of the cue lists one of whose cues can start at the word <paramref name="lower"/>.</summary>
    private WordFacts CueStartsOf(string lower)
    {
        var starts = WordFacts.None;
        foreach (var cues in _cueLists)
        {
            if (cues.CanStart(lower))
            {
                starts |= cues.Flag;
            }
        }

        return starts;
    }

    /// <summary>Reads the article's sentences, mentions, dates and claims.</summary>
    /// <param name="article">The article.</param>
    /// <param name="hints">Years that the other articles give to month-day dates of this one (see <see cref="YearHint"/>).</param>
    /// <param name="awaitOtherArticles">True before the other articles are read: a yearless date that names an event
    /// ("the October 7 attack") is left unresolved for them to date (see <see cref="EventDateNames"/>).</param>
    public ArticleAnalysis Analyse(Article article, IReadOnlyList<YearHint>? hints = null, bool awaitOtherArticles = false)
    {
        var text = article.Text;
        var sentences = SentenceSegmenter.Segment(text, article.BodyStart);
        var spans = new TextSpan[sentences.Length];
        for (var k = 0; k < spans.Length; k++)
        {
            spans[k] = sentences[k].Span;
        }

        var dates = DateRecognizer.Recognize(text, spans, article.Published, hints, new EventDateNames(_eventNameNouns, awaitOtherArticles));
        var mentions = ImmutableArray.CreateBuilder<SentenceMentions>(sentences.Length);
        ImmutableArray<AgeMention>.Builder? ages = null;
        var claims = new List<Claim>();
        var work = Workspace.For(this);
        var recognizer = work.Mentions;
        recognizer.Reset();
        recognizer.Published = article.Published;
        var words = work.Words;
        words.Clear();
        var candidates = words.Candidates;
        // Cleared after each sentence that set one; cleared here too, in case an article before failed half way.
        Array.Clear(candidates);
        // Set once a sentence of the article has told what an earlier version got wrong: from then on the article's
        // references to itself ("The article also said that ...") go on listing what it withdraws.
        var correction = false;
        foreach (var sentence in sentences)
        {
            var counts = CountRecognizer.Recognize(text, sentence.Span, out var sentenceAges);
            var found = recognizer.Recognize(text, sentence, counts);
            mentions.Add(found);
            if (!sentenceAges.IsEmpty)
            {
                (ages ??= ImmutableArray.CreateBuilder<AgeMention>()).AddRange(sentenceAges);
            }

            words.Read(sentence.Tokens, recognizer.IsTitleCase);
            work.ContextStart = sentence.Index > 0 ? sentences[sentence.Index - 1].Span.Start : sentence.Span.Start;

            // Only the rules one of whose trigger forms stands whole in the sentence can fire in it; most words start
            // no form, so only the places of those that do are tried.
            var any = false;
            var ids = words.Ids.AsSpan(0, words.Count);
            foreach (var i in words.FormStartsAt)
            {
                // The word at i is the forms' first: a rule with a form of that word alone can fire at once, and of
                // the longer forms only the words after it are compared.
                foreach (var (r, alone, longer) in _rulesByFirstWord[ids[i]])
                {
                    if (candidates[r])
                    {
                        continue;
                    }

                    if (alone)
                    {
                        candidates[r] = any = true;
                        continue;
                    }

                    foreach (var form in longer)
                    {
                        if (ids[(i + 1)..].StartsWith(form.AsSpan(1)))
                        {
                            candidates[r] = any = true;
                            break;
                        }
                    }
                }
            }

            if (any)
            {
                List<DateMention>? sentenceDates = null;
                DateValue? context = null;
                DateValue? question = null;
                DateValue? entryDay = null;
                (DateValue Date, string Opener, string? EventType)? following = null;
                for (var r = 0; r < candidates.Length; r++)
                {
                    if (!candidates[r] || FindTriggers(work, _formsInOrder[r], _formsStartingWith[r]) is not { } triggers)
                    {
                        continue;
                    }

                    if (sentenceDates is null)
                    {
                        sentenceDates = work.SentenceDates;
                        sentenceDates.Clear();
                        foreach (var d in dates)
                        {
                            if (d.SentenceIndex == sentence.Index)
                            {
                                sentenceDates.Add(d);
                            }
                        }

                        context = ContextDate(dates, sentence.Index);
                        question = QuestionDate(text, sentences, dates, sentence.Index);
                        entryDay = LiveEntryDay(text, sentences, dates, sentence.Index, article.Published);
                        following = FollowingEventDate(sentences, dates, sentence.Index);
                    }

                    Extract(article, sentence, work, found, counts, sentenceDates, context, question, entryDay, following, correction, r, triggers, claims);
                }

                Array.Clear(candidates);
            }

            correction = correction || ((words.AnyFacts & WordFacts.RetractionStart) != 0 && AnyCueBefore(words.CueWords, words.CueFacts, words.Count, _retractions));

            DetachedMeasures(article, sentence, words, counts, claims);
        }

        work.Release();
        var read = mentions.MoveToImmutable();
        return new ArticleAnalysis(article, sentences, read, dates, ages?.ToImmutable() ?? [], WithoutAnaphora(Deduplicate(claims))) { Lede = Lede(sentences, read) };
    }

    /// <summary>
    /// What one thread needs to analyse articles with one extractor, made once and reused for every sentence and
    /// claim, so that reading them allocates nothing of its own. Analyse is never re-entered on a thread, so one
    /// instance per thread is never used twice at once.
    /// </summary>
    private sealed class Workspace
    {
        [ThreadStatic]
        private static Workspace? t_current;

        private readonly ClaimExtractor _owner;

        private Workspace(ClaimExtractor owner)
        {
            _owner = owner;
            Words = new SentenceWords(owner);
            Filter = new RoleFilter(owner);
            Mentions = new MentionRecognizer(owner._actors);
        }

        /// <summary>The mention recognizer, reset at the start of each article (see <see cref="MentionRecognizer.Reset"/>).</summary>
        public MentionRecognizer Mentions { get; }

        public SentenceWords Words { get; }

        public RoleFilter Filter { get; }

        /// <summary>The mentions one source of a role gives (see <see cref="Find"/>).</summary>
        public List<Mention> Found { get; } = [];

        /// <summary>The mentions after a listed one, for <see cref="AddConjoined"/>.</summary>
        public List<Mention> Conjoined { get; } = [];

        /// <summary>The roles filled for one trigger, each with the source that filled it and the number of its mentions (see <see cref="FillRoles"/>).</summary>
        public List<(string Role, string Source, int Count)> Fills { get; } = [];

        /// <summary>The mentions of the role being filled (see <see cref="FillRoles"/>).</summary>
        public List<Mention> RoleMentions { get; } = [];

        /// <summary>The places of the forms one rule tries in a sentence (see <see cref="FindTriggers"/>).</summary>
        public List<int> FormPlaces { get; } = [];

        /// <summary>The dates that can date one trigger (see <see cref="DateFor"/>).</summary>
        public List<DateMention> DateCandidates { get; } = [];

        /// <summary>The dates of the sentence at hand, once a rule fires in it.</summary>
        public List<DateMention> SentenceDates { get; } = [];

        /// <summary>The triggers of one rule in one sentence (see <see cref="FindTriggers"/>).</summary>
        public List<(int Start, int End, TriggerPhrase Phrase)> Triggers { get; } = [];

        /// <summary>Where the sentence before the one at hand starts in the text (its own start for the first).</summary>
        public int ContextStart { get; set; }

        // The mentions of the sentence at hand without its media (see MediaFree), worked out once for all its triggers.
        private SentenceMentions? _mediaOf;
        private ImmutableArray<Mention> _mediaFree;

        /// <summary>The sentence's mentions but those of media (see <see cref="WithoutMedia"/>), the same array for every trigger of the sentence.</summary>
        public ImmutableArray<Mention> MediaFree(SentenceMentions found)
        {
            if (!ReferenceEquals(_mediaOf, found))
            {
                _mediaFree = _owner.WithoutMedia(found.Mentions);
                _mediaOf = found;
            }

            return _mediaFree;
        }

        private bool[] _taken = new bool[64];

        /// <summary>One flag per word of a sentence of <paramref name="count"/> words, all clear.</summary>
        public bool[] Taken(int count)
        {
            if (_taken.Length < count)
            {
                _taken = new bool[Math.Max(count, 2 * _taken.Length)];
            }
            else
            {
                Array.Clear(_taken, 0, count);
            }

            return _taken;
        }

        /// <summary>Lets go of the article's tokens and mentions, which the workspace must not keep alive.</summary>
        public void Release()
        {
            Words.Clear();
            Mentions.Reset();
            Filter.Used.Clear();
            Found.Clear();
            Conjoined.Clear();
            Fills.Clear();
            RoleMentions.Clear();
            SentenceDates.Clear();
            DateCandidates.Clear();
            Triggers.Clear();
            _mediaOf = null;
            _mediaFree = default;
        }

        /// <summary>This thread's workspace for <paramref name="owner"/>.</summary>
        public static Workspace For(ClaimExtractor owner)
        {
            var work = t_current;
            if (work is null || work._owner != owner)
            {
                t_current = work = new Workspace(owner);
            }

            return work;
        }
    }

    /// <summary>
    /// A sentence's words as the rules read them, computed once for all rules. One instance serves every sentence
    /// of every article its thread analyses (<see cref="Read"/> replaces the words), so that nothing is allocated
    /// per sentence or article; it belongs to one extractor, whose trigger words it numbers.
    /// </summary>
    private sealed class SentenceWords
    {
        // Cue words are common words: a capitalised word inside the sentence is a name or a month ("United
        // States", "in May 2022"), never a cue; it reads as this word, which no cue holds.
        internal const string NotACue = "\u0001";

        private readonly ClaimExtractor _owner;
        private readonly List<string> _lower = [];
        private readonly List<string> _cueWords = [];
        private ImmutableArray<Token> _tokens = [];
        private bool _wordsRead;
        private int[] _formStartsAt = new int[16];
        private WordFacts[] _facts = new WordFacts[64];
        private WordFacts[] _cueFacts = new WordFacts[64];
        private int _formStarts;

        public SentenceWords(ClaimExtractor owner)
        {
            _owner = owner;
            Present = new bool[owner._triggerWordIds.Count];
            Candidates = new bool[owner._rules.Rules.Length];
        }

        /// <summary>The number of tokens of the sentence.</summary>
        public int Count => _tokens.Length;

        /// <summary>
        /// The facts of all the sentence's words together, read with its word numbers: a cue none of the words can
        /// start is not looked for, and the words need not be listed for it.
        /// </summary>
        public WordFacts AnyFacts { get; private set; }

        /// <summary>Each token's text in lower case, with ’ read as '.</summary>
        /// <remarks>Most sentences hold no trigger: the words are only listed when first asked for.</remarks>
        public List<string> Lower
        {
            get
            {
                ReadWords();
                return _lower;
            }
        }

        /// <summary>What the rules ask of each token's word (see <see cref="WordFacts"/>); the first <see cref="Count"/> entries are this sentence's.</summary>
        /// <remarks>Listed with <see cref="Lower"/>, when first asked for.</remarks>
        public WordFacts[] Facts
        {
            get
            {
                ReadWords();
                return _facts;
            }
        }

        /// <summary>Each token's lower-case text, or a word no cue holds for a capitalised word after the first.</summary>
        public List<string> CueWords
        {
            get
            {
                ReadWords();
                return _cueWords;
            }
        }

        /// <summary>The facts of each of <see cref="CueWords"/>, of which only the cue-start flags are read (see <see cref="WordFacts.CueStarts"/>).</summary>
        public WordFacts[] CueFacts
        {
            get
            {
                ReadWords();
                return _cueFacts;
            }
        }

        /// <summary>
        /// The number of each word among the words of the trigger forms (-1 for any other word); the first
        /// <see cref="Count"/> entries are this sentence's.
        /// </summary>
        public int[] Ids { get; private set; } = new int[64];

        /// <summary>Which numbers of words that start a form stand in the sentence (see <see cref="FormStartsAt"/>).</summary>
        public bool[] Present { get; }

        /// <summary>Which rules can fire in the sentence (one flag per rule, set by the caller, who clears them after use).</summary>
        public bool[] Candidates { get; }

        /// <summary>The positions of the words of the sentence that start a trigger or measure form, in order.</summary>
        public ReadOnlySpan<int> FormStartsAt => _formStartsAt.AsSpan(0, _formStarts);

        // titleCase: whether the sentence is in title case, when the mention recognizer has already worked it out.
        public void Read(ImmutableArray<Token> tokens, bool? titleCase = null)
        {
            Clear();
            _knownTitleCase = titleCase;
            if (Ids.Length < tokens.Length)
            {
                Ids = new int[Math.Max(tokens.Length, 2 * Ids.Length)];
            }

            // News copy repeats its words, and the tokenizer hands out one word for each recent short text: the
            // number of a word is kept with it (for this extractor) and worked out again only for a word not seen.
            _tokens = tokens;
            var owner = _owner;
            var span = tokens.AsSpan();
            var ids = Ids.AsSpan(0, span.Length);
            var startsForm = owner._startsForm;
            if (_formStartsAt.Length < span.Length)
            {
                _formStartsAt = new int[Math.Max(span.Length, 2 * _formStartsAt.Length)];
            }

            // Every position is written as the next start and kept only when its word starts a form: whether a word
            // does is data, not a branch the processor could guess.
            var starts = _formStartsAt;
            var count = 0;
            var any = 0;
            for (var k = 0; k < span.Length; k++)
            {
                var word = span[k].Word;
                if (!ReferenceEquals(word.RuleOwner, owner))
                {
                    owner.ReadFacts(word);
                }

                var id = word.RuleFacts;
                ids[k] = id;
                starts[count] = k;
                count += startsForm[id + 1];
                any |= word.RuleWordFacts;
            }

            _formStarts = count;
            AnyFacts = (WordFacts)any;
            foreach (var k in FormStartsAt)
            {
                Present[ids[k]] = true;
            }
        }

        /// <summary>Forgets the sentence read last; only the flags of the words that start a form were set, so only they are cleared.</summary>
        public void Clear()
        {
            foreach (var k in FormStartsAt)
            {
                Present[Ids[k]] = false;
            }

            _formStarts = 0;
            AnyFacts = WordFacts.None;
            _tokens = [];
            if (_wordsRead)
            {
                _lower.Clear();
                _cueWords.Clear();
                _wordsRead = false;
            }
        }

        private bool? _knownTitleCase;

        private void ReadWords()
        {
            if (_wordsRead)
            {
                return;
            }

            _wordsRead = true;
            // Written in place rather than added one by one: the lists are empty here and sized once.
            var tokens = _tokens.AsSpan();
            CollectionsMarshal.SetCount(_lower, tokens.Length);
            CollectionsMarshal.SetCount(_cueWords, tokens.Length);
            var lower = CollectionsMarshal.AsSpan(_lower);
            var cueWords = CollectionsMarshal.AsSpan(_cueWords);
            if (_facts.Length < tokens.Length)
            {
                _facts = new WordFacts[Math.Max(tokens.Length, 2 * _facts.Length)];
                _cueFacts = new WordFacts[_facts.Length];
            }

            var facts = _facts.AsSpan(0, tokens.Length);
            var cueFacts = _cueFacts.AsSpan(0, tokens.Length);

            // A capital within a sentence marks a name ("Will", "May"), which is no cue; in a title-case headline or
            // link title every word has one, and the verbs there are cues as in prose ("Hamas Ready To Free ...",
            // "Israel Denies Report ...").
            // Known from the mention recognizer, or worked out once, at the first capital within the sentence.
            var titleCase = _knownTitleCase;
            for (var k = 0; k < tokens.Length; k++)
            {
                // Read has made every word's facts this extractor's.
                var word = tokens[k].Word;
                var w = word.LowerStraight;
                lower[k] = w;
                facts[k] = (WordFacts)word.RuleWordFacts;
                if (k > 0 && (facts[k] & WordFacts.Capitalised) != 0 && !(titleCase ??= TitleCase.Is(tokens)))
                {
                    cueWords[k] = NotACue;
                    cueFacts[k] = _owner._notACueStarts;
                }
                else
                {
                    cueWords[k] = w;
                    cueFacts[k] = facts[k];
                }
            }
        }
    }

    /// <summary>Runs one rule over one sentence and adds its claims to <paramref name="output"/>.</summary>
    private void Extract(Article article, Sentence sentence, Workspace work, SentenceMentions found, ImmutableArray<CountMention> counts, List<DateMention> dates, DateValue? context, DateValue? question, DateValue? entryDay, (DateValue Date, string Opener, string? EventType)? following, bool correction, int ruleIndex, List<(int Start, int End, TriggerPhrase Phrase)> triggers, List<Claim> output)
    {
        var rule = _rules.Rules[ruleIndex];
        var tokens = sentence.Tokens;
        var words = work.Words;
        var lower = words.Lower;
        var cueWords = words.CueWords;
        var facts = words.Facts;
        var cueFacts = words.CueFacts;
        foreach (var (start, end, phrase) in triggers)
        {
            var form = phrase.IsNoun ? TriggerForm.Noun : IsPassive(lower, facts, start) ? TriggerForm.Passive : TriggerForm.Active;
            // "Among those freed was X", "Released on Tuesday were X and Y": a participle after "those" or opening the
            // sentence is a passive whose subject follows "was"/"were" (see InvertedSubject).
            var afterThose = !phrase.IsNoun && IsParticiple(lower[start]) && InvertedBe(lower, start, end) >= 0;
            if (afterThose)
            {
                form = TriggerForm.Passive;
            }

            // ("that" before an -ing form is a conjunction: "admitted that supplying weapons ...", and before a past
            // form a relative pronoun: "It was X that vetoed the draft").
            if (!phrase.IsNoun && !afterThose && start > 0 && lower[start - 1] is "a" or "an" or "the" or "'s" or "its" or "their" or "his" or "her" or "this" or "that" or "these" or "those" or "such" or "no" or "'"
                && !(lower[start - 1] == "that" && (lower[start].EndsWith("ing", StringComparison.Ordinal) || IsParticiple(lower[start]))))
            {
                form = TriggerForm.Noun;
            }

            // "a late meeting", "the first visit": a determiner and one adjective before the word make it a noun. A
            // pronoun is no adjective: after "that it" the word is a verb ("reports that it armed X"), and neither is
            // the head of a group before a past form ("the delegation met X", "the group held talks").
            // A trigger that opens with a form of "be" is a verb whatever stands before it ("a draft on a truce was
            // voted down").
            if (!phrase.IsNoun && start > 1 && (facts[start] & WordFacts.Be) == 0 && lower[start - 2] is "a" or "an" or "the" or "this" or "that" or "its" or "their" or "his" or "her"
                && tokens[start - 1].Kind == TokenKind.Word && char.IsLower(tokens[start - 1].Text[0]) && (facts[start - 1] & (WordFacts.Be | WordFacts.Auxiliary)) == 0
                && lower[start - 1] is not ("it" or "he" or "she" or "they" or "we" or "i" or "you")
                && !(IsParticiple(lower[start]) && GroupEndingAt(found.Mentions, start - 2, start)))
            {
                form = TriggerForm.Noun;
            }

            // A date between a determiner and the word makes it a noun too ("the October 7 attack", "Hamas's 7
            // October attack", "the 3 March 2022 raid").
            if (!phrase.IsNoun && form != TriggerForm.Noun && DateModifierBefore(tokens, lower, start))
            {
                form = TriggerForm.Noun;
            }

            // Right after a preposition the word is a noun ("under attack", "after the raid" is caught above), unless it
            // is a gerund ("after attacking").
            if (!phrase.IsNoun && form != TriggerForm.Noun && start > 0 && lower[start - 1] is "under" or "after" or "before" or "since" or "during" or "amid" or "despite" or "in" or "of" or "for"
                && !lower[start].EndsWith("ing", StringComparison.Ordinal))
            {
                form = TriggerForm.Noun;
            }

            // "the Oct 7 attack", "the Hezbollah raid": a determiner, then a date, a number or names, make a bare
            // word a noun ("the Council adopted" stays a verb). A name ending in "s" may be a plural subject ("the
            // Houthis raid ships"), so it does not count.
            if (!phrase.IsNoun && form == TriggerForm.Active && IsBareForm(lower[start]) && NamedNounBefore(tokens, lower, start))
            {
                form = TriggerForm.Noun;
            }

            // "a treacherous Zionist raid": a determiner and two or three adjectives before a bare word make it a noun
            // too, when they name no one ("the Hamas leaders raid" stays a verb).
            if (!phrase.IsNoun && form == TriggerForm.Active && IsBareForm(lower[start]) && AdjectivesAfterDeterminer(tokens, lower, facts, found.Mentions, start))
            {
                form = TriggerForm.Noun;
            }

            // A gerund with an "of" phrase is a noun ("the next freeing of two captives").
            if (!phrase.IsNoun && end < lower.Count && lower[end] == "of" && lower[end - 1].EndsWith("ing", StringComparison.Ordinal))
            {
                form = TriggerForm.Noun;
            }

            // A reduced relative ("hostages killed by X") is passive though no form of "be" stands before it.
            if (form == TriggerForm.Active && end < lower.Count && lower[end] == "by" && (lower[end - 1].EndsWith("ed", StringComparison.Ordinal) || lower[end - 1].EndsWith("en", StringComparison.Ordinal) || IsIrregularParticiple(lower[end - 1])))
            {
                form = TriggerForm.Passive;
            }

            // So is a participle set off by a comma after its noun and followed by when or where ("resolution 2712,
            // adopted on 15 November, ...", "the two women, freed in Rafah, ...").
            if (form == TriggerForm.Active && start >= 2 && end < lower.Count && lower[start - 1] == ","
                && (tokens[start - 2].Kind == TokenKind.Number || tokens[start - 2].Kind == TokenKind.Word && lower[start - 2] is not ("and" or "but" or "or" or "then"))
                && lower[end] is "on" or "in" or "at" or "during" or "near"
                && (lower[end - 1].EndsWith("ed", StringComparison.Ordinal) || lower[end - 1].EndsWith("en", StringComparison.Ordinal) || IsIrregularParticiple(lower[end - 1])))
            {
                form = TriggerForm.Passive;
            }

            if (rule.RequirePassive && form != TriggerForm.Passive)
            {
                continue;
            }

            // "of" and a date after the word date it, whatever "of" cancels ("the attack of 7 October").
            if (end < lower.Count && rule.CancelAfter.Contains(lower[end]) && !(lower[end] == "of" && DateStartsAt(tokens, dates, end + 1)))
            {
                continue;
            }

            if (!rule.CancelNear.IsEmpty && AnyOf(lower, end, Math.Min(lower.Count, end + 6), rule.CancelNear))
            {
                continue;
            }

            // "the draft, which Russia vetoed", "the text that China blocked": in an object relative clause the
            // words the rule asks for stand before the relative pronoun, as the clause's antecedent.
            var (antecedentFrom, antecedentTo) = form == TriggerForm.Active ? ObjectRelativeAntecedent(lower, facts, found.Mentions, start) : (-1, -1);
            // A time told between the trigger and its object ("used their vetoes a week later, on 25 October,
            // against a draft") does not count towards the words looked through.
            var window = WindowAfter(tokens, lower, dates, end, 8);
            if (!rule.RequireAfter.IsEmpty && !AnyOf(lower, end, window, rule.RequireAfter)
                && !(antecedentFrom >= 0 && AnyOf(lower, antecedentFrom, antecedentTo, rule.RequireAfter)))
            {
                continue;
            }

            if (!rule.RequireContext.IsEmpty && !ContextHolds(article.Text, work.ContextStart, tokens[start].Start, rule.RequireContext))
            {
                continue;
            }

            string? item = null;
            var itemAt = -1;
            if (!rule.RequireWords.IsEmpty)
            {
                // A passive's required word heads its subject, which a participle or a relative phrase may lengthen
                // ("the bodies of six captives held in the Gaza Strip were recovered", "a draft (document S/2023/1)
                // calling for a truce was not adopted"), as far back as the clause goes.
                var from = Math.Max(0, start - 8);
                if (form == TriggerForm.Passive || (facts[start] & WordFacts.Be) != 0)
                {
                    from = Math.Max(0, start - 20);
                    for (var k = start - 1; k > from; k--)
                    {
                        if ((facts[k] & WordFacts.ClauseBreak) != 0 || lower[k] == "," && lower[k + 1] is "and" or "but" or "while" or "whereas")
                        {
                            from = k + 1;
                            break;
                        }
                    }
                }

                item = FindWords(lower, rule.RequireWords, from, window, out itemAt);
                if (item is null && antecedentFrom >= 0)
                {
                    item = FindWords(lower, rule.RequireWords, antecedentFrom, antecedentTo, out itemAt);
                }

                if (item is null && !rule.RequireKinds.IsEmpty)
                {
                    (item, itemAt) = MentionOfKind(found.Mentions, rule.RequireKinds, Math.Max(0, start - 8), Math.Min(lower.Count, end + 8));
                }

                // A subject that a participle phrase stretches ("a text drafted by X calling for a truce failed"):
                // further back, in the same clause.
                if (item is null && start > 8)
                {
                    item = FindWords(lower, rule.RequireWords, Math.Max(0, start - 14), start - 8, out itemAt);
                    if (item is not null && (AnyClauseBreak(lower, facts, itemAt, start) || lower.IndexOf(",", itemAt, start - itemAt) >= 0))
                    {
                        item = null;
                        itemAt = -1;
                    }
                }

                if (item is null)
                {
                    continue;
                }
            }

            if (!rule.Irrealis && CuePositionBefore(cueWords, facts, cueFacts, start, _irrealis, 7) is var irrealisAt and >= 0
                && !ModifyingParticiple(lower, facts, irrealisAt, start, form != TriggerForm.Noun))
            {
                continue;
            }

            // What a correction says an earlier version reported wrongly is withdrawn, not reported ("An earlier
            // version of this article, published on Monday, stated that ..."): anywhere before the trigger.
            // After such a sentence, the article's reference to itself does the same ("The article also said that
            // ..."); elsewhere "the article said" names another outlet's article, whose word it reports.
            if (AnyCueBefore(cueWords, cueFacts, start, _retractions) || correction && AnyCueBefore(cueWords, cueFacts, start, _selfReferences))
            {
                continue;
            }

            // A myth quoted to be refuted ("MYTH: X happened." followed by the facts) is not reported either.
            if (RefutationLabelled(lower, start))
            {
                continue;
            }

            // A word of the item is not a party to it ("military aid": "military" gives nothing and receives nothing).
            // A medium reports or is spoken to; it takes no part in what it reports.
            var candidates = item is null ? work.MediaFree(found) : WithoutMedia(WithoutItemWords(found.Mentions, lower, rule.RequireWords));

            // A correction's cue after the trigger ("A story about the killing of X incorrectly said he was killed in
            // Doha"): what follows the cue is the error it names, so neither a role nor a date of the trigger's.
            var claimDates = dates;
            if ((words.AnyFacts & WordFacts.RetractionStart) != 0 && RetractionAfter(cueWords, cueFacts, end) is var retracted and >= 0)
            {
                (candidates, claimDates) = BeforeRetraction(candidates, dates, retracted, tokens[retracted].Start);
            }

            // A gerund or noun followed by a modal is hypothetical ("supplying weapons will push Russia to ...").
            if (form == TriggerForm.Noun || lower[start].EndsWith("ing", StringComparison.Ordinal) && (start == 0 || (facts[start - 1] & WordFacts.Be) == 0))
            {
                if (!rule.Irrealis && ModalAfter(tokens, lower, facts, end))
                {
                    continue;
                }
            }

            var filled = FillRoles(work, ruleIndex, tokens, lower, facts, candidates, start, end, form, rule, itemAt);

            // A participle after its noun is a reduced passive ("three hostages with Russian passports released
            // since Sunday"): read it so when the active reading finds nothing.
            // A past form after "and" is a verb joined to the one before it ("who had massacred ... and abducted
            // about 200 people"), never a participle after its noun.
            if (filled is null && form == TriggerForm.Active && lower[end - 1].EndsWith("ed", StringComparison.Ordinal)
                && !(start > 0 && lower[start - 1] is "and" or "or" or "but"))
            {
                filled = FillRoles(work, ruleIndex, tokens, lower, facts, candidates, start, end, TriggerForm.Passive, rule, itemAt);
                if (filled is { } passive && NounBeforeLeftOut(candidates, start, passive))
                {
                    // The noun the participle follows is its subject: when it could not fill the role, a mention
                    // further back is not the subject either ("condolences for the Israelis killed": not the
                    // president who offered them).
                    filled = null;
                }

                if (filled is not null)
                {
                    form = TriggerForm.Passive;
                }
            }

            // "no such visit took place", "X denied that the visit took place": the noun names none of its roles, the
            // event told before gives them (see WithoutAnaphora).
            if (filled is null && form == TriggerForm.Noun && start >= 2
                && (lower[start - 1] == "such" && lower[start - 2] == "no"
                    || lower[start - 1] is "the" or "this" or "that" or "such" && PolarityOf(cueWords, facts, cueFacts, start).Item1 == Polarity.Denied))
            {
                filled = ImmutableArray<RoleFill>.Empty;
            }

            if (filled is not { } roles)
            {
                continue;
            }

            var count = CountFor(rule, roles, counts, tokens, end, form == TriggerForm.Noun && TemporalPrepositionBefore(tokens, lower, start) >= 0);
            if (rule.RequireCount && count is null)
            {
                continue;
            }

            var (date, kind) = DateFor(claimDates, tokens, lower, start, form == TriggerForm.Noun, work.DateCandidates, DenialBefore(cueWords, facts, cueFacts, start), out var denialDate);
            if (date is null && question is not null)
            {
                (date, kind) = (question, DateMentionKind.Event);
            }

            // A live blog's entry or a stamped post in the present perfect ("Hamas says it has set free X") tells what
            // happened on its day; one in the present ("Hamas is ready to release two captives", "two captives are
            // held in Rafah") tells how things stand on its day.
            if (date is null && entryDay is not null && PresentPerfectBefore(lower, start) is var perfect and >= 0)
            {
                var written = article.Text[tokens[perfect].Start..tokens[end - 1].End];
                (date, kind) = (entryDay with { Written = written, Derivation = $"{entryDay.Derivation}, \u201C{written}\u201D told in the present perfect" }, DateMentionKind.Event);
            }
            else if (date is null && entryDay is not null && form != TriggerForm.Noun && PresentBeBefore(lower, start) is var present and >= 0)
            {
                var written = article.Text[tokens[present].Start..tokens[end - 1].End];
                (date, kind) = (entryDay with { Written = written, Derivation = $"{entryDay.Derivation}, \u201C{written}\u201D told in the present" }, DateMentionKind.Event);
            }

            // "X was killed in Tehran. The strike hit his home at 2 a.m. on Wednesday": the next sentence, opening with
            // the event, tells when it happened.
            if (date is null && following is { } next && (next.EventType is null || next.EventType == rule.EventType))
            {
                (date, kind) = (next.Date with { Derivation = $"{next.Date.Derivation}; told in the next sentence, of \u201C{next.Opener}\u201D" }, DateMentionKind.Event);
            }

            var around = denialDate ?? (date is null && EarlierBefore(lower, start) ? null : context);
            var (polarity, cue) = PolarityOf(cueWords, facts, cueFacts, start);
            // "did not call X until ten days later", "was not freed until Sunday": it happened, only later.
            if (polarity == Polarity.Negated && cue is "not" or "n't" or "never" && UntilAfter(lower, facts, end))
            {
                (polarity, cue) = (Polarity.Asserted, null);
            }

            var hedge = FindCue(cueWords, cueFacts, _hedges, 0, lower.Count, exclude: (start, end));
            var attribution = Attribution(tokens, lower, facts, cueWords, cueFacts, found.Mentions, start, end);
            // "X says no delegation has visited", "'There was no such visit,' X said": a speaker who says that
            // nothing of the kind happened denies it.
            if (polarity == Polarity.Negated && cue == "no" && attribution is not null)
            {
                polarity = Polarity.Denied;
            }

            // The designation is read from the item's last word: "votes for resolution 2712" names it after "resolution".
            var itemLast = itemAt < 0 || item is null ? itemAt : Math.Min(lower.Count - 1, itemAt + item.AsSpan().Count(' '));
            var designation = Designation(tokens, lower, itemLast, end);
            output.Add(new Claim(article.Id, sentence, rule, Words(tokens, start, end),
                new TextSpan(tokens[start].Start, tokens[end - 1].End), form, roles, date, kind, date is null ? around : null, count, null,
                polarity, cue, hedge is not null, hedge, attribution, item, null) { Designation = designation });

            // "X released A on Monday, and B on Friday": the conjunct with a date of its own is a claim of its own.
            if (form == TriggerForm.Active && date is not null && GappedObject(tokens, lower, candidates, claimDates, rule, roles) is { } gapped)
            {
                // The verb stays the trigger, at its own place; the note tells which conjunct the claim is of.
                output.Add(new Claim(article.Id, sentence, rule, Words(tokens, start, end), new TextSpan(tokens[start].Start, tokens[end - 1].End), form, gapped.Roles, gapped.Date.Value, gapped.Date.Kind, null,
                    rule.CountRole is null ? null : CountFor(rule, gapped.Roles, counts, tokens, end), null, polarity, cue, hedge is not null, hedge, attribution, item,
                    $"the conjunct \u201C{article.Text[gapped.Span.Start..gapped.Span.End]}\u201D, its verb left out") { Designation = designation });
            }

            // A measure is read only with a count of the sentence (see MeasureCount).
            foreach (var measure in counts.IsEmpty ? [] : rule.Measures)
            {
                if (MeasureCount(sentence, measure, counts, lower, words) is { } h)
                {
                    output.Add(new Claim(article.Id, sentence, rule, h.Trigger, h.Span, TriggerForm.Noun, roles, date, kind, date is null ? around : null, h.Count, measure.Name,
                        polarity, cue, hedge is not null, hedge, attribution, null, null) { Designation = designation });
                }
            }
        }
    }

    /// <summary>
    /// The second conjunct of a gapped clause after an active trigger's object, the verb left out: "released A on 26
    /// May, and B and C on 29 May" gives B and C, released on 29 May, with the other roles of the first. Only where
    /// the object ends in a date phrase of its own, and the conjunct, of mentions of the object role's kinds, ends in
    /// one too and then the sentence or the clause; null otherwise. The span runs from the conjunct's first mention
    /// to the end of its date.
    /// </summary>
    private static (ImmutableArray<RoleFill> Roles, DateMention Date, TextSpan Span)? GappedObject(ImmutableArray<Token> tokens, List<string> lower, ImmutableArray<Mention> mentions, List<DateMention> dates, EventRule rule, ImmutableArray<RoleFill> roles)
    {
        var at = -1;
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i].Source == "object" && !roles[i].Mentions.IsEmpty)
            {
                at = i;
                break;
            }
        }

        if (at < 0)
        {
            return null;
        }

        var fill = roles[at];
        RoleSpec? spec = null;
        foreach (var r in rule.Roles)
        {
            if (r.Name == fill.Role)
            {
                spec = r;
                break;
            }
        }

        var k = 0;
        foreach (var m in fill.Mentions)
        {
            k = Math.Max(k, m.EndToken);
        }

        // The object's own date, then ", and".
        if (spec is null || DatePhraseAt(tokens, lower, dates, k) is not { } own)
        {
            return null;
        }

        k = own.End;
        if (k < lower.Count && lower[k] == ",")
        {
            k++;
        }

        if (k >= lower.Count || lower[k] != "and")
        {
            return null;
        }

        k++;
        var conjunct = ImmutableArray.CreateBuilder<Mention>();
        while (true)
        {
            Mention? next = null;
            foreach (var m in mentions)
            {
                if (m.FirstToken == k && spec.Kinds.Contains(m.Kind))
                {
                    next = m;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            conjunct.Add(next);
            k = next.EndToken;
            if (k < lower.Count && lower[k] == ",")
            {
                k++;
            }

            if (k < lower.Count && lower[k] == "and")
            {
                k++;
                continue;
            }

            if (k < lower.Count && lower[k - 1] == ",")
            {
                continue;
            }

            break;
        }

        if (DatePhraseAt(tokens, lower, dates, k) is not { } second || second.End < lower.Count && lower[second.End] is not ("," or "." or ";"))
        {
            return null;
        }

        var span = new TextSpan(conjunct[0].Start, second.Date.Span.End);
        return (roles.SetItem(at, fill with { Mentions = conjunct.ToImmutable() }), second.Date, span);
    }

    /// <summary>
    /// A date phrase ("on 29 May", "in March") starting at token <paramref name="k"/>: the date and the token after
    /// it; null when none starts there.
    /// </summary>
    private static (DateMention Date, int End)? DatePhraseAt(ImmutableArray<Token> tokens, List<string> lower, List<DateMention> dates, int k)
    {
        if (k + 1 >= lower.Count || lower[k] is not ("on" or "in"))
        {
            return null;
        }

        foreach (var d in dates)
        {
            if (d.Span.Start == tokens[k + 1].Start && d.Value.Month is not null)
            {
                var end = k + 1;
                while (end < tokens.Length && tokens[end].Start < d.Span.End)
                {
                    end++;
                }

                return (d, end);
            }
        }

        return null;
    }

    /// <summary>
    /// True when one of <paramref name="phrases"/> (lower case) stands as whole words in <paramref name="text"/>
    /// between offsets <paramref name="from"/> and <paramref name="to"/>, in any case.
    /// </summary>
    private static bool ContextHolds(string text, int from, int to, ImmutableArray<string> phrases)
    {
        var span = text.AsSpan(from, to - from);
        foreach (var phrase in phrases)
        {
            for (var at = span.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = NextAt(span, phrase, at))
            {
                var end = at + phrase.Length;
                if ((at == 0 || !char.IsLetterOrDigit(span[at - 1])) && (end == span.Length || !char.IsLetterOrDigit(span[end])))
                {
                    return true;
                }
            }
        }

        return false;

        static int NextAt(ReadOnlySpan<char> span, string phrase, int at)
        {
            var next = span[(at + 1)..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>The texts of tokens [start, end) joined by single spaces.</summary>
    private static string Words(ImmutableArray<Token> tokens, int start, int end)
    {
        if (end - start == 1)
        {
            return tokens[start].Text;
        }

        var parts = new string[end - start];
        for (var k = start; k < end; k++)
        {
            parts[k - start] = tokens[k].Text;
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// The end of a window of <paramref name="words"/> words after <paramref name="end"/>, the words of dates and the
    /// commas not counted.
    /// </summary>
    private static int WindowAfter(ImmutableArray<Token> tokens, List<string> lower, List<DateMention> dates, int end, int words)
    {
        var k = end;
        var counted = 0;
        while (k < lower.Count && counted < words)
        {
            if (lower[k] != "," && !InDate(tokens[k], dates))
            {
                counted++;
            }

            k++;
        }

        return k;

        static bool InDate(Token token, List<DateMention> dates)
        {
            foreach (var d in dates)
            {
                if (d.Span.Start <= token.Start && token.End <= d.Span.End)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// For a verb at <paramref name="start"/> whose subject stands right before it after "which" or "that" ("a draft
    /// sponsored by X, which Y vetoed", "the text that Y had blocked"), the words before the relative pronoun that
    /// hold its antecedent: at most six, back to a clause break; (-1, -1) when the verb opens no such clause.
    /// </summary>
    private static (int From, int To) ObjectRelativeAntecedent(List<string> lower, WordFacts[] facts, ImmutableArray<Mention> mentions, int start)
    {
        var k = start;
        while (k > 0 && (facts[k - 1] & (WordFacts.Auxiliary | WordFacts.Skippable)) != 0)
        {
            k--;
        }

        Mention? subject = null;
        foreach (var m in mentions)
        {
            if (m.EndToken == k && !m.Adjectival && (subject is null || m.FirstToken < subject.FirstToken))
            {
                subject = m;
            }
        }

        if (subject is null)
        {
            return (-1, -1);
        }

        var r = subject.FirstToken - 1;
        if (r > 0 && lower[r] == "the")
        {
            r--;
        }

        if (r < 1 || lower[r] is not ("which" or "that"))
        {
            return (-1, -1);
        }

        var to = lower[r - 1] == "," ? r - 1 : r;
        var from = to;
        while (from > 0 && to - from < 6 && (facts[from - 1] & WordFacts.ClauseBreak) == 0 && lower[from - 1] != ",")
        {
            from--;
        }

        return from < to ? (from, to) : (-1, -1);
    }

    /// <summary>True when one of words [from, to) is in <paramref name="set"/>.</summary>
    private static bool AnyOf(List<string> lower, int from, int to, ImmutableArray<string> set)
    {
        for (var k = from; k < to; k++)
        {
            if (set.Contains(lower[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a modal stands among the eight words after <paramref name="end"/>, before a clause break or comma.
    /// "May" written with a capital after the first word is the month ("on 2 May 2022"), not the modal.
    /// </summary>
    private static bool ModalAfter(ImmutableArray<Token> tokens, List<string> lower, WordFacts[] facts, int end)
    {
        for (var k = end; k < lower.Count && k < end + 8; k++)
        {
            var w = lower[k];
            if ((facts[k] & (WordFacts.ClauseBreak | WordFacts.Comma)) != 0)
            {
                return false;
            }

            if (w is "will" or "would" or "could" or "might" or "should" || w == "may" && (k == 0 || !char.IsUpper(tokens[k].Text[0])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mentions that are not words of the required item.</summary>
    private static ImmutableArray<Mention> WithoutItemWords(ImmutableArray<Mention> mentions, List<string> lower, ImmutableArray<ImmutableArray<string>> phrases)
    {
        var kept = ImmutableArray.CreateBuilder<Mention>(mentions.Length);
        foreach (var m in mentions)
        {
            if (!ItemWords(lower, phrases, m.FirstToken, m.EndToken))
            {
                kept.Add(m);
            }
        }

        return kept.DrainToImmutable();
    }

    /// <summary>
    /// The mentions and dates before a correction's cue at token <paramref name="cue"/> (which starts at offset
    /// <paramref name="cueStart"/>): what follows the cue is the error it names.
    /// </summary>
    /// <remarks>Loops, not lambdas: a lambda over the caller's locals would make it keep them on the heap at every call.</remarks>
    private static (ImmutableArray<Mention> Mentions, List<DateMention> Dates) BeforeRetraction(ImmutableArray<Mention> mentions, List<DateMention> dates, int cue, int cueStart)
    {
        var before = ImmutableArray.CreateBuilder<Mention>(mentions.Length);
        foreach (var m in mentions)
        {
            if (m.FirstToken < cue)
            {
                before.Add(m);
            }
        }

        var datesBefore = new List<DateMention>(dates.Count);
        foreach (var d in dates)
        {
            if (d.Span.Start < cueStart)
            {
                datesBefore.Add(d);
            }
        }

        return (before.ToImmutable(), datesBefore);
    }

    /// <summary>
    /// The mentions without the media: a wire service reports or is spoken to ("told RIA Novosti", "in an interview
    /// with TASS"), and so is a pronoun that stands for one ("RIA Novosti reported that, in their meeting with X,
    /// ..."); it is never a party to the event. The same array when there is none.
    /// </summary>
    private ImmutableArray<Mention> WithoutMedia(ImmutableArray<Mention> mentions)
    {
        ImmutableArray<Mention>.Builder? kept = null;
        for (var k = 0; k < mentions.Length; k++)
        {
            var m = mentions[k];
            var medium = m.Resolved.ActorId is { } id && _media.Contains(id);
            if (medium && kept is null)
            {
                kept = ImmutableArray.CreateBuilder<Mention>(mentions.Length);
                for (var j = 0; j < k; j++)
                {
                    kept.Add(mentions[j]);
                }
            }
            else if (!medium)
            {
                kept?.Add(m);
            }
        }

        return kept is null ? mentions : kept.DrainToImmutable();
    }

    /// <summary>
    /// Drops a definite noun that only points back at an event already told ("the victims of the attack", "this
    /// meeting"): it names nothing of its own, so it would only repeat the earlier claim with a guessed date.
    /// </summary>
    private static ImmutableArray<Claim> WithoutAnaphora(List<Claim> claims)
    {
        if (claims.Count == 0)
        {
            return [];
        }

        var kept = ImmutableArray.CreateBuilder<Claim>(claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var definite = c.Form == TriggerForm.Noun && IsDefiniteBefore(c) && c.Roles.All(r => r.Source is "subject" or "sentence");

            // A claim that names no one, gives no date and counts nothing says nothing to compare ("mass strikes
            // have erupted"); it would only stand alone as an event of its own. A denied definite noun ("no such
            // visit took place") is kept for the event it points back at.
            if (c.Roles.IsEmpty && c.Date is null && c.Count is null && !(definite && c.Polarity != Polarity.Asserted))
            {
                continue;
            }

            if (!definite)
            {
                kept.Add(c);
                continue;
            }

            Claim? antecedent = null;
            for (var k = i - 1; k >= 0; k--)
            {
                var p = claims[k];
                if (p.EventType == c.EventType && p.Measure is null
                    && (p.Sentence.Index == c.Sentence.Index || c.Date is null && c.Sentence.Index - p.Sentence.Index <= 5))
                {
                    antecedent = p;
                    break;
                }
            }

            if (antecedent is null)
            {
                if (!c.Roles.IsEmpty || c.Date is not null || c.Count is not null)
                {
                    kept.Add(c);
                }
            }
            else if (c.Count is not null || c.Measure is not null)
            {
                // "The raid killed about 250 people": the toll belongs to the raid told before.
                kept.Add(WithRolesOf(c, antecedent, $"the toll of the {antecedent.Trigger} told in sentence {antecedent.Sentence.Index + 1}"));
            }
            else if (c.Polarity != Polarity.Asserted)
            {
                // "No such visit took place, the office said": what is denied is the visit told before.
                kept.Add(WithRolesOf(c, antecedent, $"the event told in sentence {antecedent.Sentence.Index + 1} (\u201C{antecedent.Trigger}\u201D), said not to have happened"));
            }
        }

        return kept.DrainToImmutable();
    }

    /// <summary>
    /// <paramref name="c"/> as a part of the event <paramref name="antecedent"/> told before: that event's roles, and its
    /// date where <paramref name="c"/> gives none, with <paramref name="note"/> saying so.
    /// </summary>
    private static Claim WithRolesOf(Claim c, Claim antecedent, string note) => c with
    {
        Roles = antecedent.Roles,
        Date = c.Date ?? antecedent.Date,
        DateKind = c.Date is null ? antecedent.DateKind : c.DateKind,
        ContextDate = c.Date is null && antecedent.Date is null ? antecedent.ContextDate ?? c.ContextDate : null,
        Note = note,
    };

    private static bool IsDefiniteBefore(Claim c)
    {
        var tokens = c.Sentence.Tokens;
        var at = -1;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Start == c.TriggerSpan.Start)
            {
                at = k;
                break;
            }
        }

        if (at < 0)
        {
            throw new InvalidOperationException("No token starts the trigger.");
        }

        for (var k = at - 1; k >= 0 && k >= at - 2; k--)
        {
            var text = tokens[k].Text;
            if (text is "the" or "this" or "that" or "these" or "those" or "such"
                || text.Length is 3 or 4 or 5 && text.ToLowerInvariant() is "the" or "this" or "that" or "these" or "those" or "such")
            {
                return true;
            }

            if (!char.IsLower(text[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// One trigger read by two rules of the same event type keeps the claim with more roles filled (then the rule
    /// first by id; then the first found); the claims kept are ordered by sentence, trigger and measure, those
    /// equal in all three keeping the order their groups were first found in. <paramref name="claims"/> is
    /// rewritten in place.
    /// </summary>
    private static List<Claim> Deduplicate(List<Claim> claims)
    {
        // Claims are found sentence by sentence, so the claims of one trigger are among the last kept, those of
        // the sentence at hand; the rest are never looked at again.
        var count = 0;
        var sentenceFrom = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            if (count > 0 && claims[count - 1].Sentence.Index != c.Sentence.Index)
            {
                sentenceFrom = count;
            }

            var at = -1;
            for (var k = sentenceFrom; k < count; k++)
            {
                var g = claims[k];
                if (g.TriggerSpan.Start == c.TriggerSpan.Start && g.Sentence.Index == c.Sentence.Index && g.EventType == c.EventType && g.Measure == c.Measure
                    && string.Equals(g.Note, c.Note, StringComparison.Ordinal))
                {
                    at = k;
                    break;
                }
            }

            if (at < 0)
            {
                claims[count++] = c;
                continue;
            }

            var best = claims[at];
            if (c.Roles.Length > best.Roles.Length || c.Roles.Length == best.Roles.Length && string.CompareOrdinal(c.Rule.Id, best.Rule.Id) < 0)
            {
                claims[at] = c;
            }
        }

        claims.RemoveRange(count, claims.Count - count);
        WithoutWeakerReadings(claims);

        // The claims are in sentence order already, so each moves only within its sentence.
        InOrder.InsertionSort(CollectionsMarshal.AsSpan(claims), InClaimOrder);

        return claims;
    }

    /// <summary>
    /// One trigger is one event: when rules of two event types read the same trigger (no measure on either), the
    /// reading that fills more roles is kept ("The Red Cross received X from Hamas": a handover, with the one who
    /// gave, not a visit). Readings that fill as many roles are both kept.
    /// </summary>
    private static void WithoutWeakerReadings(List<Claim> claims)
    {
        List<Claim>? weaker = null;
        for (int from = 0, to; from < claims.Count; from = to)
        {
            // The claims of one sentence stand together.
            to = from + 1;
            while (to < claims.Count && claims[to].Sentence.Index == claims[from].Sentence.Index)
            {
                to++;
            }

            for (var i = from; i < to; i++)
            {
                var c = claims[i];
                for (var k = from; k < to; k++)
                {
                    var g = claims[k];
                    if (g.TriggerSpan.Start == c.TriggerSpan.Start && g.Measure is null && c.Measure is null && g.EventType != c.EventType
                        && g.Roles.Length > c.Roles.Length && string.Equals(g.Note, c.Note, StringComparison.Ordinal))
                    {
                        (weaker ??= []).Add(c);
                        break;
                    }

                    // Two triggers of one event type whose counted role is the same mention tell one event twice ("the
                    // bodies of the four captives X killed were found"): the reading that fills more roles is kept, or
                    // the first.
                    if (k != i && g.TriggerSpan.Start != c.TriggerSpan.Start && g.EventType == c.EventType && g.Measure is null && c.Measure is null
                        && (g.Roles.Length > c.Roles.Length || g.Roles.Length == c.Roles.Length && k < i) && SameCounted(g, c))
                    {
                        (weaker ??= []).Add(c);
                        break;
                    }

                    // A noun in an apposition to the clause of a verb of the same event type restates that event ("X
                    // phoned Y, his first call to Z", "Hamas freed X on Sunday, the first release of a man"): its
                    // possessive points at no participant of its own.
                    if (k != i && g.EventType == c.EventType && g.Measure is null && c.Measure is null && c.Form == TriggerForm.Noun
                        && g.Form != TriggerForm.Noun && AppositionAfter(c.Sentence, g.TriggerSpan.End, c.TriggerSpan.Start))
                    {
                        (weaker ??= []).Add(c);
                        break;
                    }
                }
            }
        }

        if (weaker is not null)
        {
            claims.RemoveAll(c => weaker.Contains(c, ReferenceEqualityComparer.Instance));
        }
    }

    /// <summary>
    /// True when the text of <paramref name="sentence"/> from <paramref name="from"/> to <paramref name="to"/> (article
    /// offsets) ends in an apposition that opens a noun phrase: one comma, then at most four words of which the first
    /// is a determiner or a possessive ("Y, his first", "on Sunday, the first"), and no other break.
    /// </summary>
    private static bool AppositionAfter(Sentence sentence, int from, int to)
    {
        if (from >= to || from < sentence.Start || to > sentence.Start + sentence.Text.Length)
        {
            return false;
        }

        var between = sentence.Text.AsSpan(from - sentence.Start, to - from);
        if (between.IndexOfAny(";:()|") >= 0)
        {
            return false;
        }

        var comma = between.LastIndexOf(',');
        if (comma < 0 || between[..comma].IndexOf(',') >= 0)
        {
            return false;
        }

        var words = 0;
        var first = true;
        foreach (var range in between[(comma + 1)..].Split(' '))
        {
            var word = between[(comma + 1)..][range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (first && !(word is "his" or "her" or "its" or "their" or "the" or "a" or "an" or "His" or "Her" or "Its" or "Their" or "The" or "A" or "An"))
            {
                return false;
            }

            first = false;
            words++;
        }

        return !first && words <= 4;
    }

    /// <summary>True when both claims' rules count one role and its first mention is the same in both.</summary>
    private static bool SameCounted(Claim a, Claim b) =>
        a.Rule.CountRole is { } role && b.Rule.CountRole == role && a.Role(role) is { Mentions: [var x, ..] } && b.Role(role) is { Mentions: [var y, ..] }
        && x.Start == y.Start && x.End == y.End;

    /// <summary>The text and first token of the first mention of one of <paramref name="kinds"/> within the tokens from <paramref name="from"/> to <paramref name="to"/>; (null, -1) when there is none.</summary>
    private static (string? Text, int At) MentionOfKind(ImmutableArray<Mention> mentions, ImmutableArray<string> kinds, int from, int to)
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken >= from && m.EndToken <= to && kinds.Contains(m.Kind))
            {
                return (m.Text, m.FirstToken);
            }
        }

        return (null, -1);
    }

    /// <summary>Claims by sentence, then trigger start, then measure (none first, then by ordinal).</summary>
    private static int InClaimOrder(Claim a, Claim b) =>
        a.Sentence.Index != b.Sentence.Index ? a.Sentence.Index.CompareTo(b.Sentence.Index)
        : a.TriggerSpan.Start != b.TriggerSpan.Start ? a.TriggerSpan.Start.CompareTo(b.TriggerSpan.Start)
        : string.CompareOrdinal(a.Measure, b.Measure);

    /// <summary>
    /// The trigger forms of one rule found in the sentence, longest phrase first, no word taken twice; in sentence
    /// order; null when there is none.
    /// </summary>
    /// <remarks>
    /// Only the forms whose first word stands in the sentence are tried, found from the words that start a form by
    /// <paramref name="startingWith"/> (see <see cref="_formsStartingWith"/>) and tried in the order of <paramref name="forms"/>.
    /// </remarks>
    private static List<(int Start, int End, TriggerPhrase Phrase)>? FindTriggers(Workspace work, (TriggerPhrase Phrase, int[] Form)[] forms, int[]?[] startingWith)
    {
        var words = work.Words;
        var ids = words.Ids.AsSpan(0, words.Count);
        var places = work.FormPlaces;
        places.Clear();
        foreach (var i in words.FormStartsAt)
        {
            if (startingWith[ids[i]] is { } starting)
            {
                places.AddRange(starting);
            }
        }

        // In the order of the forms, each once (a word that stands twice gives its forms twice).
        var ordered = CollectionsMarshal.AsSpan(places);
        ordered.Sort();
        bool[]? taken = null;
        List<(int Start, int End, TriggerPhrase Phrase)>? hits = null;
        for (var p = 0; p < ordered.Length; p++)
        {
            if (p > 0 && ordered[p] == ordered[p - 1])
            {
                continue;
            }

            var (phrase, form) = forms[ordered[p]];
            var first = form[0];

            // Only the places of words that start a form are tried, in order.
            foreach (var i in words.FormStartsAt)
            {
                if (ids[i] != first || i + form.Length > ids.Length)
                {
                    continue;
                }

                var ok = true;
                for (var k = 0; k < form.Length && ok; k++)
                {
                    ok = (taken is null || !taken[i + k]) && ids[i + k] == form[k];
                }

                if (!ok)
                {
                    continue;
                }

                taken ??= work.Taken(ids.Length);
                for (var k = 0; k < form.Length; k++)
                {
                    taken[i + k] = true;
                }

                if (hits is null)
                {
                    hits = work.Triggers;
                    hits.Clear();
                }

                hits.Add((i, i + form.Length, phrase));
            }
        }

        // A stable sort, as the ordering it replaces: hits at one start keep the order they were found in.
        if (hits is not null)
        {
            InOrder.InsertionSort(CollectionsMarshal.AsSpan(hits), static (x, y) => x.Start.CompareTo(y.Start));
        }

        return hits;
    }

    private static bool IsPassive(List<string> lower, WordFacts[] facts, int start)
    {
        // "is supplying", "was releasing": a form of "be" before an -ing form is progressive, not passive.
        if (lower[start].EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        for (var k = start - 1; k >= 0 && k >= start - 4; k--)
        {
            if ((facts[k] & WordFacts.Be) != 0)
            {
                return true;
            }

            if ((facts[k] & WordFacts.Skippable) == 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when tokens [from, to) lie inside an occurrence of one of the phrases.</summary>
    private static bool ItemWords(List<string> lower, ImmutableArray<ImmutableArray<string>> phrases, int from, int to)
    {
        foreach (var p in phrases)
        {
            for (var i = Math.Max(0, to - p.Length); i <= from && i + p.Length <= lower.Count; i++)
            {
                if (i + p.Length >= to && IsPhraseAt(lower, i, p.AsSpan()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the words at <paramref name="i"/> are exactly <paramref name="phrase"/>.</summary>
    private static bool IsPhraseAt(List<string> lower, int i, ReadOnlySpan<string> phrase)
    {
        if (i + phrase.Length > lower.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(lower[i + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string? FindWords(List<string> lower, ImmutableArray<ImmutableArray<string>> phrases, int from, int to, out int at)
    {
        for (var i = from; i < to; i++)
        {
            // The length and first letter of the first word first: most words differ from it in one.
            var word = lower[i];
            foreach (var p in phrases)
            {
                if (p.Length > 0 && (p[0].Length != word.Length || word.Length > 0 && p[0][0] != word[0]))
                {
                    continue;
                }

                if (IsPhraseAt(lower, i, p.AsSpan()))
                {
                    at = i;
                    return string.Join(' ', p);
                }
            }
        }

        at = -1;
        return null;
    }

    /// <summary>
    /// Who the required item belongs to: "Russia's draft", "a Russian resolution", "the Brazil-drafted text"
    /// (the mention right before the item word, a demonym included), or "a text drafted by Moscow" (right after it).
    /// </summary>
    private static void ItemModifier<TTest>(ImmutableArray<Token> tokens, List<string> lower, ImmutableArray<Mention> mentions, int itemAt, TTest eligible, List<Mention> result)
        where TTest : struct, IMentionTest
    {
        if (itemAt <= 0)
        {
            return;
        }

        var k = itemAt - 1;
        if (lower[k] is "'s" or "'")
        {
            k--;
        }

        // Skip one adjective between ("a Russian alternative draft"). A possessive pronoun names no one new: "the
        // Council ... adopting its first resolution" is the body's own text, not one it sponsored.
        var owner = LastEndingAt(mentions, k + 1, eligible)
            ?? (k >= 1 && tokens[k].Kind == TokenKind.Word && char.IsLower(tokens[k].Text[0]) ? LastEndingAt(mentions, k, eligible) : null);
        if (owner is not null && !owner.Pronoun)
        {
            result.Add(owner);
            return;
        }

        // "a text drafted by Moscow", "the draft tabled by Brazil": the sponsor named right after the item.
        if (itemAt + 3 < lower.Count && lower[itemAt + 2] == "by"
            && lower[itemAt + 1] is "drafted" or "tabled" or "sponsored" or "proposed" or "submitted" or "circulated" or "authored"
            && FirstStartingAt(mentions, itemAt + 3, eligible) is { Pronoun: false } named)
        {
            result.Add(named);
        }
    }

    /// <summary>The last eligible mention that ends at token <paramref name="end"/>.</summary>
    private static Mention? LastEndingAt<TTest>(ImmutableArray<Mention> mentions, int end, TTest eligible)
        where TTest : struct, IMentionTest
    {
        for (var k = mentions.Length - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.EndToken == end && eligible.Test(m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The first eligible mention that starts at token <paramref name="first"/>.</summary>
    private static Mention? FirstStartingAt<TTest>(ImmutableArray<Mention> mentions, int first, TTest eligible)
        where TTest : struct, IMentionTest
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken == first && eligible.Test(m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The first cue found in words [from, to) outside [exclude.Start, exclude.End).</summary>
    private static string? FindCue(List<string> lower, WordFacts[] starts, CueList cues, int from, int to, (int Start, int End) exclude)
    {
        for (var i = from; i < to; i++)
        {
            if (i >= exclude.Start && i < exclude.End)
            {
                continue;
            }

            if (cues.FirstAt(lower, starts, i) is var k and >= 0)
            {
                return cues.Text(k);
            }
        }

        return null;
    }

    private static bool Matches(List<string> lower, int i, ImmutableArray<string> cue)
    {
        if (i + cue.Length > lower.Count)
        {
            return false;
        }

        for (var k = 0; k < cue.Length; k++)
        {
            if (!IsFormOf(lower[i + k], cue[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="w"/> is the cue word <paramref name="c"/> or one of its regular inflections (cue words
    /// are lemmas): c, cs, cd, ced, ces, cing; "deny": denied, denies; "refuse": refusing; "ban": banned. A
    /// contracted negation is part of its word ("didn't", "wasn't", and "cannot" for "n't").
    /// </summary>
    private static bool IsFormOf(string w, string c)
    {
        if (c.StartsWith('\'') || c == "n't")
        {
            return w.EndsWith(c, StringComparison.Ordinal) || c == "n't" && w == "cannot";
        }

        if (w.Length == 0 || c.Length == 0 || w.Length < c.Length || w.Length > c.Length + 3 || w[0] != c[0])
        {
            return false;
        }

        if (w.StartsWith(c, StringComparison.Ordinal))
        {
            var suffix = w.AsSpan(c.Length);
            if (suffix.IsEmpty || suffix is "s" or "d" or "ed" or "es" or "ing")
            {
                return true;
            }

            if (c.Length > 2 && suffix.Length == 3 && suffix[0] == c[^1] && suffix[1] == 'e' && suffix[2] == 'd')
            {
                return true;
            }
        }

        // "deny": "denied", "denies"; "refuse": "refusing".
        var stem = c.AsSpan(0, c.Length - 1);
        if (w.Length == c.Length + 2 && w.AsSpan().StartsWith(stem, StringComparison.Ordinal))
        {
            var ending = w.AsSpan(stem.Length);
            return c[^1] == 'y' && ending is "ied" or "ies" || c[^1] == 'e' && ending is "ing";
        }

        return false;
    }

    /// <remarks>
    /// <paramref name="facts"/> are those of the words' lower-case texts; a cue word that stands for a capitalised
    /// word is neither a clause break nor a comma, and neither is the capitalised word.
    /// </remarks>
    private static string? CueBefore(List<string> lower, WordFacts[] facts, WordFacts[] starts, int start, CueList cues, int window)
    {
        for (var i = start - 1; i >= 0 && i >= start - window; i--)
        {
            if ((facts[i] & (WordFacts.ClauseBreak | WordFacts.Comma)) != 0)
            {
                break;
            }

            if (cues.FirstAt(lower, starts, i, limit: start) is var k and >= 0)
            {
                return cues.Text(k);
            }
        }

        return null;
    }

    /// <summary>The position of the nearest cue of <paramref name="cues"/> in the window before <paramref name="start"/>, or -1.</summary>
    private static int CuePositionBefore(List<string> lower, WordFacts[] facts, WordFacts[] starts, int start, CueList cues, int window)
    {
        for (var i = start - 1; i >= 0 && i >= start - window; i--)
        {
            if ((facts[i] & (WordFacts.ClauseBreak | WordFacts.Comma)) != 0)
            {
                break;
            }

            if (cues.FirstAt(lower, starts, i, limit: start) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the cue at <paramref name="cue"/> describes a noun, as a participle or in a relative clause ("a draft
    /// calling for a truce was voted down", "a text that called for ... was rejected"): a finite verb of its own
    /// follows, so the cue says what the noun wants, not that the trigger's event is wanted ("Hamas is calling for
    /// the release" keeps the cue).
    /// </summary>
    /// <remarks>
    /// A verb trigger in the present or the past is such a finite verb itself ("a draft calling for a truce fails in
    /// the Council", "a text that called for a truce failed").
    /// </remarks>
    private static bool ModifyingParticiple(List<string> lower, WordFacts[] facts, int cue, int start, bool verb)
    {
        if (cue == 0 || (facts[cue - 1] & (WordFacts.Be | WordFacts.Auxiliary)) != 0
            || !lower[cue].EndsWith("ing", StringComparison.Ordinal) && lower[cue - 1] is not ("that" or "which"))
        {
            return false;
        }

        for (var i = cue + 1; i <= start; i++)
        {
            if (lower[i] is "was" or "were" or "is" or "are" or "has" or "have" or "had")
            {
                return true;
            }
        }

        return verb && start > cue + 2 && (lower[start].EndsWith('s') || lower[start].EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>The first word at or after <paramref name="end"/> where a retraction cue starts, or -1.</summary>
    private int RetractionAfter(List<string> lower, WordFacts[] starts, int end)
    {
        for (var i = end; i < lower.Count; i++)
        {
            if (_retractions.FirstAt(lower, starts, i) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when a cue of <paramref name="cues"/> stands anywhere in the sentence before <paramref name="start"/>.</summary>
    private static bool AnyCueBefore(List<string> lower, WordFacts[] starts, int start, CueList cues)
    {
        for (var i = 0; i < start; i++)
        {
            if (cues.FirstAt(lower, starts, i, limit: start) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private (Polarity, string?) PolarityOf(List<string> lower, WordFacts[] facts, WordFacts[] starts, int start)
    {
        var denial = CueBefore(lower, facts, starts, start, _denials, 8);
        if (denial is not null)
        {
            return (Polarity.Denied, denial);
        }

        // Negation governs the trigger only when it stands right before it ("did not condemn", "refrained from
        // providing"); further away it usually belongs to another verb of the sentence.
        // An open question between the two leaves the trigger unanswered, not denied ("did not say whether meetings
        // were held", "would not confirm if talks took place").
        var at = CuePositionBefore(lower, facts, starts, start, _negations, 3);
        var negation = at >= 0 && lower.IndexOf("whether", at, start - at) < 0 && lower.IndexOf("if", at, start - at) < 0
            ? CueBefore(lower, facts, starts, start, _negations, 3)
            : null;
        negation ??= NoSubjectBefore(lower, facts, start);

        return negation is null ? (Polarity.Asserted, null) : (Polarity.Negated, negation);
    }

    /// <summary>
    /// True when the sentence opens with a label of <c>refutation</c> words (and perhaps a number) ended by a colon
    /// before <paramref name="start"/>: "Myth: ...", "FALSE: ...", "Rumour 2: ...".
    /// </summary>
    private bool RefutationLabelled(List<string> lower, int start)
    {
        var labelled = false;
        for (var k = 0; k < Math.Min(start, 4); k++)
        {
            if (lower[k] == ":")
            {
                return labelled;
            }

            if (_refutationLabels.Contains(lower[k]))
            {
                labelled = true;
            }
            else if (!AllDigits(lower[k]) && lower[k] is not ("the" or "a" or "no."))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"until" or "till" after the trigger ending at <paramref name="end"/>, in the same clause.</summary>
    private static bool UntilAfter(List<string> lower, WordFacts[] facts, int end)
    {
        for (var k = end; k < lower.Count && k < end + 10; k++)
        {
            if ((facts[k] & (WordFacts.ClauseBreak | WordFacts.Comma)) != 0)
            {
                return false;
            }

            if (lower[k] is "until" or "till")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "no" opening the trigger's subject or the trigger's own phrase ("no Russian delegation has visited", "No
    /// hostages were freed", "there was no such visit"): the clause says it did not happen. Returns the cue, or null.
    /// "no longer", "no sooner", "no more" and "no doubt" negate nothing of the event.
    /// </summary>
    private static string? NoSubjectBefore(List<string> lower, WordFacts[] facts, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 6; k--)
        {
            if ((facts[k] & (WordFacts.ClauseBreak | WordFacts.Comma)) != 0 || lower[k] is "that" or "which" or "who" or "whom" or "whose" or "of" or "by" or "with" or "to" or "after" or "before")
            {
                return null;
            }

            if (lower[k] == "no")
            {
                return lower[k + 1] is "longer" or "sooner" or "more" or "less" or "doubt" or "matter" ? null : "no";
            }
        }

        return null;
    }

    private string? Attribution(ImmutableArray<Token> tokens, List<string> lower, WordFacts[] facts, List<string> cueWords, WordFacts[] cueFacts, ImmutableArray<Mention> mentions, int start, int end)
    {
        // The nearest cue to the trigger, the earlier of two as near; at one position the first cue of the list.
        var best = -1;
        var bestCue = -1;
        for (var i = 0; i < lower.Count; i++)
        {
            if (i >= start && i < end)
            {
                continue;
            }

            // After the trigger every word is further away than the one before.
            if (best >= 0 && i > start && i - start >= Math.Abs(best - start))
            {
                break;
            }

            if ((best < 0 || Math.Abs(i - start) < Math.Abs(best - start)) && _attributions.FirstAt(cueWords, cueFacts, i) is var k and >= 0)
            {
                best = i;
                bestCue = k;
            }
        }

        if (best < 0)
        {
            return null;
        }

        if (_attributions.Length(bestCue) == 2 && _attributions.Word(bestCue, 0) == "according")
        {
            foreach (var m in mentions)
            {
                if (m.FirstToken >= best + 2 && m.FirstToken <= best + 4)
                {
                    return Display(m);
                }
            }

            return null;
        }

        // "X, head of Y's intelligence, who alleged that ...": the speaker is the person the relative clause is about,
        // not the last name of the appositive.
        if (best > 1 && lower[best - 1] == "who" && PersonBeforeRelative(lower, mentions, best - 1) is { } antecedent)
        {
            return Display(antecedent);
        }

        var speaker = Subject(tokens, lower, facts, mentions, best, default(SpeakerTest));
        if (speaker is not null && speaker.EndToken >= best - 12)
        {
            return Display(speaker);
        }

        // No recognised speaker: the words from the clause start to the cue ("Ukraine's Head of Defense Intelligence").
        var from = best - 1;
        while (from >= 0 && lower[from] is not ("," or "that" or ";" or ":") && best - from <= 8)
        {
            from--;
        }

        return from + 1 < best ? Words(tokens, from + 1, best).Replace(" ’s", "’s", StringComparison.Ordinal).Replace(" 's", "'s", StringComparison.Ordinal) : null;
    }

    /// <summary>The nearest person mention before the relative pronoun at <paramref name="who"/> that a comma or the pronoun follows.</summary>
    private static Mention? PersonBeforeRelative(List<string> lower, ImmutableArray<Mention> mentions, int who)
    {
        for (var k = mentions.Length - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Kind == EntityKinds.Person && m.EndToken <= who && who - m.EndToken <= 12 && (m.EndToken == who || lower[m.EndToken] == ","))
            {
                return m;
            }
        }

        return null;
    }

    internal string Display(Mention m)
    {
        var r = m.Resolved;
        if (r.ActorId is not null && _actors[r.ActorId] is { } actor && !r.Adjectival && r.Kind != EntityKinds.Group)
        {
            return actor.Name;
        }

        return r.Text;
    }

    private static Mention? Subject<TTest>(ImmutableArray<Token> tokens, List<string> lower, WordFacts[] facts, ImmutableArray<Mention> mentions, int start, TTest eligible)
        where TTest : struct, IMentionTest
    {
        var limit = start;
        // Auxiliaries and adverbs of time between the subject and the trigger ("X, ..., had been freed", "X, ...,
        // today received", "X, ..., on Monday also met" is caught by the date's own words).
        while (limit > 0 && ((facts[limit - 1] & WordFacts.Auxiliary) != 0 || SubjectAdverbs.Contains(lower[limit - 1])))
        {
            limit--;
        }

        // A relative "that" right before the verb's auxiliaries stands for the noun before it: that noun is the
        // subject, and when it names no one ("the meeting that was held by X") there is none further back.
        if (limit > 1 && limit < start && lower[limit - 1] == "that" && lower[limit - 2] is not ("," or "said" or "says" or "say"))
        {
            return LastEndingAt(mentions, limit - 1, eligible, adjectival: false) is { } antecedent ? FirstOfList(lower, mentions, antecedent, eligible) : null;
        }

        // So does "who" or "which" ("the 240 people who were abducted", "Name, who was freed"): a mention that ends
        // right before it, or before a comma right before it, is the subject, not one further back in the sentence.
        if (limit > 1 && lower[limit - 1] is "who" or "which"
            && LastEndingAt(mentions, lower[limit - 2] == "," ? limit - 2 : limit - 1, eligible, adjectival: false) is { } relativeHead)
        {
            return FirstOfList(lower, mentions, relativeHead, eligible);
        }

        // A parenthesis right before the trigger describes the subject before it ("Name (head of X) alleged").
        if (limit > 2 && lower[limit - 1] == ")")
        {
            var open = lower.LastIndexOf("(", limit - 2);
            if (open > 0 && limit - open <= 24 && lower.IndexOf(")", open) == limit - 1)
            {
                limit = open;
            }
        }

        // Skip a comma-bounded appositive right before the trigger ("Name, deputy head of X, announced"); when the
        // appositive is itself the name ("Israel's ambassador, Name, condemned"), the name is the subject.
        if (limit > 1 && lower[limit - 1] == ",")
        {
            Mention? named = null;
            for (var k = mentions.Length - 1; k >= 0; k--)
            {
                var m = mentions[k];
                if (m.EndToken == limit - 1 && m.Resolved.Kind == EntityKinds.Person && eligible.Test(m) && !m.Pronoun)
                {
                    named = m;
                    break;
                }
            }

            if (named is not null && named.FirstToken > 0 && lower[named.FirstToken - 1] == ",")
            {
                return named;
            }
        }

        // A comma as the sentence's first token has nothing before it to search (", met" in broken text).
        if (limit > 1 && lower[limit - 1] == ",")
        {
            var open = lower.LastIndexOf(",", limit - 2);
            if (open > 0 && limit - open <= 28)
            {
                var before = LastEndingAt(mentions, open, eligible, adjectival: false);
                if (before is not null)
                {
                    return FirstOfList(lower, mentions, before, eligible);
                }
            }
        }

        var relative = -1;
        for (var k = mentions.Length - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.EndToken > limit || !eligible.Test(m) || m.Adjectival)
            {
                continue;
            }

            if (AnyClauseBreak(lower, facts, m.EndToken, limit) || AdverbialRelativeBetween(lower, facts, m.EndToken, limit))
            {
                return null;
            }

            var prev = m.FirstToken - 1;
            if (prev >= 0 && (facts[prev] & WordFacts.Preposition) != 0 && lower[prev] is not "of")
            {
                continue;
            }

            // "handed their guests a list": a possessive after a verb of giving opens its object.
            if (m.Pronoun && prev >= 0 && (facts[prev] & WordFacts.SupportStart) != 0 && IsPossessivePronoun(lower[m.FirstToken]))
            {
                continue;
            }

            // Two verbs joined by "and" share the first one's subject: the object of the first is not the second's
            // subject ("X summoned the ambassador and condemned ...").
            if (m.EndToken == limit - 1 && lower[limit - 1] == "and" && IsObjectOfVerbBefore(tokens, lower, facts, m))
            {
                continue;
            }

            // A place after a preposition and a word of direction is no subject either ("crossed into southern X").
            if (prev > 0 && lower[prev] is "southern" or "northern" or "eastern" or "western" or "central" && (facts[prev - 1] & WordFacts.Preposition) != 0)
            {
                continue;
            }

            // The subject of an object relative belongs to the relative's own verb ("NAME, whom X described as a
            // soldier when captured": X describes, NAME is captured); it is the trigger's only when the trigger is
            // that verb ("NAME, whom X captured").
            if (prev >= 0 && lower[prev] is "whom" or "who" && m.EndToken < limit)
            {
                relative = prev;
                continue;
            }

            // The relative pronoun itself stands for the name before it, which is searched for instead, so that the
            // relative's subject is not listed after it.
            if (m.FirstToken == relative && m.Pronoun)
            {
                continue;
            }

            // "the bodies of six hostages who were killed": after a container or a partitive, the "of" phrase is the subject.
            if (prev >= 0 && lower[prev] == "of" && !(prev > 0 && lower[prev - 1] is "bodies" or "body" or "remains" or "most" or "many" or "some" or "all" or "none" or "each" or "several"))
            {
                continue;
            }

            return FirstOfList(lower, mentions, m, eligible);
        }

        return null;
    }

    /// <summary>
    /// True when a lower-case word that is no preposition, auxiliary or clause break stands right before mention
    /// <paramref name="m"/> and its determiner, with a word before it: a verb whose object the mention is.
    /// </summary>
    private static bool IsObjectOfVerbBefore(ImmutableArray<Token> tokens, List<string> lower, WordFacts[] facts, Mention m)
    {
        var k = m.FirstToken - 1;
        if (k >= 0 && lower[k] is "the" or "a" or "an" or "its" or "their" or "his" or "her")
        {
            k--;
        }

        return k > 0 && tokens[k].Kind == TokenKind.Word && char.IsLower(tokens[k].Text[0]) && lower[k] is not ("and" or "or" or "that")
            && (facts[k] & (WordFacts.Preposition | WordFacts.Auxiliary | WordFacts.ClauseBreak | WordFacts.Be | WordFacts.Comma)) == 0;
    }

    /// <summary>True when one of words [from, to) is a clause break.</summary>
    private static bool AnyClauseBreak(List<string> lower, WordFacts[] facts, int from, int to)
    {
        for (var k = from; k < to && k < lower.Count; k++)
        {
            if ((facts[k] & WordFacts.ClauseBreak) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when words [from, to) open a relative clause of place, time or means ("the raid, in which 40 people were
    /// killed", "the city where ..."): the subject of a verb after it stands after it, never before.
    /// </summary>
    /// <remarks>"of which" and "of whom" are partitives ("six of whom were killed"), whose subject is the noun before.</remarks>
    private static bool AdverbialRelativeBetween(List<string> lower, WordFacts[] facts, int from, int to)
    {
        for (var k = Math.Max(from, 0); k < to && k < lower.Count; k++)
        {
            if (lower[k] == "where"
                || k + 1 < to && lower[k + 1] is "which" or "whom" && ((facts[k] & WordFacts.Preposition) != 0 && lower[k] != "of" || lower[k] is "during" or "after" or "amid" or "through" or "under"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last eligible mention, not adjectival, that ends at token <paramref name="end"/>.</summary>
    private static Mention? LastEndingAt<TTest>(ImmutableArray<Mention> mentions, int end, TTest eligible, bool adjectival)
        where TTest : struct, IMentionTest
    {
        for (var k = mentions.Length - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.EndToken == end && eligible.Test(m) && m.Adjectival == adjectival)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The first of a list that ends in <paramref name="last"/> ("A and B freed": A), so that the list is read forwards.</summary>
    private static Mention FirstOfList<TTest>(List<string> lower, ImmutableArray<Mention> mentions, Mention last, TTest eligible)
        where TTest : struct, IMentionTest
    {
        var first = last;
        var sawAnd = false;
        while (first.FirstToken >= 2)
        {
            var joint = lower[first.FirstToken - 1];
            if (joint is not ("and" or ","))
            {
                break;
            }

            var previous = LastEndingAt(mentions, first.FirstToken - 1, eligible, adjectival: false);
            if (previous is null || joint == "," && !sawAnd)
            {
                break;
            }

            sawAnd |= joint == "and";
            first = previous;
        }

        return first;
    }

    private ImmutableArray<RoleFill>? FillRoles(Workspace work, int ruleIndex, ImmutableArray<Token> tokens, List<string> lower, WordFacts[] facts, ImmutableArray<Mention> mentions, int start, int end, TriggerForm form, EventRule rule, int itemAt = -1)
    {
        var filter = work.Filter;
        // The mentions of the roles filled so far, role after role: the fills are made of them only once every
        // required role is filled, so that a trigger whose roles are not all found allocates nothing.
        var used = filter.Used;
        used.Clear();
        var eligible = filter.Test;
        var fills = work.Fills;
        fills.Clear();
        var found = work.Found;
        var taken = work.RoleMentions;
        var reaches = _roleReaches[ruleIndex];
        for (var roleIndex = 0; roleIndex < rule.Roles.Length; roleIndex++)
        {
            var role = rule.Roles[roleIndex];
            filter.Role = role;
            string? filledFrom = null;
            taken.Clear();
            var reach = reaches[roleIndex];
            foreach (var source in role.SourcesFor(form))
            {
                // A particle the rule asks for right after the verb belongs to it ("handed over two women").
                var after = end < lower.Count && rule.RequireAfter.Contains(lower[end]) && source != "subject" ? end + 1 : end;
                found.Clear();
                if (source == "item-modifier")
                {
                    ItemModifier(tokens, lower, mentions, itemAt, eligible, found);
                }
                else
                {
                    Find(tokens, lower, facts, mentions, start, after, source, eligible, role.Many, found, work.Conjoined, reach);
                }

                // The subject of a noun trigger is the subject of a support verb before it ("Hamas carried out an
                // attack"); before any other verb it is someone else's ("Iran did not condemn the raid").
                if (form == TriggerForm.Noun && source == "subject" && found.Count > 0
                    && (!SupportVerbBetween(lower, facts, found[0].EndToken, start, rule.Supports) || AfterPreposition(tokens, lower, start)))
                {
                    found.Clear();
                }

                // A noun's "of" phrase follows it within its noun phrase: past a verb it belongs to another noun ("the
                // release was a response to the efforts of X" names no one released).
                if (form == TriggerForm.Noun && source == "of" && found.Count > 0 && AuxiliaryBetween(lower, after, found[0].FirstToken))
                {
                    found.Clear();
                }

                // "the meeting that was held by X", "the raid carried out by X": past a verb, a noun's "by" phrase
                // names its party only after a support verb; after another verb it is that verb's ("the raid,
                // condemned by X").
                if (form == TriggerForm.Noun && source == "by" && found.Count > 0 && ByAfterOtherVerb(lower, facts, after, found[0].FirstToken, rule.Supports))
                {
                    found.Clear();
                }

                // "In a phone call with X, Y said ...": a noun trigger in a phrase that opens the sentence takes the
                // subject of the clause after it.
                if (form == TriggerForm.Noun && source == "subject" && found.Count == 0
                    && FrontedPhraseSubject(lower, facts, mentions, start, eligible) is { } fronted)
                {
                    found.Add(fronted);
                }

                // "A day after meeting X, Y said ...": a gerund in a fronted adjunct has the subject of the clause after
                // it.
                if (form == TriggerForm.Active && source == "subject" && found.Count == 0
                    && GerundAdjunctSubject(lower, facts, mentions, start, eligible) is { } doer)
                {
                    found.Add(doer);
                }

                if (found.Count == 0)
                {
                    continue;
                }

                // A role of many takes every side it is given ("A met with B": both are participants): those the
                // sources before gave are kept, and of the new ones those not among them are added.
                if (filledFrom is not null)
                {
                    var before = taken.Count;
                    foreach (var m in found)
                    {
                        if (taken.IndexOf(m, 0, before) < 0)
                        {
                            taken.Add(m);
                        }
                    }

                    continue;
                }

                taken.AddRange(found);
                filledFrom = source;
                if (!role.Many || !role.Gathers)
                {
                    break;
                }
            }

            if (filledFrom is null)
            {
                if (role.Required)
                {
                    return null;
                }

                continue;
            }

            used.AddRange(taken);
            fills.Add((role.Name, filledFrom, taken.Count));
        }

        var result = new RoleFill[fills.Count];
        var all = CollectionsMarshal.AsSpan(used);
        var from = 0;
        for (var k = 0; k < result.Length; k++)
        {
            var (name, source, count) = fills[k];
            result[k] = new RoleFill(name, ImmutableArray.Create(all.Slice(from, count)), source);
            from += count;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>
    /// True when two or three words stand between a determiner and <paramref name="start"/>, each a word that is no
    /// form of "be", "have" or "do", no modal, negation, preposition or pronoun, and no mention stands among them but
    /// a country's adjective or an unknown capitalised word ("Zionist").
    /// </summary>
    private static bool AdjectivesAfterDeterminer(ImmutableArray<Token> tokens, List<string> lower, WordFacts[] facts, ImmutableArray<Mention> mentions, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 4; k--)
        {
            if (lower[k] is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "this")
            {
                if (start - k - 1 < 2)
                {
                    return false;
                }

                foreach (var m in mentions)
                {
                    if (m.FirstToken > k && m.FirstToken < start && !m.Adjectival && m.Kind != "name")
                    {
                        return false;
                    }
                }

                return true;
            }

            if (tokens[k].Kind != TokenKind.Word || (facts[k] & (WordFacts.Be | WordFacts.Auxiliary | WordFacts.Preposition | WordFacts.ClauseOpener | WordFacts.Skippable)) != 0
                || lower[k].Contains('\'') || lower[k].EndsWith("ly", StringComparison.Ordinal)
                || lower[k] is "it" or "he" or "she" or "they" or "we" or "i" or "you" or "and" or "or" or "did" or "does" or "do" or "will" or "would" or "can"
                    or "could" or "may" or "might" or "must" or "shall" or "should" or "however" or "yet" or "thus" or "so")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when a group mention ("the delegation", "the envoys") covers exactly tokens [first, end).</summary>
    private static bool GroupEndingAt(ImmutableArray<Mention> mentions, int first, int end)
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken == first && m.EndToken == end && m.Kind == EntityKinds.Group)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the "by" before token <paramref name="mention"/> belongs to a verb after the noun trigger ending at
    /// <paramref name="end"/>: the last participle before the "by" (or, with none, an auxiliary) is no support verb
    /// of the rule (<paramref name="own"/>, or any but "be" when empty): "the talks, which were interrupted by X", but
    /// not "the meeting that was held by X" or "a list was handed to Y by X".
    /// </summary>
    private bool ByAfterOtherVerb(List<string> lower, WordFacts[] facts, int end, int mention, ImmutableArray<string> own)
    {
        var by = mention - 1;
        while (by > end && lower[by] != "by")
        {
            by--;
        }

        if (by <= end)
        {
            return false;
        }

        for (var k = by - 1; k >= end; k--)
        {
            if (!IsParticiple(lower[k]))
            {
                continue;
            }

            var cue = _supports.FirstAt(lower, facts, k, limit: by);
            return !(cue >= 0 && _supports.Text(cue) != "be" && (own.IsEmpty || own.Contains(_supports.Text(cue))));
        }

        return AuxiliaryBetween(lower, end, by);
    }

    /// <summary>Whether a form of "be" or "have" stands among the words from <paramref name="from"/> to before <paramref name="to"/>.</summary>
    private static bool AuxiliaryBetween(List<string> lower, int from, int to)
    {
        for (var k = from; k < to && k < lower.Count; k++)
        {
            if (Auxiliaries.Contains(lower[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the clause after a phrase that opens the sentence with "In" or "During" and holds the noun
    /// trigger at <paramref name="start"/> ("In a telephone conversation with X, Y expressed ..."): the first eligible
    /// mention right after the phrase's comma; null when the sentence opens otherwise.
    /// </summary>
    private static Mention? FrontedPhraseSubject<TTest>(List<string> lower, WordFacts[] facts, ImmutableArray<Mention> mentions, int start, TTest eligible)
        where TTest : struct, IMentionTest
    {
        if (start > 4 || lower.Count == 0 || lower[0] is not ("in" or "during"))
        {
            return null;
        }

        return FrontedPhraseSubjectAfter(lower, facts, mentions, start, eligible);
    }

    /// <summary>
    /// The subject of the clause after a fronted adjunct that holds the gerund trigger at <paramref name="start"/>
    /// ("A day after meeting X in Moscow, Y said ...", "On 3 May, before visiting X, Y ..."): the first eligible
    /// mention right after the adjunct's comma; null when the gerund follows no such preposition, when a verb or a
    /// mention stands before the adjunct (the clause began before it), or when no comma closes it.
    /// </summary>
    private static Mention? GerundAdjunctSubject<TTest>(List<string> lower, WordFacts[] facts, ImmutableArray<Mention> mentions, int start, TTest eligible)
        where TTest : struct, IMentionTest
    {
        if (start < 1 || !lower[start].EndsWith("ing", StringComparison.Ordinal) || lower[start - 1] is not ("after" or "before" or "since" or "upon" or "while"))
        {
            return null;
        }

        for (var k = 0; k < start - 1; k++)
        {
            if ((facts[k] & (WordFacts.Be | WordFacts.Auxiliary | WordFacts.ClauseBreak)) != 0)
            {
                return null;
            }
        }

        foreach (var m in mentions)
        {
            if (m.FirstToken < start - 1 && !m.Adjectival)
            {
                return null;
            }
        }

        return FrontedPhraseSubjectAfter(lower, facts, mentions, start, eligible);
    }

    /// <summary>The first eligible mention within two words after the first comma after <paramref name="start"/> (15 words at most), before any clause break.</summary>
    private static Mention? FrontedPhraseSubjectAfter<TTest>(List<string> lower, WordFacts[] facts, ImmutableArray<Mention> mentions, int start, TTest eligible)
        where TTest : struct, IMentionTest
    {
        for (var k = start + 1; k < lower.Count && k <= start + 15; k++)
        {
            if ((facts[k] & WordFacts.ClauseBreak) != 0)
            {
                return null;
            }

            if ((facts[k] & WordFacts.Comma) == 0)
            {
                continue;
            }

            foreach (var m in mentions)
            {
                if (m.FirstToken > k && m.FirstToken <= k + 2 && eligible.Test(m))
                {
                    return m;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Which mentions may fill a role; a struct, so that each search made with it is compiled for it and the test inlined.</summary>
    private interface IMentionTest
    {
        bool Test(Mention m);
    }

    /// <summary>
    /// Which mentions may fill the role at hand: those of its kinds that no earlier role of the claim has taken.
    /// One instance per thread serves every role of every claim.
    /// </summary>
    private sealed class RoleFilter(ClaimExtractor owner)
    {
        /// <summary>The mentions earlier roles took.</summary>
        public List<Mention> Used { get; } = [];

        public RoleSpec? Role { get; set; }

        /// <summary>The test of this filter, to hand to the searches.</summary>
        public RoleTest Test => new(this);

        public bool Eligible(Mention m) => !Used.Contains(m) && owner.IsEligible(m, Role!);
    }

    /// <summary>The test of a <see cref="RoleFilter"/>.</summary>
    private readonly struct RoleTest(RoleFilter filter) : IMentionTest
    {
        public bool Test(Mention m) => filter.Eligible(m);
    }

    /// <summary>Who may speak a claim: a person, an organisation, a country, a group or a city.</summary>
    private readonly struct SpeakerTest : IMentionTest
    {
        public bool Test(Mention m) => m.Kind is EntityKinds.Person or EntityKinds.Organisation or EntityKinds.Country or EntityKinds.Group or EntityKinds.City;
    }

    /// <summary>"held", "taken", "shot": a past form from the irregular verb list, not an -s or -ing form.</summary>
    private bool IsIrregularParticiple(string word) =>
        !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith('s') && _irregularForms.Contains(word);

    /// <summary>
    /// True when the words right before <paramref name="start"/> are a date (numbers and month names, with the dots
    /// and commas written in dates) that a determiner or possessive opens: "the October 7", "Hamas's 7 October",
    /// "the Oct. 7, 2023". The number must be a day or a year and a month name must be among them, so that "the 3
    /// attacked" or "the May attack" (a month alone) is no date.
    /// </summary>
    private static bool DateModifierBefore(ImmutableArray<Token> tokens, List<string> lower, int start)
    {
        var k = start - 1;
        var month = false;
        var number = false;
        while (k >= 0 && start - k <= 6)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Number && t.Text.Length <= 4)
            {
                number = true;
            }
            else if (CountRecognizer.Months.Contains(lower[k]) && char.IsUpper(t.Text[0]))
            {
                month = true;
            }
            else if (lower[k] is not ("." or ","))
            {
                break;
            }

            k--;
        }

        return month && number && k >= 0 && k < start - 1 && lower[k] is "the" or "'s" or "'" or "this" or "that" or "its" or "their" or "last" or "an" or "a";
    }

    /// <summary>True when a mention ends right before the trigger and a role read from the subject does not hold it.</summary>
    private static bool NounBeforeLeftOut(ImmutableArray<Mention> mentions, int start, ImmutableArray<RoleFill> roles)
    {
        Mention? before = null;
        foreach (var m in mentions)
        {
            if (m.EndToken == start && !m.Adjectival)
            {
                before = m;
            }
        }

        if (before is null)
        {
            return false;
        }

        foreach (var r in roles)
        {
            if (r.Source == "subject" && !r.Mentions.Contains(before))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of "those TRIGGER" put after the verb ("Among those freed first was X", "Among those killed were
    /// A and B"): the first eligible mention right after "was" or "were" within three words of the trigger.
    /// </summary>
    private static Mention? InvertedSubject<TTest>(List<string> lower, ImmutableArray<Mention> mentions, int start, int end, TTest eligible)
        where TTest : struct, IMentionTest
    {
        var k = InvertedBe(lower, start, end);
        if (k < 0)
        {
            return null;
        }

        // A courtesy title may stand before the name ("was Mr Krivoi").
        foreach (var m in mentions)
        {
            if (m.FirstToken > k && m.FirstToken <= k + 3 && eligible.Test(m) && AllCourtesyWords(lower, k + 1, m.FirstToken))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// Where "was"/"were" stands after a trigger that follows "those" (within three words) or opens the sentence
    /// (within six, a date or place between: "Released on Tuesday were ..."); -1 when the trigger is neither or no
    /// such verb follows before a comma.
    /// </summary>
    private static int InvertedBe(List<string> lower, int start, int end)
    {
        var window = start == 0 ? 6 : start > 0 && lower[start - 1] == "those" ? 3 : -1;
        for (var k = end; k < lower.Count && k <= end + window; k++)
        {
            if (lower[k] == ",")
            {
                return -1;
            }

            if (lower[k] is "was" or "were")
            {
                return k;
            }
        }

        return -1;
    }

    private static bool AllCourtesyWords(List<string> lower, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (lower[k] is not ("mr" or "mrs" or "ms" or "dr" or "mr." or "mrs." or "ms." or "dr." or "."))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"freed", "taken", "shot": a past participle, regular or from the irregular verb list.</summary>
    private bool IsParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || IsIrregularParticiple(word);

    /// <summary>A word that is no inflected verb form: not -ed, -s or -ing, nor an irregular past ("met", "took").</summary>
    private bool IsBareForm(string word) =>
        !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith('s') && !word.EndsWith("ing", StringComparison.Ordinal) && !_irregularForms.Contains(word);

    /// <summary>
    /// True when the words right before <paramref name="start"/> are dates, numbers or capitalised words (at most
    /// four tokens, the last of them not a name ending in "s"), preceded by a determiner.
    /// </summary>
    private static bool NamedNounBefore(ImmutableArray<Token> tokens, List<string> lower, int start)
    {
        if (start < 2)
        {
            return false;
        }

        var last = tokens[start - 1];
        bool lastFits = last.Kind == TokenKind.Number
            || (last.Kind == TokenKind.Word && char.IsUpper(last.Text[0]) && !last.Text.EndsWith('s'));
        if (!lastFits)
        {
            return false;
        }

        for (var k = start - 2; k >= Math.Max(0, start - 5); k--)
        {
            // "of" or "about" opens a noun phrase as a determiner does ("a report of Russian delegation visit", a
            // title-case "Report Of Russian Delegation Visit").
            if (lower[k] is "a" or "an" or "the" or "this" or "that" or "its" or "their" or "his" or "her" or "'s" or "of" or "about")
            {
                // A subject after "did" or "does" is inverted, and the bare word its verb ("Only then did the Council
                // adopt a text", "Why does the group release captives now?").
                return !(k > 0 && lower[k - 1] is "did" or "does" or "do");
            }

            var t = tokens[k];
            bool fits = t.Kind == TokenKind.Number
                || (t.Kind == TokenKind.Word && char.IsUpper(t.Text[0]))
                || t.Text is "." or "-" or "–";
            if (!fits)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when a verb of giving with "with" stands in the few words before "with" at <paramref name="with"/> ("presented Hamas with").</summary>
    private static bool GivenWith(List<string> lower, int with)
    {
        for (var k = with - 1; k >= 0 && k >= with - 4; k--)
        {
            if (lower[k] is "presented" or "provided" or "furnished" or "present" or "provide" or "furnish" or "presents" or "provides")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the noun at <paramref name="start"/> stands in a prepositional phrase ("three weeks after the
    /// massacre", "blamed for the raid"): it is no object of a support verb, and the clause's subject is not its own.
    /// </summary>
    private static bool AfterPreposition(ImmutableArray<Token> tokens, List<string> lower, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 4; k--)
        {
            var word = lower[k];
            if (word is "after" or "before" or "since" or "following" or "during" or "amid" or "of" or "in" or "on" or "at" or "by" or "for"
                or "from" or "with" or "without" or "to" or "into" or "against" or "over" or "through" or "between")
            {
                // "presented Hamas with a list", "provided Qatar with the names": the thing given follows "with".
                return !(word == "with" && GivenWith(lower, k));
            }

            // Determiners, adjectives, dates and names may stand between the preposition and the noun.
            if (tokens[k].Kind == TokenKind.Punctuation && word is not ("." or "-"))
            {
                return false;
            }

            if (word is "was" or "were" or "is" or "are" or "be" or "been" or "had" or "has" or "have")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a support verb stands in words [from, to): one of <paramref name="own"/> when the rule names its own
    /// ("use" supports a veto, not an attack: "accused Moscow of using the attack"), else any of the lexicon's.
    /// </summary>
    // A reporting verb before the support verb makes the mention its speaker, not the subject of the noun ("Israel
    // says 1,400 people were killed in the attack": Israel did not carry out the attack). A word that is both ("Hamas
    // claimed the attack") is read as the support verb.
    private bool SupportVerbBetween(List<string> lower, WordFacts[] facts, int from, int to, ImmutableArray<string> own)
    {
        for (var i = from; i < to; i++)
        {
            var k = _supports.FirstAt(lower, facts, i, limit: to);
            if (k >= 0 && (own.IsEmpty || own.Contains(_supports.Text(k))))
            {
                return true;
            }

            if (_attributions.FirstAt(lower, facts, i, limit: to) >= 0)
            {
                return false;
            }
        }

        return false;
    }

    private bool IsEligible(Mention m, RoleSpec role)
    {
        var r = m.Resolved;
        var kind = r.Kind;
        if (!role.NotRoles.IsEmpty && r.ActorId is not null && _actors[r.ActorId] is { } actor && actor.Roles.Any(role.NotRoles.Contains))
        {
            return false;
        }

        if (role.Kinds.Contains(kind))
        {
            // A country's adjective modifies a noun ("killed in an Israeli strike"): it names no place.
            if (m.Adjectival && OnlyPlaces(role.Kinds))
            {
                return false;
            }

            return kind != EntityKinds.Group || role.Classes.IsEmpty || (r.DescriptorClass is { } c && role.Classes.Contains(c));
        }

        // A capital that acts stands for its country ("Moscow vetoed"); a pronoun that stands for a capital is the
        // place, not the state ("was in Moscow ..., where it met X").
        return kind == EntityKinds.City && !m.Pronoun && _actors[r.ActorId]?.StandsFor is not null && role.Kinds.Contains(EntityKinds.Country);
    }

    /// <summary>"its", "their", "his" or "her": a possessive that opens a noun phrase.</summary>
    private static bool IsPossessivePronoun(string word) => word is "its" or "their" or "his" or "her";

    private static bool OnlyPlaces(ImmutableArray<string> kinds)
    {
        foreach (var k in kinds)
        {
            if (k is not (EntityKinds.City or EntityKinds.Country or EntityKinds.Region))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The mentions <paramref name="source"/> gives for a trigger at [start, end), added to <paramref name="result"/> (empty on entry).</summary>
    /// <remarks><paramref name="scratch"/> is a list of the workspace's that <see cref="AddConjoined"/> may reuse.</remarks>
    private static void Find<TTest>(ImmutableArray<Token> tokens, List<string> lower, WordFacts[] facts, ImmutableArray<Mention> mentions, int start, int end, string source, TTest eligible, bool many, List<Mention> result, List<Mention> scratch, int reach = 10)
        where TTest : struct, IMentionTest
    {
        // Loops, not lambdas: a closure over the parameters would be allocated at every call.
        switch (source)
        {
            case "subject":
                if (InvertedSubject(lower, mentions, start, end, eligible) is { } inverted)
                {
                    result.Add(inverted);
                }
                else if (Subject(tokens, lower, facts, mentions, start, eligible) is { } s)
                {
                    // "X, joining Y in vetoing the draft": Y only shares the deed; its doer is the subject of "join",
                    // without whom there is none.
                    var join = s.FirstToken - 1;
                    if (start >= 2 && s.EndToken == start - 1 && lower[start - 1] == "in" && join > 0 && lower[join] is "joining" or "joined" or "join" or "joins")
                    {
                        if (Subject(tokens, lower, facts, mentions, join, eligible) is { } doer)
                        {
                            result.Add(doer);
                            result.Add(s);
                        }
                    }
                    else
                    {
                        result.Add(s);
                    }
                }

                break;
            case "object":
                {
                    // A possessor is not the object ("welcomed Hamas's readiness"). A place may stand between the
                    // verb and its object ("received in Moscow a delegation of X"): the object is read after it.
                    var objectFrom = PlaceBeforeObject(lower, mentions, end) ?? end;
                    Mention? first = null;
                    foreach (var m in mentions)
                    {
                        if (first is not null)
                        {
                            // "sent his deputy NAME": the possessive stands before the object, and a person named
                            // right after it is the object; without one ("its deputy leader") the possessor stays.
                            if (m.FirstToken > first.EndToken + 3)
                            {
                                break;
                            }

                            if (m.FirstToken >= first.EndToken && eligible.Test(m) && !m.Adjectival && m.Kind == EntityKinds.Person)
                            {
                                first = m;
                                break;
                            }

                            continue;
                        }

                        if (m.FirstToken >= objectFrom && m.FirstToken <= objectFrom + 5 && eligible.Test(m) && !m.Adjectival
                            && !(m.EndToken < lower.Count && lower[m.EndToken] is "'s" or "'")
                            && !ObjectGapBroken(lower, facts, objectFrom, m.FirstToken))
                        {
                            first = m;
                            if (!(m.Pronoun && IsPossessivePronoun(lower[m.FirstToken])))
                            {
                                break;
                            }
                        }
                    }

                    // An object relative clause: "the six hostages Hamas killed", "the captives that Hamas freed".
                    if (first is null && start > 0)
                    {
                        Mention? doer = null;
                        for (var k = mentions.Length - 1; k >= 0; k--)
                        {
                            if (mentions[k].EndToken == start && !mentions[k].Adjectival)
                            {
                                doer = mentions[k];
                                break;
                            }
                        }

                        if (doer is not null)
                        {
                            var gapStart = doer.FirstToken > 0 && lower[doer.FirstToken - 1] is "that" or "whom" or "which" ? doer.FirstToken - 1 : doer.FirstToken;
                            for (var k = mentions.Length - 1; k >= 0; k--)
                            {
                                var m = mentions[k];
                                if (m.EndToken == gapStart && m != doer && eligible.Test(m) && !m.Adjectival)
                                {
                                    first = m;
                                    break;
                                }
                            }
                        }
                    }

                    if (first is not null)
                    {
                        first = NamedAfterTitle(lower, facts, mentions, first, eligible) ?? first;
                        result.Add(first);
                        if (many)
                        {
                            AddConjoined(lower, mentions, first, eligible, result, scratch);
                        }
                    }

                    break;
                }

            case "possessor":
                {
                    // The owner of another noun before "of" is not the trigger's ("Hamas's account of the meetings").
                    var k = start - 1;
                    while (k >= 0 && k >= start - 3 && (tokens[k].Kind == TokenKind.Word && char.IsLower(tokens[k].Text[0]) && lower[k] is not ("'s" or "’s" or "its" or "their" or "his" or "her" or "of")))
                    {
                        k--;
                    }

                    if (k >= 0 && lower[k] is "'s" or "’s" or "’")
                    {
                        if (LastEndingAt(mentions, k, eligible) is { } owner)
                        {
                            result.Add(owner);
                        }
                    }
                    else if (k >= 0 && IsPossessivePronoun(lower[k]))
                    {
                        if (FirstStartingAt(mentions, k, eligible) is { } owner)
                        {
                            result.Add(owner);
                        }
                    }

                    break;
                }

            case "modifier":
                {
                    var k = start - 1;
                    while (k >= 0 && tokens[k].Kind == TokenKind.Word && char.IsLower(tokens[k].Text[0]) && k >= start - 2 && lower[k] is not ("the" or "a" or "an" or "of" or "by"))
                    {
                        k--;
                    }

                    if (LastEndingAt(mentions, k + 1, eligible) is { } mod)
                    {
                        result.Add(mod);
                    }

                    break;
                }

            case "compound":
                {
                    foreach (var m in mentions)
                    {
                        if (m.FirstToken >= end && m.FirstToken <= end + 8 && m.Title is { } t && t.StartsWith("compound:", StringComparison.Ordinal) && eligible.Test(m))
                        {
                            result.Add(m);
                            break;
                        }
                    }

                    break;
                }

            case "as":
                {
                    if (start >= 2 && lower[start - 2] == "as" || start >= 3 && lower[start - 3] == "as")
                    {
                        var asAt = lower[start - 2] == "as" ? start - 2 : start - 3;
                        if ((LastEndingAt(mentions, asAt, eligible) ?? Subject(tokens, lower, facts, mentions, asAt, eligible)) is { } s2)
                        {
                            result.Add(s2);
                        }
                    }

                    break;
                }

            case "indirect":
                {
                    // "gave Hamas a list of eight", "presented Hamas with a list": the mention right before the noun
                    // phrase of the trigger.
                    for (var k = mentions.Length - 1; k >= 0; k--)
                    {
                        var x = mentions[k];
                        var det = x.EndToken < start && lower[x.EndToken] == "with" ? x.EndToken + 1 : x.EndToken;
                        if (x.EndToken < start && det >= start - 3 && eligible.Test(x) && !x.Adjectival
                            && lower[det] is "a" or "an" or "the" or "its" or "their"
                            && AllLowerWords(tokens, x.EndToken, start))
                        {
                            result.Add(x);
                            break;
                        }
                    }

                    break;
                }

            case "sentence":
                foreach (var m in mentions)
                {
                    if (eligible.Test(m) && !m.Adjectival && (m.EndToken <= start || m.FirstToken >= end))
                    {
                        result.Add(m);
                    }
                }

                if (!many && result.Count > 1)
                {
                    result.RemoveRange(1, result.Count - 1);
                }

                break;
            default:
                {
                    // A preposition: the first eligible mention right after it, the preposition standing after the trigger.
                    // The preposition may close the trigger itself ("meeting with", "in the hands of").
                    for (var p = lower[end - 1] == source ? end - 1 : end; p < lower.Count && p <= end + reach; p++)
                    {
                        if ((facts[p] & WordFacts.ClauseBreak) != 0 || p > end + 10 && (facts[p] & WordFacts.ClauseOpener) != 0)
                        {
                            break;
                        }

                        // "... killed in the attack and that 220 are held in Gaza": a clause joined by "and that" is
                        // another statement, whose prepositions are not the trigger's.
                        if (p > end && lower[p] is "that" or "which" or "who" && lower[p - 1] is "and" or "but" or "or")
                        {
                            break;
                        }

                        // The length and first letter first: most words differ from the preposition in one.
                        var word = lower[p];
                        if (word.Length != source.Length || word.Length > 0 && word[0] != source[0] || word != source)
                        {
                            continue;
                        }

                        // "freed in what Moscow called a gesture", "the house in which X lived": the name after the
                        // relative word is its clause's subject, not the preposition's object.
                        if (p + 1 < lower.Count && lower[p + 1] is "what" or "which" or "whom" or "whose")
                        {
                            continue;
                        }

                        Mention? m = null;
                        foreach (var x in mentions)
                        {
                            if (x.FirstToken > p && x.FirstToken <= p + 4 && eligible.Test(x)
                                && (!PrepositionGapBroken(lower, facts, p + 1, x.FirstToken) || source == "from" && VisitBetween(lower, p + 1, x.FirstToken)))
                            {
                                m = x;
                                break;
                            }
                        }

                        if (m is not null)
                        {
                            m = NamedAfterTitle(lower, facts, mentions, m, eligible) ?? NamedAfterPossessedTitle(tokens, lower, facts, mentions, m, eligible) ?? m;
                            result.Add(m);
                            if (many)
                            {
                                AddConjoined(lower, mentions, m, eligible, result, scratch);
                            }

                            break;
                        }
                    }

                    break;
                }
        }

        if (many && result.Count == 1 && source is "subject")
        {
            AddConjoined(lower, mentions, result[0], eligible, result, scratch);
        }

        // "two dual nationals — A, 53, and her mother, B" names the group: the people named stand for it.
        if (many && result.Count == 1 && result[0].Resolved.Kind == EntityKinds.Group && result[0].EndToken + 1 < lower.Count
            && lower[result[0].EndToken] is "—" or "–" or ":" or "(" or "-")
        {
            var at = result[0].EndToken + 1;
            foreach (var m in mentions)
            {
                if (m.FirstToken == at && m.Resolved.Kind == EntityKinds.Person && eligible.Test(m))
                {
                    result.Clear();
                    result.Add(m);
                    AddConjoined(lower, mentions, m, eligible, result, scratch);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The person a title names in an appositive after it ("received the head of the movement's political bureau,
    /// NAME": NAME), or null: the title (a group that stands for one unnamed official) is followed, within its own
    /// phrase, by a comma and an eligible person's name.
    /// </summary>
    private static Mention? NamedAfterTitle<TTest>(List<string> lower, WordFacts[] facts, ImmutableArray<Mention> mentions, Mention title, TTest eligible)
        where TTest : struct, IMentionTest
    {
        if (title.Kind != EntityKinds.Group || title.Title is not { } t || t.StartsWith("compound:", StringComparison.Ordinal))
        {
            return null;
        }

        for (var k = title.EndToken; k < lower.Count && k < title.EndToken + 10; k++)
        {
            if (lower[k] == ",")
            {
                foreach (var m in mentions)
                {
                    if (m.FirstToken == k + 1 && m.Resolved.Kind == EntityKinds.Person && !m.Pronoun && eligible.Test(m)
                        && !(m.EndToken < lower.Count && lower[m.EndToken] is "'s" or "'"))
                    {
                        return m;
                    }
                }

                return null;
            }

            // The title's phrase ends at a clause, a verb of being or a conjunction.
            if ((facts[k] & (WordFacts.ClauseBreak | WordFacts.Be | WordFacts.Auxiliary)) != 0 || lower[k] is "and" or "or" or "but" or "who" or "which" or "that" or "whom")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The person an office owned by <paramref name="owner"/> names in an appositive ("by Putin's Middle East envoy,
    /// NAME, on Monday", "by the president's military secretary, NAME, who ..."): the owner only qualifies the office,
    /// and the holder named between commas is the one meant. Null unless the owner is followed by "'s", a few words
    /// without a verb, a comma and an eligible person's name closed by a comma or the sentence's end.
    /// </summary>
    private static Mention? NamedAfterPossessedTitle<TTest>(ImmutableArray<Token> tokens, List<string> lower, WordFacts[] facts, ImmutableArray<Mention> mentions, Mention owner, TTest eligible)
        where TTest : struct, IMentionTest
    {
        var k = owner.EndToken;
        if (k + 2 >= lower.Count || lower[k] is not ("'s" or "'"))
        {
            return null;
        }

        for (k++; k < lower.Count && k <= owner.EndToken + 6; k++)
        {
            if (lower[k] == ",")
            {
                break;
            }

            if (tokens[k].Kind != TokenKind.Word || (facts[k] & (WordFacts.ClauseBreak | WordFacts.Be | WordFacts.Auxiliary)) != 0
                || lower[k] is "and" or "or" or "but" or "who" or "which" or "that" or "whom" || lower[k].EndsWith("ed", StringComparison.Ordinal))
            {
                return null;
            }
        }

        if (k >= lower.Count || lower[k] != "," || k == owner.EndToken + 1)
        {
            return null;
        }

        // A rank or title may stand before the name ("Brig. Gen. NAME"), in capitals.
        foreach (var m in mentions)
        {
            if (m.FirstToken > k && m.FirstToken <= k + 5 && m.Resolved.Kind == EntityKinds.Person && !m.Pronoun && eligible.Test(m)
                && (m.EndToken >= lower.Count || lower[m.EndToken] is "," or "." or ";" or ")")
                && CapitalisedWordsOrDots(tokens, k + 1, m.FirstToken))
            {
                return m;
            }
        }

        return null;
    }

    private static bool CapitalisedWordsOrDots(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!(tokens[i].Text == "." || tokens[i].Kind == TokenKind.Word && char.IsUpper(tokens[i].Text[0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the object starts when "in PLACE" stands right after the verb and a determiner follows the place
    /// ("received in Moscow a delegation"), or null.
    /// </summary>
    private static int? PlaceBeforeObject(List<string> lower, ImmutableArray<Mention> mentions, int end)
    {
        if (end + 2 >= lower.Count || lower[end] != "in")
        {
            return null;
        }

        foreach (var m in mentions)
        {
            if (m.FirstToken == end + 1 && m.Kind is EntityKinds.City or EntityKinds.Country or EntityKinds.Region
                && m.EndToken < lower.Count && lower[m.EndToken] is "a" or "an" or "the")
            {
                return m.EndToken;
            }
        }

        return null;
    }

    /// <summary>True when words [from, to) hold a preposition, a clause break, a comma or a conjunction.</summary>
    private static bool ObjectGapBroken(List<string> lower, WordFacts[] facts, int from, int to)
    {
        for (var k = from; k < to && k < lower.Count; k++)
        {
            var w = lower[k];
            if ((facts[k] & (WordFacts.Preposition | WordFacts.ClauseBreak | WordFacts.Comma)) != 0 || w is "and" or "or" or "but")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when words [from, to) hold a preposition, a word of place relation or a comma.</summary>
    private static bool PrepositionGapBroken(List<string> lower, WordFacts[] facts, int from, int to)
    {
        for (var k = from; k < to && k < lower.Count; k++)
        {
            if ((facts[k] & (WordFacts.Preposition | WordFacts.Spatial | WordFacts.Comma)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when tokens [from, to) name a visit and its place's preposition ("back from a visit to X", "from a trip to
    /// X", "from talks in X"): the place of the visit is what the trigger's "from" points to.
    /// </summary>
    private static bool VisitBetween(List<string> lower, int from, int to)
    {
        var k = from;
        if (k < to && lower[k] is "a" or "an" or "the" or "his" or "her" or "their" or "its")
        {
            k++;
        }

        return k + 2 == to && lower[k] is "visit" or "trip" or "talks" or "tour" or "mission" && lower[k + 1] is "to" or "in";
    }

    /// <summary>True when tokens [from, to) are all words that start with a lower-case letter.</summary>
    private static bool AllLowerWords(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !char.IsLower(tokens[k].Text[0]))
            {
                return false;
            }
        }

        return true;
    }

    // The gap "along with" and "together with" read as.
    private static readonly string[] AndGap = ["and"];

    /// <summary>
    /// Adds the mentions joined to <paramref name="first"/> by "and" or commas ("A, 53, and her mother, B, 73") to
    /// <paramref name="output"/>.
    /// </summary>
    /// <remarks><paramref name="scratch"/> is a list this method may clear and fill for its own use.</remarks>
    private static void AddConjoined<TTest>(List<string> lower, ImmutableArray<Mention> mentions, Mention first, TTest eligible, List<Mention> output, List<Mention> scratch)
        where TTest : struct, IMentionTest
    {
        // The mentions from the end of the first on, by position; those at one position keep their order.
        List<Mention>? after = null;
        foreach (var m in mentions)
        {
            if (m.FirstToken >= first.EndToken)
            {
                if (after is null)
                {
                    after = scratch;
                    after.Clear();
                }

                var at = after.Count;
                while (at > 0 && after[at - 1].FirstToken > m.FirstToken)
                {
                    at--;
                }

                after.Insert(at, m);
            }
        }

        if (after is null)
        {
            return;
        }

        var words = CollectionsMarshal.AsSpan(lower);
        var last = first;
        foreach (var m in after)
        {
            if (m.FirstToken < last.EndToken || m.Pronoun)
            {
                continue;
            }

            ReadOnlySpan<string> gap = words[last.EndToken..m.FirstToken];
            // "A, along with B," and "A together with B" join B to A, and so does "A, with B," between commas.
            if (gap.Length is 2 or 3 && gap[^1] == "with" && gap[^2] is "along" or "together" && (gap.Length == 2 || gap[0] == ",")
                || gap.Length == 2 && gap[0] == "," && gap[1] == "with" && m.EndToken < words.Length && words[m.EndToken] == ",")
            {
                gap = AndGap;
            }

            if (gap.Length > 7 || !gap.Contains("and") && !(gap.Length == 1 && gap[0] == ","))
            {
                if (gap.Length > 0 && !AllJoiningWords(gap, spouses: false))
                {
                    break;
                }
            }

            if (!AllJoiningWords(gap, spouses: true))
            {
                break;
            }

            if (!eligible.Test(m))
            {
                break;
            }

            output.Add(m);
            last = m;
        }
    }

    /// <summary>True when every word of a gap between listed mentions is a comma, "and", a kin word or a number.</summary>
    private static bool AllJoiningWords(ReadOnlySpan<string> gap, bool spouses)
    {
        foreach (var w in gap)
        {
            if (!(w is "," or "and" or "her" or "his" or "their" or "mother" or "mom" or "daughter" or "son" or "father" || spouses && w is "wife" or "husband" || char.IsDigit(w[0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <remarks>
    /// A noun that a temporal preposition opens ("Following the attack of 7 October, ... the Council adopted it by 12
    /// votes") says when the sentence's event happened: the votes of the main clause are not its count
    /// (<paramref name="timeReference"/>).
    /// </remarks>
    private CountValue? CountFor(EventRule rule, ImmutableArray<RoleFill> roles, ImmutableArray<CountMention> counts, ImmutableArray<Token> tokens, int end, bool timeReference = false)
    {
        // Loops, not lambdas: a closure over the role or the window would be allocated at every claim.
        if (rule.CountRole is { } countRole)
        {
            foreach (var r in roles)
            {
                if (r.Role != countRole)
                {
                    continue;
                }

                // The first role of that name only; its first mention with a count.
                foreach (var m in r.Mentions)
                {
                    if (m.Resolved.Count is { } count)
                    {
                        return count;
                    }
                }

                return null;
            }

            return null;
        }

        if (end >= tokens.Length)
        {
            return null;
        }

        var after = tokens[end - 1].End;
        if (!timeReference && (VoteCount(counts, tokens, end, after) ?? VotesCountedBefore(counts, tokens, end - 1)) is { } votes)
        {
            return votes;
        }

        var limit = tokens[Math.Min(tokens.Length - 1, end + 8)].End;
        foreach (var c in counts)
        {
            if (c.Span.Start >= after && c.Span.Start <= limit)
            {
                return NewClauseBetween(tokens, end, c.Span.Start) ? null : c.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a new coordinated clause opens between token <paramref name="from"/> and the text offset
    /// <paramref name="to"/> (", and", ", but", ", while", a semicolon): a count there counts that clause's event
    /// ("killed in the attack, officials say, and about 240 were taken hostage"), not the trigger's.
    /// </summary>
    private static bool NewClauseBetween(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < tokens.Length && tokens[k].Start < to; k++)
        {
            var word = tokens[k].Word.Lower;
            if (word == ";" || k > from && tokens[k - 1].Word.Lower == "," && word is "and" or "but" or "while" or "whereas")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first count after the trigger that a recorded vote gives, however far into the sentence: "by 12 votes",
    /// "by a recorded vote of 12 in favour", "12 in favor to 1 against". The votes in favour are the count of the
    /// vote's outcome, wherever the sentence places them after the text's description.
    /// </summary>
    private static CountValue? VoteCount(ImmutableArray<CountMention> counts, ImmutableArray<Token> tokens, int end, int after)
    {
        var k = end;
        foreach (var c in counts)
        {
            if (c.Span.Start < after)
            {
                continue;
            }

            // The count's first and last tokens (counts are in text order, and so are tokens).
            while (k < tokens.Length && tokens[k].Start < c.Span.Start)
            {
                k++;
            }

            if (k >= tokens.Length)
            {
                return null;
            }

            var last = k;
            while (last + 1 < tokens.Length && tokens[last + 1].End <= c.Span.End)
            {
                last++;
            }

            var next = last + 1 < tokens.Length ? tokens[last + 1].Word.Lower : string.Empty;
            var then = last + 2 < tokens.Length ? tokens[last + 2].Word.Lower : string.Empty;
            var before = k >= 2 && tokens[k - 1].Word.Lower == "of" ? tokens[k - 2].Word.Lower : string.Empty;
            if (next is "votes" or "vote" || (next == "in" && then is "favour" or "favor") || before is "vote" or "votes")
            {
                return c.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The votes counted before the trigger in its clause: a count right before "votes" ("twelve votes for the text,
    /// adopted on ...", "by nine votes to four, the Council adopted ...") or before a dash and "Votes" at the head of a
    /// numbers line ("12 -- Votes for resolution 1999, adopted on ..."); null when there is none.
    /// </summary>
    private static CountValue? VotesCountedBefore(ImmutableArray<CountMention> counts, ImmutableArray<Token> tokens, int trigger)
    {
        CountValue? found = null;
        var foundAt = trigger;
        var k = 0;
        foreach (var c in counts)
        {
            if (c.Span.End > tokens[trigger].Start)
            {
                break;
            }

            // The token after the count, past a numbers line's dash.
            while (k < trigger && tokens[k].Start < c.Span.End)
            {
                k++;
            }

            var next = k;
            while (next < trigger && tokens[next].Text is "-" or "\u2013" or "\u2014")
            {
                next++;
            }

            if (next < trigger && tokens[next].Word.Lower is "votes" or "vote")
            {
                (found, foundAt) = (c.Value, next);
            }
        }

        // The votes of another clause ("12 votes for the text; the Council adopted another") are not the trigger's.
        return found is not null && !SemicolonBetween(tokens, foundAt, trigger) ? found : null;
    }

    private static bool SemicolonBetween(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Text == ";")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the phrase of a noun trigger after a temporal preposition starts ("after the attack": the end of
    /// "after"), with only a determiner, numbers, dates or names between; -1 when the noun follows none.
    /// </summary>
    private static int TemporalPrepositionBefore(ImmutableArray<Token> tokens, List<string> lower, int trigger)
    {
        for (var k = trigger - 1; k >= 0 && k >= trigger - 5; k--)
        {
            if (lower[k] is "after" or "before" or "since" or "following" or "until")
            {
                return tokens[k].End;
            }

            var t = tokens[k];
            var fits = lower[k] is "the" or "a" or "an" or "this" or "that" or "its" or "their" or "his" or "her" or "'s"
                || t.Kind == TokenKind.Number || t.Text is "." or "-"
                || (t.Kind == TokenKind.Word && char.IsUpper(t.Text[0]));
            if (!fits)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when one of the sentence's dates starts at token <paramref name="k"/> ("7 October 2023", "October 7").</summary>
    private static bool DateStartsAt(ImmutableArray<Token> tokens, List<DateMention> dates, int k)
    {
        if (k >= tokens.Length)
        {
            return false;
        }

        foreach (var d in dates)
        {
            if (d.Span.Start == tokens[k].Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when an infinitive of purpose stands between a date and the noun trigger after it ("gathered on Monday
    /// to celebrate the release of X", "flew to Moscow in late August to press for the release"): the date is the
    /// main verb's, not the noun's.
    /// </summary>
    private static bool PurposeBetween(ImmutableArray<Token> tokens, List<string> lower, DateMention d, int trigger)
    {
        for (var k = trigger - 2; k >= 0 && tokens[k].End > d.Span.End; k--)
        {
            if (lower[k] == "to" && tokens[k + 1].Kind == TokenKind.Word && char.IsLower(tokens[k + 1].Text[0])
                && lower[k + 1] is not ("the" or "a" or "an" or "his" or "her" or "its" or "their" or "this" or "that" or "these" or "those"
                    or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "some" or "more" or "about" or "all"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameClauseOrOpening(ImmutableArray<Token> tokens, List<string> lower, DateMention d, int trigger)
    {
        var at = 0;
        while (at < tokens.Length && tokens[at].Start < d.Span.Start)
        {
            at++;
        }

        if (at >= tokens.Length || at <= 4)
        {
            return true;
        }

        var (from, to) = at < trigger ? (at, trigger) : (trigger, at);
        for (var k = from; k < to && k + 1 < lower.Count; k++)
        {
            if (lower[k] == ";" || lower[k] == "," && lower[k + 1] is "and" or "but" or "while" or "whereas")
            {
                return false;
            }

            // "returned on Saturday from Moscow, where he had held talks": a relative of place in the past perfect
            // tells what happened there before the date of the clause it hangs on.
            if (at < trigger && lower[k] == "," && lower[k + 1] == "where" && k + 2 < to && lower.IndexOf("had", k + 2, to - k - 2) >= 0)
            {
                return false;
            }

            // "He was killed in Tehran, where he had attended the swearing-in the day before", "X was freed, who had
            // been seized on 7 May": so after the trigger too, for a relative of place or person.
            if (at > trigger && lower[k] == "," && lower[k + 1] is "where" or "who" or "whom" or "whose" or "which"
                && k + 2 < to && lower.IndexOf("had", k + 2, to - k - 2) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The date of the trigger at token <paramref name="trigger"/>: the nearest of the sentence's dates in its clause or the opening.</summary>
    /// <remarks><paramref name="candidates"/> is a list of the workspace's that this method clears and fills for its own use.</remarks>
    /// <remarks>
    /// A date beside the verb of a denial before the trigger dates the denial, not what is denied ("X on Friday denied
    /// that ...", "X denied on Friday that ..."): it is given as <paramref name="denialDate"/>, a context of the claim
    /// rather than its date. <paramref name="denial"/> is where that verb stands (see <see cref="DenialBefore"/>), or -1.
    /// </remarks>
    private static (DateValue?, DateMentionKind?) DateFor(List<DateMention> dates, ImmutableArray<Token> tokens, List<string> lower, int trigger, bool noun, List<DateMention> candidates, (int Start, int End) denial, out DateValue? denialDate)
    {
        denialDate = null;
        var triggerStart = tokens[trigger].Start;
        candidates.Clear();
        var scopedCount = 0;
        // A noun after a temporal preposition ("nine days after the attack", "weeks after the massacre") is what the
        // sentence counts from: only dates of its own phrase, after the preposition, are its.
        var phraseStart = noun ? TemporalPrepositionBefore(tokens, lower, trigger) : -1;
        foreach (var d in dates)
        {
            if ((d.Kind != DateMentionKind.Dateline && d.Value.IsResolved || d.Kind != DateMentionKind.Dateline && d.Value.Month is not null)
                && !(d.Span.Start <= triggerStart && triggerStart < d.Span.End)
                && (phraseStart < 0 || d.Span.Start >= phraseStart)
                && SameClauseOrOpening(tokens, lower, d, trigger)
                && !InRelativeAsideBefore(tokens, lower, d, trigger)
                && !(noun && PurposeBetween(tokens, lower, d, trigger)))
            {
                if (denial.Start >= 0 && d.Span.End <= triggerStart && DatesTheVerb(tokens, lower, d, denial))
                {
                    denialDate ??= d.Value;
                    continue;
                }

                candidates.Add(d);
                if (d.Scope is not null)
                {
                    scopedCount++;
                }
            }
        }

        if (candidates.Count == 0)
        {
            return (null, null);
        }

        // "10 days after [the attack on October 7], X called": the attack takes October 7, the call the shifted date.
        if (scopedCount > 0)
        {
            foreach (var scoped in candidates.Where(d => d.Scope is not null).ToList())
            {
                var scope = scoped.Scope!.Value;
                if (scoped.DatesScope)
                {
                    // The phrase dates its own clause: a trigger outside it takes another date or none.
                    if (!(scope.Start <= triggerStart && triggerStart < scope.End))
                    {
                        candidates.Remove(scoped);
                    }
                }
                else if (scope.Start <= triggerStart && triggerStart < scope.End)
                {
                    candidates.Remove(scoped);
                }
                else
                {
                    candidates.RemoveAll(d => d != scoped && d.Span.Start >= scope.Start && d.Span.End <= scope.End);
                    if (triggerStart >= scope.End)
                    {
                        candidates.Remove(scoped);
                        candidates.Add(scoped with { Span = new TextSpan(scope.End - 1, scope.End) });
                    }
                }
            }
        }

        // A noun joined by "and" to a noun phrase before it ("the visit ... on 26 October and the release of three in
        // November") takes a date of its own phrase after it over the other phrase's before it.
        if (noun && candidates.Count > 1 && candidates.Exists(d => d.Span.Start > triggerStart))
        {
            candidates.RemoveAll(d => d.Span.End <= triggerStart && AndBetween(tokens, lower, d.Span.End, trigger));
        }

        // "a Russian text on Oct. 16, a Brazilian text vetoed by the United States on Oct. 18 and an American text vetoed
        // by Russia and China on Oct. 25": a date of the trigger's own phrase after it, no comma between, beats one
        // before it across a comma or a conjunction, which end another phrase.
        if (candidates.Count > 1 && candidates.Exists(d => d.Span.Start > triggerStart && NoCommaBetween(tokens, lower, trigger, d, 10)))
        {
            candidates.RemoveAll(d => d.Span.End <= triggerStart && CommaOrConjunctionBetween(tokens, lower, d, trigger));
        }

        if (candidates.Count == 0)
        {
            return (null, null);
        }

        // Nearest by distance; among overlapping mentions the outer one (a relative phrase around its anchor). The
        // first of equals wins, as in a stable sort.
        // A date in an aside between commas before the trigger ("X, chairman since 2017, was killed on 31 July")
        // dates the aside: it comes after every date outside one.
        DateMention? best = null;
        var bestReport = 0;
        var bestDistance = 0;
        var several = candidates.Count > 1;
        foreach (var d in candidates)
        {
            var report = (d.Kind == DateMentionKind.Report ? 2 : 0) + (several && InAsideBefore(tokens, lower, d, trigger) ? 1 : 0);
            var distance = Math.Min(Math.Abs(d.Span.Start - triggerStart), Math.Abs(d.Span.End - triggerStart));
            if (best is null || report < bestReport || report == bestReport && (distance < bestDistance || distance == bestDistance && d.Span.Length > best.Span.Length))
            {
                best = d;
                bestReport = report;
                bestDistance = distance;
            }
        }

        DateMention? outer = null;
        foreach (var d in candidates)
        {
            if (d.Span.Start <= best!.Span.Start && d.Span.End >= best.Span.End && d.Span.Length > best.Span.Length && d != best
                && (outer is null || d.Span.Length > outer.Span.Length))
            {
                outer = d;
            }
        }

        best = outer ?? best;
        return (best!.Value, best.Kind);
    }

    /// <summary>
    /// True when date <paramref name="d"/> starts within <paramref name="window"/> words after the token
    /// <paramref name="trigger"/> with no comma, semicolon, colon or dash between.
    /// </summary>
    private static bool NoCommaBetween(ImmutableArray<Token> tokens, List<string> lower, int trigger, DateMention d, int window)
    {
        for (var k = trigger + 1; k < tokens.Length && k <= trigger + window; k++)
        {
            if (tokens[k].Start >= d.Span.Start)
            {
                return true;
            }

            if (lower[k] is "," or ";" or ":" or "--" or "\u2013" or "\u2014" or "(" or ")")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a comma or "and", "or", "but" stands between date <paramref name="d"/>, before the trigger, and the
    /// token <paramref name="trigger"/>.
    /// </summary>
    private static bool CommaOrConjunctionBetween(ImmutableArray<Token> tokens, List<string> lower, DateMention d, int trigger)
    {
        for (var k = trigger - 1; k >= 0 && tokens[k].Start >= d.Span.End; k--)
        {
            if (lower[k] is "," or "and" or "or" or "but")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when "and" stands between the text offset <paramref name="from"/> and the token <paramref name="trigger"/>.</summary>
    private static bool AndBetween(ImmutableArray<Token> tokens, List<string> lower, int from, int trigger)
    {
        for (var k = trigger - 1; k >= 0 && tokens[k].Start >= from; k--)
        {
            if (lower[k] == "and")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when date <paramref name="d"/> stands in a relative clause set off by commas before the trigger ("X, a
    /// sound engineer who was seized on 7 May, was handed over on Sunday", "X, which was founded in 2019, was
    /// banned"): the date of the relative's own verb, never of the clause it hangs on.
    /// </summary>
    private static bool InRelativeAsideBefore(ImmutableArray<Token> tokens, List<string> lower, DateMention d, int trigger)
    {
        var at = 0;
        while (at < tokens.Length && tokens[at].Start < d.Span.Start)
        {
            at++;
        }

        if (at == 0 || at >= trigger)
        {
            return false;
        }

        var relative = -1;
        for (var k = at - 1; k >= 0 && k >= at - 16; k--)
        {
            if (lower[k] is "," or ";" or "(" or ")")
            {
                // The relative must stand inside an aside the comma opens.
                if (relative < 0 || lower[k] != ",")
                {
                    return false;
                }

                break;
            }

            if (lower[k] is "who" or "whom" or "whose" or "which")
            {
                relative = k;
            }

            if (k == 0)
            {
                return false;
            }
        }

        if (relative < 0)
        {
            return false;
        }

        // The aside closes with a comma before the trigger, and what follows it is the clause the aside hangs on,
        // not a further clause of its own.
        for (var k = at; k < trigger; k++)
        {
            if (lower[k] == "," && tokens[k].Start >= d.Span.End)
            {
                return k + 1 < lower.Count && lower[k + 1] is not ("and" or "but" or "or" or "while" or "whereas" or "who" or "which");
            }
        }

        return false;
    }

    /// <summary>
    /// True when date <paramref name="d"/> stands in an aside that "since" or "until" opens between two commas before
    /// the trigger ("Haniyeh, its leader since 2017, was killed"): the date of a state the aside describes.
    /// </summary>
    private static bool InAsideBefore(ImmutableArray<Token> tokens, List<string> lower, DateMention d, int trigger)
    {
        var at = 0;
        while (at < tokens.Length && tokens[at].Start < d.Span.Start)
        {
            at++;
        }

        if (at == 0 || at >= trigger || lower[at - 1] is not ("since" or "until"))
        {
            return false;
        }

        var open = -1;
        for (var k = at - 2; k >= 0 && k >= at - 12; k--)
        {
            if (lower[k] == ",")
            {
                open = k;
                break;
            }
        }

        if (open < 0)
        {
            return false;
        }

        for (var k = at; k < trigger; k++)
        {
            if (lower[k] == "," && tokens[k].Start >= d.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when date <paramref name="d"/> stands right beside the words [verb.Start, verb.End): before them with at
    /// most one word between ("on Friday denied", "on Friday formally denied"), or after them with at most two
    /// ("denied on Friday", "denied late on Friday"), and no comma between.
    /// </summary>
    private static bool DatesTheVerb(ImmutableArray<Token> tokens, List<string> lower, DateMention d, (int Start, int End) verb)
    {
        var first = 0;
        while (first < tokens.Length && tokens[first].Start < d.Span.Start)
        {
            first++;
        }

        var end = first;
        while (end < tokens.Length && tokens[end].End <= d.Span.End)
        {
            end++;
        }

        int from, to;
        if (end <= verb.Start && verb.Start - end <= 1)
        {
            (from, to) = (end, verb.Start);
        }
        else if (first >= verb.End && first - verb.End <= 2)
        {
            (from, to) = (verb.End, first);
        }
        else
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (lower[k] is "," or ";" or ":" or "that")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of the denial cue before the trigger at <paramref name="start"/> (as <see cref="PolarityOf"/> finds it), or (-1, -1).</summary>
    private (int Start, int End) DenialBefore(List<string> lower, WordFacts[] facts, WordFacts[] starts, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 8; i--)
        {
            if ((facts[i] & (WordFacts.ClauseBreak | WordFacts.Comma)) != 0)
            {
                break;
            }

            if (_denials.FirstAt(lower, starts, i, limit: start) is var k and >= 0)
            {
                return (i, i + _denials.Length(k));
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// For the first sentence of a line that answers a question, the line before ending in "?", the last resolved
    /// event date of that question's line ("Q: Last Wednesday Hamas was back in Moscow. What happened?" dates the
    /// answer's "A: X met Y."), its derivation saying so; null otherwise.
    /// </summary>
    private static DateValue? QuestionDate(string text, ImmutableArray<Sentence> sentences, ImmutableArray<DateMention> dates, int sentenceIndex)
    {
        if (sentenceIndex == 0 || sentences[sentenceIndex - 1] is not { } asked || asked.Paragraph == sentences[sentenceIndex].Paragraph)
        {
            return null;
        }

        var last = asked.End - 1;
        while (last > asked.Start && text[last] is '"' or '\'' or '\u201D' or '\u2019' or ' ' or ')')
        {
            last--;
        }

        if (text[last] != '?')
        {
            return null;
        }

        DateMention? best = null;
        foreach (var d in dates)
        {
            if (d.SentenceIndex < sentenceIndex && sentences[d.SentenceIndex].Paragraph == asked.Paragraph && d.Kind == DateMentionKind.Event && d.Value.IsResolved)
            {
                best = d;
            }
        }

        return best is null ? null : best.Value with { Derivation = $"{best.Value.Derivation}; the date of the question this line answers" };
    }

    /// <summary>
    /// The description of one unnamed person that opens an article's first paragraph, after a dateline at most ("A
    /// 25-year-old Israeli", "An American grandmother"), with the full name that opens the next paragraph; null when
    /// the article does not open so.
    /// </summary>
    private static (TextSpan Description, Mention Named)? Lede(ImmutableArray<Sentence> sentences, ImmutableArray<SentenceMentions> mentions)
    {
        for (var k = 0; k + 1 < sentences.Length && k < 3; k++)
        {
            if (k > 0 && sentences[k - 1].Paragraph == sentences[k].Paragraph)
            {
                continue;
            }

            // The first mention that is no place: the lede's subject.
            var subject = mentions[k].Mentions.FirstOrDefault(m => !EntityKinds.IsPlace(m.Kind));
            if (subject is null)
            {
                continue;
            }

            if (subject is not { Kind: EntityKinds.Group, ActorId: null, Pronoun: false, DescriptorClass: "people" or "captive" } || !subject.Members.IsEmpty
                || subject.Count is { Value: not 1 } || !(subject.Text.StartsWith("A ", StringComparison.Ordinal) || subject.Text.StartsWith("An ", StringComparison.Ordinal)))
            {
                return null;
            }

            // The next paragraph opens with the name.
            var next = k + 1;
            while (next < sentences.Length && sentences[next].Paragraph == sentences[k].Paragraph)
            {
                next++;
            }

            if (next >= sentences.Length)
            {
                return null;
            }

            var named = mentions[next].Mentions.FirstOrDefault();
            return named is { Kind: EntityKinds.Person, Pronoun: false, FirstToken: 0, PersonKey: { } key } && key.Contains(' ') ? (new TextSpan(subject.Start, subject.End), named) : null;
        }

        return null;
    }

    /// <summary>
    /// When the sentence after <paramref name="sentenceIndex"/> opens with an event ("The strike", "The Israeli
    /// strike", "The meeting": a determiner, at most two words, an event noun) that a verb follows, the first event
    /// date given after the noun, with the opening words and the event type the noun is a trigger of (null for the
    /// lexicon's event nouns, of any type); else null. A date right after the noun ("The attack of 7 October") names
    /// another event of the kind, so the word after the noun must be a lower-case word that is no preposition (its verb).
    /// </summary>
    private (DateValue Date, string Opener, string? EventType)? FollowingEventDate(ImmutableArray<Sentence> sentences, ImmutableArray<DateMention> dates, int sentenceIndex)
    {
        if (sentenceIndex + 1 >= sentences.Length)
        {
            return null;
        }

        var next = sentences[sentenceIndex + 1];
        var tokens = next.Tokens;
        if (tokens.Length < 4 || tokens[0].Word.Lower is not ("the" or "this" or "that"))
        {
            return null;
        }

        for (var at = 1; at <= 3 && at < tokens.Length; at++)
        {
            if (!_eventOpenerStarts.Contains(tokens[at].Word.Lower))
            {
                if (tokens[at].Kind != TokenKind.Word)
                {
                    return null;
                }

                continue;
            }

            foreach (var (words, eventType) in _eventOpeners)
            {
                var after = at + words.Length;
                if (after >= tokens.Length || !OpensWith(tokens, at, words.AsSpan()))
                {
                    continue;
                }

                // The words before the noun describe it ("The Israeli strike", "The deadly blast"); what follows it is
                // its verb, not a preposition, a comma or a date.
                var verb = tokens[after];
                if (verb.Kind != TokenKind.Word || char.IsUpper(verb.Text[0]) || RoleSources.Prepositions.Contains(verb.Text) || verb.Text is "'s" or "’s")
                {
                    return null;
                }

                foreach (var d in dates)
                {
                    if (d.SentenceIndex == next.Index && d.Kind == DateMentionKind.Event && d.Value.IsResolved && d.Span.Start >= verb.Start)
                    {
                        return (d.Value, next.Text[..(tokens[after - 1].End - next.Start)], eventType);
                    }
                }

                return null;
            }

            if (tokens[at].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when the lower-case words at <paramref name="at"/> are <paramref name="words"/>.</summary>
    private static bool OpensWith(ImmutableArray<Token> tokens, int at, ReadOnlySpan<string> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (at + i >= tokens.Length || !string.Equals(tokens[at + i].Text, words[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// For a sentence of a live blog's entry (a line opening with a time of day, "15:42 ...", at most three lines
    /// above or the sentence's own), the blog's day: the last line before that is a date alone (a day heading),
    /// else the published date. For a post, a wire alert or a diary line under a line of its own time stamp
    /// ("23.10.2024 14:05", at most three lines above), the stamp's day. Null outside such an entry.
    /// </summary>
    private static DateValue? LiveEntryDay(string text, ImmutableArray<Sentence> sentences, ImmutableArray<DateMention> dates, int sentenceIndex, DateOnly? published)
    {
        var lines = 0;
        var entry = -1;
        for (var k = sentenceIndex; k >= 0 && lines <= 3; k--)
        {
            if (k > 0 && sentences[k - 1].Paragraph == sentences[k].Paragraph)
            {
                continue;
            }

            lines++;
            if (k < sentenceIndex && StampLine(text, sentences[k].Start) is { } stamp)
            {
                if (stamp.Day is not { } stampDay)
                {
                    return null;
                }

                var stampIso = stampDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return new DateValue(stampDay, stampDay, stampDay.Year, stampDay.Month, stampDay.Day, stampIso, $"{stampIso}: the day of the entry stamped \u201C{stamp.Line}\u201D above it");
            }

            if (OpensWithTime(text, sentences[k].Start))
            {
                entry = k;
                break;
            }
        }

        // A blog that keeps the clock of a named zone ("10:52 p.m. ET", "23:40 GMT") tells when the news came in on
        // that clock; where the event happened it may already be the next day, so its day dates nothing.
        if (entry < 0 || ZonedTime(text, sentences[entry].Start, sentences[entry].End))
        {
            return null;
        }

        DateMention? heading = null;
        foreach (var d in dates)
        {
            if (d.SentenceIndex < entry && d.Value.IsResolved && d.Value.From == d.Value.To && d.Span.Start == sentences[d.SentenceIndex].Start
                && text.AsSpan(d.Span.End, sentences[d.SentenceIndex].End - d.Span.End).Trim().Length == 0)
            {
                heading = d;
            }
        }

        var time = text.AsSpan(sentences[entry].Start, 5).TrimEnd(' ').ToString();
        if (heading is not null)
        {
            return heading.Value with { Derivation = $"{heading.Value.Iso}: the day of the live entry {time}, from the heading \u201C{heading.Value.Written}\u201D above it" };
        }

        if (published is not { } day)
        {
            return null;
        }

        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new DateValue(day, day, day.Year, day.Month, day.Day, iso, $"{iso}: the day of the live entry {time}, the published date");
    }

    /// <summary>The line that starts at <paramref name="at"/> when it holds nothing but a time stamp, with the stamp's day (null when it is no valid date).</summary>
    private static (DateOnly? Day, string Line)? StampLine(string text, int at)
    {
        // A stamp line is short once trimmed: a line that starts with a character and has another as many places on
        // as a stamp line can be long, with no line break between, is longer, and the rest of a long paragraph is not
        // searched.
        const int Longest = DateRecognizer.LongestStampLine;
        if (at + Longest < text.Length && !char.IsWhiteSpace(text[at]) && !char.IsWhiteSpace(text[at + Longest])
            && !text.AsSpan(at, Longest).Contains('\n'))
        {
            return null;
        }

        var end = text.IndexOf('\n', at);
        var line = text.AsSpan(at, (end < 0 ? text.Length : end) - at).Trim();
        return DateRecognizer.IsStampLine(line, out var day) ? (day, line.ToString()) : null;
    }

    private static readonly string[] TimeZones =
        ["ET", "EDT", "EST", "CT", "CDT", "CST", "MT", "MDT", "MST", "PT", "PDT", "PST", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK"];

    /// <summary>
    /// Whether the time of day that opens the line at <paramref name="at"/> is followed by the name of a time zone,
    /// after an optional "a.m."/"p.m." ("10:52 p.m. ET", "23:40 GMT"), before <paramref name="end"/>.
    /// </summary>
    private static bool ZonedTime(string text, int at, int end)
    {
        var p = at;
        while (p < end && (char.IsAsciiDigit(text[p]) || text[p] is ':' or '.'))
        {
            p++;
        }

        var rest = text.AsSpan(p, Math.Min(end, text.Length) - p).TrimStart(' ');
        foreach (var meridiem in (ReadOnlySpan<string>)["a.m.", "p.m.", "am", "pm", "AM", "PM"])
        {
            if (rest.StartsWith(meridiem, StringComparison.Ordinal) && (rest.Length == meridiem.Length || rest[meridiem.Length] == ' '))
            {
                rest = rest[meridiem.Length..].TrimStart(' ');
                break;
            }
        }

        foreach (var zone in TimeZones)
        {
            if (rest.StartsWith(zone, StringComparison.Ordinal) && (rest.Length == zone.Length || !char.IsAsciiLetterOrDigit(rest[zone.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line opens with a time of day: "9:05", "15:42" or "15.42", then a space.</summary>
    private static bool OpensWithTime(string text, int at)
    {
        var digits = 0;
        while (at + digits < text.Length && digits < 3 && char.IsAsciiDigit(text[at + digits]))
        {
            digits++;
        }

        var p = at + digits;
        return digits is 1 or 2 && p + 3 < text.Length && text[p] is ':' or '.' && char.IsAsciiDigit(text[p + 1]) && char.IsAsciiDigit(text[p + 2]) && text[p + 3] == ' ';
    }

    /// <summary>
    /// Whether the clause before <paramref name="start"/> puts what it tells before the story's time with a past
    /// perfect and an adverb of it ("had earlier asked", "had previously sent"): the dates of the sentences before
    /// are then no context for it.
    /// </summary>
    private static bool EarlierBefore(List<string> lower, int start)
    {
        for (var k = 0; k + 1 < start; k++)
        {
            if (lower[k] == "had" && lower[k + 1] is "earlier" or "previously" or "already")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a present form of "be" opens the trigger or stands right before it, an adverb perhaps between ("is
    /// ready to release", "are held", "is still held"); -1 when none does.
    /// </summary>
    private static int PresentBeBefore(List<string> lower, int start)
    {
        if (lower[start] is "is" or "are" or "am" or "'s" or "'re")
        {
            return start;
        }

        var k = start - 1;
        if (k >= 1 && (lower[k] is "now" or "still" or "already" or "also" || lower[k].EndsWith("ly", StringComparison.Ordinal)))
        {
            k--;
        }

        return k >= 0 && lower[k] is "is" or "are" or "am" ? k : -1;
    }

    /// <summary>
    /// Where the present perfect of the verb at <paramref name="start"/> begins: "has freed", "have been freed",
    /// "has now freed"; -1 when it is not one.
    /// </summary>
    private static int PresentPerfectBefore(List<string> lower, int start)
    {
        var k = start - 1;
        if (k >= 0 && lower[k] == "been")
        {
            k--;
        }
        else if (k >= 1 && (lower[k] is "now" or "just" or "also" or "already" or "finally" || lower[k].EndsWith("ly", StringComparison.Ordinal)))
        {
            k--;
        }

        return k >= 0 && lower[k] is "has" or "have" ? k : -1;
    }

    /// <summary>The last resolved event date in the few sentences before (latest sentence, then latest position; the first of equals).</summary>
    private static DateValue? ContextDate(ImmutableArray<DateMention> dates, int sentenceIndex)
    {
        DateMention? best = null;
        foreach (var d in dates)
        {
            if (d.SentenceIndex < sentenceIndex && d.SentenceIndex >= sentenceIndex - ContextSentences && d.Kind == DateMentionKind.Event && d.Value.IsResolved
                && (best is null || d.SentenceIndex > best.SentenceIndex || d.SentenceIndex == best.SentenceIndex && d.Span.Start > best.Span.Start))
            {
                best = d;
            }
        }

        return best?.Value;
    }

    /// <summary>
    /// The first form of the measure found in the sentence with a count near it, the sentence's words read from
    /// <paramref name="words"/> when given, else from <paramref name="lower"/>.
    /// </summary>
    /// <remarks>
    /// Every word of a measure form is numbered (see <see cref="SentenceWords.Ids"/>), so a form stands at a place
    /// exactly when the numbers there are the form's: a form whose first word is absent is skipped, and the others
    /// are compared number by number, without the sentence's words in lower case.
    /// </remarks>
    private (string Trigger, TextSpan Span, CountValue Count)? MeasureCount(Sentence sentence, MeasureSpec measure, ImmutableArray<CountMention> counts, List<string>? lower, SentenceWords? words)
    {
        var tokens = sentence.Tokens;
        var numbered = words is null ? null : _measureForms[measure];
        var wordCount = words?.Count ?? lower!.Count;
        var f = 0;
        foreach (var phrase in measure.Triggers)
        {
            foreach (var form in phrase.Forms)
            {
                var ids = numbered?[f++];
                if (ids is { Length: > 0 } && !words!.Present[ids[0]])
                {
                    continue;
                }

                for (var i = 0; i + form.Length <= wordCount; i++)
                {
                    if (ids is { Length: > 0 } ? words!.Ids[i] != ids[0] || !words.Ids.AsSpan(i, ids.Length).SequenceEqual(ids) : !IsPhraseAt(lower ??= words!.Lower, i, form.AsSpan()))
                    {
                        continue;
                    }

                    var start = tokens[i].Start;
                    var end = tokens[i + form.Length - 1].End;
                    var windowAfter = tokens[Math.Min(tokens.Length - 1, i + form.Length + 4)].End;
                    var windowBefore = tokens[Math.Max(0, i - 6)].Start;
                    // Loops, not lambdas: a closure over these locals would be allocated at every token tried.
                    CountMention? after = null;
                    CountMention? before = null;
                    foreach (var c in counts)
                    {
                        if (after is null && c.Span.Start >= end && c.Span.Start <= windowAfter)
                        {
                            after = c;
                        }

                        if (c.Span.End <= start && c.Span.Start >= windowBefore)
                        {
                            before = c;
                        }
                    }

                    // The words of the sentence in lower case are its words' LowerStraight when words are given.
                    var gerund = (words is null ? lower![i] : tokens[i].Word.LowerStraight).EndsWith("ing", StringComparison.Ordinal);
                    var chosen = gerund ? after ?? before : before ?? after;
                    if (chosen is not null)
                    {
                        return (string.Join(' ', form), new TextSpan(start, end), chosen.Value);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A sentence that gives a toll without naming the event ("In total 1,139 people were killed") belongs to the
    /// last event with measures in the previous sentences of the article.
    /// </summary>
    private void DetachedMeasures(Article article, Sentence sentence, SentenceWords words, ImmutableArray<CountMention> counts, List<Claim> claims)
    {
        // A measure is read only with a count of the sentence (see MeasureCount).
        if (counts.IsEmpty)
        {
            return;
        }

        // Claims come in sentence order: only the last ones can be of this sentence or of the few before it.
        Claim? anchor = null;
        for (var i = claims.Count - 1; i >= 0 && claims[i].Sentence.Index >= sentence.Index - MeasureSentences; i--)
        {
            var c = claims[i];
            if (c.Rule.Measures.IsEmpty)
            {
                continue;
            }

            if (c.Sentence.Index == sentence.Index)
            {
                return;
            }

            if (anchor is null && c.Measure is null && c.Sentence.Index < sentence.Index)
            {
                anchor = c;
            }
        }

        if (anchor is null)
        {
            return;
        }

        // These words are only lowered, with no apostrophe made plain; they differ from the rules' words only in
        // words with ’, which match no measure form unless a form holds an apostrophe.
        List<string>? lower = null;
        SentenceWords? known = words;
        if (_measureApostrophes)
        {
            lower = new List<string>(sentence.Tokens.Length);
            foreach (var t in sentence.Tokens)
            {
                lower.Add(t.Text.ToLowerInvariant());
            }

            known = null;
        }

        foreach (var measure in anchor.Rule.Measures)
        {
            if (MeasureCount(sentence, measure, counts, lower, known) is { } h)
            {
                claims.Add(new Claim(article.Id, sentence, anchor.Rule, h.Trigger, h.Span, TriggerForm.Noun, anchor.Roles, anchor.Date, anchor.DateKind, anchor.ContextDate,
                    h.Count, measure.Name, Polarity.Asserted, null, false, null, null, null,
                    $"the sentence gives a toll without naming the event; read as part of the {anchor.Rule.EventType} in sentence {anchor.Sentence.Index + 1}"));
            }
        }
    }
}
