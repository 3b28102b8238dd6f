using System.Globalization;
using System.Text;

namespace Compare.Generator;

/// <summary>
/// Writes one article: YAML front matter, an opening paragraph of background, one paragraph per reported event
/// (the event sentence in one of several shapes the rules read, then background) and a closing line. The shape,
/// the date format, how a count is hedged, whether a place is named by its city or its country and whether an
/// official's office is given vary from article to article in ways that keep the facts compatible; only a planted
/// conflict changes a fact.
/// </summary>
internal sealed class ArticleComposer
{
    private static readonly string[] Outlets =
    [
        "Northern Ledger", "Harbour Times", "Evening Courier", "Continental Wire", "Morning Dispatch", "Republic Observer",
        "Coastal Review", "Capital Bulletin", "Frontier Post", "Western Record", "Daily Compass", "Eastern Sentinel",
    ];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly Cast _cast;
    private readonly TitleLedger _titles;

    public ArticleComposer(Cast cast, TitleLedger titles)
    {
        _cast = cast;
        _titles = titles;
    }

    /// <summary>The article text; <paramref name="events"/> are the events it reports, in date order.</summary>
    public string Compose(int article, IReadOnlyList<PlannedEvent> events, Rng rng)
    {
        var latest = events.Max(e => e.Deviant == article && e.DeviantDate is { } d && d > e.Date ? d : e.Date);
        var published = latest.AddDays(rng.Next(1, 4));
        var first = events[0];
        var sb = new StringBuilder(2600);
        sb.Append("---\n");
        sb.Append("title: \"").Append(Headline(first)).Append("\"\n");
        sb.Append("outlet: \"").Append(rng.Pick(Outlets)).Append("\"\n");
        sb.Append("url: \"https://news.example/").Append(CorpusGenerator.ArticleId(article)).Append("\"\n");
        sb.Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("---\n");

        var place = PlaceOf(first) ?? rng.Pick(_cast.Cities).Id;
        Paragraph(sb, Fill(rng, place, rng.Next(2, 5)));
        foreach (var ev in events)
        {
            Paragraph(sb, [EventSentence(ev, article, rng), .. Fill(rng, PlaceOf(ev) ?? place, rng.Next(2, 6))]);
        }

        Paragraph(sb, Fill(rng, place, rng.Next(1, 4)));
        return sb.ToString();
    }

    private static void Paragraph(StringBuilder sb, IEnumerable<string> sentences) => sb.AppendJoin(' ', sentences).Append('\n');

    private string? PlaceOf(PlannedEvent ev) => ev.Kind switch
    {
        EventKind.Meeting or EventKind.Killing or EventKind.Release => ev.Place,
        EventKind.Attack => ev.Object,
        _ => null,
    };

    private string Headline(PlannedEvent ev) => ev.Kind switch
    {
        EventKind.Meeting => "Talks in " + _cast[ev.Place!].Name,
        EventKind.Call => "Leaders speak by telephone",
        EventKind.Attack => "Violence in " + _cast[ev.Object!].Name,
        EventKind.Killing => "Deadly day in " + _cast[ev.Place!].Name,
        EventKind.Release => "Captive freed near " + _cast[ev.Place!].Name,
        EventKind.Condemnation => _cast[ev.Subject].Name + " reacts",
        EventKind.Veto => "Deadlock at the Security Council",
        _ => "Security Council vote",
    };

    private IEnumerable<string> Fill(Rng rng, string cityId, int count)
    {
        var sentences = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            sentences.Add(Filler(rng, cityId));
        }

