using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Compare.Recognition.Names;

/// <summary>
/// Decides whether two written person names denote the same person, on strong evidence only: a wrong "same"
/// merges two people in the report, which is worse than listing one person twice.
/// <list type="bullet">
/// <item>Surnames must have equal skeletons (see <see cref="Transliteration"/>); or differ only by a leading
/// Arabic article (al-Assad / Assad); or, when both skeletons have at least <see cref="MinimumLettersForTypo"/>
/// letters, be one edit apart with the same first and the same last letter; or, when both sides have a given
/// name and the given names match, be the masculine and the feminine form of one Slavic surname (Elena Trufanov /
/// Elena Trufanova: a desk dropped the feminine ending).</item>
/// <item>Given names, when both sides have one, must have equal skeletons, be listed together in a small table of
/// cross-language equivalents (Mohammed / Muhammad, Elena / Jelena, Vladimir / Volodymyr …), or be a short form:
/// one a prefix of the other of at least three letters, the longer adding one or two letters that do not end in
/// "a" or "e" (Ron / Roni, but not Ivan / Ivana or Alex / Alexander).</item>
/// <item>A surname-only mention matches any full name with that surname; the caller decides whether the
/// mention is unambiguous in its article.</item>
/// <item>Middle names are ignored when either side has none; when both have them they must match one for one
/// (an initial matches a name starting with that letter).</item>
/// </list>
/// The verdict is symmetric: <c>Match(a, b).Same == Match(b, a).Same</c>. The reason names the two sides in
/// argument order.
/// </summary>
internal static class PersonNameMatcher
{
    /// <summary>
    /// Shortest surname skeleton for which a one-letter difference is still read as a spelling variant. Below it
    /// a single letter separates common, distinct names (Smith / Smyth, Cohen / Cohn, Levi / Levy is caught by the
    /// skeleton instead).
    /// </summary>
    public const int MinimumLettersForTypo = 6;

    // Cross-language forms of one given name that the skeleton cannot merge because a vowel or consonant really
    // differs. Forms the skeleton already merges (Sergei/Sergey, Maxim/Maksim, Vassily/Vasily, Yuri/Yury) are
    // listed too, to record that they were considered. Nicknames (Sasha for Alexander) are deliberately absent:
    // they need the article's context, not a table.
    private static readonly ImmutableArray<ImmutableArray<string>> EquivalentGivenNames =
    [
        ["Elena", "Yelena", "Jelena"],
        ["Irina", "Iryna", "Irena"],
        ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad", "Muhamad"],
        ["Ahmed", "Ahmad"],
        ["Ismail", "Esmail", "Esmaeil", "Ismael", "Ismayil"],
        ["Hussein", "Husain", "Hussain", "Husayn", "Hossein"],
        ["Yusuf", "Yousef", "Youssef", "Yussef"],
        ["Sergei", "Sergey", "Serhiy", "Serhii"],
        ["Alexei", "Alexey", "Aleksei", "Aleksey", "Oleksiy", "Oleksii"],
        ["Alexander", "Aleksandr", "Alexandr", "Oleksandr", "Olexander"],
        ["Vladimir", "Volodymyr"],
        ["Nikolai", "Nikolay", "Mykola"],
        ["Andrei", "Andrey", "Andriy", "Andrii"],
        ["Dmitry", "Dmitri", "Dmitriy", "Dmytro"],
        ["Yuri", "Yury", "Yuriy", "Iurii"],
        ["Maxim", "Maksim", "Maksym"],
        ["Vasily", "Vassily", "Vasiliy", "Vasyl"],
    ];

    // Skeleton -> index of its group in EquivalentGivenNames.
    private static readonly FrozenDictionary<string, int> GivenNameGroup = BuildGivenNameGroups();

