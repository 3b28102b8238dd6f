using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Rules;
using NUnit.Framework;

namespace Compare.Tests.Recognition;

/// <summary>
/// A given name written before a person's one-word alias makes one mention with it when the two are a spelling
/// variant of the person's full name ("Esmail Haniyeh"); another given name leaves the alias to stand alone.
/// </summary>
[TestFixture]
internal sealed class AliasedSurnameTests
{
    private static readonly RuleSet Rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;

    [TestCase("State media named the dead man as Esmail Haniyeh.", "Esmail Haniyeh", "haniyeh")]
    [TestCase("Mohammed Haniyeh spoke at the funeral.", "Haniyeh", "haniyeh")]
    [TestCase("Bibi Netanyahu spoke in Jerusalem.", "Netanyahu", "netanyahu")]
    public void A_given_name_joins_a_one_word_alias_only_as_a_variant_of_the_full_name(string text, string mention, string actor)
    {
        var found = Mentions(text).Where(m => m.ActorId == actor).ToList();
        Assert.That(found.Select(m => m.Text), Is.EqualTo(new[] { mention }));
    }

    private static IEnumerable<Mention> Mentions(string text)
    {
        var article = new Article("alias", "alias.txt", text + "\n", 0, null, null, null, null, null);
        var analysis = new ClaimExtractor(Rules, new ActorIndex(Rules)).Analyse(article);
        return analysis.Mentions.SelectMany(s => s.All);
    }
}
