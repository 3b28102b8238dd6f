using System.Collections.Immutable;

namespace Compare.Generator;

/// <summary>
/// Invents the actors of a corpus. Pool sizes grow with the number of articles (a larger archive names more
/// people) but more slowly, so that the same actors recur across many events, as in real coverage. Person names
/// are chosen so that no two people could pass for spelling variants of each other: given names are never
/// prefixes of one another, and two people with the same given name have surnames at least two edits apart.
/// </summary>
internal static class CastBuilder
{
    /// <summary>
    /// Ranked offices as the titles lexicon spells them, with their written form. Only offices whose capitalised
    /// words the rules never take for the start of a name: "Vice President X" and "Chancellor X" are read as a
    /// name "Vice" or "Chancellor" today, which would plant conflicts no reader could see.
    /// </summary>
    public static readonly ImmutableArray<(string Title, string Written)> Offices =
    [
        ("president", "President"),
        ("prime minister", "Prime Minister"),
        ("foreign minister", "Foreign Minister"),
        ("defense minister", "Defense Minister"),
    ];

    private static readonly string[] OrganisationSuffixes = ["Front", "Movement", "Brigades", "Alliance"];

    public static Cast Build(int articles, Rng rng, IEnumerable<string> blocked)
    {
        var names = new NameMaker(rng, blocked);
        var countries = ImmutableArray.CreateBuilder<SyntheticActor>();
        var countryCount = 40;
        for (var i = 0; i < countryCount; i++)
        {
            var root = names.Word(w => !w.EndsWith('a') && !w.EndsWith('i'), minSyllables: 2, maxSyllables: 2);
            var name = root + "ia";
            countries.Add(new SyntheticActor(Id(name), name, ActorKind.Country, null, root + "ian", null, true));
        }

        var cities = ImmutableArray.CreateBuilder<SyntheticActor>();
        var cityCount = Math.Max(80, articles / 200);
        for (var i = 0; i < cityCount; i++)
        {
            var name = names.Word(maxSyllables: 2);
            cities.Add(new SyntheticActor(Id(name), name, ActorKind.City, countries[i % countries.Count].Id, null, null, true));
        }

        var organisations = ImmutableArray.CreateBuilder<SyntheticActor>();
        var organisationCount = Math.Max(30, articles / 400);
        for (var i = 0; i < organisationCount; i++)
        {
            var name = names.Word(maxSyllables: 2) + " " + OrganisationSuffixes[i % OrganisationSuffixes.Length];
            organisations.Add(new SyntheticActor(Id(name), name, ActorKind.Organisation, null, null, null, true));
        }

        var people = new PersonNames(names, rng);
        var officials = ImmutableArray.CreateBuilder<SyntheticActor>();
        var officialCount = Math.Max(150, articles / 25);
        for (var i = 0; i < officialCount; i++)
        {
            var name = people.Next();
            var office = Offices[rng.Next(Offices.Length)].Title;
            officials.Add(new SyntheticActor(Id(name), name, ActorKind.Person, countries[rng.Next(countries.Count)].Id, null, office, true));
        }

        var civilians = ImmutableArray.CreateBuilder<SyntheticActor>();
        var civilianCount = Math.Max(100, articles / 10);
        for (var i = 0; i < civilianCount; i++)
        {
            var name = people.Next();
            civilians.Add(new SyntheticActor(Id(name), name, ActorKind.Person, countries[rng.Next(countries.Count)].Id, null, null, false));
        }

        return new Cast(countries.ToImmutable(), cities.ToImmutable(), organisations.ToImmutable(), officials.ToImmutable(), civilians.ToImmutable());
    }

    private static string Id(string name) => "x-" + name.ToLowerInvariant().Replace(' ', '-');
}
