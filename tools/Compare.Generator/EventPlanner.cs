using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>
/// Plans the events of a corpus: what happened, when, who took part, which articles report it and which
/// conflicts are planted. Events are laid out in date order and reported by articles close to each other in the
/// archive, so that an article covers events of the same weeks. Two events of one kind that share a participant
/// are kept <see cref="EventKindInfo.SeparationDays"/> apart: otherwise the answer key would call two events what
/// any reader would take for one.
/// </summary>
internal sealed class EventPlanner
{
    /// <summary>How many events an article reports on average, before empty articles are filled.</summary>
    private const double EventsPerArticle = 3.0;

    /// <summary>Articles reporting one event are drawn from this many neighbours in the archive.</summary>
    private const int Window = 16;

    /// <summary>Share of events reported by two or more articles that carry one planted conflict.</summary>
    private const double ConflictRate = 0.25;

    private static readonly DateOnly First = new(1995, 1, 1);
    private static readonly DateOnly Last = new(2024, 12, 31);

    // Number of articles reporting an event: 1 to 7, weighted.
    private static readonly int[] ReporterWeights = [20, 25, 22, 15, 10, 5, 3];

    private readonly Cast _cast;
    private readonly Rng _rng;
    private readonly Dictionary<string, List<int>> _busy = new(StringComparer.Ordinal);

    public EventPlanner(Cast cast, Rng rng)
    {
        _cast = cast;
        _rng = rng;
    }

    public ImmutableArray<PlannedEvent> Plan(int articles)
    {
        var meanReporters = ReporterWeights.Select((w, i) => w * (i + 1.0)).Sum() / ReporterWeights.Sum();
        var count = Math.Max(1, (int)Math.Round(articles * EventsPerArticle / meanReporters));
        var span = Last.DayNumber - First.DayNumber;
        var weights = EventKindInfo.All.Select(k => k.Weight).ToArray();
        var drafts = new List<(EventKind Kind, DateOnly Date, string Subject, string? Object, string? Place, int? Count, int? Number, List<int> Articles)>();
        for (var e = 0; e < count; e++)
        {
            var rng = _rng.Fork((ulong)e);
            var kind = (EventKind)rng.Weighted(weights);
            var day = First.DayNumber + (int)((long)e * span / count) + rng.Next(-5, 6);
            var (date, subject, obj, place) = Cast(kind, Math.Clamp(day, First.DayNumber, Last.DayNumber), rng);
            int? amount = kind switch
            {
                EventKind.Attack => rng.Next(10, 121),
                EventKind.Adoption => rng.Next(9, 16),
                _ => null,
            };
            int? number = kind == EventKind.Adoption ? 1000 + e : null;
            var center = (int)((long)e * articles / count);
            var lo = Math.Max(0, center - (Window / 2));
            var hi = Math.Min(articles, lo + Window);
            var reporters = Math.Min(hi - lo, rng.Weighted(ReporterWeights) + 1);
            var chosen = new SortedSet<int>();
            while (chosen.Count < reporters)
            {
                chosen.Add(rng.Next(lo, hi));
            }

            drafts.Add((kind, date, subject, obj, place, amount, number, [.. chosen]));
        }

        // Every article reports something: an article no event reached joins the event planned at its place.
        var reported = new bool[articles];
        foreach (var d in drafts)
        {
            foreach (var a in d.Articles)
            {
                reported[a] = true;
            }
        }

        for (var a = 0; a < articles; a++)
        {
            if (!reported[a])
            {
                var list = drafts[(int)Math.Min(count - 1, (long)a * count / articles)].Articles;
                list.Add(a);
                list.Sort();
            }
        }

        var events = ImmutableArray.CreateBuilder<PlannedEvent>(count);
        for (var e = 0; e < count; e++)
        {
            var d = drafts[e];
            var planned = new PlannedEvent($"g{e + 1:D6}", d.Kind, d.Date, d.Subject, d.Object, d.Place, d.Count, d.Number, [.. d.Articles]);
            events.Add(Plant(planned, _rng.Fork(((ulong)e << 20) ^ 0xC0FFEE)));
        }

        return events.MoveToImmutable();
    }

    private (DateOnly Date, string Subject, string? Object, string? Place) Cast(EventKind kind, int day, Rng rng)
    {
        var separation = EventKindInfo.Of(kind).SeparationDays;
        var pick = Pick(kind, rng);
        for (var attempt = 0; attempt < 40; attempt++, pick = Pick(kind, rng))
        {
            if (pick.Keys.All(k => Free(kind, k, day, separation)))
            {
                return Commit(kind, pick, day);
            }
        }

        // A participant that every pick shares (the Security Council) waits for a free day instead.
        while (!pick.Keys.All(k => Free(kind, k, day, separation)))
        {
            day++;
        }

        return Commit(kind, pick, day);
    }

