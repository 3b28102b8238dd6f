namespace Compare.Rules;

/// <summary>The entity kinds that rules and the actor dictionary may name.</summary>
internal static class EntityKinds
{
    public const string Person = "person";
    public const string Organisation = "organisation";
    public const string Country = "country";
    public const string City = "city";
    public const string Region = "region";
    public const string Group = "group";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Person, Organisation, Country, City, Region, Group,
    };

    public static bool IsPlace(string kind) => kind is Country or City or Region;
}
