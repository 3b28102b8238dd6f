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

    /// <summary>A weapon model known by its name ("Shahed"): a proper name of the dictionary that takes no part in an
    /// event, but can be the arms a rule requires (see <see cref="EventRule.RequireKinds"/>).</summary>
    public const string Weapon = "weapon";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Person, Organisation, Country, City, Region, Group, Weapon,
    };

    public static bool IsPlace(string kind) => kind is Country or City or Region;
}
