using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Rules;
using NUnit.Framework;

namespace Compare.Tests.Recognition;

/// <summary>
/// A full name written in capitals in a heading (a factbox's or a list's "* NAME SURNAME") names the person a bare
/// surname below it stands for; the heading's capitals make no mention of their own.
/// </summary>
[TestFixture]
internal sealed class HeadingNameTests
{
    private static readonly RuleSet Rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;

    [TestCase("* PAVEL ORLOV\n- Orlov, 41, a bus driver, was seized in May.", "Orlov", "Pavel Orlov")]
    [TestCase("GALINA SOKOLOVA AND OLEG SOKOLOV\nSokolova, 61, was freed on Monday.", "Sokolova", "Galina Sokolova")]
    [TestCase("GALINA SOKOLOVA AND OLEG SOKOLOV\nSokolov was freed on Monday.", "Sokolov", "Oleg Sokolov")]
    [TestCase("WHO IS PAVEL ORLOV?\nOrlov is a bus driver from Tula.", "Orlov", "Pavel Orlov")]
    [TestCase("PROFILE: YUSUF ABU SALEH\nSaleh, 52, was named leader in 2019.", "Saleh", "Yusuf Abu Saleh")]
    [TestCase("* PAVEL ORLOV\n- He was seized in May. Orlov's release came a year later.", "Orlov", "Pavel Orlov")]
    public void A_bare_surname_below_a_heading_in_capitals_is_the_person_it_names(string text, string surname, string key)
    {
        var mention = MentionOf(text, surname);

        Assert.That(mention.Kind, Is.EqualTo(EntityKinds.Person));
        Assert.That(mention.PersonKey, Is.EqualTo(key));
    }

    [TestCase("* STILL HELD\n- Held was the word the minister used.", "Held")]
    [TestCase("* THE LIST\n- List was the word the minister used.", "List")]
    [TestCase("Pavel Orlov was seized in May.\nOrlova, his sister, was not.", "Orlova")]
    public void A_heading_of_other_words_or_a_name_in_lower_case_names_no_one(string text, string word)
    {
        var mention = MentionOf(text, word);

        Assert.That(mention.Kind, Is.Not.EqualTo(EntityKinds.Person));
    }

    [Test]
    public void A_heading_in_capitals_makes_no_mention_of_its_own()
    {
        var analysis = Analyse("* PAVEL ORLOV\n- The driver was seized in May.");

        Assert.That(analysis.Mentions.SelectMany(s => s.All).Where(m => m.Text.Contains("ORLOV", StringComparison.Ordinal)), Is.Empty);
    }

    private static Mention MentionOf(string text, string mentionText) =>
        Analyse(text).Mentions.SelectMany(s => s.All).First(m => m.Text == mentionText);

    private static ArticleAnalysis Analyse(string text)
    {
        var article = new Article("heading", "heading.txt", text + "\n", 0, null, null, null, null, null);
        return new ClaimExtractor(Rules, new ActorIndex(Rules)).Analyse(article);
    }
}
