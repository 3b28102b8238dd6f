using System.Text;

namespace Compare.Generator;

/// <summary>
/// The actor dictionary entries of the invented actors, in the flow style of <c>rules/actors.yaml</c>, to be
/// appended to a copy of it: countries with demonyms, cities with the country they lie in, organisations, and
/// officials with their country and the office on record.
/// </summary>
internal static class ActorsYaml
{
    public static string Entries(Cast cast)
    {
        var sb = new StringBuilder();
        sb.Append("  # Invented actors of a generated corpus.\n");
        foreach (var a in cast.DictionaryActors)
        {
            switch (a.Kind)
            {
                case ActorKind.Country:
                    sb.Append($"  - {{ id: {a.Id}, name: {a.Name}, kind: country, demonyms: [{a.Demonym}] }}\n");
                    break;
                case ActorKind.City:
                    sb.Append($"  - {{ id: {a.Id}, name: {a.Name}, kind: city, in: {a.Country} }}\n");
                    break;
                case ActorKind.Organisation:
                    sb.Append($"  - {{ id: {a.Id}, name: {a.Name}, kind: organisation }}\n");
                    break;
                default:
                    sb.Append($"  - {{ id: {a.Id}, name: {a.Name}, kind: person, member-of: [{a.Country}]");
                    if (a.Office is not null)
                    {
                        sb.Append($", titles: [ {{ title: {a.Office}, of: {a.Country} }} ]");
                    }

                    sb.Append(" }\n");
                    break;
            }
        }

        return sb.ToString();
    }
}
