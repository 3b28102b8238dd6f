using Compare.Comparison;
using NUnit.Framework;

namespace Compare.Tests.Comparison;

public sealed class PersonComparerTests
{
    private static List<Finding> Findings(string person, string attribute, params (string Published, string Text)[] articles)
    {
        var report = TestArticles.Run([.. articles.Select((a, i) => TestArticles.Make(a.Text, "a" + (i + 1), a.Published))]);
        return [.. report.PersonFindings.Where(p => p.PersonId == person && p.Finding.Attribute == attribute).Select(p => p.Finding)];
    }

    [TestCase("2023-11-01", "Israeli President Benjamin Netanyahu met Joe Biden on 18 October 2023.", "netanyahu", true)]
    [TestCase("2023-11-01", "Israeli Prime Minister Benjamin Netanyahu met Joe Biden on 18 October 2023.", "netanyahu", false)]
    [TestCase("2021-08-01", "Prime Minister Naftali Bennett visited Moscow.", "bennett", false)]
    [TestCase("2024-01-15", "Prime Minister Naftali Bennett visited Moscow.", "bennett", true)]
    [TestCase("2024-01-15", "In March 2022, Prime Minister Naftali Bennett visited Moscow.", "bennett", false)]
    [TestCase("2024-01-15", "Egypt said then-Israeli Prime Minister Naftali Bennett visited Moscow.", "bennett", false)]
    [TestCase("2024-01-15", "Egypt said then Prime Minister Naftali Bennett visited Moscow.", "bennett", false)]
    [TestCase("2024-01-15", "Egypt said the former Prime Minister Naftali Bennett visited Moscow.", "bennett", false)]
    public void An_office_is_checked_against_the_record_at_the_time_spoken_of(string published, string text, string person, bool flagged)
    {
        var findings = Findings(person, "title", (published, text));
        Assert.That(findings.Any(f => f.Kind == FindingKind.Conflict), Is.EqualTo(flagged), string.Join(" | ", findings.Select(f => f.Explanation)));
    }