    /// <summary>
    /// Compares <paramref name="a"/> with <paramref name="b"/>. <see cref="NameMatch.Same"/> is symmetric in the
    /// arguments; <see cref="NameMatch.Reason"/> is "same name" when the two are written identically, otherwise
    /// it lists every tolerated difference, or names the first difference that rules the match out.
    /// </summary>
    public static NameMatch Match(PersonName a, PersonName b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        var surname = CompareSurnames(a.Surname, b.Surname);
        if (!surname.Same)
        {
            // One given name with the masculine and the feminine form of a Slavic surname is one woman whose
            // surname an English-language desk wrote without its feminine ending (Elena Trufanova / Elena
            // Trufanov). With different given names, or none, the two forms stay two people: a mother and her son
            // share the family name.
            if (a.Given.IsEmpty
                || b.Given.IsEmpty
                || !IsFeminineEndingDropped(a.Surname, b.Surname)
                || !CompareGivenNames(a.Given, b.Given).Same)
            {
                return surname;
            }

            surname = Accept($"feminine surname ending dropped ({Join(a.Surname)} / {Join(b.Surname)})");
        }

        var notes = new List<string>();
        if (a.Given.IsEmpty != b.Given.IsEmpty)
        {
            var shortForm = a.Given.IsEmpty ? a : b;
            notes.Add($"surname only ({Join(shortForm.Surname)}), matches the full name");
        }
        else if (!a.Given.IsEmpty)
        {
            var given = CompareGivenNames(a.Given, b.Given);
            if (!given.Same)
            {
                return given;
            }

            AddNote(notes, given);
            var middle = CompareMiddleNames(a, b);
            if (!middle.Same)
            {
                return middle;
            }

            AddNote(notes, middle);
        }

        AddNote(notes, surname);
        return new NameMatch(true, notes.Count == 0 ? "same name" : string.Join("; ", notes));
    }