        return sentences;
    }

    private string Filler(Rng rng, string cityId)
    {
        var city = _cast[cityId];
        var country = _cast[city.Country!];
        return rng.Pick(Fillers.All).Replace("{C}", city.Name, StringComparison.Ordinal)
            .Replace("{K}", country.Name, StringComparison.Ordinal)
            .Replace("{D}", country.Demonym!, StringComparison.Ordinal);
    }

    private string EventSentence(PlannedEvent ev, int article, Rng rng)
    {
        var deviant = ev.Deviant == article;
        var date = deviant && ev.DeviantDate is { } d ? d : ev.Date;
        var on = DatePhrase(date, rng);
        var onCap = char.ToUpperInvariant(on[0]) + on[1..];
        var denied = deviant && ev.Conflict == "polarity";
        switch (ev.Kind)
        {
            case EventKind.Meeting:
                {
                    var s = Official(ev.Subject, article, rng);
                    var o = Official(ev.Object!, article, rng);
                    var c = _cast[ev.Place!].Name;
                    if (denied)
                    {
                        return $"{CountryOf(ev.Object!)} denied that {s} met {o} in {c} {on}.";
                    }

                    return rng.Next(4) switch
                    {
                        0 => $"{s} met {o} in {c} {on}.",
                        1 => $"{s} held talks with {o} in {c} {on}.",
                        2 => $"{onCap}, {s} met {o} in {c}.",
                        _ => $"{s} reportedly met {o} in {c} {on}.",
                    };
                }

            case EventKind.Call:
                {
                    var s = Official(ev.Subject, article, rng);
                    var o = Official(ev.Object!, article, rng);
                    if (denied)
                    {
                        return $"{CountryOf(ev.Object!)} denied that {s} phoned {o} {on}.";
                    }

                    return rng.Next(3) switch
                    {
                        0 => $"{s} phoned {o} {on}.",
                        1 => $"{s} held a phone call with {o} {on}.",
                        _ => $"{onCap}, {s} phoned {o}.",
                    };
                }

            case EventKind.Attack:
                {
                    var g = _cast[ev.Subject].Name;
                    var t = _cast[ev.Object!].Name;
                    var n = deviant && ev.DeviantCount is { } m ? m.ToString(CultureInfo.InvariantCulture) : CountPhrase(ev.Count!.Value, rng);
                    return rng.Next(2) switch
                    {
                        0 => $"The {g} attacked {t} {on}, killing {n} people.",
                        _ => $"The {g} launched an attack on {t} {on} that killed {n} people.",
                    };
                }

            case EventKind.Killing:
                {
                    var v = _cast[ev.Subject].Name;
                    var g = _cast[ev.Object!].Name;
                    var p = Place(ev, deviant, rng);
                    return rng.Next(2) switch
                    {
                        0 => $"{v} was killed in {p} {on}.",
                        _ => $"The {g} killed {v} in {p} {on}.",
                    };
                }

            case EventKind.Release:
                {
                    var v = _cast[ev.Subject].Name;
                    var g = _cast[ev.Object!].Name;
                    var p = Place(ev, deviant, rng);
                    return rng.Next(2) switch
                    {
                        0 => $"The {g} released {v} in {p} {on}.",
                        _ => $"{v} was freed by the {g} in {p} {on}.",
                    };
                }

            case EventKind.Condemnation:
                {
                    var k = _cast[ev.Subject].Name;
                    var g = _cast[ev.Object!].Name;
                    if (denied)
                    {
                        return $"{k} did not condemn the {g} {on}.";
                    }

                    return rng.Next(2) switch
                    {
                        0 => $"{k} condemned the {g} {on}.",
                        _ => $"{onCap}, {k} condemned the {g}.",
                    };
                }

            case EventKind.Veto:
                {
                    var k = _cast[ev.Subject].Name;
                    var sponsor = _cast[ev.Object!].Name;
                    return rng.Next(2) switch
                    {
                        0 => $"{k} vetoed a draft resolution submitted by {sponsor} {on}.",
                        _ => $"{k} vetoed a draft resolution drafted by {sponsor} {on}.",
                    };
                }

            default:
                {
                    var votes = (deviant && ev.DeviantCount is { } m ? m : ev.Count!.Value).ToString(CultureInfo.InvariantCulture);
                    return rng.Next(2) switch
                    {
                        0 => $"The Security Council adopted resolution {ev.Number} by {votes} votes to none {on}.",
                        _ => $"{onCap}, the Security Council adopted resolution {ev.Number} by {votes} votes to none.",
                    };
                }
        }
    }

    private string Official(string id, int article, Rng rng)
    {
        var person = _cast[id];
        if (!rng.Chance(0.45))
        {
            return person.Name;
        }

        var office = _titles.OfficeIn(person, article, rng);
        var written = CastBuilder.Offices.First(o => o.Title == office).Written;
        return rng.Chance(0.3) ? $"{_cast[person.Country!].Demonym} {written} {person.Name}" : $"{written} {person.Name}";
    }

    private string CountryOf(string personId) => _cast[_cast[personId].Country!].Name;

    /// <summary>The place as this article names it: the city, or the country it lies in; a deviant article names another city.</summary>
    private string Place(PlannedEvent ev, bool deviant, Rng rng)
    {
        if (deviant && ev.DeviantPlace is { } other)
        {
            return _cast[other].Name;
        }

        var city = _cast[ev.Place!];
        return rng.Chance(0.3) ? _cast[city.Country!].Name : city.Name;
    }

    /// <summary>A count as written: exact, "about N" or "more than" a little less; all contain the true value.</summary>
    private static string CountPhrase(int count, Rng rng) => rng.Next(4) switch
    {
        0 => "about " + count.ToString(CultureInfo.InvariantCulture),
        1 => "more than " + (count - rng.Next(1, 4)).ToString(CultureInfo.InvariantCulture),
        _ => count.ToString(CultureInfo.InvariantCulture),
    };

    private static string DatePhrase(DateOnly date, Rng rng)
    {
        var month = Months[date.Month - 1];
        var day = date.Day.ToString(CultureInfo.InvariantCulture);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return rng.Chance(0.5) ? $"on {day} {month} {year}" : $"on {month} {day}, {year}";
    }
}
