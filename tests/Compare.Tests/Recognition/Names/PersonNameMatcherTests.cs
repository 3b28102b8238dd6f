using Compare.Recognition.Names;
using NUnit.Framework;

namespace Compare.Tests.Recognition.Names;

[TestFixture]
public sealed class PersonNameMatcherTests
{
    // ---- PersonName.Parse -------------------------------------------------------------------------------------
    // Parts are written with "|" between words and "" for an empty part.

    [TestCase("Musa Abu Marzouk", "Musa", "", "Abu|Marzouk")]
    [TestCase("Mousa Mohammed Abu Marzook", "Mousa", "Mohammed", "Abu|Marzook")]
    [TestCase("Irina Alexandrovna Tatti", "Irina", "Alexandrovna", "Tatti")]
    [TestCase("Marzouk", "", "", "Marzouk")]
    [TestCase("Abu Marzouk", "", "", "Abu|Marzouk")]
    [TestCase("Bashar al-Assad", "Bashar", "", "al-Assad")]
    [TestCase("Bashar Al Assad", "Bashar", "", "Al|Assad")]
    [TestCase("Mohammed bin Salman", "Mohammed", "", "bin|Salman")]
    [TestCase("Abdel Fattah el-Sissi", "Abdel", "Fattah", "el-Sissi")]
    [TestCase("Pieter van der Berg", "Pieter", "", "van|der|Berg")]
    [TestCase("van der Berg", "", "", "van|der|Berg")]
    [TestCase("Eyal Bar-David", "Eyal", "", "Bar-David")]
    [TestCase("Abu Bakr al-Baghdadi", "Abu|Bakr", "", "al-Baghdadi")]
    [TestCase("Abdullah bin Zayed Al Nahyan", "Abdullah", "bin|Zayed", "Al|Nahyan")]
    [TestCase("George Herbert Walker Bush", "George", "Herbert|Walker", "Bush")]
    [TestCase("Al Gore", "Al", "", "Gore")]
    [TestCase("Ben Stokes", "Ben", "", "Stokes")]
    [TestCase("Van Morrison", "Van", "", "Morrison")]
    public void Parse_splits_given_middle_and_surname(string written, string given, string middle, string surname)
    {
        var name = PersonName.Parse(written);

        Assert.Multiple(() =>
        {
            Assert.That(string.Join('|', name.Given), Is.EqualTo(given), "given");
            Assert.That(string.Join('|', name.Middle), Is.EqualTo(middle), "middle");
            Assert.That(string.Join('|', name.Surname), Is.EqualTo(surname), "surname");
        });
    }