    /// <summary>
    /// Keys for comparing many names with few calls to <see cref="Match"/>: whenever <c>Match(a, b).Same</c>, the
    /// two names share a surname key ("s:…"); when both also have a given name, they share a full key ("s:…|…")
    /// as well. A caller may therefore compare a name only with the names that share one of its keys and miss no
    /// match. Surname keys: equal skeletons, an omitted article and a one-letter variant all keep the last letter
    /// of the skeleton (a surname of no letters also stands under "l", the end of the bare article). Given-name
    /// parts: equal skeletons and short forms share their first three letters; listed equivalents share their group.
    /// A feminine Slavic surname also stands under the last letter of its masculine forms (Trufanova under "v").
    /// </summary>
    internal static ImmutableArray<string> BlockKeys(PersonName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var surname = Transliteration.Key(name.Surname).Skeleton;
        ImmutableArray<string> surnameKeys = surname.Length == 0 ? ["s:", "s:l"] : ["s:" + surname[^1]];
        if (MasculineSkeletons(surname).Select(m => "s:" + m[^1]).Where(k => !surnameKeys.Contains(k)).ToList() is { Count: > 0 } masculine)
        {
            surnameKeys = [.. surnameKeys, .. masculine.Distinct()];
        }
        if (name.Given.IsEmpty)
        {
            return surnameKeys;
        }

        var given = Transliteration.Key(name.Given).Skeleton;
        var givenKeys = new List<string> { given[..Math.Min(3, given.Length)] };
        if (GivenNameGroup.TryGetValue(given, out var group))
        {
            givenKeys.Add("#" + group.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return [.. surnameKeys, .. surnameKeys.SelectMany(s => givenKeys.Select(g => s + "|" + g))];
    }

    private static NameMatch CompareSurnames(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        var (writtenA, writtenB) = (Join(a), Join(b));
        var (keyA, keyB) = (Transliteration.Key(a), Transliteration.Key(b));
        if (Same(keyA.Skeleton, keyB.Skeleton))
        {
            return Variant("transliteration variant", a, b, keyA, keyB);
        }

        // English-language styles drop the Arabic article at will (AP writes Assad, others al-Assad); the
        // article carries no information about who is meant.
        if (keyA.HasArticle != keyB.HasArticle && Same(keyA.Bare, keyB.Bare))
        {
            var detail = keyA.DescribeDifference(keyB);
            var suffix = detail.Length == 0 ? "" : ": " + detail;
            return Accept($"Arabic article omitted ({writtenA} / {writtenB}{suffix})");
        }

        if (IsOneLetterVariant(keyA.Skeleton, keyB.Skeleton))
        {
            return Accept($"one-letter spelling difference ({writtenA} / {writtenB})");
        }

        var gender = IsGenderPair(keyA.Bare, keyB.Bare) ? ": masculine and feminine forms" : "";
        return Reject($"different surnames ({writtenA} / {writtenB}{gender})");
    }

    // Long names survive a one-letter slip, short ones do not (Smith / Smyth are two families). The first and
    // last letters must agree: Slavic and Baltic surnames mark gender at the end (Trufanov / Trufanova,
    // Kowalski / Kowalska), which names a different person, and a different first letter is rarely a slip.
    private static bool IsOneLetterVariant(string a, string b) =>
        a.Length >= MinimumLettersForTypo
        && b.Length >= MinimumLettersForTypo
        && a[0] == b[0]
        && a[^1] == b[^1]
        && EditDistance.Compute(a, b, 1) <= 1;

    // The masculine and the feminine form of one Slavic surname, compared on skeletons: the feminine adds "a" to
    // a masculine "-ov", "-ev" or "-in" (Trufanov / Trufanova, Putin / Putina), or ends in "-aya" where the
    // masculine ends in "-y", "-iy" or "-oy" (Levitsky / Levitskaya, Tolstoy / Tolstaya).
    private static bool IsFeminineEndingDropped(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        var (skeletonA, skeletonB) = (Transliteration.Key(a).Skeleton, Transliteration.Key(b).Skeleton);
        return MasculineSkeletons(skeletonA).Contains(skeletonB, StringComparer.Ordinal)
            || MasculineSkeletons(skeletonB).Contains(skeletonA, StringComparer.Ordinal);
    }

    // The masculine skeletons of a feminine surname skeleton; none when the skeleton has no feminine ending. The
    // stem must keep at least three letters, so short words ending in "-ova" or "-ina" are not taken apart.
    private static IEnumerable<string> MasculineSkeletons(string feminine)
    {
        const int minimumStem = 3;
        if (feminine.Length >= minimumStem + 3
            && (feminine.EndsWith("ova", StringComparison.Ordinal)
                || feminine.EndsWith("eva", StringComparison.Ordinal)
                || feminine.EndsWith("ina", StringComparison.Ordinal)))
        {
            yield return feminine[..^1];
        }

        // "-aya" has the skeleton "aia" (the glide y next to a vowel is folded onto i); "-y", "-iy" and "-ii" all
        // end in one "i", "-oy" in "oi".
        if (feminine.Length >= minimumStem + 3 && feminine.EndsWith("aia", StringComparison.Ordinal))
        {
            yield return feminine[..^3] + "i";
            yield return feminine[..^3] + "oi";
        }
    }

    private static bool IsGenderPair(string a, string b) =>
        Same(a + "a", b)
        || Same(a, b + "a")
        || (a.Length == b.Length
            && a.Length > 1
            && Same(a[..^1], b[..^1])
            && (a[^1], b[^1]) is ('i', 'a') or ('a', 'i'));

    private static NameMatch CompareGivenNames(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        var (keyA, keyB) = (Transliteration.Key(a), Transliteration.Key(b));
        if (Same(keyA.Skeleton, keyB.Skeleton))
        {
            return Variant("first name variant", a, b, keyA, keyB);
        }

        if (AreEquivalentGivenNames(keyA.Skeleton, keyB.Skeleton))
        {
            return Accept($"first name variant ({Join(a)} / {Join(b)})");
        }

        if (IsShortForm(keyA.Skeleton, keyB.Skeleton))
        {
            return Accept($"short form of the first name ({Join(a)} / {Join(b)})");
        }

        return Reject($"different first names ({Join(a)} / {Join(b)})");
    }

    // Hebrew and Russian short forms add a letter or two (Ron / Roni, Dan / Dani); longer additions are usually
    // a different name or a nickname that needs context (Alex / Alexander, Dan / Daniel). An addition ending in
    // "a" or "e" is the feminine form (Ivan / Ivana, Daniel / Daniela, Louis / Louise) and so another person.
    private static bool IsShortForm(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var added = longer.Length - shorter.Length;
        return shorter.Length >= 3
            && added is >= 1 and <= 2
            && longer.StartsWith(shorter, StringComparison.Ordinal)
            && longer[^1] is not ('a' or 'e');
    }

    private static bool AreEquivalentGivenNames(string a, string b) =>
        GivenNameGroup.TryGetValue(a, out var groupA)
        && GivenNameGroup.TryGetValue(b, out var groupB)
        && groupA == groupB;

    private static NameMatch CompareMiddleNames(PersonName a, PersonName b)
    {
        if (a.Middle.IsEmpty && b.Middle.IsEmpty)
        {
            return Accept(null);
        }

        if (a.Middle.IsEmpty || b.Middle.IsEmpty)
        {
            return Accept($"middle name or patronymic omitted ({a.Written} / {b.Written})");
        }

        var different = Reject($"different middle names ({Join(a.Middle)} / {Join(b.Middle)})");
        if (a.Middle.Length != b.Middle.Length)
        {
            return different;
        }

        for (var i = 0; i < a.Middle.Length; i++)
        {
            var (keyA, keyB) = (Transliteration.Key(a.Middle[i]), Transliteration.Key(b.Middle[i]));
            var same = Same(keyA.Skeleton, keyB.Skeleton)
                || AreEquivalentGivenNames(keyA.Skeleton, keyB.Skeleton)
                || IsInitialOf(keyA.Skeleton, keyB.Skeleton)
                || IsInitialOf(keyB.Skeleton, keyA.Skeleton);
            if (!same)
            {
                return different;
            }
        }

        return string.Equals(Join(a.Middle), Join(b.Middle), StringComparison.Ordinal)
            ? Accept(null)
            : Accept($"middle name variant ({Join(a.Middle)} / {Join(b.Middle)})");
    }

    // "F." stands for any middle name starting with F; only middle names get this leniency, because an initial
    // in place of a given name leaves too many people possible.
    private static bool IsInitialOf(string initial, string name) =>
        initial.Length == 1 && name.Length > 1 && name[0] == initial[0];

    private static NameMatch Variant(
        string kind,
        ImmutableArray<string> a,
        ImmutableArray<string> b,
        NameKey keyA,
        NameKey keyB)
    {
        var (writtenA, writtenB) = (Join(a), Join(b));
        if (string.Equals(writtenA, writtenB, StringComparison.Ordinal))
        {
            return Accept(null);
        }

        // Name the differing words only, so "Abu Marzouk / Abu Marzook" reads "Marzouk / Marzook".
        if (a.Length == b.Length && a.Length > 1)
        {
            var differing = Enumerable.Range(0, a.Length)
                .Where(i => !string.Equals(a[i], b[i], StringComparison.Ordinal))
                .ToList();
            writtenA = string.Join(' ', differing.Select(i => a[i]));
            writtenB = string.Join(' ', differing.Select(i => b[i]));
        }

        var detail = keyA.DescribeDifference(keyB);
        return detail.Length == 0
            ? Accept($"spelling variant ({writtenA} / {writtenB})")
            : Accept($"{kind} ({writtenA} / {writtenB}: {detail})");
    }

    private static void AddNote(List<string> notes, NameMatch match)
    {
        if (match.Reason.Length > 0)
        {
            notes.Add(match.Reason);
        }
    }

    // An accepted comparison with nothing worth reporting carries an empty reason; Match turns that into "same name".
    private static NameMatch Accept(string? note) => new(true, note ?? string.Empty);

    private static NameMatch Reject(string reason) => new(false, reason);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);

    private static string Join(ImmutableArray<string> words) => string.Join(' ', words);

    private static FrozenDictionary<string, int> BuildGivenNameGroups()
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < EquivalentGivenNames.Length; index++)
        {
            foreach (var form in EquivalentGivenNames[index])
            {
                var skeleton = Transliteration.Skeleton(form);

                // Two groups sharing a skeleton would silently chain unrelated names together.
                if (groups.TryGetValue(skeleton, out var existing) && existing != index)
                {
                    throw new InvalidOperationException($"Given-name form '{form}' falls into two equivalence groups.");
                }

                groups[skeleton] = index;
            }
        }

        return groups.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
