using System.Collections.Immutable;
using System.Globalization;
using Compare.Alignment;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Counts;
using Compare.Rules;

namespace Compare.Comparison;

/// <summary>
/// Compares the claims of one event attribute by attribute: values that are compatible (overlapping dates, counts
/// whose intervals meet, a city inside a country) are agreement, incompatible ones a conflict; an event that only
/// one article reports is single-source.
/// </summary>
internal sealed class EventComparer
{
    private readonly ActorIndex _actors;
    private readonly EventAligner _aligner;
    private readonly WireSources? _wires;

    // The first actor of the dictionary with each name, looked up instead of scanned: a large dictionary is
    // otherwise read once per pair of places compared.
    private readonly Dictionary<string, string> _actorIdByName = new(StringComparer.Ordinal);

    public EventComparer(ActorIndex actors, EventAligner aligner, WireSources? wires = null)
    {
        _actors = actors;
        _aligner = aligner;
        _wires = wires;
        foreach (var actor in _actors.Rules.Actors)
        {
            _actorIdByName.TryAdd(actor.Name, actor.Id);
        }
    }

    /// <summary>
    /// Compares one event's claims. Everything worked out for one event stays with that call, so several events
    /// may be compared at the same time.
    /// </summary>
    public ImmutableArray<Finding> Compare(AlignedEvent ev)
    {
        var spec = _actors.Rules.EventTypes[ev.Type];
        var findings = new List<Finding>();
        var scratch = new Scratch(CountDistinct(ev.Claims));
        foreach (var attribute in spec.Compare)
        {
            switch (attribute)
            {
                case "date":
                    {
                        // A date that only end-dated claims give ("returned from Moscow on September 1") may fall after
                        // the dates other claims give the event ("travelled to Moscow in late August"), but not after
                        // another end ("returned on Saturday night" against "returned on Sunday" is a conflict).
                        var dated = ev.Claims.Where(c => c.Date is { IsResolved: true }).ToList();
                        var byDate = dated.GroupBy(c => c.Date!.Iso!, StringComparer.Ordinal).ToList();
                        var endOnly = byDate.Where(g => g.All(c => c.Rule.DatedAtEnd)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
                        var endAny = byDate.Where(g => g.Any(c => c.Rule.DatedAtEnd)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
                        bool EndsAfter(string end, string start) =>
                            endOnly.Contains(end) && !endAny.Contains(start) && scratch.DateOf(end)!.To!.Value >= scratch.DateOf(start)!.From!.Value;
                        Add(scratch, findings, spec, attribute, dated.Select(c => new Item(c, c.Date!.Iso!, DateDerivation(c))),
                            (a, b) => scratch.DateOf(a)!.OverlapsOrAdjoinsApproximately(scratch.DateOf(b)!) || EndsAfter(a, b) || EndsAfter(b, a),
                            within: (a, b) => scratch.DateOf(a) is { From: { } af, To: { } at } && scratch.DateOf(b) is { From: { } bf, To: { } bt } && bf <= af && at <= bt);
                        break;
                    }

                case "count":
                    {
                        // Within one article the largest figure is its total; smaller ones are parts of it.
                        var perMeasure = ev.Claims.Where(c => c.Count is not null).GroupBy(c => c.Measure ?? string.Empty).OrderBy(g => g.Key, StringComparer.Ordinal)
                            .Select(m => (m.Key, Items: m.GroupBy(c => c.ArticleId).Select(g => g.OrderByDescending(c => c.Count!.Value).First())
                                .Select(c => new Item(c, CountText(c.Count!), c.Count!.Derivation)).ToList()))
                            .ToList();
                        foreach (var (measure, items) in perMeasure)
                        {
                            var name = measure.Length == 0 ? "count" : $"count ({measure})";

                            // Figures given without a measure ("an assault that killed 1,200": the attack's figure) that the
                            // same articles all give with one measure repeat that measure's finding, which holds them all
                            // and so shows any conflict among them: they are not reported twice.
                            if (measure.Length == 0 && perMeasure.Any(m => m.Key.Length > 0 && items.All(x => m.Items.Any(y => y.Claim.ArticleId == x.Claim.ArticleId && y.Value == x.Value))))
                            {
                                continue;
                            }

                            Add(scratch, findings, spec, name, items, (a, b) => scratch.CountOf(a).IsCompatibleWith(scratch.CountOf(b)), measure,
                                within: (a, b) => scratch.CountOf(a).Interval is var x && scratch.CountOf(b).Interval is var y && y.Low <= x.Low && x.High <= y.High);
                        }

                        break;
                    }

                case "place":
                    Add(scratch, findings, spec, attribute, ev.Claims.SelectMany(c => Places(c).Select(p => new Item(c, p, null))), PlacesCompatible,
                        within: (a, b) => a == b || PlaceWithin(a, b));
                    break;
                case "polarity":
                    Add(scratch, findings, spec, attribute, ev.Claims.Where(c => c.Measure is null).Select(c => new Item(c, PolarityText(c), c.PolarityCue)), (a, b) => PolarityBase(a) == PolarityBase(b), onlyConflicts: true);
                    break;
                default:
                    {
                        // Each name stands for the first participant that bears it, as the names are compared.
                        var items = new List<Item>();
                        var byName = new Dictionary<string, Participant>(StringComparer.Ordinal);
                        foreach (var c in ev.Claims)
                        {
                            foreach (var p in _aligner.Participants(c, attribute))
                            {
                                var name = Name(p);
                                items.Add(new Item(c, name, null));
                                byName.TryAdd(name, p);
                            }
                        }

                        // A described group that names no side ("their captors", "gunmen") says nothing against a name.
                        Add(scratch, findings, spec, attribute, items,
                            (a, b) => a == b || (byName.TryGetValue(a, out var pa) && byName.TryGetValue(b, out var pb) && (NamesNoSide(pa) || NamesNoSide(pb) || _aligner.Match(pa, pb))));
                        break;
                    }
            }
        }

        if (scratch.EventArticles == 1)
        {
            var first = ev.Claims[0];
            findings.Add(new Finding(FindingKind.SingleSource, "event",
                [new FindingValue(Label(ev), [first.ArticleId], Quotes(ev.Claims), null)],
                $"Only {first.ArticleId} reports this {spec.Label}; no other article confirms or contradicts it.", null));
        }

        return [.. findings];
    }

    /// <summary>How a claim's date was read; a date that is only when the report appeared says so.</summary>
    private static string DateDerivation(Claim c) => c.DateKind == Recognition.Dates.DateMentionKind.Report
        ? $"{c.Date!.Derivation} (the date of the report, not a date given for the event itself: it happened then or before)"
        : c.Date!.Derivation;

    internal string Label(AlignedEvent ev)
    {
        var spec = _actors.Rules.EventTypes[ev.Type];

        // The first three different names of the pool's participants, read only as far as needed.
        var names = new List<string>(3);
        foreach (var c in ev.Claims)
        {
            foreach (var role in spec.Pool)
            {
                foreach (var p in _aligner.Participants(c, role))
                {
                    var name = Name(p);
                    if (!names.Contains(name))
                    {
                        names.Add(name);
                        if (names.Count == 3)
                        {
                            goto Named;
                        }
                    }
                }
            }
        }

        Named:
        Recognition.Dates.DateValue? date = null;
        string? place = null;
        foreach (var c in ev.Claims)
        {
            if (date is null && c.Date is { IsResolved: true })
            {
                date = c.Date;
            }

            if (place is null && RoleOf(c, "place") is { } fill && fill.Mentions.Length > 0)
            {
                place = PlaceName(fill.Mentions[0]);
            }
        }

        var label = spec.Label.Length > 0 ? char.ToUpperInvariant(spec.Label[0]) + spec.Label[1..] : spec.Label;
        var who = names.Count > 0 ? ": " + string.Join(", ", names) : string.Empty;
        var where = place is null ? string.Empty : $" in {place}";
        var when = date is null ? string.Empty : $" ({date.Iso})";
        return label + who + where + when;
    }

    /// <summary>True when the participant is neither a person, a place nor an office, and belongs to no actor.</summary>
    private static bool NamesNoSide(Participant p) =>
        p.PersonId is null && p.PlaceId is null && p.Title is null && p.Keys.IsEmpty;

    private string Name(Participant p)
    {
        if (p.PersonId is not null)
        {
            return _actors[p.PersonId]?.Name ?? p.Display;
        }

        // An actor named alone, or as the head of an "X-led" compound, is given its dictionary name; a title that a
        // demonym qualifies ("the Russian president") names an official, and a described group ("two Russian
        // women") people, not the country.
        if (p.Keys.Length == 1 && p.NamesActor && (p.Title is null || p.Title.StartsWith("compound:", StringComparison.Ordinal)) && _actors[p.Keys[0]] is { } actor)
        {
            return actor.Name;
        }

        return p.Display;
    }

    private IEnumerable<string> Places(Claim c) =>
        RoleOf(c, "place")?.Mentions.Select(PlaceName) ?? [];

    private string PlaceName(Mention m) => m.Resolved.ActorId is { } id && _actors[id] is { } a ? a.Name : m.Resolved.Text;

    /// <summary>The first filler of the role (as <see cref="Claim.Role"/>), found without allocating.</summary>
    private static RoleFill? RoleOf(Claim claim, string role)
    {
        foreach (var fill in claim.Roles)
        {
            if (fill.Role == role)
            {
                return fill;
            }
        }

        return null;
    }

    private bool PlacesCompatible(string a, string b)
    {
        var ia = ActorIdByName(a);
        var ib = ActorIdByName(b);
        return a == b || (ia is not null && ib is not null && (_actors.Contains(ia, ib) || _actors.Contains(ib, ia)));
    }

    private string? ActorIdByName(string name) => _actorIdByName.GetValueOrDefault(name);

    private static string PolarityText(Claim c) => c.Polarity switch
    {
        Polarity.Denied => "denied",
        Polarity.Negated => "did not happen",
        _ => "asserted",
    };

    private static string PolarityBase(string text) => text == "asserted" ? "asserted" : "not";

    internal static string CountText(CountValue c) => c.Qualifier switch
    {
        CountQualifier.Approx => "about " + Number(c.Value),
        CountQualifier.AtLeast => "at least " + Number(c.Value),
        CountQualifier.AtMost => "at most " + Number(c.Value),
        _ => Number(c.Value),
    };

    private static string Number(decimal v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static FindingQuote Quote(Claim c) => new(c.ArticleId, c.Sentence.Text, c.Sentence.Start, c.Sentence.End);

    /// <summary>The sentences of the claims, each once, in order.</summary>
    private static ImmutableArray<FindingQuote> Quotes(IEnumerable<Claim> claims)
    {
        var quotes = new List<FindingQuote>();
        HashSet<FindingQuote>? seen = null;
        foreach (var c in claims)
        {
            var q = Quote(c);
            if (quotes.Count < 16)
            {
                if (!quotes.Contains(q))
                {
                    quotes.Add(q);
                }

                continue;
            }

            seen ??= [.. quotes];
            if (seen.Add(q))
            {
                quotes.Add(q);
            }
        }

        return [.. quotes];
    }

    /// <summary>How many different articles the claims come from.</summary>
    private static int CountDistinct(ImmutableArray<Claim> claims)
    {
        var articles = new List<string>();
        HashSet<string>? seen = null;
        foreach (var c in claims)
        {
            AddOnce(articles, ref seen, c.ArticleId);
        }

        return articles.Count;
    }

    /// <summary>The different articles, in ordinal order.</summary>
    private static List<string> SortedArticles(List<Item> items)
    {
        var articles = new List<string>();
        HashSet<string>? seen = null;
        foreach (var x in items)
        {
            AddOnce(articles, ref seen, x.Claim.ArticleId);
        }

        if (articles.Count > 1)
        {
            articles.Sort(string.CompareOrdinal);
        }

        return articles;
    }

    /// <summary>Adds an article to the list unless it is there: a short list is searched, a long one has a set beside it.</summary>
    private static void AddOnce(List<string> articles, ref HashSet<string>? seen, string article)
    {
        if (seen is null)
        {
            if (articles.Contains(article))
            {
                return;
            }

            articles.Add(article);
            if (articles.Count == 16)
            {
                seen = new HashSet<string>(articles, StringComparer.Ordinal);
            }

            return;
        }

        if (seen.Add(article))
        {
            articles.Add(article);
        }
    }

    /// <summary>
    /// Adds the finding of one attribute: a conflict when two values are not compatible, else an agreement (or what
    /// only one article gives). <c>within</c> is given for attributes whose values can be narrower than others (a city
    /// in a country, a day in a month, a figure within a range) and tells whether the first value lies within the
    /// second: a conflict then shows each wider value that agrees with one narrower value only under that value (see
    /// <see cref="Absorb"/>).
    /// </summary>
    private void Add(Scratch scratch, List<Finding> findings, EventTypeSpec spec, string attribute, IEnumerable<Item> items,
        Func<string, string, bool> compatible, string? measure = null, bool onlyConflicts = false, Func<string, string, bool>? within = null)
    {
        var list = items as List<Item> ?? items.ToList();
        var isCount = attribute.StartsWith("count", StringComparison.Ordinal);

        // The items by value, each value's items in order, the values in ordinal order.
        var groups = new Dictionary<string, List<Item>>();
        var keys = new List<string>();
        foreach (var item in list)
        {
            var (claim, value, _) = item;
            if (claim.Count is not null && isCount)
            {
                scratch.CountByText[value] = claim.Count;
            }

            if (claim.Date is not null && attribute == "date")
            {
                scratch.DateByIso[value] = claim.Date;
            }

            if (!groups.TryGetValue(value, out var group))
            {
                groups[value] = group = [];
                keys.Add(value);
            }

            group.Add(item);
        }

        if (keys.Count > 1)
        {
            keys.Sort(string.CompareOrdinal);
        }

        var holders = SortedArticles(list);
        var articleCount = holders.Count;
        if (keys.Count == 0 || articleCount < 2 && keys.Count < 2 && (onlyConflicts || scratch.EventArticles < 2))
        {
            return;
        }

        var values = ImmutableArray.CreateBuilder<FindingValue>(keys.Count);
        foreach (var key in keys)
        {
            var group = groups[key];
            string? derivation = null;
            foreach (var x in group)
            {
                if (x.Derivation is not null)
                {
                    derivation = x.Derivation;
                    break;
                }
            }

            values.Add(new FindingValue(key, [.. SortedArticles(group)], Quotes(group.Select(x => x.Claim)), derivation));
        }

        var conflict = false;
        for (var i = 0; i < keys.Count && !conflict; i++)
        {
            for (var j = i + 1; j < keys.Count && !conflict; j++)
            {
                conflict = !compatible(keys[i], keys[j]);
            }
        }

        var question = Question(spec, isCount ? "count" : attribute, measure);
        if (question is not null && question.Contains("{vetoer}", StringComparison.Ordinal))
        {
            question = question.Replace("{vetoer}", VetoerName(list), StringComparison.Ordinal);
        }

        var found = values.MoveToImmutable();
        if (conflict)
        {
            var (shown, parts) = within is null ? (found, found.Select(v => $"{v.Value} ({string.Join(", ", v.Articles)})").ToList()) : Absorb(keys, groups, found, compatible, within);
            findings.Add(new Finding(FindingKind.Conflict, attribute, shown,
                $"The articles give incompatible values for the {attribute}: " + string.Join("; ", parts) + ".", question));

            // Against one dissenting article, those that give the same value still agree with each other.
            foreach (var v in onlyConflicts ? [] : found)
            {
                if (v.Articles.Length >= 2)
                {
                    var note = _wires?.Note([.. v.Articles]);
                    findings.Add(new Finding(FindingKind.Agreement, attribute, [v],
                        $"{v.Articles.Length} articles give the same value for the {attribute}, against the conflicting ones." + (note is null ? string.Empty : " " + note), question)
                    {
                        IndependentSources = _wires?.Independent([.. v.Articles]) ?? v.Articles.Length,
                    });
                }
            }
        }
        else if (!onlyConflicts && articleCount >= 2)
        {
            var how = keys.Count == 1 ? "give the same value" : "give compatible values";
            var note = _wires?.Note(holders);
            findings.Add(new Finding(FindingKind.Agreement, attribute, found, $"{articleCount} articles {how} for the {attribute}." + (note is null ? string.Empty : " " + note), question)
            {
                IndependentSources = _wires?.Independent(holders) ?? articleCount,
            });

            // A finer place that only one article gives ("Tehran" where another says "Iran") is that article's alone.
            if (attribute == "place")
            {
                foreach (var v in found.Where(v => v.Articles.Length == 1 && found.Any(o => o.Value != v.Value && PlaceWithin(v.Value, o.Value))))
                {
                    findings.Add(new Finding(FindingKind.SingleSource, attribute, [v],
                        $"Only {v.Articles[0]} narrows the place to {v.Value}; the others say {string.Join(", ", found.Where(o => o.Value != v.Value).Select(o => o.Value))}, which contains it.", question));
                }
            }
        }
        else if (!onlyConflicts && articleCount == 1 && scratch.EventArticles >= 2)
        {
            // The event has several sources, but only one gives this attribute.
            findings.Add(new Finding(FindingKind.SingleSource, attribute, found,
                $"Only {found[0].Articles[0]} gives the {attribute} of this {spec.Label}; the other articles do not say.", question));
        }
    }

    /// <summary>
    /// The values of a conflict with each wider value that agrees with one narrower value only shown under that value:
    /// "Iran" beside "Tehran" and "Beirut" is no third side but the country Tehran lies in. A wider value is taken into
    /// a narrower one that lies within it when every value it agrees with also agrees with the narrower one, so that it
    /// never joins two sides that disagree ("Iran" beside "Tehran" and "Isfahan" stays a value of its own). Returns the
    /// values and how the explanation lists them.
    /// </summary>
    private static (ImmutableArray<FindingValue> Values, List<string> Parts) Absorb(
        List<string> keys, Dictionary<string, List<Item>> groups, ImmutableArray<FindingValue> found,
        Func<string, string, bool> compatible, Func<string, string, bool> within)
    {
        var n = keys.Count;
        var agrees = new bool[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                agrees[i, j] = i == j || compatible(keys[i], keys[j]);
            }
        }

        // Where each value is shown: itself, or the narrowest value that can take it (followed to the end, since a
        // month can go into a day that a year went into).
        var target = new int[n];
        for (var i = 0; i < n; i++)
        {
            target[i] = i;
            for (var m = 0; m < n; m++)
            {
                if (m == i || !within(keys[m], keys[i]) || within(keys[i], keys[m]))
                {
                    continue;
                }

                var covered = true;
                for (var k = 0; k < n && covered; k++)
                {
                    covered = !agrees[i, k] || agrees[m, k];
                }

                if (covered && (target[i] == i || within(keys[m], keys[target[i]])))
                {
                    target[i] = m;
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            var t = target[i];
            for (var guard = 0; target[t] != t && guard < n; guard++)
            {
                t = target[t];
            }

            target[i] = t;
        }

        var values = new List<FindingValue>();
        var parts = new List<string>();
        var sides = 0;
        for (var i = 0; i < n; i++)
        {
            if (target[i] != i)
            {
                continue;
            }

            sides++;
            var taken = Enumerable.Range(0, n).Where(k => k != i && target[k] == i).ToList();
            if (taken.Count == 0)
            {
                values.Add(found[i]);
                parts.Add($"{found[i].Value} ({string.Join(", ", found[i].Articles)})");
                continue;
            }

            var members = new List<Item>(groups[keys[i]]);
            var wider = new List<string>();
            foreach (var k in taken)
            {
                members.AddRange(groups[keys[k]]);
                wider.Add($"{found[k].Value} in {string.Join(", ", found[k].Articles)}");
            }

            var also = string.Join("; ", wider) + (taken.Count == 1 ? ", which contains it" : ", which contain it");
            values.Add(new FindingValue(found[i].Value, [.. SortedArticles(members)], Quotes(members.Select(x => x.Claim)),
                found[i].Derivation is { } d ? $"{d}; {also}" : also));
            parts.Add($"{found[i].Value} ({string.Join(", ", found[i].Articles)}; {also})");
        }

        // Only a conflict between what is left is shown so; should the wider values have been all that disagreed,
        // the values stay as they were.
        return sides > 1 ? ([.. values], parts) : (found, found.Select(v => $"{v.Value} ({string.Join(", ", v.Articles)})").ToList());
    }

    /// <summary>
    /// The event type's question for an attribute, its <c>{measure}</c> filled in. A count given without a measure
    /// asks the type's <c>count-total</c> question where it has one ("What figure is given for the attack?"), since the
    /// count question names a measure ("How many were {measure} in the attack?").
    /// </summary>
    internal static string? Question(EventTypeSpec spec, string key, string? measure)
    {
        if (key == "count" && measure is { Length: 0 } && spec.Questions.TryGetValue("count-total", out var total))
        {
            return total;
        }

        return spec.Questions.TryGetValue(key, out var q) ? q.Replace("{measure}", string.IsNullOrEmpty(measure) ? "counted" : measure, StringComparison.Ordinal) : null;
    }

    private bool PlaceWithin(string inner, string outer)
    {
        var ia = ActorIdByName(inner);
        var ib = ActorIdByName(outer);
        return ia is not null && ib is not null && ia != ib && _actors.Contains(ib, ia);
    }

    private string VetoerName(List<Item> list)
    {
        foreach (var x in list)
        {
            foreach (var p in _aligner.Participants(x.Claim, "vetoer"))
            {
                return Name(p);
            }
        }

        return "the Council member";
    }

    /// <summary>One claim's value of a compared attribute, and how it was read.</summary>
    /// <remarks>A class rather than a value tuple: LINQ over value tuples is compiled at run time.</remarks>
    private sealed record Item(Claim Claim, string Value, string? Derivation);

    /// <summary>What the comparison of one event reads back while it runs: each value's count or date, and how many articles report the event.</summary>
    private sealed class Scratch(int eventArticles)
    {
        public int EventArticles { get; } = eventArticles;

        public Dictionary<string, CountValue> CountByText { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Recognition.Dates.DateValue> DateByIso { get; } = new(StringComparer.Ordinal);

        public CountValue CountOf(string text) => CountByText[text];

        public Recognition.Dates.DateValue? DateOf(string iso) => DateByIso.GetValueOrDefault(iso);
    }
}
