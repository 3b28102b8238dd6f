using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using NUnit.Framework;

namespace Compare.Tests.Recognition;

/// <summary>
/// Only a word the lexicon files as a title or descriptor head, or such a word after "then-" or "ex-", can start a
/// title, so a sentence with neither is passed over: a title written with a past prefix must still be found and
/// marked as past.
/// </summary>
public sealed class TitleMentionTests
{
    [TestCase("then-")]
    [TestCase("ex-")]
    public void A_title_after_a_past_prefix_is_found_and_marked_past(string prefix)
    {
        var rules = TestArticles.Rules;
        foreach (var title in rules.Lexicons.Offices.Concat(rules.Lexicons.Roles).Where(t => t.All(c => char.IsAsciiLetterLower(c) || c == ' ')).Take(20))
        {
            var titles = TitlesOf($"Officials said {prefix}{title} Naftali Bennett visited Moscow.");
            Assert.That(titles.Any(t => t.Past && t.Person.Text == "Naftali Bennett"), Is.True, prefix + title);
        }
    }

    [Test]
    public void A_sentence_with_hyphens_but_no_title_has_none()
    {
        Assert.That(TitlesOf("The pro-government x-ray showed a well-known co-operation in mid-May."), Is.Empty);
    }

    [TestCase("Roman Goffman, the prime minister's military secretary, flew to Moscow.", "Roman Goffman", "military secretary")]
    [TestCase("Roman Goffman, Netanyahu's military secretary, flew to Moscow.", "Roman Goffman", "military secretary")]
    [TestCase("Roman Goffman, the military secretary, flew to Moscow.", "Roman Goffman", "military secretary")]
    public void An_appositive_title_after_a_possessor_is_the_names_and_the_possessor_is_not(string text, string person, string title)
    {
        var titles = TitlesOf(text).Where(t => t.Person.Text == person).Select(t => t.Title).ToList();
        Assert.That(titles, Is.EqualTo(new[] { title }));
    }

    private static List<TitleMention> TitlesOf(string text)
    {
        var article = new Article("t", "t.txt", text + "\n", 0, null, null, null, null, null);
        var analysis = new ClaimExtractor(TestArticles.Rules, new ActorIndex(TestArticles.Rules)).Analyse(article);
        return [.. analysis.Mentions.SelectMany(s => s.Titles)];
    }
}
