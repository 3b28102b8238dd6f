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

    public EventComparer(ActorIndex actors, EventAligner aligner, WireSources? wires = null)
    {
        _actors = actors;
        _aligner = aligner;
        _wires = wires;
    }

    public ImmutableArray<Finding> Compare(AlignedEvent ev)
    {
        var spec = _actors.Rules.EventTypes[ev.Type];
        var findings = new List<Finding>();
        var articles = ev.Claims.Select(c => c.ArticleId).Distinct().ToList();
        _eventArticles = articles.Count;
        foreach (var attribute in spec.Compare)
        {
            switch (attribute)
            {
                case "date":
                    Add(findings, spec, attribute, ev.Claims.Where(c => c.Date is { IsResolved: true }).Select(c => (c, c.Date!.Iso!, (string?)DateDerivation(c))),
                        (a, b) => DateOf(a)!.Overlaps(DateOf(b)!));
                    break;
                case "count":
                    foreach (var measure in ev.Claims.Where(c => c.Count is not null).GroupBy(c => c.Measure ?? string.Empty).OrderBy(g => g.Key, StringComparer.Ordinal))
                    {
                        // Within one article the largest figure is its total; smaller ones are parts of it.
                        var perArticle = measure.GroupBy(c => c.ArticleId).Select(g => g.OrderByDescending(c => c.Count!.Value).First());
                        var name = measure.Key.Length == 0 ? "count" : $"count ({measure.Key})";
                        Add(findings, spec, name, perArticle.Select(c => (c, CountText(c.Count!), (string?)c.Count!.Derivation)),
                            (a, b) => CountOf(a).IsCompatibleWith(CountOf(b)), measure.Key);
                    }

                    break;
                case "place":
                    Add(findings, spec, attribute, ev.Claims.SelectMany(c => Places(c).Select(p => (c, p, (string?)null))), PlacesCompatible);
                    break;
                case "polarity":
                    Add(findings, spec, attribute, ev.Claims.Where(c => c.Measure is null).Select(c => (c, PolarityText(c), (string?)c.PolarityCue)), (a, b) => PolarityBase(a) == PolarityBase(b), onlyConflicts: true);
                    break;
                default:
                    Add(findings, spec, attribute, ev.Claims.SelectMany(c => _aligner.Participants(c, attribute).Select(p => (c, Name(p), (string?)null))),
                        (a, b) => a == b || NamesCompatible(ev, attribute, a, b));
                    break;
            }
        }

        if (articles.Count == 1)
        {
            var first = ev.Claims[0];
            findings.Add(new Finding(FindingKind.SingleSource, "event",
                [new FindingValue(Label(ev), [first.ArticleId], [.. ev.Claims.Select(Quote).Distinct()], null)],
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
        var names = ev.Claims.SelectMany(c => spec.Pool.SelectMany(r => _aligner.Participants(c, r))).Select(Name).Distinct().Take(3).ToList();
        var date = ev.Claims.Select(c => c.Date).FirstOrDefault(d => d is { IsResolved: true });
        var place = ev.Claims.SelectMany(Places).FirstOrDefault();
        var label = spec.Label.Length > 0 ? char.ToUpperInvariant(spec.Label[0]) + spec.Label[1..] : spec.Label;
        var who = names.Count > 0 ? ": " + string.Join(", ", names) : string.Empty;
        var where = place is null ? string.Empty : $" in {place}";
        var when = date is null ? string.Empty : $" ({date.Iso})";
        return label + who + where + when;
    }

    private string Name(Participant p)
    {
        if (p.PersonId is not null)
        {
            return _actors[p.PersonId]?.Name ?? p.Display;
        }

        if (p.Keys.Length > 0 && p.Title is null && _actors[p.Keys[0]] is { } actor && p.Keys.Length == 1)
        {
            return actor.Name;
        }

        return p.Display;
    }

    private bool NamesCompatible(AlignedEvent ev, string attribute, string a, string b)
    {
        var pa = ev.Claims.SelectMany(c => _aligner.Participants(c, attribute)).FirstOrDefault(p => Name(p) == a);
        var pb = ev.Claims.SelectMany(c => _aligner.Participants(c, attribute)).FirstOrDefault(p => Name(p) == b);
        return pa is not null && pb is not null && _aligner.Match(pa, pb);
    }

    private IEnumerable<string> Places(Claim c) =>
        c.Role("place")?.Mentions.Select(m => m.Resolved.ActorId is { } id && _actors[id] is { } a ? a.Name : m.Resolved.Text) ?? [];

    private bool PlacesCompatible(string a, string b)
    {
        var ia = ActorIdByName(a);
        var ib = ActorIdByName(b);
        return a == b || (ia is not null && ib is not null && (_actors.Contains(ia, ib) || _actors.Contains(ib, ia)));
    }

    // The first actor of the dictionary with this name, looked up instead of scanned: a large dictionary is
    // otherwise read once per pair of places compared.
    private string? ActorIdByName(string name)
    {
        if (_actorIdByName is null)
        {
            _actorIdByName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var actor in _actors.Rules.Actors)
            {
                _actorIdByName.TryAdd(actor.Name, actor.Id);
            }
        }

        return _actorIdByName.GetValueOrDefault(name);
    }

    private Dictionary<string, string>? _actorIdByName;

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

    private int _eventArticles;

    private readonly Dictionary<string, CountValue> _countByText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Recognition.Dates.DateValue> _dateByIso = new(StringComparer.Ordinal);

    private CountValue CountOf(string text) => _countByText[text];

    private Recognition.Dates.DateValue? DateOf(string iso) => _dateByIso.GetValueOrDefault(iso);

    private static FindingQuote Quote(Claim c) => new(c.ArticleId, c.Sentence.Text, c.Sentence.Start, c.Sentence.End);

    private void Add(List<Finding> findings, EventTypeSpec spec, string attribute, IEnumerable<(Claim Claim, string Value, string? Derivation)> items,
        Func<string, string, bool> compatible, string? measure = null, bool onlyConflicts = false)
    {
        var list = items.ToList();
        foreach (var (claim, value, _) in list)
        {
            if (claim.Count is not null && attribute.StartsWith("count", StringComparison.Ordinal))
            {
                _countByText[value] = claim.Count;
            }

            if (claim.Date is not null && attribute == "date")
            {
                _dateByIso[value] = claim.Date;
            }
        }

        var byValue = list.GroupBy(x => x.Value).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var articleCount = list.Select(x => x.Claim.ArticleId).Distinct().Count();
        if (byValue.Count == 0 || articleCount < 2 && byValue.Count < 2 && (onlyConflicts || _eventArticles < 2))
        {
            return;
        }

        var values = byValue.Select(g => new FindingValue(
            g.Key,
            [.. g.Select(x => x.Claim.ArticleId).Distinct().Order(StringComparer.Ordinal)],
            [.. g.Select(x => Quote(x.Claim)).Distinct()],
            g.Select(x => x.Derivation).FirstOrDefault(d => d is not null))).ToImmutableArray();
        var conflict = false;
        for (var i = 0; i < byValue.Count && !conflict; i++)
        {
            for (var j = i + 1; j < byValue.Count && !conflict; j++)
            {
                conflict = !compatible(byValue[i].Key, byValue[j].Key);
            }
        }

        var question = spec.Questions.TryGetValue(attribute.StartsWith("count", StringComparison.Ordinal) ? "count" : attribute, out var q)
            ? q.Replace("{measure}", measure ?? "counted", StringComparison.Ordinal).Replace("{vetoer}", VetoerName(list), StringComparison.Ordinal)
            : null;
        if (conflict)
        {
            findings.Add(new Finding(FindingKind.Conflict, attribute, values,
                $"The articles give incompatible values for the {attribute}: " + string.Join("; ", values.Select(v => $"{v.Value} ({string.Join(", ", v.Articles)})")) + ".", question));
        }
        else if (!onlyConflicts && articleCount >= 2)
        {
            var how = byValue.Count == 1 ? "give the same value" : "give compatible values";
            var holders = list.Select(x => x.Claim.ArticleId).Distinct().Order(StringComparer.Ordinal).ToList();
            var note = _wires?.Note(holders);
            findings.Add(new Finding(FindingKind.Agreement, attribute, values, $"{articleCount} articles {how} for the {attribute}." + (note is null ? string.Empty : " " + note), question)
            {
                IndependentSources = _wires?.Independent(holders) ?? articleCount,
            });

            // A finer place that only one article gives ("Tehran" where another says "Iran") is that article's alone.
            if (attribute == "place")
            {
                foreach (var v in values.Where(v => v.Articles.Length == 1 && values.Any(o => o.Value != v.Value && PlaceWithin(v.Value, o.Value))))
                {
                    findings.Add(new Finding(FindingKind.SingleSource, attribute, [v],
                        $"Only {v.Articles[0]} narrows the place to {v.Value}; the others say {string.Join(", ", values.Where(o => o.Value != v.Value).Select(o => o.Value))}, which contains it.", question));
                }
            }
        }
        else if (!onlyConflicts && articleCount == 1 && _eventArticles >= 2)
        {
            // The event has several sources, but only one gives this attribute.
            findings.Add(new Finding(FindingKind.SingleSource, attribute, values,
                $"Only {values[0].Articles[0]} gives the {attribute} of this {spec.Label}; the other articles do not say.", question));
        }
    }

    private bool PlaceWithin(string inner, string outer)
    {
        var ia = _actors.Rules.Actors.FirstOrDefault(x => x.Name == inner)?.Id;
        var ib = _actors.Rules.Actors.FirstOrDefault(x => x.Name == outer)?.Id;
        return ia is not null && ib is not null && ia != ib && _actors.Contains(ib, ia);
    }

    private string VetoerName(List<(Claim Claim, string Value, string? Derivation)> list) =>
        list.SelectMany(x => _aligner.Participants(x.Claim, "vetoer")).Select(Name).FirstOrDefault() ?? "the Council member";
}
