using System.Globalization;
using System.Collections.Immutable;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Dates;
using Compare.Rules;

namespace Compare.Alignment;

/// <summary>
/// Groups claims into events. Claims are blocked by event type (converse rules share a type), then each claim is
/// tried only against the events of its block that share a participant key (or, for types that allow it, a date):
/// it joins the best-supported event it is compatible with, in participants, time and place, or starts a new one.
/// Claims with explicit dates go first, then partial dates, dates from context and undated claims, so that an
/// undated mention can never chain two dated events together.
/// </summary>
internal sealed class EventAligner
{
    private const int ContextToleranceDays = 60;
    private const int MaxNearMisses = 2;

    /// <summary>The role that a place implies when the event type says so (<c>place-implies-host</c>).</summary>
    private const string HostRole = "host";
    private readonly RuleSet _rules;
    private readonly ActorIndex _actors;
    private readonly EntityResolver _entities;
    private readonly IReadOnlyDictionary<string, ImmutableHashSet<string>> _personTitles;

    public EventAligner(ActorIndex actors, EntityResolver entities, IReadOnlyDictionary<string, ImmutableHashSet<string>> personTitles)
    {
        _rules = actors.Rules;
        _actors = actors;
        _entities = entities;
        _personTitles = personTitles;
    }

    public ImmutableArray<AlignedEvent> Align(IEnumerable<Claim> claims)
    {
        var events = new List<Builder>();
        foreach (var block in claims.GroupBy(c => c.EventType).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var spec = _rules.EventTypes[block.Key];
            var inBlock = new List<Builder>();
            var index = new Dictionary<string, List<Builder>>(StringComparer.Ordinal);
            var recent = new RecentEvents(spec.DateToleranceDays);
            foreach (var claim in block.OrderBy(Rank).ThenBy(c => c.Date?.From).ThenBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Sentence.Index).ThenBy(c => c.TriggerSpan.Start))
            {
                var pool = Pool(claim, spec);
                var keys = pool.SelectMany(p => p.PersonId is null ? p.Keys : [p.PersonId, .. p.Keys]).Distinct().ToList();
                var everyEvent = spec.DateOnly || keys.Count == 0;
                List<Builder> candidates;
                if (claim.Date is { IsResolved: true, From: { } from })
                {
                    candidates = recent.Candidates(keys, everyEvent, from);
                }
                else
                {
                    var set = new HashSet<Builder>(keys.SelectMany(k => index.TryGetValue(k, out var l) ? l : []));
                    if (everyEvent)
                    {
                        set.UnionWith(inBlock);
                    }

                    candidates = [.. set];
                }

                Builder? best = null;
                string? why = null;
                var misses = new List<(Builder Event, string WhyNot)>();
                foreach (var candidate in candidates.OrderByDescending(b => b.Articles.Count).ThenBy(b => b.Order))
                {
                    var reason = Compatible(candidate, claim, pool, spec, out var whyNot);
                    if (reason is not null)
                    {
                        best = candidate;
                        why = reason;
                        break;
                    }

                    if (whyNot is not null && misses.Count < MaxNearMisses && keys.Count > 0)
                    {
                        misses.Add((candidate, whyNot));
                    }
                }

                // Events outside the date window were never tried; the latest few sharing a participant still make
                // near misses, so the report can say why they stayed apart (a bounded look, not a scan).
                if (misses.Count < MaxNearMisses && keys.Count > 0)
                {
                    var tried = new HashSet<Builder>(candidates);
                    foreach (var other in keys.SelectMany(k => index.TryGetValue(k, out var l) ? Enumerable.Reverse(l).Take(MaxNearMisses) : [])
                                 .Distinct().Where(b => !tried.Contains(b) && b != best).OrderBy(b => b.Order).Take(MaxNearMisses - misses.Count).ToList())
                    {
                        if (Compatible(other, claim, pool, spec, out var whyNot) is null && whyNot is not null)
                        {
                            misses.Add((other, whyNot));
                        }
                    }
                }

                if (best is null)
                {
                    best = new Builder(block.Key, events.Count);
                    events.Add(best);
                    inBlock.Add(best);
                    recent.Add(best);
                }
                else
                {
                    best.Reasons.Add($"{claim.ArticleId} sentence {claim.Sentence.Index + 1} joined: {why}");
                }

                best.Add(claim, pool);
                foreach (var (missed, whyNot) in misses)
                {
                    best.NearMisses.Add($"{claim.ArticleId} sentence {claim.Sentence.Index + 1} not joined with e{missed.Order + 1:000}: {whyNot}");
                }

                foreach (var key in keys)
                {
                    if (!best.IndexedKeys.Add(key))
                    {
                        continue;
                    }

                    if (!index.TryGetValue(key, out var list))
                    {
                        index[key] = list = [];
                    }

                    list.Add(best);
                    recent.Add(key, best);
                }
            }
        }

