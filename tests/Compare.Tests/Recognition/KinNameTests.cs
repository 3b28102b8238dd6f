using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Rules;
using NUnit.Framework;

namespace Compare.Tests.Recognition;

/// <summary>
/// A first name given through a relative takes the relative's family name, in the form for its own sex: through a
/// pronoun ("her son, Pavel") the last earlier person whose surname suits the pronoun, through a possessive
/// ("Petrova's son Pavel") the last earlier person of that surname.
/// </summary>
[TestFixture]
internal sealed class KinNameTests
{
    private static readonly RuleSet Rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;

    [Test]
    public void A_son_named_through_her_takes_the_family_name_of_the_last_woman_named_in_its_male_form()
    {
        var pavel = MentionOf("Irina Petrova waited at the gate. Her son, Pavel, walked out at noon.", "Pavel");

        Assert.That(pavel.PersonKey, Is.EqualTo("Pavel Petrov"));
        Assert.That(pavel.KinNote, Does.Contain("the son of Irina Petrova"));
    }

    [Test]
    public void A_son_named_through_a_possessive_takes_that_persons_family_name()
    {
        var pavel = MentionOf("Oleg Ivanov spoke first. Irina Petrova spoke later. Petrova's son Pavel was freed.", "Pavel");

        Assert.That(pavel.PersonKey, Is.EqualTo("Pavel Petrov"));
    }

    [Test]
    public void A_pronoun_passes_over_a_person_whose_surname_is_of_the_other_sex()
    {
        // "His" cannot be Petrova; the man named before her is the owner.
        var pavel = MentionOf("Oleg Ivanov arrived. Irina Petrova arrived too. His son, Pavel, stayed home.", "Pavel");

        Assert.That(pavel.PersonKey, Is.EqualTo("Pavel Ivanov"));
    }

    [Test]
    public void Without_a_matching_person_the_name_stands_alone()
    {
        var pavel = MentionOf("Irina Petrova arrived. His son, Pavel, stayed home.", "Pavel");

        Assert.That(pavel.KinNote, Is.Null);
        Assert.That(pavel.PersonKey, Is.Not.EqualTo("Pavel Petrov").And.Not.EqualTo("Pavel Petrova"));
    }

    private static Mention MentionOf(string text, string mentionText)
    {
        var article = new Article("kin", "kin.txt", text + "\n", 0, null, null, null, null, null);
        var analysis = new ClaimExtractor(Rules, new ActorIndex(Rules)).Analyse(article);
        return analysis.Mentions.SelectMany(s => s.All).First(m => m.Text == mentionText);
    }
}