    [Test]
    public void An_office_off_the_record_says_it_was_checked_against_the_dictionary()
    {
        var finding = Findings("netanyahu", "title", ("2023-11-01", "Israeli President Benjamin Netanyahu met Joe Biden on 18 October 2023.")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Kind, Is.EqualTo(FindingKind.Conflict));
            Assert.That(finding.Values[0].Value, Is.EqualTo("president"));
            Assert.That(finding.Values[0].Articles, Is.EqualTo(new[] { "a1" }));
            Assert.That(finding.Values[0].Derivation, Does.Contain("Israeli President"));
            Assert.That(finding.Values.Any(v => v.Value.StartsWith("record:", StringComparison.Ordinal) && v.Value.Contains("prime minister", StringComparison.Ordinal)), Is.True);
            Assert.That(finding.Explanation, Does.Contain("dictionary").And.Contain("prime minister of Israel from 2022-12-29"));
            Assert.That(finding.Question, Is.EqualTo("What is Benjamin Netanyahu's office?"));
        });
    }

    [Test]
    public void Two_articles_giving_different_offices_conflict_and_cite_the_record()
    {
        var finding = Findings("bennett", "title",
            ("2021-08-01", "Prime Minister Naftali Bennett visited Moscow."),
            ("2021-08-02", "Foreign Minister Naftali Bennett visited Moscow.")).Single();
        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(finding.Values.Select(v => (v.Value, v.Articles.Single())), Is.EquivalentTo(new[] { ("prime minister", "a1"), ("foreign minister", "a2") }));
        Assert.That(finding.Explanation, Does.Contain("Checked against the dictionary").And.Contain("prime minister of Israel from 2021-06-13 to 2022-06-30"));
    }

    [Test]
    public void Two_articles_giving_the_office_on_record_agree()
    {
        var finding = Findings("bennett", "title",
            ("2021-08-01", "Prime Minister Naftali Bennett visited Moscow."),
            ("2021-08-02", "Prime Minister Naftali Bennett visited Moscow.")).Single();
        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Agreement));
        Assert.That(finding.IndependentSources, Is.EqualTo(2));
        Assert.That(finding.Explanation, Does.Contain("matches the dictionary"));
        Assert.That(finding.Question, Is.EqualTo("What is Naftali Bennett's office?"));
    }

    [Test]
    public void One_office_of_two_organisations_neither_within_the_other_conflicts_naming_both()
    {
        var finding = Findings("zakharova", "title",
            ("2023-11-30", "Kremlin spokeswoman Maria Zakharova thanked Qatar on Thursday."),
            ("2023-11-30", "The Russian Foreign Ministry's spokeswoman, Maria Zakharova, thanked Qatar on Thursday.")).Single();
        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(finding.Values.Select(v => (v.Value, v.Articles.Single())),
            Is.EquivalentTo(new[] { ("spokeswoman of Kremlin", "a1"), ("spokeswoman of Russian Foreign Ministry", "a2") }));
    }

    [TestCase("Russian spokeswoman Maria Zakharova thanked Qatar on Thursday.")]
    [TestCase("Maria Zakharova, the spokeswoman, thanked Qatar on Thursday.")]
    [TestCase("Russian Foreign Ministry spokeswoman Maria Zakharova thanked Qatar on Thursday.")]
    public void One_office_of_an_organisation_and_of_its_country_or_none_agree(string other)
    {
        var finding = Findings("zakharova", "title",
            ("2023-11-30", "The Russian Foreign Ministry's spokeswoman, Maria Zakharova, thanked Qatar on Thursday."),
            ("2023-11-30", other)).Single();
        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Agreement));
    }

    [Test]
    public void Two_articles_giving_different_ranks_conflict_naming_both()
    {
        var finding = Findings("dmitri-orlov", "title",
            ("2024-03-01", "Maj. Gen. Dmitri Orlov inspected the northern base on Monday."),
            ("2024-03-02", "Officials said Brigadier General Dmitri Orlov inspected the northern base.")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Kind, Is.EqualTo(FindingKind.Conflict));
            Assert.That(finding.Values.Select(v => (v.Value, v.Articles.Single())), Is.EquivalentTo(new[] { ("major general", "a1"), ("brigadier general", "a2") }));
            Assert.That(finding.Values.Single(v => v.Value == "major general").Derivation, Does.Contain("Maj. Gen."));
            Assert.That(finding.Question, Is.EqualTo("What is Dmitri Orlov's rank?"));
        });
    }

    [TestCase("Maj. Gen. Dmitri Orlov inspected the northern base on Monday.", "Major General Dmitri Orlov inspected the northern base.")]
    [TestCase("Maj. Gen. Dmitri Orlov inspected the northern base on Monday.", "Gen. Dmitri Orlov inspected the northern base.")]
    [TestCase("Lt. Col. Dmitri Orlov inspected the northern base on Monday.", "Col. Dmitri Orlov inspected the northern base.")]
    public void One_rank_written_two_ways_or_shortened_agrees(string first, string second)
    {
        var findings = Findings("dmitri-orlov", "title", ("2024-03-01", first), ("2024-03-02", second));
        Assert.That(findings.Select(f => f.Kind), Is.EqualTo(new[] { FindingKind.Agreement }), string.Join(" | ", findings.Select(f => f.Explanation)));
    }

    [Test]
    public void A_rank_is_never_set_against_an_office()
    {
        var findings = Findings("dmitri-orlov", "title",
            ("2024-03-01", "The defence minister's military secretary, Brig. Gen. Dmitri Orlov, flew to Cairo."),
            ("2024-03-02", "Brig. Gen. Dmitri Orlov, the defence minister's military secretary, flew to Cairo on Sunday."));
        Assert.Multiple(() =>
        {
            Assert.That(findings.Where(f => f.Kind == FindingKind.Conflict), Is.Empty, string.Join(" | ", findings.Select(f => f.Explanation)));
            Assert.That(findings.Select(f => f.Values.Single().Value), Is.EquivalentTo(new[] { "military secretary", "brigadier general" }));
        });
    }

    [Test]
    public void Two_spellings_of_one_name_are_a_variant_that_asks_how_the_name_is_spelled()
    {
        var finding = Findings("abu-marzouk", "name",
            ("2022-06-05", "Musa Abu Marzuk visited Doha on 3 June 2022."),
            ("2022-06-05", "Mousa Abu Marzook visited Doha on 3 June 2022.")).Single();
        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Variant));
        Assert.That(finding.Values.Select(v => v.Value), Is.EquivalentTo(new[] { "Musa Abu Marzuk", "Mousa Abu Marzook" }));
        Assert.That(finding.Question, Is.EqualTo("How is Mousa Abu Marzouk spelled?"));
    }

    [TestCase("2022-06-05", 50, "2022-06-06", 52, FindingKind.Conflict)]
    [TestCase("2022-06-05", 50, "2022-06-06", 50, FindingKind.Agreement)]
    [TestCase("2022-06-05", 50, "2023-07-01", 51, FindingKind.Agreement)]
    public void Ages_differ_only_beyond_the_time_between_the_articles(string firstPublished, int firstAge, string secondPublished, int secondAge, string kind)
    {
        var finding = Findings("noa-peled", "age",
            (firstPublished, $"Noa Peled, {firstAge}, was freed by Hamas on 4 June 2022."),
            (secondPublished, $"Noa Peled, {secondAge}, was freed by Hamas on 4 June 2022.")).Single();
        Assert.That(finding.Kind, Is.EqualTo(kind));
        Assert.That(finding.Values.SelectMany(v => v.Articles).Distinct(), Is.EquivalentTo(new[] { "a1", "a2" }));
        Assert.That(finding.Question, Is.EqualTo("How old is Noa Peled?"));
    }
}