    private (DateOnly, string, string?, string?) Commit(EventKind kind, (string Subject, string? Object, string? Place, string[] Keys) pick, int day)
    {
        foreach (var key in pick.Keys)
        {
            var k = kind + "|" + key;
            if (!_busy.TryGetValue(k, out var days))
            {
                _busy[k] = days = [];
            }

            days.Add(day);
        }

        return (DateOnly.FromDayNumber(day), pick.Subject, pick.Object, pick.Place);
    }

    private bool Free(EventKind kind, string key, int day, int separation)
    {
        if (!_busy.TryGetValue(kind + "|" + key, out var days))
        {
            return true;
        }

        // Days are added in nearly increasing order; looking back past the window is never needed.
        for (var i = days.Count - 1; i >= 0; i--)
        {
            if (Math.Abs(days[i] - day) < separation)
            {
                return false;
            }

            if (days[i] < day - separation - 30)
            {
                break;
            }
        }

        return true;
    }

    private (string Subject, string? Object, string? Place, string[] Keys) Pick(EventKind kind, Rng rng)
    {
        switch (kind)
        {
            case EventKind.Meeting:
            case EventKind.Call:
                {
                    var a = rng.Pick(_cast.Officials).Id;
                    string b;
                    do
                    {
                        b = rng.Pick(_cast.Officials).Id;
                    }
                    while (b == a);

                    return (a, b, kind == EventKind.Meeting ? rng.Pick(_cast.Cities).Id : null, [a, b]);
                }

            case EventKind.Attack:
                {
                    var org = rng.Pick(_cast.Organisations).Id;
                    return (org, rng.Pick(_cast.Cities).Id, null, [org]);
                }

            case EventKind.Killing:
            case EventKind.Release:
                {
                    var person = rng.Pick(_cast.Civilians).Id;
                    return (person, rng.Pick(_cast.Organisations).Id, rng.Pick(_cast.Cities).Id, [person]);
                }

            case EventKind.Condemnation:
                {
                    var country = rng.Pick(_cast.Countries).Id;
                    var org = rng.Pick(_cast.Organisations).Id;
                    return (country, org, null, [country + "/" + org]);
                }

            case EventKind.Veto:
                {
                    var vetoer = rng.Pick(_cast.Countries).Id;
                    string sponsor;
                    do
                    {
                        sponsor = rng.Pick(_cast.Countries).Id;
                    }
                    while (sponsor == vetoer);

                    return (vetoer, sponsor, null, [vetoer]);
                }

            default:
                return (SecurityCouncil, null, null, [SecurityCouncil]);
        }
    }

    /// <summary>The actor id of the Security Council in the repository's actor dictionary.</summary>
    public const string SecurityCouncil = "un-security-council";

    private PlannedEvent Plant(PlannedEvent ev, Rng rng)
    {
        if (ev.Articles.Length < 2 || !rng.Chance(ConflictRate))
        {
            return ev;
        }

        var attribute = rng.Pick(ev.Info.Plantable);
        var deviant = rng.Pick(ev.Articles);
        switch (attribute)
        {
            case "date":
                {
                    var shift = rng.Next(1, ev.Info.ToleranceDays + 1) * (rng.Chance(0.5) ? 1 : -1);
                    return ev with { Conflict = attribute, Deviant = deviant, DeviantDate = ev.Date.AddDays(shift) };
                }

            case "count":
                {
                    var value = ev.Kind == EventKind.Adoption
                        ? Math.Clamp(ev.Count!.Value + (rng.Next(2, 5) * (rng.Chance(0.5) ? 1 : -1)), 5, 15)
                        : rng.Next(2, Math.Max(3, (int)(ev.Count!.Value * 0.6)));
                    if (value == ev.Count)
                    {
                        value = ev.Count.Value - 3;
                    }

                    return ev with { Conflict = attribute, Deviant = deviant, DeviantCount = value };
                }

            case "place":
                {
                    var country = _cast[ev.Place!].Country;
                    string other;
                    do
                    {
                        other = rng.Pick(_cast.Cities).Id;
                    }
                    while (_cast[other].Country == country);

                    return ev with { Conflict = attribute, Deviant = deviant, DeviantPlace = other };
                }

            default:
                return ev with { Conflict = attribute, Deviant = deviant };
        }
    }
}
