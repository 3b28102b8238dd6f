using System.Collections.Immutable;
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
internal sealed class ClaimExtractor
{
    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being", "am" };
    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "n't", "also", "reportedly", "later", "then", "already", "recently", "allegedly", "officially", "immediately", "instantly",
        "finally", "eventually", "just", "still", "never", "had", "has", "have", "being", "been", "to", "quickly", "apparently",
    };

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ";", ":", "—", "–" };
    private const int ContextSentences = 4;
    private const int MeasureSentences = 3;

    private readonly RuleSet _rules;
    private readonly ActorIndex _actors;

    public ClaimExtractor(RuleSet rules, ActorIndex actors)
    {
        _rules = rules;
        _actors = actors;
    }

    public ArticleAnalysis Analyse(Article article, IReadOnlyList<YearHint>? hints = null)
    {
        var text = article.Text;
        var sentences = SentenceSegmenter.Segment(text, article.BodyStart);
        var dates = DateRecognizer.Recognize(text, sentences.Select(s => s.Span).ToList(), article.Published, hints);
        var recognizer = new MentionRecognizer(_actors);
        var mentions = ImmutableArray.CreateBuilder<SentenceMentions>();
        var ages = ImmutableArray.CreateBuilder<AgeMention>();
        var claims = new List<Claim>();
        foreach (var sentence in sentences)
        {
            var counts = CountRecognizer.Recognize(text, sentence.Span);
            var found = recognizer.Recognize(text, sentence, counts);
            mentions.Add(found);
            ages.AddRange(AgeRecognizer.Recognize(text, sentence.Span));
            var sentenceDates = dates.Where(d => d.SentenceIndex == sentence.Index).ToList();
            var context = ContextDate(dates, sentence.Index);
            foreach (var rule in _rules.Rules)
            {
                claims.AddRange(Extract(article, sentence, found, counts, sentenceDates, context, rule));
            }

            claims.AddRange(DetachedMeasures(article, sentence, counts, claims));
        }

        return new ArticleAnalysis(article, sentences, mentions.ToImmutable(), dates, ages.ToImmutable(), [.. Deduplicate(claims)]);
    }

    /// <summary>Runs one rule over one sentence (used by the rule-example tests too).</summary>
    public IEnumerable<Claim> Extract(Article article, Sentence sentence, SentenceMentions found, ImmutableArray<CountMention> counts, IReadOnlyList<DateMention> dates, DateValue? context, EventRule rule)
    {
        var tokens = sentence.Tokens;
        var lower = tokens.Select(t => t.Text.ToLowerInvariant()).ToList();
        foreach (var (start, end, phrase) in FindTriggers(lower, rule))
        {
            var form = phrase.IsNoun ? TriggerForm.Noun : IsPassive(lower, start) ? TriggerForm.Passive : TriggerForm.Active;
            if (!phrase.IsNoun && start > 0 && lower[start - 1] is "a" or "an" or "the")
            {
                form = TriggerForm.Noun;
            }

            // A reduced relative ("hostages killed by X") is passive though no form of "be" stands before it.
            if (form == TriggerForm.Active && end < lower.Count && lower[end] == "by" && (lower[end - 1].EndsWith("ed", StringComparison.Ordinal) || lower[end - 1].EndsWith("en", StringComparison.Ordinal)))
            {
                form = TriggerForm.Passive;
            }

            if (rule.RequirePassive && form != TriggerForm.Passive)
            {
                continue;
            }

            if (end < lower.Count && rule.CancelAfter.Contains(lower[end]))
            {
                continue;
            }

            if (!rule.RequireAfter.IsEmpty && !lower.Skip(end).Take(6).Any(w => rule.RequireAfter.Contains(w)))
            {
                continue;
            }

            string? item = null;
            if (!rule.RequireWords.IsEmpty)
            {
                item = FindWords(lower, rule.RequireWords, Math.Max(0, start - 6), Math.Min(lower.Count, end + 8));
                if (item is null)
                {
                    continue;
                }
            }

            var irrealis = !rule.Irrealis && CueBefore(lower, start, _rules.Lexicons.Cue("irrealis"), 5) is not null;
            if (irrealis)
            {
                continue;
            }

            var filled = FillRoles(tokens, lower, found.Mentions, start, end, form, rule);
            if (filled is not { } roles)
            {
                continue;
            }

            var count = CountFor(rule, roles, counts, tokens, end);
            if (rule.RequireCount && count is null)
            {
                continue;
            }

            var (date, kind) = DateFor(dates, tokens[start].Start);
            var (polarity, cue) = PolarityOf(lower, start);
            var hedge = FindCue(lower, _rules.Lexicons.Cue("hedge"), 0, lower.Count, exclude: (start, end));
            var attribution = Attribution(tokens, lower, found.Mentions, start, end);
            yield return new Claim(article.Id, sentence, rule, string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text)),
                new TextSpan(tokens[start].Start, tokens[end - 1].End), form, roles, date, kind, date is null ? context : null, count, null,
                polarity, cue, hedge is not null, hedge, attribution, item, null);

            foreach (var measure in Measures(article, sentence, rule, roles, counts, lower, date, kind, context))
            {
                yield return measure with { Polarity = polarity, PolarityCue = cue, Hedged = hedge is not null, HedgeCue = hedge, Attribution = attribution };
            }
        }
    }

    private static IEnumerable<Claim> Deduplicate(List<Claim> claims)
    {
        // One trigger read by two rules of the same event type keeps the claim with more roles filled.
        return claims
            .GroupBy(c => (c.Sentence.Index, c.TriggerSpan.Start, c.EventType, c.Measure))
            .Select(g => g.OrderByDescending(c => c.Roles.Length).ThenBy(c => c.Rule.Id, StringComparer.Ordinal).First())
            .OrderBy(c => c.Sentence.Index).ThenBy(c => c.TriggerSpan.Start).ThenBy(c => c.Measure, StringComparer.Ordinal);
    }

    private static IEnumerable<(int Start, int End, TriggerPhrase Phrase)> FindTriggers(List<string> lower, EventRule rule)
    {
        var taken = new bool[lower.Count];
        var hits = new List<(int, int, TriggerPhrase)>();
        foreach (var phrase in rule.Triggers.OrderByDescending(p => p.Forms.Max(f => f.Length)))
        {
            foreach (var form in phrase.Forms.OrderByDescending(f => f.Length))
            {
                for (var i = 0; i + form.Length <= lower.Count; i++)
                {
                    var ok = true;
                    for (var k = 0; k < form.Length && ok; k++)
                    {
                        ok = !taken[i + k] && lower[i + k] == form[k];
                    }

                    if (!ok)
                    {
                        continue;
                    }

                    for (var k = 0; k < form.Length; k++)
                    {
                        taken[i + k] = true;
                    }

                    hits.Add((i, i + form.Length, phrase));
                }
            }
        }

        return hits.OrderBy(h => h.Item1);
    }

    private static bool IsPassive(List<string> lower, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 4; k--)
        {
            if (BeForms.Contains(lower[k]))
            {
                return true;
            }

            if (!Skippable.Contains(lower[k]))
            {
                return false;
            }
        }

        return false;
    }

    private static string? FindWords(List<string> lower, ImmutableArray<ImmutableArray<string>> phrases, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            foreach (var p in phrases)
            {
                if (i + p.Length <= lower.Count && p.Select((w, k) => lower[i + k] == w).All(x => x))
                {
                    return string.Join(' ', p);
                }
            }
        }

        return null;
    }

    private static string? FindCue(List<string> lower, ImmutableArray<ImmutableArray<string>> cues, int from, int to, (int Start, int End)? exclude = null)
    {
        for (var i = from; i < to; i++)
        {
            if (exclude is { } ex && i >= ex.Start && i < ex.End)
            {
                continue;
            }

            foreach (var cue in cues)
            {
                if (Matches(lower, i, cue))
                {
                    return string.Join(' ', cue);
                }
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
            var w = lower[i + k];
            var c = cue[k];
            // Cue words are lemmas: accept the regular inflections.
            if (w != c && w != c + "s" && w != c + "d" && w != c + "ed" && w != c + "es" && w != c + "ing"
                && !(c.EndsWith('y') && (w == c[..^1] + "ied" || w == c[..^1] + "ies"))
                && !(c.EndsWith('e') && w == c[..^1] + "ing")
                && !(c.Length > 2 && w == c + c[^1] + "ed"))
            {
                return false;
            }
        }

        return true;
    }

    private static string? CueBefore(List<string> lower, int start, ImmutableArray<ImmutableArray<string>> cues, int window)
    {
        for (var i = start - 1; i >= 0 && i >= start - window; i--)
        {
            if (ClauseBreaks.Contains(lower[i]) || lower[i] == ",")
            {
                break;
            }

            foreach (var cue in cues)
            {
                if (Matches(lower, i, cue) && i + cue.Length <= start)
                {
                    return string.Join(' ', cue);
                }
            }
        }

        return null;
    }

    private (Polarity, string?) PolarityOf(List<string> lower, int start)
    {
        var denial = CueBefore(lower, start, _rules.Lexicons.Cue("denial"), 8);
        if (denial is not null)
        {
            return (Polarity.Denied, denial);
        }

        // Negation governs the trigger only when it stands right before it ("did not condemn", "refrained from
        // providing"); further away it usually belongs to another verb of the sentence.
        var negation = CueBefore(lower, start, _rules.Lexicons.Cue("negation"), 3);

        return negation is null ? (Polarity.Asserted, null) : (Polarity.Negated, negation);
    }

    private string? Attribution(ImmutableArray<Token> tokens, List<string> lower, ImmutableArray<Mention> mentions, int start, int end)
    {
        var cues = _rules.Lexicons.Cue("attribution");
        var best = -1;
        ImmutableArray<string> bestCue = default;
        for (var i = 0; i < lower.Count; i++)
        {
            if (i >= start && i < end)
            {
                continue;
            }

            foreach (var cue in cues)
            {
                if (Matches(lower, i, cue) && (best < 0 || Math.Abs(i - start) < Math.Abs(best - start)))
                {
                    best = i;
                    bestCue = cue;
                }
            }
        }

        if (best < 0)
        {
            return null;
        }

        if (bestCue.Length == 2 && bestCue[0] == "according")
        {
            var after = mentions.FirstOrDefault(m => m.FirstToken >= best + 2 && m.FirstToken <= best + 4);
            return after is null ? null : Display(after);
        }

        var speaker = Subject(tokens, lower, mentions, best, m => m.Kind is EntityKinds.Person or EntityKinds.Organisation or EntityKinds.Country or EntityKinds.Group or EntityKinds.City);
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

        return from + 1 < best ? string.Join(' ', tokens.Skip(from + 1).Take(best - from - 1).Select(t => t.Text)).Replace(" ’s", "’s", StringComparison.Ordinal).Replace(" 's", "'s", StringComparison.Ordinal) : null;
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

    private static Mention? Subject(ImmutableArray<Token> tokens, List<string> lower, ImmutableArray<Mention> mentions, int start, Func<Mention, bool> eligible)
    {
        var limit = start;
        // Skip a comma-bounded appositive right before the trigger ("Name, deputy head of X, announced").
        // A comma as the sentence's first token has nothing before it to search (", met" in broken text).
        if (limit > 1 && lower[limit - 1] == ",")
        {
            var open = lower.LastIndexOf(",", limit - 2);
            if (open > 0 && limit - open <= 14)
            {
                var before = mentions.LastOrDefault(m => m.EndToken == open && eligible(m) && !m.Adjectival);
                if (before is not null)
                {
                    return before;
                }
            }
        }

        for (var k = mentions.Length - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.EndToken > limit || !eligible(m) || m.Adjectival)
            {
                continue;
            }

            if (lower.Skip(m.EndToken).Take(limit - m.EndToken).Any(w => ClauseBreaks.Contains(w)))
            {
                return null;
            }

            var prev = m.FirstToken - 1;
            if (prev >= 0 && RoleSources.Prepositions.Contains(lower[prev]) && lower[prev] is not "of")
            {
                continue;
            }

            // "the bodies of six hostages who were killed": after a container or a partitive, the "of" phrase is the subject.
            if (prev >= 0 && lower[prev] == "of" && !(prev > 0 && lower[prev - 1] is "bodies" or "body" or "remains" or "most" or "many" or "some" or "all" or "none" or "each" or "several"))
            {
                continue;
            }

            return m;
        }

        return null;
    }

    private ImmutableArray<RoleFill>? FillRoles(ImmutableArray<Token> tokens, List<string> lower, ImmutableArray<Mention> mentions, int start, int end, TriggerForm form, EventRule rule)
    {
        var used = new HashSet<Mention>();
        var result = ImmutableArray.CreateBuilder<RoleFill>();
        foreach (var role in rule.Roles)
        {
            bool Eligible(Mention m) => !used.Contains(m) && IsEligible(m, role);
            RoleFill? fill = null;
            foreach (var source in role.SourcesFor(form))
            {
                var found = Find(tokens, lower, mentions, start, end, source, Eligible, role.Many);
                if (found.Count > 0)
                {
                    fill = new RoleFill(role.Name, [.. found], source);
                    break;
                }
            }

            if (fill is null)
            {
                if (role.Required)
                {
                    return null;
                }

                continue;
            }

            used.UnionWith(fill.Mentions);
            result.Add(fill);
        }

        return result.ToImmutable();
    }

    private bool IsEligible(Mention m, RoleSpec role)
    {
        var r = m.Resolved;
        var kind = r.Kind;
        if (role.Kinds.Contains(kind))
        {
            return kind != EntityKinds.Group || role.Classes.IsEmpty || (r.DescriptorClass is { } c && role.Classes.Contains(c));
        }

        // A capital that acts stands for its country ("Moscow vetoed").
        return kind == EntityKinds.City && _actors[r.ActorId]?.StandsFor is not null && role.Kinds.Contains(EntityKinds.Country);
    }

    private static List<Mention> Find(ImmutableArray<Token> tokens, List<string> lower, ImmutableArray<Mention> mentions, int start, int end, string source, Func<Mention, bool> eligible, bool many)
    {
        var result = new List<Mention>();
        switch (source)
        {
            case "subject":
                if (Subject(tokens, lower, mentions, start, eligible) is { } s)
                {
                    result.Add(s);
                }

                break;
            case "object":
                {
                    var first = mentions.FirstOrDefault(m => m.FirstToken >= end && m.FirstToken <= end + 5 && eligible(m) && !m.Adjectival
                        && !lower.Skip(end).Take(m.FirstToken - end).Any(w => RoleSources.Prepositions.Contains(w) || ClauseBreaks.Contains(w) || w == ","));
                    if (first is not null)
                    {
                        result.Add(first);
                        if (many)
                        {
                            result.AddRange(Conjoined(lower, mentions, first, eligible));
                        }
                    }

                    break;
                }

            case "possessor":
                {
                    var k = start - 1;
                    while (k >= 0 && k >= start - 3 && (tokens[k].Kind == TokenKind.Word && char.IsLower(tokens[k].Text[0]) && lower[k] is not ("'s" or "’s" or "its" or "their" or "his" or "her")))
                    {
                        k--;
                    }

                    if (k >= 0 && lower[k] is "'s" or "’s" or "’")
                    {
                        var owner = mentions.LastOrDefault(m => m.EndToken == k && eligible(m));
                        if (owner is not null)
                        {
                            result.Add(owner);
                        }
                    }
                    else if (k >= 0 && lower[k] is "its" or "their" or "his" or "her")
                    {
                        var owner = mentions.FirstOrDefault(m => m.FirstToken == k && eligible(m));
                        if (owner is not null)
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

                    var mod = mentions.LastOrDefault(m => m.EndToken == k + 1 && eligible(m));
                    if (mod is not null)
                    {
                        result.Add(mod);
                    }

                    break;
                }

            case "compound":
                {
                    var c = mentions.FirstOrDefault(m => m.FirstToken >= end && m.FirstToken <= end + 8 && m.Title is { } t && t.StartsWith("compound:", StringComparison.Ordinal) && eligible(m));
                    if (c is not null)
                    {
                        result.Add(c);
                    }

                    break;
                }

            case "as":
                {
                    if (start >= 2 && lower[start - 2] == "as" || start >= 3 && lower[start - 3] == "as")
                    {
                        var asAt = lower[start - 2] == "as" ? start - 2 : start - 3;
                        if ((mentions.LastOrDefault(m => m.EndToken == asAt && eligible(m)) ?? Subject(tokens, lower, mentions, asAt, eligible)) is { } s2)
                        {
                            result.Add(s2);
                        }
                    }

                    break;
                }

            case "sentence":
                result.AddRange(mentions.Where(m => eligible(m) && !m.Adjectival && (m.EndToken <= start || m.FirstToken >= end)));
                if (!many && result.Count > 1)
                {
                    result.RemoveRange(1, result.Count - 1);
                }

                break;
            default:
                {
                    // A preposition: the first eligible mention right after it, the preposition standing after the trigger.
                    // The preposition may close the trigger itself ("meeting with", "in the hands of").
                    for (var p = lower[end - 1] == source ? end - 1 : end; p < lower.Count && p <= end + 10; p++)
                    {
                        if (ClauseBreaks.Contains(lower[p]))
                        {
                            break;
                        }

                        if (lower[p] != source)
                        {
                            continue;
                        }

                        var m = mentions.FirstOrDefault(x => x.FirstToken > p && x.FirstToken <= p + 4 && eligible(x)
                            && !lower.Skip(p + 1).Take(x.FirstToken - p - 1).Any(w => RoleSources.Prepositions.Contains(w) || w == ","));
                        if (m is not null)
                        {
                            result.Add(m);
                            if (many)
                            {
                                result.AddRange(Conjoined(lower, mentions, m, eligible));
                            }

                            break;
                        }
                    }

                    break;
                }
        }

        if (many && result.Count == 1 && source is "subject")
        {
            result.AddRange(Conjoined(lower, mentions, result[0], eligible));
        }

        return result;
    }

    /// <summary>Mentions joined to <paramref name="first"/> by "and" or commas ("A, 53, and her mother, B, 73").</summary>
    private static IEnumerable<Mention> Conjoined(List<string> lower, ImmutableArray<Mention> mentions, Mention first, Func<Mention, bool> eligible)
    {
        var last = first;
        foreach (var m in mentions.Where(m => m.FirstToken >= first.EndToken).OrderBy(m => m.FirstToken))
        {
            var gap = lower.Skip(last.EndToken).Take(m.FirstToken - last.EndToken).ToList();
            if (gap.Count > 7 || !gap.Contains("and") && !(gap.Count == 1 && gap[0] == ","))
            {
                if (gap.Count > 0 && !gap.All(w => w is "," or "and" or "her" or "his" or "their" or "mother" or "mom" or "daughter" or "son" or "father" || char.IsDigit(w[0])))
                {
                    break;
                }
            }

            if (!gap.All(w => w is "," or "and" or "her" or "his" or "their" or "mother" or "mom" or "daughter" or "son" or "father" or "wife" or "husband" || char.IsDigit(w[0])))
            {
                break;
            }

            if (!eligible(m))
            {
                break;
            }

            yield return m;
            last = m;
        }
    }

    private CountValue? CountFor(EventRule rule, ImmutableArray<RoleFill> roles, ImmutableArray<CountMention> counts, ImmutableArray<Token> tokens, int end)
    {
        if (rule.CountRole is { } countRole)
        {
            var fill = roles.FirstOrDefault(r => r.Role == countRole);
            var fromGroup = fill?.Mentions.Select(m => m.Resolved.Count).FirstOrDefault(c => c is not null);
            if (fromGroup is not null)
            {
                return fromGroup;
            }

            return null;
        }

        if (end >= tokens.Length)
        {
            return null;
        }

        var after = tokens[end - 1].End;
        var limit = tokens[Math.Min(tokens.Length - 1, end + 8)].End;
        return counts.FirstOrDefault(c => c.Span.Start >= after && c.Span.Start <= limit)?.Value;
    }

    private static (DateValue?, DateMentionKind?) DateFor(IReadOnlyList<DateMention> dates, int triggerStart)
    {
        var candidates = dates.Where(d => d.Kind != DateMentionKind.Dateline && d.Value.IsResolved || d.Kind != DateMentionKind.Dateline && d.Value.Month is not null)
            .Where(d => !(d.Span.Start <= triggerStart && triggerStart < d.Span.End))
            .ToList();
        if (candidates.Count == 0)
        {
            return (null, null);
        }

        // Nearest by distance; among overlapping mentions the outer one (a relative phrase around its anchor).
        var best = candidates
            .OrderBy(d => d.Kind == DateMentionKind.Report ? 1 : 0)
            .ThenBy(d => Math.Min(Math.Abs(d.Span.Start - triggerStart), Math.Abs(d.Span.End - triggerStart)))
            .ThenByDescending(d => d.Span.Length)
            .First();
        var outer = candidates.Where(d => d != best && d.Span.Start <= best.Span.Start && d.Span.End >= best.Span.End && d.Span.Length > best.Span.Length).OrderByDescending(d => d.Span.Length).FirstOrDefault();
        best = outer ?? best;
        return (best.Value, best.Kind);
    }

    private static DateValue? ContextDate(ImmutableArray<DateMention> dates, int sentenceIndex) =>
        dates.Where(d => d.SentenceIndex < sentenceIndex && d.SentenceIndex >= sentenceIndex - ContextSentences && d.Kind == DateMentionKind.Event && d.Value.IsResolved)
            .OrderByDescending(d => d.SentenceIndex).ThenByDescending(d => d.Span.Start).Select(d => d.Value).FirstOrDefault();

    private IEnumerable<Claim> Measures(Article article, Sentence sentence, EventRule rule, ImmutableArray<RoleFill> roles, ImmutableArray<CountMention> counts, List<string> lower, DateValue? date, DateMentionKind? kind, DateValue? context)
    {
        foreach (var measure in rule.Measures)
        {
            var hit = MeasureCount(sentence, measure, counts, lower);
            if (hit is { } h)
            {
                yield return new Claim(article.Id, sentence, rule, h.Trigger, h.Span, TriggerForm.Noun, roles, date, kind, date is null ? context : null, h.Count, measure.Name,
                    Polarity.Asserted, null, false, null, null, null, null);
            }
        }
    }

    private static (string Trigger, TextSpan Span, CountValue Count)? MeasureCount(Sentence sentence, MeasureSpec measure, ImmutableArray<CountMention> counts, List<string> lower)
    {
        var tokens = sentence.Tokens;
        foreach (var phrase in measure.Triggers)
        {
            foreach (var form in phrase.Forms)
            {
                for (var i = 0; i + form.Length <= lower.Count; i++)
                {
                    if (!form.Select((w, k) => lower[i + k] == w).All(x => x))
                    {
                        continue;
                    }

                    var start = tokens[i].Start;
                    var end = tokens[i + form.Length - 1].End;
                    var windowAfter = tokens[Math.Min(tokens.Length - 1, i + form.Length + 4)].End;
                    var windowBefore = tokens[Math.Max(0, i - 6)].Start;
                    var after = counts.FirstOrDefault(c => c.Span.Start >= end && c.Span.Start <= windowAfter);
                    var before = counts.LastOrDefault(c => c.Span.End <= start && c.Span.Start >= windowBefore);
                    var gerund = lower[i].EndsWith("ing", StringComparison.Ordinal);
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
    private IEnumerable<Claim> DetachedMeasures(Article article, Sentence sentence, ImmutableArray<CountMention> counts, List<Claim> claims)
    {
        if (claims.Any(c => c.Sentence.Index == sentence.Index && !c.Rule.Measures.IsEmpty))
        {
            yield break;
        }

        var anchor = claims.LastOrDefault(c => c.Measure is null && !c.Rule.Measures.IsEmpty && c.Sentence.Index < sentence.Index && c.Sentence.Index >= sentence.Index - MeasureSentences);
        if (anchor is null)
        {
            yield break;
        }

        var lower = sentence.Tokens.Select(t => t.Text.ToLowerInvariant()).ToList();
        foreach (var measure in anchor.Rule.Measures)
        {
            if (MeasureCount(sentence, measure, counts, lower) is { } h)
            {
                yield return new Claim(article.Id, sentence, anchor.Rule, h.Trigger, h.Span, TriggerForm.Noun, anchor.Roles, anchor.Date, anchor.DateKind, anchor.ContextDate,
                    h.Count, measure.Name, Polarity.Asserted, null, false, null, null, null,
                    $"the sentence gives a toll without naming the event; read as part of the {anchor.Rule.EventType} in sentence {anchor.Sentence.Index + 1}");
            }
        }
    }
}
