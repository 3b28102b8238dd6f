namespace Compare.Recognition.Names;

/// <summary>
/// What a name says of its bearer's sex where the language marks it: Slavic surnames (Trufanova / Trufanov,
/// Zakharova / Zakharov, Levitskaya / Levitsky) and the courtesy titles Ms, Mrs and Mr. Elsewhere it says nothing.
/// Used to keep "her" from pointing at a man and to give a son his mother's family name in its male form.
/// </summary>
internal static class NameGender
{
    public const char Female = 'f';
    public const char Male = 'm';

    private static readonly string[] FemaleEndings = ["ova", "eva", "yova", "ina", "skaya", "tskaya", "aya"];
    private static readonly string[] MaleEndings = ["ov", "ev", "yov", "in", "sky", "skiy", "skii", "ky"];

    /// <summary>'f', 'm', or null when the surname does not say.</summary>
    public static char? OfSurname(string? surname)
    {
        if (string.IsNullOrEmpty(surname) || surname.Length < 4)
        {
            return null;
        }

        var s = surname.ToLowerInvariant();
        if (FemaleEndings.Any(e => s.EndsWith(e, StringComparison.Ordinal)))
        {
            return Female;
        }

        return MaleEndings.Any(e => s.EndsWith(e, StringComparison.Ordinal)) ? Male : null;
    }

    /// <summary>The courtesy title before a name, if any: Ms and Mrs female, Mr male.</summary>
    public static char? OfCourtesy(string? word) => word switch
    {
        "Ms" or "Ms." or "Mrs" or "Mrs." => Female,
        "Mr" or "Mr." => Male,
        _ => null,
    };

    /// <summary>The pronoun's sex: she/her female, he/him/his male.</summary>
    public static char? OfPronoun(string word) => word.ToLowerInvariant() switch
    {
        "she" or "her" or "hers" => Female,
        "he" or "him" or "his" => Male,
        _ => null,
    };

    /// <summary>A kinship word's sex: son, husband, brother, father male; daughter, wife, sister, mother female.</summary>
    public static char? OfKin(string word) => word.ToLowerInvariant() switch
    {
        "son" or "husband" or "brother" or "father" or "grandson" or "nephew" or "uncle" => Male,
        "daughter" or "wife" or "sister" or "mother" or "mom" or "granddaughter" or "niece" or "aunt" => Female,
        _ => null,
    };

    /// <summary>A Slavic family name in the form for <paramref name="sex"/> (Trufanova for a son: Trufanov).</summary>
    public static string FamilyForm(string surname, char sex)
    {
        var now = OfSurname(surname);
        if (now is null || now == sex)
        {
            return surname;
        }

        if (sex == Male)
        {
            if (surname.EndsWith("skaya", StringComparison.OrdinalIgnoreCase))
            {
                return surname[..^4] + "y";
            }

            return surname.EndsWith('a') ? surname[..^1] : surname;
        }

        if (surname.EndsWith("sky", StringComparison.OrdinalIgnoreCase))
        {
            return surname[..^1] + "aya";
        }

        return surname + "a";
    }
}
