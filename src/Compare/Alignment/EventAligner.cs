using System.Globalization;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>What the blocking key of a text's number or symbol starts with (no actor's id has a space or a colon).</summary>
    private const string DesignationKeyPrefix = "text: ";

    /// <summary>The role that a place implies when the event type says so (<c>place-implies-host</c>).</summary>
    private const string HostRole = "host";
    private readonly RuleSet _rules;
    private readonly ActorIndex _actors;
    private readonly EntityResolver _entities;
    private readonly IReadOnlyDictionary<string, ImmutableHashSet<string>> _personTitles;
    private readonly ConcurrentDictionary<string, string[]> _containers = new(StringComparer.Ordinal);

    /// <summary>
    /// The keys of one mention while <see cref="Participants"/> gathers them, kept from call to call: participants
    /// are read for every role of every claim, on several threads at once, so each thread has its own list.
    /// </summary>
    [ThreadStatic]
    private static List<string>? t_keys;

    public EventAligner(ActorIndex actors, EntityResolver entities, IReadOnlyDictionary<string, ImmutableHashSet<string>> personTitles)
    {
        _rules = actors.Rules;
        _actors = actors;
        _entities = entities;
        _personTitles = personTitles;
    }

    /// <summary>Aligns the claims into events, numbered e001, e002, ... in the order of their types and first claims.</summary>
    /// <param name="claims">The claims of every article.</param>
    /// <param name="maxThreads">How many event types are aligned at once; null for one per processor.</param>
    /// <param name="published">The publication date of each article that has one, by article id.</param>
    public ImmutableArray<AlignedEvent> Align(IEnumerable<Claim> claims, int? maxThreads = null, IReadOnlyDictionary<string, DateOnly>? published = null)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads ?? Environment.ProcessorCount };
        claims = claims as IReadOnlyCollection<Claim> ?? claims.ToList();
        var frames = new ArticleFrames(claims, published);
        // Event types never share an event, so each type is aligned on its own, several at once, largest first.
        // Events are numbered afterwards in the order of their types, so numbering depends neither on timing nor
        // on the number of threads.
        var blocks = claims.GroupBy(c => c.EventType).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var aligned = new List<Builder>[blocks.Count];
        var largestFirst = Enumerable.Range(0, blocks.Count).OrderByDescending(i => blocks[i].Count).ThenBy(i => i).ToList();
        Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering), options, i => aligned[i] = AlignBlock(blocks[i], frames));

        // An article that gives no date and no publication date has the time of the events its claims joined: when
        // one has undated claims, the claims are aligned again with that time as its frame.
        if (frames.Undated.Count > 0)
        {
            var days = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var block in aligned)
            {
                foreach (var b in block)
                {
                    if (!b.AnyResolved)
                    {
                        continue;
                    }

                    foreach (var article in b.Articles)
                    {
                        if (frames.Undated.Contains(article))
                        {
                            if (!days.TryGetValue(article, out var list))
                            {
                                days[article] = list = [];
                            }

                            list.Add(b.FirstDay);
                        }
                    }
                }
            }

            if (days.Count > 0)
            {
                // Only the blocks with an undated claim of such an article can come out otherwise.
                frames = frames.WithEventDays(days);
                var again = largestFirst.Where(i => blocks[i].Exists(c => c.Date is null && c.ContextDate is null && days.ContainsKey(c.ArticleId))).ToList();
                Parallel.ForEach(Partitioner.Create(again, EnumerablePartitionerOptions.NoBuffering), options, i => aligned[i] = AlignBlock(blocks[i], frames));
            }
        }

        var events = new List<Builder>();
        foreach (var block in aligned)
        {
            foreach (var b in block)
            {
                b.Order = events.Count;
                events.Add(b);
            }
        }

        var result = new AlignedEvent[events.Count];
        Parallel.For(0, events.Count, options, i =>
        {
            var b = events[i];
            var misses = new AuditLine[b.NearMisses.Count];
            for (var k = 0; k < misses.Length; k++)
            {
                var (claim, missed, whyNot) = b.NearMisses[k];
                misses[k] = new MissLine(claim, missed.Order, whyNot);
            }

            result[i] = new AlignedEvent($"e{i + 1:000}", b.Type, InTextOrder(b.Claims))
            {
                Joins = [.. b.Reasons],
                Misses = ImmutableCollectionsMarshal.AsImmutableArray(misses),
            };
        });

        return ImmutableArray.Create(result);
    }

    /// <summary>Aligns the claims of one event type; the events are numbered within the type (<see cref="Builder.Local"/>).</summary>
    private List<Builder> AlignBlock(List<Claim> block, ArticleFrames frames)
    {
        var type = block[0].EventType;
        var spec = _rules.EventTypes[type];
        var events = new List<Builder>();
        var index = new Dictionary<string, List<Builder>>(StringComparer.Ordinal);
        var recent = new RecentEvents(spec.DateToleranceDays);
        var candidates = new List<Builder>();
        var lookback = new List<Builder>();
        var misses = new List<(Builder Event, string WhyNot)>();

        // The same explanation comes again and again (two rival groups, two capitals): each is kept once.
        var explanations = new Dictionary<string, string>(StringComparer.Ordinal);
        var sameType = $"same event type ({spec.Label})";
        var stamp = 0;
        foreach (var claim in InAlignmentOrder(block))
        {
            // Each candidate is marked with the claim's stamp as it is listed, so that it is listed once.
            stamp++;
            var prepared = Prepare(claim, spec, frames);
            var keys = prepared.Keys;
            var everyEvent = spec.DateOnly || !prepared.ParticipantKeys;
            candidates.Clear();
            if (claim.Date is { IsResolved: true, From: { } from })
            {
                recent.Candidates(candidates, keys, everyEvent, from, stamp);
            }
            else
            {
                foreach (var key in keys)
                {
                    if (index.TryGetValue(key, out var list))
                    {
                        Collect(candidates, list, stamp);
                    }
                }

                if (everyEvent)
                {
                    Collect(candidates, events, stamp);
                }
            }

            // The best-supported event first, then the oldest (the same order as before any event is tried). A claim
            // with no date of its own and none from context first tries the events near its article's time.
            if (prepared.Frame is { } frame)
            {
                candidates.Sort((a, b) =>
                {
                    var fit = Fit(a, frame.Day, spec.DateToleranceDays).CompareTo(Fit(b, frame.Day, spec.DateToleranceDays));
                    return fit != 0 ? fit : BySupport(a, b);
                });
            }
            else
            {
                candidates.Sort(BySupport);
            }

            Builder? best = null;
            var joinedOnParticipant = false;
            misses.Clear();
            foreach (var candidate in candidates)
            {
                // Why a candidate was not joined is only written out for the first few near misses.
                var explain = misses.Count < MaxNearMisses && keys.Count > 0;
                if (Compatible(candidate, prepared, spec, explain, out var sharedParticipant, out var whyNot))
                {
                    best = candidate;
                    joinedOnParticipant = sharedParticipant;
                    break;
                }

                if (whyNot is not null && explain)
                {
                    misses.Add((candidate, whyNot));
                }
            }

            // Events outside the date window were never tried; the latest few sharing a participant still make
            // near misses, so the report can say why they stayed apart (a bounded look, not a scan).
            if (misses.Count < MaxNearMisses && keys.Count > 0)
            {
                lookback.Clear();
                foreach (var key in keys)
                {
                    if (!index.TryGetValue(key, out var list))
                    {
                        continue;
                    }

                    for (var i = list.Count - 1; i >= 0 && i >= list.Count - MaxNearMisses; i--)
                    {
                        var b = list[i];
                        if (b.Stamp != stamp && b != best && !lookback.Contains(b))
                        {
                            lookback.Add(b);
                        }
                    }
                }

                lookback.Sort(static (a, b) => a.Local.CompareTo(b.Local));
                var room = MaxNearMisses - misses.Count;
                for (var i = 0; i < lookback.Count && i < room; i++)
                {
                    if (!Compatible(lookback[i], prepared, spec, explain: true, out _, out var whyNot) && whyNot is not null)
                    {
                        misses.Add((lookback[i], whyNot));
                    }
                }
            }

            if (best is null)
            {
                best = new Builder(type, events.Count);
                events.Add(best);
                recent.Add(best);
            }
            else
            {
                best.Reasons.Add(JoinReason(prepared, best, spec.DateToleranceDays, sameType, joinedOnParticipant));
            }

            best.Add(prepared);
            foreach (var (missed, whyNot) in misses)
            {
                ref var kept = ref CollectionsMarshal.GetValueRefOrAddDefault(explanations, whyNot, out _);
                kept ??= whyNot;
                best.NearMisses.Add((claim, missed, kept));
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

        // What only the alignment of this block reads goes now, not when every block is done: the prepared claims
        // were about a fifth of what a large archive's alignment held.
        foreach (var ev in events)
        {
            ev.Settle();
        }

        return events;
    }

    /// <summary>Adds to <paramref name="candidates"/> the events of <paramref name="list"/> not yet listed for this claim.</summary>
    private static void Collect(List<Builder> candidates, List<Builder> list, int stamp)
    {
        foreach (var b in list)
        {
            if (b.Stamp != stamp)
            {
                b.Stamp = stamp;
                candidates.Add(b);
            }
        }
    }

    /// <summary>The best-supported event first (most articles), then the oldest.</summary>
    private static int BySupport(Builder a, Builder b) =>
        a.Articles.Count != b.Articles.Count ? b.Articles.Count.CompareTo(a.Articles.Count) : a.Local.CompareTo(b.Local);

    /// <summary>
    /// How well an event fits the time of an article (a day number): 0 when its dates lie within the context
    /// tolerance of it (or the type's, when longer), 1 when it has no date, 2 when it is further away.
    /// </summary>
    private static int Fit(Builder ev, int day, int tolerance) =>
        !ev.AnyResolved ? 1 : ev.Distance(day) <= Math.Max(ContextToleranceDays, tolerance) ? 0 : 2;

    /// <summary>What alignment reads of a claim, worked out once: its pool, its blocking keys and its one-by-one roles.</summary>
    private Prepared Prepare(Claim claim, EventTypeSpec spec, ArticleFrames frames)
    {
        // A role read both by the pool and one by one is turned into participants once.
        var roles = new RoleCache(this, claim);
        var pool = Pool(claim, spec, roles);
        var keys = new List<string>();
        var unnamed = true;
        foreach (var p in pool)
        {
            if (p.PersonId is not null)
            {
                unnamed = false;
                if (!keys.Contains(p.PersonId))
                {
                    keys.Add(p.PersonId);
                }
            }

            foreach (var k in p.Keys)
            {
                if (!keys.Contains(k))
                {
                    keys.Add(k);
                }
            }
        }

        // The number or symbol of the text the claim is about is a key too: claims naming it find each other even
        // when one names no body or sponsor ("Resolution 2712 was adopted ...", "The Council adopts resolution 2712").
        var participantKeys = keys.Count > 0;
        if (claim.Designation is { } designation)
        {
            keys.Add(DesignationKeyPrefix + designation);
        }

        var each = new List<Participant>[spec.Each.Length];
        for (var i = 0; i < each.Length; i++)
        {
            each[i] = RoleParticipants(claim, spec.Each[i], spec, roles);
        }

        return new Prepared(claim, pool, keys, each, unnamed, frames.Of(claim), frames.Published(claim.ArticleId)) { ParticipantKeys = participantKeys };
    }

    /// <summary>
    /// The claims of a block in the order they are aligned: by <see cref="Rank"/>, first day (none first), article,
    /// sentence and trigger, ties in block order. Each claim's rank and day are read once, not at every comparison.
    /// </summary>
    private static Claim[] InAlignmentOrder(List<Claim> block)
    {
        var n = block.Count;
        var ranks = new int[n];
        var days = new int[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            var c = block[i];
            ranks[i] = Rank(c);
            days[i] = c.Date?.From is { } from ? from.DayNumber : -1;
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            var cmp = ranks[x].CompareTo(ranks[y]);
            if (cmp == 0)
            {
                cmp = days[x].CompareTo(days[y]);
            }

            return cmp != 0 ? cmp : CompareInText(block, x, y);
        });

        var sorted = new Claim[n];
        for (var i = 0; i < n; i++)
        {
            sorted[i] = block[order[i]];
        }

        return sorted;
    }

    /// <summary>An event's claims by article, sentence and trigger, ties in the order they joined.</summary>
    private static ImmutableArray<Claim> InTextOrder(List<Claim> claims)
    {
        var n = claims.Count;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        if (n > 1)
        {
            Array.Sort(order, (x, y) => CompareInText(claims, x, y));
        }

        var sorted = new Claim[n];
        for (var i = 0; i < n; i++)
        {
            sorted[i] = claims[order[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>
    /// Compares the claims at <paramref name="x"/> and <paramref name="y"/> by article (ordinal), sentence and
    /// trigger, then by position in the list: the sort is stable, as the ordering it stands for was.
    /// </summary>
    private static int CompareInText(List<Claim> claims, int x, int y)
    {
        var a = claims[x];
        var b = claims[y];
        var cmp = string.CompareOrdinal(a.ArticleId, b.ArticleId);
        if (cmp == 0)
        {
            cmp = a.Sentence.Index.CompareTo(b.Sentence.Index);
        }

        if (cmp == 0)
        {
            cmp = a.TriggerSpan.Start.CompareTo(b.TriggerSpan.Start);
        }

        return cmp != 0 ? cmp : x.CompareTo(y);
    }

    private static int Rank(Claim c) => c.Date is { IsResolved: true } ? 0 : c.Date is not null ? 1 : c.ContextDate is not null ? 2 : 3;

    internal ImmutableArray<Participant> Pool(Claim claim, EventTypeSpec spec) => Pool(claim, spec, new RoleCache(this, claim));

    private ImmutableArray<Participant> Pool(Claim claim, EventTypeSpec spec, RoleCache roles)
    {
        var list = new List<Participant>();
        foreach (var role in spec.Pool)
        {
            list.AddRange(roles.Identifiable(role));
        }

        if (spec.PlaceImpliesHost)
        {
            AddImpliedHosts(list, claim);
        }

        return [.. list];
    }

    /// <summary>
    /// The country a visit's place implies as its host: the country itself, the country a capital stands for, or
    /// the country a city lies in ("visited Jerusalem": Israel hosted).
    /// </summary>
    private void AddImpliedHosts(List<Participant> list, Claim claim)
    {
        if (RoleOf(claim, "place") is not { } place)
        {
            return;
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
                list.Add(new Participant(_actors[country]!.Name, null, [country], null));
            }
        }
    }

    /// <summary>A filler that says who it is: a person, an actor, an affiliation or a title ("the group" alone does not).</summary>
    private static bool Identifiable(Participant p) => p.PersonId is not null || p.Keys.Length > 0 || p.Title is not null;

    /// <summary>A role's participants; for the host of a type whose place implies the host, the implied host too.</summary>
    private List<Participant> RoleParticipants(Claim claim, string role, EventTypeSpec spec, RoleCache roles)
    {
        var own = roles.Identifiable(role);
        if (spec.PlaceImpliesHost && role == HostRole && own.Count == 0)
        {
            // A fresh list: the cached one stays as the role itself gives it.
            own = [];
            AddImpliedHosts(own, claim);
        }

        return own;
    }

    /// <summary>
    /// The identifiable participants of each role of one claim, worked out on first use: the pool and the
    /// one-by-one roles often read the same role. The lists are shared and must not be changed.
    /// </summary>
    private sealed class RoleCache(EventAligner aligner, Claim claim)
    {
        private readonly List<(string Role, List<Participant> Participants)> _roles = new(4);

        public List<Participant> Identifiable(string role)
        {
            foreach (var (r, participants) in _roles)
            {
                if (string.Equals(r, role, StringComparison.Ordinal))
                {
                    return participants;
                }
            }

            // A fresh list each time, so the others are dropped from it in place.
            var list = aligner.Participants(claim, role);
            list.RemoveAll(static p => !EventAligner.Identifiable(p));
            _roles.Add((role, list));
            return list;
        }
    }

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

    /// <summary>
    /// The fillers of a role as participants: each mention's person or actor with its keys (the actor it names and
    /// what it and its members belong to, sorted, each once), followed by the people among its members.
    /// </summary>
    internal List<Participant> Participants(Claim claim, string role)
    {
        var result = new List<Participant>();
        if (RoleOf(claim, role) is not { } fill)
        {
            return result;
        }

        var keys = t_keys ??= [];
        foreach (var m in fill.Mentions)
        {
            var r = m.Resolved;
            var person = _entities.Resolve(claim.ArticleId, r);
            keys.Clear();
            if (r.ActorId is not null && r.Kind != EntityKinds.Person)
            {
                keys.Add(_actors.Acting(r.ActorId));
            }

            foreach (var a in r.Affiliations)
            {
                keys.Add(a);
            }

            foreach (var member in r.Members)
            {
                foreach (var a in member.Affiliations)
                {
                    keys.Add(a);
                }
            }

            if (person is not null && _actors[person] is { } actor)
            {
                foreach (var a in _actors.Affiliations(actor.Id))
                {
                    if (a != actor.Id)
                    {
                        keys.Add(a);
                    }
                }
            }

            var sorted = SortedKeys(keys);
            var placeId = r.ActorId is not null && EntityKinds.IsPlace(r.Kind) ? r.ActorId : null;
            result.Add(new Participant(r.Text, person, sorted, r.Title)
            {
                PlaceId = placeId,
                NamesActor = r.ActorId is not null || r.DescriptorClass is not ("captive" or "people"),
                Unnamed = person is null && r.ActorId is null && r.Kind == EntityKinds.Group && r.Members.IsDefaultOrEmpty,
            });
            foreach (var member in r.Members)
            {
                if (_entities.Resolve(claim.ArticleId, member) is { } memberId)
                {
                    // The member belongs to what the group belongs to, and to what the dictionary says he belongs to
                    // ("the delegation, led by Name": Name's organisation is the delegation's).
                    var memberKeys = sorted;
                    if (_actors[memberId] is { } memberActor)
                    {
                        keys.Clear();
                        keys.AddRange(sorted);
                        foreach (var a in _actors.Affiliations(memberActor.Id))
                        {
                            if (a != memberActor.Id)
                            {
                                keys.Add(a);
                            }
                        }

                        memberKeys = SortedKeys(keys);
                    }

                    result.Add(new Participant(member.Text, memberId, memberKeys, null));
                }
            }
        }

        return result;
    }

    /// <summary>The keys in ordinal order, each once.</summary>
    private static ImmutableArray<string> SortedKeys(List<string> keys)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        if (keys.Count == 1)
        {
            return [keys[0]];
        }

        // The lists are short: an insertion sort in place, then the distinct keys counted and copied once.
        for (var i = 1; i < keys.Count; i++)
        {
            var k = keys[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(keys[j], k) > 0)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = k;
        }

        var distinct = 1;
        for (var i = 1; i < keys.Count; i++)
        {
            if (!string.Equals(keys[i - 1], keys[i], StringComparison.Ordinal))
            {
                distinct++;
            }
        }

        var result = new string[distinct];
        result[0] = keys[0];
        for (int i = 1, n = 1; i < keys.Count; i++)
        {
            if (!string.Equals(keys[i - 1], keys[i], StringComparison.Ordinal))
            {
                result[n++] = keys[i];
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
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

            // An unnamed group is a named person's through an organisation they share ("a Hamas delegation", Abu
            // Marzouk); a country alone does not make every delegation of it his ("the Russian delegation" in
            // Israel, a Russian minister at home).
            return other.Unnamed ? SharesBeyondCountry(other.Keys, person.Keys) : Overlap(other.Keys, person.Keys);
        }

        if (p.PlaceId is not null && q.PlaceId is not null)
        {
            return p.PlaceId == q.PlaceId || PlaceContains(p.PlaceId, q.PlaceId) || PlaceContains(q.PlaceId, p.PlaceId);
        }

        if (p.Title is not null && q.Title is not null)
        {
            // Two unnamed holders of one office are one person unless their affiliations say otherwise.
            return p.Title == q.Title && (p.Keys.Length == 0 || q.Keys.Length == 0 || Overlap(p.Keys, q.Keys));
        }

        return Overlap(p.Keys, q.Keys);
    }

    /// <summary>True when the two lists of keys share one that is not a country's.</summary>
    private bool SharesBeyondCountry(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        foreach (var x in a)
        {
            if (_actors[x] is { Kind: EntityKinds.Country })
            {
                continue;
            }

            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the two lists of keys share one.</summary>
    private static bool Overlap(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>As <see cref="ActorIndex.Contains"/>, with each place's chain of containers worked out once.</summary>
    private bool PlaceContains(string outer, string inner)
    {
        var chain = _containers.GetOrAdd(inner, static (id, actors) => [.. actors.Containers(id)], _actors);
        return Array.IndexOf(chain, outer) >= 0;
    }

    private bool PoolsMatch(ReadOnlySpan<Participant> a, ReadOnlySpan<Participant> b)
    {
        var small = a.Length <= b.Length ? a : b;
        var large = a.Length <= b.Length ? b : a;
        // Of two pools of one size either may be the smaller: the check does not depend on which claim came first.
        return AllMatch(small, large) || a.Length == b.Length && AllMatch(large, small);
    }

    /// <summary>True when <paramref name="p"/> matches one of <paramref name="list"/>.</summary>
    private bool AnyMatch(Participant p, ReadOnlySpan<Participant> list)
    {
        foreach (var q in list)
        {
            if (Match(p, q))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the claim may join the event, and if so whether it shares a participant with it (rather than only a
    /// date, for types that allow that). When <paramref name="explain"/> is set, a refusal says in
    /// <paramref name="whyNot"/> which check failed first; otherwise the checks stop at the first failure without
    /// writing it out.
    /// </summary>
    private bool Compatible(Builder ev, Prepared claim, EventTypeSpec spec, bool explain, out bool sharedParticipant, out string? whyNot)
    {
        whyNot = null;
        sharedParticipant = false;

        // An article tells of what happened before it was published: a claim with no date of its own cannot be an
        // event that every member dates after that, by its own date or its context's, by more than the type's
        // tolerance (at least a day, for time zones; a state that lasts, such as captivity, has a long one).
        if (claim.Published is { } published && claim.Claim.Date is null && claim.Claim.ContextDate is null && ev.FirstKnownDay != int.MaxValue
            && ev.FirstKnownDay > published.DayNumber + Math.Max(1, spec.DateToleranceDays))
        {
            if (explain)
            {
                whyNot = $"its article was published on {published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, before this event began ({DateOnly.FromDayNumber(ev.FirstKnownDay).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
            }

            return false;
        }

        var pool = claim.Pool.AsSpan();
        var each = spec.Each;
        foreach (var other in ev.Members)
        {
            // A resolution's number or a document's symbol names one text: the same one is a participant in common,
            // another of the same kind is another text ("resolution 2712" is not "resolution 2720"; a draft's symbol
            // and the number it was adopted under are both the one text's).
            if (claim.Claim.Designation is { } mine && other.Claim.Designation is { } theirs)
            {
                if (string.Equals(mine, theirs, StringComparison.Ordinal))
                {
                    sharedParticipant = true;
                }
                else if (SameKind(mine, theirs))
                {
                    if (explain)
                    {
                        whyNot = $"they name different texts ({mine} against {theirs})";
                    }

                    return false;
                }
            }

            var otherPool = other.Pool.AsSpan();
            if (pool.Length > 0 && otherPool.Length > 0)
            {
                if (!PoolsMatch(pool, otherPool))
                {
                    if (explain)
                    {
                        whyNot = $"the participants differ ({Names(pool)} against {Names(otherPool)} in {other.Claim.ArticleId} sentence {other.Claim.Sentence.Index + 1})";
                    }

                    return false;
                }

                sharedParticipant = true;
            }

            for (var i = 0; i < each.Length; i++)
            {
                var x = CollectionsMarshal.AsSpan(claim.Each[i]);
                var y = CollectionsMarshal.AsSpan(other.Each[i]);
                if (x.Length > 0 && y.Length > 0 && !AnyMatch(x, y))
                {
                    if (explain)
                    {
                        whyNot = $"the {each[i]} differs ({Names(x)} against {Names(y)})";
                    }

                    return false;
                }

                if (spec.StrictEach && (x.Length == 0) != (y.Length == 0) && (!spec.StrictEachAcrossPolarityOnly || claim.Claim.Polarity != other.Claim.Polarity))
                {
                    if (explain)
                    {
                        whyNot = spec.StrictEachAcrossPolarityOnly
                            ? $"one names the {each[i]} and the other does not, and they differ in polarity"
                            : $"one names the {each[i]} and the other does not";
                    }

                    return false;
                }
            }

            // Roles matched one by one are different sides: who visits in one claim cannot be who hosts in the other.
            for (var i = 0; i < each.Length; i++)
            {
                for (var j = 0; j < each.Length; j++)
                {
                    if (each[j] == each[i])
                    {
                        continue;
                    }

                    var x = CollectionsMarshal.AsSpan(claim.Each[i]);
                    var y = CollectionsMarshal.AsSpan(other.Each[j]);
                    if (x.Length > 0 && y.Length > 0 && AllMatch(x, y))
                    {
                        if (explain)
                        {
                            whyNot = $"the {each[i]} of one is the {each[j]} of the other ({Names(x)})";
                        }

                        return false;
                    }
                }
            }

            if (spec.CountIsIdentity && claim.Unnamed && other.Unnamed && claim.Claim.Count is { } c1 && other.Claim.Count is { } c2)
            {
                if (c1.Value != c2.Value)
                {
                    if (explain)
                    {
                        whyNot = $"unnamed groups of different sizes ({c1.Value.ToString(CultureInfo.InvariantCulture)} against {c2.Value.ToString(CultureInfo.InvariantCulture)})";
                    }

                    return false;
                }

                // Two unnamed groups of the same size ("three hostages") are known by that size.
                sharedParticipant = true;
            }

            if (!TimeCompatible(claim.Claim, other.Claim, spec.DateToleranceDays, Math.Max(ContextToleranceDays, spec.DateToleranceDays)))
            {
                if (explain)
                {
                    whyNot = $"the times are too far apart ({When(claim.Claim)} against {When(other.Claim)}; {spec.Label} tolerance {spec.DateToleranceDays.ToString(CultureInfo.InvariantCulture)} days)";
                }

                return false;
            }
        }

        var dated = ev.AnyResolved && claim.Claim.Date is { IsResolved: true };
        if (!sharedParticipant && !(spec.DateOnly && dated))
        {
            if (explain)
            {
                whyNot = "no participant in common";
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// Why the claim joined an event (<see cref="Compatible"/>), as the event lists it: "a001 sentence 3 joined: same
    /// event type (...); shared participants (...); compatible date (...)". What depends on the event as the claim
    /// found it is settled now; the line is written when the report is.
    /// </summary>
    /// <param name="claim">The claim that joined.</param>
    /// <param name="ev">The event it joined.</param>
    /// <param name="tolerance">The type's tolerance in days.</param>
    /// <param name="sameType">"same event type (label)" for the claim's type.</param>
    /// <param name="sharedParticipant">Whether it joined on a shared participant, not on its date alone.</param>
    private static JoinLine JoinReason(Prepared claim, Builder ev, int tolerance, string sameType, bool sharedParticipant)
    {
        var c = claim.Claim;
        var sameText = sharedParticipant && c.Designation is { } designation && ev.Members.Exists(m => m.Claim.Designation == designation);
        var participants = SharedParticipants.None;
        (string?, string?, string?) names = default;
        if (sharedParticipant && claim.Pool.Length > 0 && (!sameText || ev.Members.Exists(m => m.Pool.Length > 0)))
        {
            participants = SharedParticipants.Named;
            names = FirstNames(claim.Pool.AsSpan());
        }
        else if (sharedParticipant && !sameText && c.Count is not null)
        {
            // Only unnamed groups of the same size join with no name in common (see Compatible).
            participants = SharedParticipants.UnnamedGroup;
        }

        ArticleFrame? fits = null;
        if (c.Date is not { IsResolved: true } && c.ContextDate is null && claim.Frame is { } frame && Fit(ev, frame.Day, tolerance) == 0)
        {
            fits = frame;
        }

        return new JoinLine(c, sameType) { SameText = sameText, Participants = participants, Names = names, Frame = fits };
    }

    /// <summary>True when two designations are of one kind ("resolution 2712", "resolution 2720"; "document S/2023/773").</summary>
    private static bool SameKind(string a, string b)
    {
        var space = a.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && b.Length > space && b[space] == ' ' && string.CompareOrdinal(a, 0, b, 0, space) == 0;
    }

    /// <summary>True when one of <paramref name="x"/> matches one of <paramref name="y"/>.</summary>
    private bool AnyMatch(ReadOnlySpan<Participant> x, ReadOnlySpan<Participant> y)
    {
        foreach (var p in x)
        {
            if (AnyMatch(p, y))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every one of <paramref name="x"/> matches one of <paramref name="y"/>.</summary>
    private bool AllMatch(ReadOnlySpan<Participant> x, ReadOnlySpan<Participant> y)
    {
        foreach (var p in x)
        {
            if (!AnyMatch(p, y))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first three different names among the participants, for an explanation.</summary>
    private static string Names(ReadOnlySpan<Participant> participants) =>
        FirstNames(participants) switch
        {
            (var first, null, _) => first!,
            (var first, var second, null) => $"{first}, {second}",
            var (first, second, third) => $"{first}, {second}, {third}",
        };

    /// <summary>The first three different names among the participants (the first empty when there are none).</summary>
    private static (string? First, string? Second, string? Third) FirstNames(ReadOnlySpan<Participant> participants)
    {
        string? first = null;
        string? second = null;
        foreach (var p in participants)
        {
            var name = p.Display;
            if (first is null)
            {
                first = name;
            }
            else if (name != first && second is null)
            {
                second = name;
            }
            else if (name != first && name != second)
            {
                return (first, second, name);
            }
        }

        return (first ?? string.Empty, second, null);
    }

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

    /// <summary>A claim as alignment reads it, worked out once (<see cref="Prepare"/>).</summary>
    /// <param name="Claim">The claim.</param>
    /// <param name="Pool">Its participants in the pool roles.</param>
    /// <param name="Keys">Its blocking keys: the people and keys of its pool, each once, in order.</param>
    /// <param name="Each">Its participants in each of the type's one-by-one roles, in the order of the roles.</param>
    /// <param name="Unnamed">True when no participant of its pool is a person.</param>
    /// <param name="Frame">For a claim with no date of its own and none from context, the time of its article (see <see cref="ArticleFrames"/>).</param>
    /// <param name="Published">The day its article was published, if known.</param>
    private sealed record Prepared(Claim Claim, ImmutableArray<Participant> Pool, List<string> Keys, List<Participant>[] Each, bool Unnamed, ArticleFrame? Frame, DateOnly? Published)
    {
        /// <summary>True when its keys include a participant's, not only the designation of its text.</summary>
        public bool ParticipantKeys { get; init; }
    }

    private sealed class Builder(string type, int local)
    {
        public string Type { get; } = type;

        /// <summary>The position among the events of its type: earlier events win ties.</summary>
        public int Local { get; } = local;

        /// <summary>The position among all events, set once every type is aligned.</summary>
        public int Order { get; set; }

        /// <summary>The stamp of the last claim this event was listed as a candidate for.</summary>
        public int Stamp { get; set; }

        public List<Claim> Claims { get; } = [];
        public List<Prepared> Members { get; } = [];
        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);
        public List<AuditLine> Reasons { get; } = [];

        /// <summary>The claims that joined and an event they were not joined with, and why not.</summary>
        public List<(Claim Claim, Builder Missed, string WhyNot)> NearMisses { get; } = [];

        /// <summary>The blocking keys this event is listed under.</summary>
        public HashSet<string> IndexedKeys { get; } = new(StringComparer.Ordinal);

        /// <summary>The earliest last day of its members' resolved dates (day number); int.MaxValue when none has one.</summary>
        public int EarliestEnd { get; private set; } = int.MaxValue;

        /// <summary>True when a member has a resolved date.</summary>
        public bool AnyResolved { get; private set; }

        /// <summary>The first day of its members' resolved dates (day number); int.MaxValue when none has one.</summary>
        public int FirstDay { get; private set; } = int.MaxValue;

        /// <summary>The last day of its members' resolved dates (day number); int.MinValue when none has one.</summary>
        public int LastDay { get; private set; } = int.MinValue;

        /// <summary>The first day of its members' resolved dates and dates from context (day number); int.MaxValue when none has one.</summary>
        public int FirstKnownDay { get; private set; } = int.MaxValue;

        /// <summary>How many days <paramref name="day"/> lies outside its resolved dates (0 inside them).</summary>
        public int Distance(int day) => day < FirstDay ? FirstDay - day : day > LastDay ? day - LastDay : 0;

        /// <summary>Drops what only the alignment of its block reads: its prepared members and its blocking keys.</summary>
        public void Settle()
        {
            Members.Clear();
            Members.Capacity = 0;
            IndexedKeys.Clear();
            IndexedKeys.TrimExcess();
        }

        public void Add(Prepared member)
        {
            var claim = member.Claim;
            Claims.Add(claim);
            Members.Add(member);
            Articles.Add(claim.ArticleId);
            AnyResolved |= claim.Date is { IsResolved: true };
            if (claim.Date is { IsResolved: true, To: { } to })
            {
                EarliestEnd = Math.Min(EarliestEnd, to.DayNumber);
                LastDay = Math.Max(LastDay, to.DayNumber);
            }

            if (claim.Date is { IsResolved: true, From: { } from })
            {
                FirstDay = Math.Min(FirstDay, from.DayNumber);
            }

            if ((claim.Date is { IsResolved: true } ? claim.Date : claim.ContextDate) is { From: { } known })
            {
                FirstKnownDay = Math.Min(FirstKnownDay, known.DayNumber);
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

        /// <summary>Adds to <paramref name="candidates"/> the live events under the keys (or all), each once.</summary>
        public void Candidates(List<Builder> candidates, List<string> keys, bool everyEvent, DateOnly from, int stamp)
        {
            var day = from.DayNumber;
            foreach (var key in keys)
            {
                if (_byKey.TryGetValue(key, out var list))
                {
                    Live(list, day);
                    Collect(candidates, list, stamp);
                }
            }

            if (everyEvent)
            {
                Live(_all, day);
                Collect(candidates, _all, stamp);
            }
        }

        /// <summary>Drops the events that can no longer take a claim beginning on <paramref name="day"/>, keeping the order of the others.</summary>
        private void Live(List<Builder> list, int day)
        {
            var kept = 0;
            for (var i = 0; i < list.Count; i++)
            {
                if ((long)list[i].EarliestEnd + toleranceDays >= day)
                {
                    list[kept++] = list[i];
                }
            }

            if (kept < list.Count)
            {
                list.RemoveRange(kept, list.Count - kept);
            }
        }
    }
}