        return [.. events.Select((b, i) => new AlignedEvent($"e{i + 1:000}", b.Type, [.. b.Claims.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Sentence.Index).ThenBy(c => c.TriggerSpan.Start)], [.. b.Reasons])
        {
            NearMisses = [.. b.NearMisses],
        })];
    }

    private static int Rank(Claim c) => c.Date is { IsResolved: true } ? 0 : c.Date is not null ? 1 : c.ContextDate is not null ? 2 : 3;

    internal ImmutableArray<Participant> Pool(Claim claim, EventTypeSpec spec)
    {
        var list = new List<Participant>();
        foreach (var role in spec.Pool)
        {
            list.AddRange(Participants(claim, role).Where(Identifiable));
        }

        if (spec.PlaceImpliesHost)
        {
            list.AddRange(ImpliedHosts(claim));
        }

        return [.. list];
    }

    /// <summary>
    /// The country a visit's place implies as its host: the country itself, the country a capital stands for, or
    /// the country a city lies in ("visited Jerusalem": Israel hosted).
    /// </summary>
    private IEnumerable<Participant> ImpliedHosts(Claim claim)
    {
        if (claim.Role("place") is not { } place)
        {
            yield break;
        }

        foreach (var m in place.Mentions)
        {
            if (m.Resolved.ActorId is not { } id || _actors[id] is not { } actor)
            {
                continue;
            }

            var country = actor.Kind == EntityKinds.Country ? actor.Id
                : actor.StandsFor ?? (actor.Kind == EntityKinds.City && actor.In is { } within && _actors[within]?.Kind == EntityKinds.Country ? within : null);
            if (country is not null)
            {
                yield return new Participant(_actors[country]!.Name, null, [country], null);
            }
        }
    }

    /// <summary>A filler that says who it is: a person, an actor, an affiliation or a title ("the group" alone does not).</summary>
    private static bool Identifiable(Participant p) => p.PersonId is not null || p.Keys.Length > 0 || p.Title is not null;

    /// <summary>A role's participants; for the host of a type whose place implies the host, the implied host too.</summary>
    private IEnumerable<Participant> RoleParticipants(Claim claim, string role, EventTypeSpec spec)
    {
        var own = Participants(claim, role).Where(Identifiable).ToList();
        if (spec.PlaceImpliesHost && role == HostRole && own.Count == 0)
        {
            own.AddRange(ImpliedHosts(claim));
        }

        return own;
    }

    internal IEnumerable<Participant> Participants(Claim claim, string role)
    {
        if (claim.Role(role) is not { } fill)
        {
            yield break;
        }

        foreach (var m in fill.Mentions)
        {
            var r = m.Resolved;
            var person = _entities.Resolve(claim.ArticleId, r);
            var keys = new SortedSet<string>(StringComparer.Ordinal);
            if (r.ActorId is not null && r.Kind != EntityKinds.Person)
            {
                keys.Add(_actors.Acting(r.ActorId));
            }

            keys.UnionWith(r.Affiliations);
            foreach (var member in r.Members)
            {
                keys.UnionWith(member.Affiliations);
            }

            if (person is not null && _actors[person] is { } actor)
            {
                keys.UnionWith(_actors.Affiliations(actor.Id).Where(a => a != actor.Id));
            }

            var placeId = r.ActorId is not null && EntityKinds.IsPlace(r.Kind) ? r.ActorId : null;
            yield return new Participant(r.Text, person, [.. keys], r.Title) { PlaceId = placeId };
            foreach (var member in r.Members)
            {
                if (_entities.Resolve(claim.ArticleId, member) is { } memberId)
                {
                    yield return new Participant(member.Text, memberId, [.. keys], null) { };
                }
            }
        }
    }

    internal bool Match(Participant p, Participant q)
    {
        if (p.PersonId is not null && q.PersonId is not null)
        {
            return p.PersonId == q.PersonId;
        }

        if (p.PersonId is not null || q.PersonId is not null)
        {
            var person = p.PersonId is not null ? p : q;
            var other = p.PersonId is not null ? q : p;
            if (other.Title is { } title)
            {
                return _personTitles.TryGetValue(person.PersonId!, out var titles) && titles.Contains(title);
            }

            return other.Keys.Intersect(person.Keys).Any();
        }

        if (p.PlaceId is not null && q.PlaceId is not null)
        {
            return p.PlaceId == q.PlaceId || _actors.Contains(p.PlaceId, q.PlaceId) || _actors.Contains(q.PlaceId, p.PlaceId);
        }

        if (p.Title is not null && q.Title is not null)
        {
            // Two unnamed holders of one office are one person unless their affiliations say otherwise.
            return p.Title == q.Title && (p.Keys.Length == 0 || q.Keys.Length == 0 || p.Keys.Intersect(q.Keys).Any());
        }

        return p.Keys.Intersect(q.Keys).Any();
    }

    private bool PoolsMatch(IReadOnlyList<Participant> a, IReadOnlyList<Participant> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.All(p => large.Any(q => Match(p, q)));
    }

    private string? Compatible(Builder ev, Claim claim, ImmutableArray<Participant> pool, EventTypeSpec spec, out string? whyNot)
    {
        whyNot = null;
        var sharedParticipant = false;
        foreach (var (other, otherPool) in ev.Members)
        {
            if (pool.Length > 0 && otherPool.Length > 0)
            {
                if (!PoolsMatch(pool, otherPool))
                {
                    whyNot = $"the participants differ ({Names(pool)} against {Names(otherPool)} in {other.ArticleId} sentence {other.Sentence.Index + 1})";
                    return null;
                }

                sharedParticipant = true;
            }

            foreach (var role in spec.Each)
            {
                var x = RoleParticipants(claim, role, spec).ToList();
                var y = RoleParticipants(other, role, spec).ToList();
                if (x.Count > 0 && y.Count > 0 && !x.Any(p => y.Any(q => Match(p, q))))
                {
                    whyNot = $"the {role} differs ({Names(x)} against {Names(y)})";
                    return null;
                }

                if (spec.StrictEach && (x.Count == 0) != (y.Count == 0))
                {
                    whyNot = $"one names the {role} and the other does not";
                    return null;
                }
            }

            // Roles matched one by one are different sides: who visits in one claim cannot be who hosts in the other.
            foreach (var r1 in spec.Each)
            {
                foreach (var r2 in spec.Each.Where(r => r != r1))
                {
                    var x = RoleParticipants(claim, r1, spec).ToList();
                    var y = RoleParticipants(other, r2, spec).ToList();
                    if (x.Count > 0 && y.Count > 0 && x.All(p => y.Any(q => Match(p, q))))
                    {
                        whyNot = $"the {r1} of one is the {r2} of the other ({Names(x)})";
                        return null;
                    }
                }
            }

            if (spec.CountIsIdentity && pool.All(p => p.PersonId is null) && otherPool.All(p => p.PersonId is null)
                && claim.Count is { } c1 && other.Count is { } c2)
            {
                if (c1.Value != c2.Value)
                {
                    whyNot = $"unnamed groups of different sizes ({c1.Value.ToString(CultureInfo.InvariantCulture)} against {c2.Value.ToString(CultureInfo.InvariantCulture)})";
                    return null;
                }

                // Two unnamed groups of the same size ("three hostages") are known by that size.
                sharedParticipant = true;
            }

            if (!TimeCompatible(claim, other, spec.DateToleranceDays, Math.Max(ContextToleranceDays, spec.DateToleranceDays)))
            {
                whyNot = $"the times are too far apart ({When(claim)} against {When(other)}; {spec.Label} tolerance {spec.DateToleranceDays.ToString(CultureInfo.InvariantCulture)} days)";
                return null;
            }
        }

        var dated = ev.Claims.Any(c => c.Date is { IsResolved: true }) && claim.Date is { IsResolved: true };
        if (!sharedParticipant && !(spec.DateOnly && dated))
        {
            whyNot = "no participant in common";
            return null;
        }

        var parts = new List<string> { $"same event type ({spec.Label})" };
        if (sharedParticipant)
        {
            parts.Add("shared participants (" + string.Join(", ", pool.Select(p => p.Display).Distinct().Take(3)) + ")");
        }

        parts.Add(claim.Date is { IsResolved: true } d ? $"compatible date ({d.Iso})" : claim.ContextDate is { } cd ? $"no date of its own; the article's context ({cd.Iso}) fits" : "no date given, nothing against it");
        return string.Join("; ", parts);
    }

    private static string Names(IEnumerable<Participant> participants) => string.Join(", ", participants.Select(p => p.Display).Distinct().Take(3));

    private static string When(Claim c) =>
        c.Date is { IsResolved: true } d ? d.Iso! : c.Date is { } partial ? partial.Written : c.ContextDate is { } cd ? $"{cd.Iso} from context" : "undated";

    private static bool TimeCompatible(Claim a, Claim b, int tolerance, int contextTolerance)
    {
        if (a.Date is { IsResolved: true } da && b.Date is { IsResolved: true } db)
        {
            return da.DistanceInDays(db) is { } d && d <= tolerance;
        }

        if (a.Date is { IsResolved: false, Month: { } m1, Day: var d1 } && b.Date is { Month: { } m2, Day: var d2 })
        {
            return m1 == m2 && (d1 is null || d2 is null || Math.Abs(d1.Value - d2.Value) <= tolerance);
        }

        if (b.Date is { IsResolved: false, Month: not null } && a.Date is { Month: not null })
        {
            return TimeCompatible(b, a, tolerance, contextTolerance);
        }

        var x = a.Date is { IsResolved: true } ? a.Date : a.ContextDate;
        var y = b.Date is { IsResolved: true } ? b.Date : b.ContextDate;
        if (x is not null && y is not null && (a.ContextDate is not null || b.ContextDate is not null))
        {
            return x.DistanceInDays(y) is not { } gap || gap <= contextTolerance;
        }

        return true;
    }

    private sealed class Builder(string type, int order)
    {
        public string Type { get; } = type;
        public int Order { get; } = order;
        public List<Claim> Claims { get; } = [];
        public List<(Claim Claim, ImmutableArray<Participant> Pool)> Members { get; } = [];
        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);
        public List<string> Reasons { get; } = [];

        public List<string> NearMisses { get; } = [];

        /// <summary>The blocking keys this event is listed under.</summary>
        public HashSet<string> IndexedKeys { get; } = new(StringComparer.Ordinal);

        /// <summary>The earliest last day of its members' resolved dates (day number); int.MaxValue when none has one.</summary>
        public int EarliestEnd { get; private set; } = int.MaxValue;

        public void Add(Claim claim, ImmutableArray<Participant> pool)
        {
            Claims.Add(claim);
            Members.Add((claim, pool));
            Articles.Add(claim.ArticleId);
            if (claim.Date is { IsResolved: true, To: { } to })
            {
                EarliestEnd = Math.Min(EarliestEnd, to.DayNumber);
            }
        }
    }

    /// <summary>
    /// The candidates of claims with a resolved date. Those come first and in order of their first day, and an
    /// event is compatible only if every member's date is within the tolerance, so an event one of whose members
    /// ended more than the tolerance before the claim begins can never take this or any later dated claim. Such
    /// events are dropped from these lists as they are met: a claim is tried against the events of recent weeks
    /// that share a key, not against every event a common actor ever took part in. Undated claims still see
    /// every event (<see cref="Align"/>).
    /// </summary>
    private sealed class RecentEvents(int toleranceDays)
    {
        private readonly Dictionary<string, List<Builder>> _byKey = new(StringComparer.Ordinal);
        private readonly List<Builder> _all = [];

        public void Add(Builder ev) => _all.Add(ev);

        public void Add(string key, Builder ev)
        {
            if (!_byKey.TryGetValue(key, out var list))
            {
                _byKey[key] = list = [];
            }

            list.Add(ev);
        }

        public List<Builder> Candidates(List<string> keys, bool everyEvent, DateOnly from)
        {
            var set = new HashSet<Builder>();
            foreach (var key in keys)
            {
                if (_byKey.TryGetValue(key, out var list))
                {
                    set.UnionWith(Live(list, from));
                }
            }

            if (everyEvent)
            {
                set.UnionWith(Live(_all, from));
            }

            return [.. set];
        }

        private List<Builder> Live(List<Builder> list, DateOnly from)
        {
            var day = from.DayNumber;
            list.RemoveAll(e => (long)e.EarliestEnd + toleranceDays < day);
            return list;
        }
    }
}
