using Compare.Recognition.Names;
using System.Collections.Immutable;
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
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "all", "any", "two", "both",
    };

    private static readonly HashSet<string> GroupAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "high-ranking", "senior", "top", "extra", "additional", "dual", "twin", "other", "several", "remaining", "militant", "political",
        "anonymous", "foreign", "official", "former", "new", "russian-israeli", "israeli-russian", "kidnapped", "abducted", "many", "few",
        "more", "dozens", "hundreds", "thousands", "young", "elderly", "female", "male", "adult", "israeli", "local", "palestinian",
    };

    private static readonly HashSet<string> CompoundSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "led", "drafted", "backed", "sponsored", "proposed", "authored", "brokered",
    };

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "him", "his", "she", "her" };
    private static readonly HashSet<string> ThingPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "its" };
    private static readonly HashSet<string> GroupPronouns = new(StringComparer.OrdinalIgnoreCase) { "they", "them", "their" };
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "el", "bin", "ibn", "abu", "de", "van", "von", "der" };

    private readonly ActorIndex _actors;
    private readonly Lexicons _lex;
    private readonly List<Mention> _people = [];
    private ImmutableArray<Mention> _previous = [];

    public MentionRecognizer(ActorIndex actors)
    {
        _actors = actors;
        _lex = actors.Rules.Lexicons;
    }

    /// <summary>Every person mention seen so far in the article, in order.</summary>
    public IReadOnlyList<Mention> People => _people;

    public SentenceMentions Recognize(string text, Sentence sentence, ImmutableArray<CountMention> counts)
    {
        var tokens = sentence.Tokens;
        var words = tokens.Select(t => t.Text).ToList();
        var raw = new List<Mention>();
        var n = tokens.Length;
        var i = 0;
        while (i < n)
        {
            var m = MatchActor(words, tokens, i, text) ?? MatchCompound(tokens, i, text) ?? MatchName(words, tokens, i, text);
            if (m is not null)
            {
                raw.Add(m);
                if (m.Kind == EntityKinds.Person)
                {
                    _people.Add(m);
                }

                i = m.EndToken;
                continue;
            }

            i++;
        }

        var titles = new List<TitleMention>();
        var groups = new List<Mention>();
        FindTitlesAndGroups(text, sentence, raw, counts, titles, groups);

        var absorbed = new HashSet<Mention>(groups.SelectMany(g => g.Members).Concat(groups.SelectMany(g => AbsorbedBy(g, raw))));
        var eligible = raw.Where(r => !absorbed.Contains(r)).Concat(groups).ToList();
        AddPronouns(sentence, eligible);
        var ordered = eligible.OrderBy(m => m.FirstToken).ThenByDescending(m => m.EndToken).ToImmutableArray();
        _previous = ordered;
        return new SentenceMentions(ordered, [.. raw.Concat(groups).OrderBy(m => m.FirstToken)], [.. titles]);
    }

    private static IEnumerable<Mention> AbsorbedBy(Mention group, List<Mention> raw) =>
        raw.Where(r => r.FirstToken >= group.FirstToken && r.EndToken <= group.EndToken);

    private Mention Make(ImmutableArray<Token> tokens, int first, int end, string text, string kind, string? actorId,
        string? cls = null, ImmutableArray<string> affiliations = default, ImmutableArray<Mention> members = default,
        CountValue? count = null, string? title = null, bool adjectival = false, bool pronoun = false)
    {
        var start = tokens[first].Start;
        var stop = tokens[end - 1].End;
        return new Mention(first, end, start, stop, text[start..stop], kind, actorId, cls,
            affiliations.IsDefault ? (actorId is null ? [] : _actors.Affiliations(actorId)) : affiliations,
            members.IsDefault ? [] : members, count, title, adjectival, pronoun);
    }

    private Mention? MatchActor(List<string> words, ImmutableArray<Token> tokens, int i, string text)
    {
        var match = _actors.Match(words, i);
        if (match is not { } hit)
        {
            return null;
        }

        // A one-word person alias followed by another capitalised word is someone else's first name.
        if (hit.Actor.Kind == EntityKinds.Person && hit.Length == 1 && i + 1 < words.Count && IsNameWord(tokens[i + 1]) && _actors.Match(words, i + 1) is null)
        {
            return null;
        }

        var m = Make(tokens, i, i + hit.Length, text, hit.Actor.Kind, hit.Actor.Id, adjectival: hit.Demonym);
        return hit.Actor.Kind == EntityKinds.Person ? m with { PersonKey = hit.Actor.Id } : m;
    }

    private Mention? MatchCompound(ImmutableArray<Token> tokens, int i, string text)
    {
        var word = tokens[i].Text;
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || dash == word.Length - 1)
        {
            return null;
        }

        var head = word[..dash];
        var suffix = word[(dash + 1)..];
        if (CompoundSuffixes.Contains(suffix) && _actors.Word(head) is { } actor)
        {
            return Make(tokens, i, i + 1, text, actor.Actor.Kind, actor.Actor.Id, adjectival: true) with { Title = "compound:" + suffix.ToLowerInvariant() };
        }

        // "Russian-Israeli": two demonyms, an adjective naming both.
        var parts = word.Split('-');
        var ids = parts.Select(p => _actors.Word(p)).ToList();
        if (parts.Length == 2 && ids.All(a => a is { Demonym: true }))
        {
            var aff = ids.SelectMany(a => _actors.Affiliations(a!.Value.Actor.Id)).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
            return Make(tokens, i, i + 1, text, EntityKinds.Country, ids[0]!.Value.Actor.Id, affiliations: aff, adjectival: true);
        }

        return null;
    }

    private bool IsNameWord(Token t)
    {
        if (t.Kind != TokenKind.Word || t.Text.Length < 2)
        {
            return false;
        }

        if (Particles.Contains(t.Text) || t.Text.StartsWith("al-", StringComparison.Ordinal) || t.Text.StartsWith("el-", StringComparison.Ordinal))
        {
            return true;
        }

        return char.IsUpper(t.Text[0]) && !_lex.NotNames.Contains(t.Text) && t.Text.Any(char.IsLower);
    }

    private Mention? MatchName(List<string> words, ImmutableArray<Token> tokens, int i, string text)
    {
        if (!IsNameWord(tokens[i]) || !char.IsUpper(tokens[i].Text[0]))
        {
            return null;
        }

        var j = i;
        while (j < tokens.Length && IsNameWord(tokens[j]) && (j == i || _actors.Match(words, j) is null) && j - i < 5)
        {
            j++;
        }

        var run = tokens.Skip(i).Take(j - i).ToList();
        var runText = text[tokens[i].Start..tokens[j - 1].End];
        if (run.Any(t => _lex.OrganisationWords.Contains(t.Text)))
        {
            return Make(tokens, i, j, text, EntityKinds.Organisation, null);
        }

        if (run.Count >= 2)
        {
            return Make(tokens, i, j, text, EntityKinds.Person, null) with { PersonKey = runText };
        }

        // A lone capitalised word is a person only when it is the surname of someone already named.
        var link = _people.LastOrDefault(p => p.PersonKey is not null && SurnameOf(p.Text) is { } s && SameSurname(s, runText));
        if (link is not null)
        {
            return Make(tokens, i, j, text, EntityKinds.Person, link.ActorId) with { PersonKey = link.PersonKey };
        }

        return KinName(words, tokens, i, j, text, runText) ?? Make(tokens, i, j, text, "name", null);
    }

    /// <summary>
    /// A first name given through a relative ("her son, Alexander", "Trufanova's son Alexander") takes the family
    /// name of that relative, in the form for the relative's sex (a son of Trufanova is a Trufanov).
    /// </summary>
    /// <summary>A person's full name: the dictionary's for a known actor, else the article's key or text.</summary>
    private string FullName(Mention m) => m.ActorId is { } id && _actors[id] is { } actor ? actor.Name : m.PersonKey ?? m.Text;

    private Mention? KinName(List<string> words, ImmutableArray<Token> tokens, int i, int j, string text, string given)
    {
        var k = i - 1;
        if (k >= 0 && words[k] == ",")
        {
            k--;
        }

        if (k < 1 || NameGender.OfKin(words[k]) is not { } sex)
        {
            return null;
        }

        var kinWord = words[k];
        var ownerWord = words[k - 1];
        Mention? owner = null;
        if (NameGender.OfPronoun(ownerWord) is { } ownerSex && ownerWord.ToLowerInvariant() is "her" or "his")
        {
            owner = _people.LastOrDefault(p => p.PersonKey is { } key && key.Contains(' ') && NameGender.OfSurname(SurnameOf(key)) is var g && (g is null || g == ownerSex));
        }
        else if (ownerWord is "'s" or "’s" && k >= 2)
        {
            owner = _people.LastOrDefault(p => p.PersonKey is { } key && key.Contains(' ') && SurnameOf(key) is { } s && SameSurname(s, words[k - 2]));
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

    private void FindTitlesAndGroups(string text, Sentence sentence, List<Mention> raw, ImmutableArray<CountMention> counts, List<TitleMention> titles, List<Mention> groups)
    {
        var tokens = sentence.Tokens;
        var lower = tokens.Select(t => t.Text.ToLowerInvariant()).ToList();
        var used = new bool[tokens.Length];
        foreach (var m in raw)
        {
            for (var k = m.FirstToken; k < m.EndToken; k++)
            {
                used[k] = true;
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (used[i])
            {
                continue;
            }

            var title = MatchTitle(lower, i, out var isOffice);
            if (title is not null)
            {
                var end = i + title.Split(' ').Length;
                var person = PersonAfter(raw, tokens, end);
                var qualifierStart = QualifierStart(raw, tokens, lower, i);
                if (person is not null)
                {
                    var of = raw.FirstOrDefault(r => r.FirstToken >= qualifierStart && r.EndToken <= i && r.ActorId is not null);
                    var past = lower[qualifierStart].StartsWith("then-", StringComparison.Ordinal) || lower[qualifierStart].StartsWith("ex-", StringComparison.Ordinal)
                        || lower[qualifierStart] is "former" or "then" || lower[i].StartsWith("then-", StringComparison.Ordinal)
                        || (qualifierStart > 0 && (lower[qualifierStart - 1] is "former" or "then" or "ex-" or "late"));
                    titles.Add(new TitleMention(person, text[tokens[qualifierStart].Start..tokens[end - 1].End], title, isOffice, of?.ActorId, past, sentence.Index, tokens[qualifierStart].Start, tokens[end - 1].End));
                    for (var k = i; k < end; k++)
                    {
                        used[k] = true;
                    }

                    i = end - 1;
                    continue;
                }

                // An appositive title after a name: "Name, [a|the] [adj] TITLE [of X],".
                var before = AppositiveName(raw, tokens, lower, i);
                if (before is not null)
                {
                    var ofEnd = end;
                    string? ofActor = null;
                    if (ofEnd < tokens.Length && lower[ofEnd] is "of" or "to")
                    {
                        var target = raw.FirstOrDefault(r => r.FirstToken > ofEnd && r.FirstToken <= ofEnd + 4 && r.ActorId is not null);
                        ofActor = target?.ActorId;
                    }

                    titles.Add(new TitleMention(before, text[tokens[i].Start..tokens[end - 1].End], title, isOffice, ofActor, false, sentence.Index, tokens[i].Start, tokens[end - 1].End));
                    i = end - 1;
                    continue;
                }

                // A title standing alone ("Netanyahu's military secretary") describes one unnamed official.
                var aff = raw.Where(r => r.FirstToken >= qualifierStart && r.EndToken <= i).SelectMany(r => r.Affiliations.IsEmpty && r.ActorId is not null ? [r.ActorId] : r.Affiliations).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
                var descStart = qualifierStart;
                groups.Add(Make(tokens, descStart, end, text, EntityKinds.Group, null, cls: "official", affiliations: aff, title: title));
                for (var k = descStart; k < end; k++)
                {
                    used[k] = true;
                }

                i = end - 1;
                continue;
            }

            if (_lex.DescriptorClasses.TryGetValue(lower[i], out var cls))
            {
                var group = Group(text, sentence, raw, counts, lower, i, cls);
                if (group is not null)
                {
                    groups.Add(group);
                    for (var k = group.FirstToken; k < group.EndToken; k++)
                    {
                        used[k] = true;
                    }

                    i = group.EndToken - 1;
                }
            }
        }
    }

    /// <summary>"then-prime" is "prime" with a mark of the past (read by the caller).</summary>
    private static string WithoutPastPrefix(string word) =>
        word.StartsWith("then-", StringComparison.Ordinal) ? word[5..] : word.StartsWith("ex-", StringComparison.Ordinal) ? word[3..] : word;

    private string? MatchTitle(List<string> lower, int i, out bool isOffice)
    {
        foreach (var (list, office) in new[] { (_lex.Offices, true), (_lex.Roles, false) })
        {
            foreach (var title in list)
            {
                var parts = title.Split(' ');
                if (i + parts.Length > lower.Count)
                {
                    continue;
                }

                var ok = true;
                for (var k = 0; k < parts.Length && ok; k++)
                {
                    var word = k == 0 ? WithoutPastPrefix(lower[i]) : lower[i + k];
                    ok = word == parts[k];
                }

                if (ok)
                {
                    isOffice = office;
                    return title;
                }
            }
        }

        isOffice = false;
        return null;
    }

    private static Mention? PersonAfter(List<Mention> raw, ImmutableArray<Token> tokens, int end)
    {
        var k = end;
        // Skip a comma and military ranks written as abbreviations ("military secretary, Brig. Gen. Name").
        if (k < tokens.Length && tokens[k].Text == ",")
        {
            k++;
        }

        while (k < tokens.Length && tokens[k].Text.EndsWith('.') && tokens[k].Text.Length <= 6 && char.IsUpper(tokens[k].Text[0]))
        {
            k++;
        }

        return raw.FirstOrDefault(r => r.FirstToken == k && r.Kind == EntityKinds.Person);
    }

    private int QualifierStart(List<Mention> raw, ImmutableArray<Token> tokens, List<string> lower, int i)
    {
        var start = i;
        while (start > 0)
        {
            var prev = start - 1;
            var mention = raw.FirstOrDefault(r => r.EndToken == start);
            if (mention is not null && mention.Kind != EntityKinds.Person)
            {
                start = mention.FirstToken;
                continue;
            }

            if (tokens[prev].Text is "'s" or "’s" && raw.FirstOrDefault(r => r.EndToken == prev) is { } owner)
            {
                start = owner.FirstToken;
                continue;
            }

            if (lower[prev].StartsWith("then-", StringComparison.Ordinal) || lower[prev] is "deputy" or "senior" or "top" or "acting")
            {
                start = prev;
                continue;
            }

            if (char.IsUpper(tokens[prev].Text[0]) && tokens[prev].Kind == TokenKind.Word && _lex.NotNames.Contains(tokens[prev].Text) is false && _lex.OrganisationWords.Contains(tokens[prev].Text))
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

    private static Mention? AppositiveName(List<Mention> raw, ImmutableArray<Token> tokens, List<string> lower, int i)
    {
        var k = i - 1;
        while (k >= 0 && (lower[k] is "a" or "an" or "the" or "its" or "senior" or "high-ranking" or "top" or "former"))
        {
            k--;
        }

        if (k < 1 || tokens[k].Text != ",")
        {
            return null;
        }

        return raw.FirstOrDefault(r => r.EndToken == k && r.Kind == EntityKinds.Person);
    }

    private Mention? Group(string text, Sentence sentence, List<Mention> raw, ImmutableArray<CountMention> counts, List<string> lower, int head, string cls)
    {
        var tokens = sentence.Tokens;
        // A head noun followed by a name is a title ("spokeswoman Maria Zakharova"), not a group.
        if (head + 1 < tokens.Length && raw.Any(r => r.FirstToken == head + 1 && r.Kind == EntityKinds.Person))
        {
            return null;
        }

        var start = head;
        while (start > 0)
        {
            var prev = start - 1;
            var mention = raw.FirstOrDefault(r => r.EndToken == start);
            if (mention is not null && mention.Kind != EntityKinds.Person && mention.Kind != "name")
            {
                start = mention.FirstToken;
                continue;
            }

            // An adjective stands after a count ("two kidnapped soldiers"); before one it is a verb ("abducted two soldiers").
            var adjective = GroupAdjectives.Contains(lower[prev]) && !(tokens[start].Kind == TokenKind.Number || CountRecognizer.TryGetSmallNumberWord(lower[start], out _));
            if (Determiners.Contains(lower[prev]) || adjective || tokens[prev].Kind == TokenKind.Number
                || CountRecognizer.TryGetSmallNumberWord(lower[prev], out _) || counts.Any(c => c.Span.Start <= tokens[prev].Start && tokens[prev].End <= c.Span.End))
            {
                start = prev;
                continue;
            }

            // "Three of the hostages": a count before a partitive "of the".
            if (prev >= 2 && lower[prev] == "the" && lower[prev - 1] == "of")
            {
                start = prev;
                continue;
            }

            if (lower[prev] == "of" && prev > 0 && (tokens[prev - 1].Kind == TokenKind.Number || CountRecognizer.TryGetSmallNumberWord(lower[prev - 1], out _)))
            {
                start = prev;
                continue;
            }

            break;
        }

        var end = head + 1;
        var members = new List<Mention>();
        var affiliations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in raw.Where(r => r.FirstToken >= start && r.EndToken <= head))
        {
            affiliations.UnionWith(m.Affiliations.IsEmpty && m.ActorId is not null ? [m.ActorId] : m.Affiliations);
        }

        // "a delegation from Hamas", "members of Hamas", "led by Name".
        if (end + 1 < tokens.Length && lower[end] is "from" or "of")
        {
            var after = raw.FirstOrDefault(r => r.FirstToken == end + 1 || (r.FirstToken == end + 2 && lower[end + 1] == "the"));
            if (after is not null && after.Kind is EntityKinds.Organisation or EntityKinds.Country)
            {
                affiliations.UnionWith(after.Affiliations.IsEmpty && after.ActorId is not null ? [after.ActorId] : after.Affiliations);
                end = after.EndToken;
            }
            else
            {
                // "a group of high-ranking Hamas members": the members' affiliation is the group's.
                var named = raw.FirstOrDefault(r => r.FirstToken > end + 1 && r.FirstToken <= end + 3 && r.Kind is EntityKinds.Organisation or EntityKinds.Country
                    && r.EndToken < tokens.Length && _lex.DescriptorClasses.ContainsKey(lower[r.EndToken])
                    && Enumerable.Range(end + 1, r.FirstToken - end - 1).All(k => tokens[k].Kind == TokenKind.Word && char.IsLower(tokens[k].Text[0]) || tokens[k].Text == "-"));
                if (named is not null)
                {
                    affiliations.UnionWith(named.Affiliations.IsEmpty && named.ActorId is not null ? [named.ActorId] : named.Affiliations);
                    end = named.EndToken + 1;
                }
            }
        }

        // "hostages with Russian citizenship": the nationality is an affiliation.
        if (end + 2 < tokens.Length && lower[end] == "with" && lower[end + 2] is "citizenship" or "nationality" or "passports" or "passport" or "citizenships")
        {
            var nation = raw.FirstOrDefault(r => r.FirstToken == end + 1 && r.Kind == EntityKinds.Country);
            if (nation is not null)
            {
                affiliations.UnionWith(nation.Affiliations.IsEmpty && nation.ActorId is not null ? [nation.ActorId] : nation.Affiliations);
                end += 3;
            }
        }

        if (end + 2 < tokens.Length && lower[end] == "led" && lower[end + 1] == "by")
        {
            var leader = raw.FirstOrDefault(r => r.FirstToken == end + 2 && r.Kind == EntityKinds.Person);
            if (leader is not null)
            {
                members.Add(leader);
                end = leader.EndToken;
            }
        }

        if (cls == "people" && end + 2 < tokens.Length && lower[end] is "being" or "held" && lower.Skip(end).Take(3).Contains("hostage"))
        {
            cls = "captive";
        }

        // A pronoun owner ("its cadres", "their representatives") takes the affiliation of what it stands for.
        if (affiliations.Count == 0 && start < head && lower[start] is "its" or "their")
        {
            var owner = ResolveThing(raw, tokens[start].Start, lower[start] == "their", lower);
            if (owner is not null)
            {
                affiliations.UnionWith(owner.Affiliations.IsEmpty && owner.ActorId is not null ? [owner.ActorId] : owner.Affiliations);
            }
        }

        var count = counts.Where(c => c.Span.Start >= tokens[start].Start && c.Span.End <= tokens[head].Start).Select(c => c.Value).FirstOrDefault();
        if (cls == "people" && count is null && affiliations.Count == 0)
        {
            return null;
        }

        return Make(tokens, start, end, text, EntityKinds.Group, null, cls: cls, affiliations: [.. affiliations], members: [.. members], count: count);
    }

    private static readonly HashSet<string> PrepositionsBeforeObject = new(StringComparer.Ordinal) { "with", "against", "to", "from", "in", "on", "at", "by", "for", "of", "into", "toward", "towards" };

    private Mention? ResolveThing(IReadOnlyList<Mention> before, int offset, bool group, IReadOnlyList<string> lower)
    {
        // The antecedent is the last country (or capital acting for one) before the pronoun, the subject of the
        // clause rather than the object of a preposition ("Moscow, along with Beijing, used its veto": Moscow).
        Mention? best = null;
        Mention? bestFree = null;
        foreach (var m in before.Where(m => m.End <= offset && !m.Pronoun))
        {
            if (m.Kind == EntityKinds.Country || (m.Kind == EntityKinds.City && _actors[m.ActorId]?.StandsFor is not null))
            {
                best = m;
                if (m.FirstToken == 0 || !PrepositionsBeforeObject.Contains(lower[m.FirstToken - 1]))
                {
                    bestFree = m;
                }
            }
        }

        best = bestFree ?? best;

        best ??= before.LastOrDefault(m => m.End <= offset && m.Kind is EntityKinds.Organisation && !m.Pronoun);
        if (group)
        {
            best = before.LastOrDefault(m => m.End <= offset && m.Kind is EntityKinds.Group or EntityKinds.Organisation && !m.Pronoun) ?? best;
        }

        return best ?? _previous.FirstOrDefault(m => m.Kind is EntityKinds.Country or EntityKinds.Organisation && !m.Adjectival);
    }

    private void AddPronouns(Sentence sentence, List<Mention> eligible)
    {
        var tokens = sentence.Tokens;
        var lower = tokens.Select(t => t.Text.ToLowerInvariant()).ToList();
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Text;
            if (eligible.Any(m => m.FirstToken <= i && i < m.EndToken))
            {
                continue;
            }

            Mention? antecedent = null;
            var before = eligible.Where(m => m.EndToken <= i).OrderBy(m => m.EndToken).ToList();
            if (PersonPronouns.Contains(word))
            {
                // "her" does not point at a man whose family name says he is one (Trufanov), nor "his" at a woman.
                var sex = NameGender.OfPronoun(word);
                bool Fits(Mention m) => sex is null || NameGender.OfSurname(SurnameOf(FullName(m.Resolved))) is not { } g || g == sex;
                var people = before.Where(m => m.Kind == EntityKinds.Person && !m.Pronoun && Fits(m)).ToList();
                antecedent = people.LastOrDefault();

                // "Marzouk said he is held by X": the speaker is rarely the one the reported clause is about when
                // the sentence has named someone else before him.
                if (antecedent is not null && people.Count > 1 && antecedent.EndToken + 2 >= i
                    && lower.Skip(antecedent.EndToken).Take(i - antecedent.EndToken).Any(w => w is "said" or "says" or "told" or "added" or "stated" or "claimed"))
                {
                    antecedent = people[^2];
                }

                antecedent ??= _previous.FirstOrDefault(m => m.Resolved.Kind == EntityKinds.Person && Fits(m))
                    ?? _people.LastOrDefault(m => m.PersonKey is not null && Fits(m) && NameGender.OfSurname(SurnameOf(FullName(m))) is not null);
            }
            else if (ThingPronouns.Contains(word))
            {
                antecedent = ResolveThing(before, tokens[i].Start, false, lower);
            }
            else if (GroupPronouns.Contains(word))
            {
                antecedent = ResolveThing(before, tokens[i].Start, true, lower);
            }
            else if (word is "which" or "who" && i > 0 && tokens[i - 1].Text == ",")
            {
                antecedent = before.LastOrDefault(m => m.EndToken == i - 1);
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
}