    [Test]
    public void Parse_collapses_whitespace_in_Written()
    {
        Assert.That(PersonName.Parse("  Sergei \t Lavrov ").Written, Is.EqualTo("Sergei Lavrov"));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Parse_rejects_a_blank_name(string written)
    {
        Assert.That(() => PersonName.Parse(written), Throws.ArgumentException);
    }

    [Test]
    public void PersonName_equality_compares_the_parts_not_the_arrays()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PersonName.Parse("Sergei  Lavrov"), Is.EqualTo(PersonName.Parse("Sergei Lavrov")));
            Assert.That(PersonName.Parse("Sergei Lavrov"), Is.Not.EqualTo(PersonName.Parse("Sergey Lavrov")));
        });
    }

    // ---- Transliteration skeletons ---------------------------------------------------------------------------

    [TestCase("Marzouk", "marzuk")]
    [TestCase("Marzook", "marzuk")]
    [TestCase("Marzuk", "marzuk")]
    [TestCase("Abu Marzouk", "abumarzuk")]
    [TestCase("Kharkin", "harkin")]
    [TestCase("Yelena", "elena")]
    [TestCase("Andreyev", "andrev")]
    [TestCase("Sergey", "sergei")]
    [TestCase("Dmitriy", "dmitri")]
    [TestCase("Zelenskyy", "zelenski")]
    [TestCase("Krivoy", "krivoi")]
    [TestCase("Ronnie", "roni")]
    [TestCase("Marie", "marie")]
    [TestCase("Nebenzya", "nebenzia")]
    [TestCase("Yulianovna", "iulianovna")]
    [TestCase("Vassily", "vasili")]
    [TestCase("Wassili", "vasili")]
    [TestCase("Maxim", "maksim")]
    [TestCase("Philip", "filip")]
    [TestCase("Qassem", "kasem")]
    [TestCase("Smyth", "smyth")]
    [TestCase("Müller", "muler")]
    [TestCase("Ḥusayn", "husain")]
    [TestCase("el-Sissi", "alsisi")]
    [TestCase("as-Sisi", "alsisi")]
    [TestCase("ash-Sharaa", "alshara")]
    [TestCase("al-Lahham", "allaham")]
    [TestCase("Al Assad", "alasad")]
    [TestCase("Albright", "albright")]
    [TestCase("Bar-David", "bardavid")]
    [TestCase("Haniyeh", "hania")]
    [TestCase("Haniyah", "hania")]
    [TestCase("Haniya", "hania")]
    [TestCase("Haniye", "hania")]
    [TestCase("Rukiye", "rukia")]
    [TestCase("Louise", "luise")]
    [TestCase("Fatimah", "fatima")]
    [TestCase("Shah", "shah")]
    public void Skeleton_folds_transliteration_variants(string written, string expected)
    {
        Assert.That(Transliteration.Skeleton(written), Is.EqualTo(expected));
    }

    [TestCase("al-Assad", true, "asad")]
    [TestCase("Al Assad", true, "asad")]
    [TestCase("ash-Sharaa", true, "shara")]
    [TestCase("Albright", false, "albright")]
    [TestCase("as-Ahmad", false, "asahmad")]
    [TestCase("Al", false, "al")]
    public void Key_recognises_a_leading_Arabic_article(string written, bool hasArticle, string bare)
    {
        var key = Transliteration.Key(written);

        Assert.Multiple(() =>
        {
            Assert.That(key.HasArticle, Is.EqualTo(hasArticle), "article");
            Assert.That(key.Bare, Is.EqualTo(bare), "bare");
        });
    }

    // ---- NameKey folds ---------------------------------------------------------------------------------------

    [Test]
    public void Keys_are_equal_only_with_the_same_folds_in_the_same_order()
    {
        var key = new NameKey("marzuk", false, [("ou", "u"), ("kh", "h")]);

        Assert.Multiple(() =>
        {
            Assert.That(key, Is.EqualTo(new NameKey("marzuk", false, [("ou", "u"), ("kh", "h")])));
            Assert.That(key, Is.Not.EqualTo(new NameKey("marzuk", false, [("kh", "h"), ("ou", "u")])), "order");
            Assert.That(key, Is.Not.EqualTo(new NameKey("marzuk", false, [("ou", "u")])), "fewer");
            Assert.That(key, Is.Not.EqualTo(new NameKey("marzuk", false, [("oo", "u"), ("kh", "h")])), "other fold");
        });
    }

    [TestCase("ou>u kh>h", "oo>u", "ou~oo, kh~h")]
    [TestCase("ou>u", "ou>u", "")]
    [TestCase("ou>u oo>u", "", "ou/oo~u")]
    [TestCase("ou>u", "ee>i ou>u", "i~ee")]
    public void DescribeDifference_pairs_the_folds_one_side_lacks(string mine, string theirs, string expected)
    {
        static NameKey Key(string folds) =>
            new("x", false, [.. folds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => (f.Split('>')[0], f.Split('>')[1]))]);

        Assert.That(Key(mine).DescribeDifference(Key(theirs)), Is.EqualTo(expected));
    }

    // ---- EditDistance ----------------------------------------------------------------------------------------

    [TestCase("kitten", "sitting", 5, 3)]
    [TestCase("sitting", "kitten", 5, 3)]
    [TestCase("marzuk", "marzuk", 1, 0)]
    [TestCase("", "abc", 5, 3)]
    [TestCase("medvedev", "medviedev", 1, 1)]
    [TestCase("kitten", "sitting", 1, 2)]
    [TestCase("abcdef", "ghijkl", 2, 3)]
    [TestCase("abc", "abcdefgh", 2, 3)]
    public void EditDistance_is_exact_up_to_the_limit(string a, string b, int limit, int expected)
    {
        Assert.That(EditDistance.Compute(a, b, limit), Is.EqualTo(expected));
    }

    // ---- Same person -----------------------------------------------------------------------------------------

    [TestCase("Musa Abu Marzouk", "Mousa Abu Marzook")]
    [TestCase("Musa Abu Marzouk", "Musa Abu Marzuk")]
    [TestCase("Mousa Abu Marzook", "Musa Abu Marzuk")]
    [TestCase("Mousa Mohammed Abu Marzook", "Mousa Abu Marzook")]
    [TestCase("Mousa Mohammed Abu Marzook", "Musa Abu Marzouk")]
    [TestCase("Mousa Mohammed Abu Marzook", "Musa Abu Marzuk")]
    [TestCase("Roni Krivoi", "Ron Krivoy")]
    [TestCase("Maxim Kharkin", "Maxim Harkin")]
    [TestCase("Elena Trufanova", "Yelena Yulianovna Trufanova")]
    [TestCase("Sergei Lavrov", "Sergey Lavrov")]
    [TestCase("Vassily Nebenzia", "Vasily Nebenzya")]
    [TestCase("Bashar al-Assad", "Bashar Assad")]
    [TestCase("Bashar al-Assad", "Bashar Al Assad")]
    [TestCase("Abdel Fattah el-Sissi", "Abdel Fattah al-Sisi")]
    [TestCase("Mohammed bin Salman", "Muhammad bin Salman")]
    [TestCase("Esmail Qaani", "Ismail Qaani")]
    [TestCase("Volodymyr Zelenskyy", "Vladimir Zelensky")]
    [TestCase("Dmitry Medvedev", "Dmitri Medvediev")]
    [TestCase("John F. Kennedy", "John Fitzgerald Kennedy")]
    [TestCase("Abu Marzouk", "Musa Abu Marzouk")]
    [TestCase("Assad", "Bashar al-Assad")]
    [TestCase("Nebenzia", "Nebenzya")]
    [TestCase("Jelena Trufanova", "Yelena Trufanova")]
    [TestCase("Ronnie Krivoi", "Roni Krivoi")]
    [TestCase("Ronnie Krivoi", "Rony Krivoy")]
    [TestCase("Irena Tati", "Irina Tatti")]
    [TestCase("Iryna Tatti", "Irina Tatti")]
    [TestCase("Anna Petrova", "Anna Petrov")]
    [TestCase("Elena Trufanov", "Yelena Trufanova")]
    [TestCase("Olga Andreyeva", "Olga Andreev")]
    [TestCase("Marina Putin", "Marina Putina")]
    [TestCase("Natalia Levitsky", "Natalia Levitskaya")]
    [TestCase("Natalia Levitskiy", "Natalia Levitskaya")]
    [TestCase("Sofia Tolstoy", "Sofia Tolstaya")]
    [TestCase("Elena Yulianovna Trufanova", "Elena Trufanov")]
    [TestCase("Esmail Haniye", "Ismail Haniyeh")]
    [TestCase("Haniye", "Haniya")]
    [TestCase("Rukiye Demir", "Rukiyah Demir")]
    public void Same_person(string a, string b)
    {
        var match = PersonNameMatcher.Match(PersonName.Parse(a), PersonName.Parse(b));

        Assert.That(match.Same, Is.True, match.Reason);
    }

    // ---- Different people ------------------------------------------------------------------------------------

    [TestCase("Vitaly Trufanov", "Alexander Trufanov")]
    [TestCase("Alexander Trufanov", "Elena Trufanova")]
    [TestCase("Petrova", "Anna Petrov")]
    [TestCase("Petrova", "Petrov")]
    [TestCase("Alexander Trufanov", "Elena Trufanov")]
    [TestCase("Ivan Petrov", "Anna Petrova")]
    [TestCase("Anna Petrova", "Anna Petrovich")]
    [TestCase("Anna Kova", "Anna Kov")]
    [TestCase("Anna Ivanovna Petrova", "Anna Sergeyevna Petrov")]
    [TestCase("Agnieszka Kowalska", "Agnieszka Kowalski")]
    [TestCase("Ivan Sokolov", "Ivan Smirnov")]
    [TestCase("Daniel Cohen", "David Cohen")]
    [TestCase("John Smith", "John Smyth")]
    [TestCase("Daniel Cohen", "Daniel Cohn")]
    [TestCase("Roman Abramovich", "Roman Abramovic")]
    [TestCase("Ivan Kowalski", "Ivana Kowalski")]
    [TestCase("Alexandr Sokolov", "Alexandra Sokolov")]
    [TestCase("Daniel Cohen", "Daniela Cohen")]
    [TestCase("Alex Sokolov", "Alexander Sokolov")]
    [TestCase("Sasha Sokolov", "Alexander Sokolov")]
    [TestCase("George Herbert Walker Bush", "George Walker Bush")]
    [TestCase("John F. Kennedy", "John Patrick Kennedy")]
    [TestCase("Salman", "Mohammed bin Salman")]
    [TestCase("Marzouk", "Musa Abu Marzouk")]
    [TestCase("Albright", "Madeleine Bright")]
    [TestCase("Marie Sokolov", "Mari Sokolov")]
    [TestCase("Irena Tati", "Irma Tati")]
    [TestCase("Maria Sokolov", "Marie Sokolov")]
    [TestCase("Simone Duval", "Simona Duval")]
    public void Different_people(string a, string b)
    {
        var match = PersonNameMatcher.Match(PersonName.Parse(a), PersonName.Parse(b));

        Assert.That(match.Same, Is.False, match.Reason);
    }

    // ---- Reasons ---------------------------------------------------------------------------------------------

    [TestCase("Musa Abu Marzouk", "Musa Abu Marzouk", "same name")]
    [TestCase("Musa Abu Marzouk", "Musa Abu Marzook", "transliteration variant (Marzouk / Marzook: ou~oo)")]
    [TestCase("Maxim Kharkin", "Maxim Harkin", "transliteration variant (Kharkin / Harkin: kh~h)")]
    [TestCase("Yelena Trufanova", "Elena Trufanova", "first name variant (Yelena / Elena: ye~e)")]
    [TestCase("Sergei Lavrov", "Sergey Lavrov", "first name variant (Sergei / Sergey: i~y)")]
    [TestCase("Mohammed bin Salman", "Muhammad bin Salman", "first name variant (Mohammed / Muhammad)")]
    [TestCase("Roni Krivoi", "Ron Krivoi", "short form of the first name (Roni / Ron)")]
    [TestCase("Ronnie Krivoi", "Roni Krivoi", "first name variant (Ronnie / Roni: ie~i, nn~n)")]
    [TestCase("Irena Tati", "Irina Tatti", "first name variant (Irena / Irina); transliteration variant (Tati / Tatti: t~tt)")]
    [TestCase(
        "Mousa Mohammed Abu Marzook",
        "Mousa Abu Marzook",
        "middle name or patronymic omitted (Mousa Mohammed Abu Marzook / Mousa Abu Marzook)")]
    [TestCase("Abu Marzouk", "Musa Abu Marzouk", "surname only (Abu Marzouk), matches the full name")]
    [TestCase("Bashar al-Assad", "Bashar Assad", "Arabic article omitted (al-Assad / Assad)")]
    [TestCase("Ismail Haniye", "Ismail Haniyeh", "transliteration variant (Haniye / Haniyeh: e~eh)")]
    [TestCase("Dmitry Medvedev", "Dmitry Medvediev", "one-letter spelling difference (Medvedev / Medvediev)")]
    [TestCase("Bashar Al-Assad", "Bashar al-Assad", "spelling variant (Al-Assad / al-Assad)")]
    [TestCase(
        "Vassily Nebenzia",
        "Vasily Nebenzya",
        "first name variant (Vassily / Vasily: ss~s); transliteration variant (Nebenzia / Nebenzya: i~y)")]
    [TestCase("Vitaly Trufanov", "Alexander Trufanov", "different first names (Vitaly / Alexander)")]
    [TestCase(
        "Alexander Trufanov",
        "Elena Trufanova",
        "different surnames (Trufanov / Trufanova: masculine and feminine forms)")]
    [TestCase("Elena Trufanov", "Elena Trufanova", "feminine surname ending dropped (Trufanov / Trufanova)")]
    [TestCase(
        "Yelena Trufanova",
        "Elena Trufanov",
        "first name variant (Yelena / Elena: ye~e); feminine surname ending dropped (Trufanova / Trufanov)")]
    [TestCase("Ivan Sokolov", "Ivan Smirnov", "different surnames (Sokolov / Smirnov)")]
    [TestCase("George Herbert Walker Bush", "George Walker Bush", "different middle names (Herbert Walker / Walker)")]
    public void Reason_explains_the_verdict(string a, string b, string reason)
    {
        Assert.That(PersonNameMatcher.Match(PersonName.Parse(a), PersonName.Parse(b)).Reason, Is.EqualTo(reason));
    }

    // ---- Symmetry --------------------------------------------------------------------------------------------

    private static readonly string[] SymmetryNames =
    [
        "Musa Abu Marzouk", "Mousa Abu Marzook", "Musa Abu Marzuk", "Mousa Mohammed Abu Marzook", "Abu Marzouk",
        "Marzouk", "Roni Krivoi", "Ron Krivoy", "Maxim Kharkin", "Maxim Harkin", "Elena Trufanova",
        "Yelena Yulianovna Trufanova", "Elena Trufanov", "Trufanova", "Trufanov", "Vitaly Trufanov", "Alexander Trufanov", "Alex Trufanov", "Sergei Lavrov",
        "Sergey Lavrov", "Vassily Nebenzia", "Vasily Nebenzya", "Anna Petrova", "Anna Petrov", "Ivan Sokolov",
        "Ivan Smirnov", "Daniel Cohen", "David Cohen", "Daniela Cohen", "John Smith", "John Smyth",
        "Bashar al-Assad", "Bashar Assad", "Assad", "Dmitry Medvedev", "Dmitri Medvediev", "John F. Kennedy",
        "John Fitzgerald Kennedy", "John Patrick Kennedy", "Mohammed bin Salman", "Muhammad bin Salman", "Salman",
    ];

    [Test]
    public void Match_is_symmetric_over_all_pairs()
    {
        var names = SymmetryNames.Select(PersonName.Parse).ToList();
        var asymmetric = new List<string>();
        var sameCount = 0;
        var differentCount = 0;
        foreach (var a in names)
        {
            foreach (var b in names)
            {
                var forward = PersonNameMatcher.Match(a, b).Same;
                var backward = PersonNameMatcher.Match(b, a).Same;
                if (forward != backward)
                {
                    asymmetric.Add($"{a} / {b}");
                }

                if (!ReferenceEquals(a, b))
                {
                    _ = forward ? sameCount++ : differentCount++;
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(asymmetric, Is.Empty);

            // Guards against a vacuous pass: the list must exercise both verdicts.
            Assert.That(sameCount, Is.GreaterThan(0));
            Assert.That(differentCount, Is.GreaterThan(0));
        });
    }

    [Test]
    public void A_name_matches_itself_as_same_name()
    {
        var results = SymmetryNames
            .Select(n => PersonNameMatcher.Match(PersonName.Parse(n), PersonName.Parse(n)))
            .Where(m => !m.Same || m.Reason != "same name")
            .ToList();

        Assert.That(results, Is.Empty);
    }
}
