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

    [TestCase("Brig. Gen. Dmitri Orlov inspected the base on Monday.", "Dmitri Orlov", "brigadier general")]
    [TestCase("Brigadier General Dmitri Orlov inspected the base on Monday.", "Dmitri Orlov", "brigadier general")]
    [TestCase("Officials said Maj. Gen. Dmitri Orlov inspected the base.", "Dmitri Orlov", "major general")]
    [TestCase("Officials said Major General Dmitri Orlov inspected the base.", "Dmitri Orlov", "major general")]
    [TestCase("Officials said Maj Gen Dmitri Orlov inspected the base.", "Dmitri Orlov", "major general")]
    [TestCase("The base was inspected by Lt. Gen. Dmitri Orlov on Monday.", "Dmitri Orlov", "lieutenant general")]
    [TestCase("The base was inspected by Col. Dmitri Orlov on Monday.", "Dmitri Orlov", "colonel")]
    [TestCase("The base was inspected by Lt. Col. Dmitri Orlov on Monday.", "Dmitri Orlov", "lieutenant colonel")]
    [TestCase("The base was inspected by Gen. Dmitri Orlov on Monday.", "Dmitri Orlov", "general")]
    public void A_rank_before_a_name_is_the_names_title_in_its_reported_form(string text, string person, string rank)
    {
        var titles = TitlesOf(text).Where(t => t.Person.Text == person).Select(t => (t.Title, t.Kind)).ToList();
        Assert.That(titles, Is.EqualTo(new[] { (rank, TitleKind.Rank) }), string.Join(" | ", TitlesOf(text).Select(t => $"{t.Person.Text}: {t.Written} = {t.Title}")));
    }

    [TestCase("The defence minister's chief of staff, Brig. Gen. Dmitri Orlov, flew to Cairo.")]
    [TestCase("Brig. Gen. Dmitri Orlov, the defence minister's military secretary, flew to Cairo.")]
    [TestCase("The military secretary, Brig. Gen. Dmitri Orlov, flew to Cairo.")]
    public void A_rank_and_an_office_of_one_name_are_both_kept(string text)
    {
        var titles = TitlesOf(text).Where(t => t.Person.Text == "Dmitri Orlov").Select(t => (t.Title, t.Kind)).ToList();
        Assert.That(titles, Does.Contain(("brigadier general", TitleKind.Rank)));
        if (text.Contains("military secretary", StringComparison.Ordinal))
        {
            Assert.That(titles, Does.Contain(("military secretary", TitleKind.Office)));
        }
    }

    [TestCase("Attorney General Dmitri Orlov filed the motion on Monday.")]
    [TestCase("The envoy met Secretary General Dmitri Orlov in Geneva.")]
    [TestCase("It was a major setback, Dmitri Orlov said.")]
    [TestCase("The general assembly heard Dmitri Orlov on Monday.")]
    [TestCase("Dmitri Orlov, a retired general, spoke on Monday.")]
    public void A_rank_word_not_written_as_a_rank_before_a_name_gives_no_rank(string text)
    {
        Assert.That(TitlesOf(text).Where(t => t.Kind == TitleKind.Rank), Is.Empty);
    }

    [TestCase("The military secretary to the defence minister, Dmitri Orlov, flew to Cairo.")]
    [TestCase("An adviser to the president, Dmitri Orlov, flew to Cairo.")]
    [TestCase("The military secretary of the Jordanian prime minister, Brig. Gen. Dmitri Orlov, flew to Cairo.")]
    public void A_title_after_another_title_and_of_or_to_is_not_the_name_set_off_after_it(string text)
    {
        var titles = TitlesOf(text).Where(t => t.Person.Text == "Dmitri Orlov").Select(t => t.Title).ToList();
        Assert.That(titles, Has.None.EqualTo("defence minister").And.None.EqualTo("president").And.None.EqualTo("prime minister"),
            string.Join(" | ", TitlesOf(text).Select(t => $"{t.Person.Text}: {t.Written} = {t.Title}")));
    }

    [Test]
    public void A_superior_named_right_after_the_title_keeps_it()
    {
        var titles = TitlesOf("Dmitri Orlov, military secretary to Prime Minister Naftali Bennett, flew to Cairo.");
        Assert.That(titles.Any(t => t.Person.Text == "Naftali Bennett" && t.Title == "prime minister"), Is.True,
            string.Join(" | ", titles.Select(t => $"{t.Person.Text}: {t.Written} = {t.Title}")));
    }

    private static List<TitleMention> TitlesOf(string text)
    {
        var article = new Article("t", "t.txt", text + "\n", 0, null, null, null, null, null);
        var analysis = new ClaimExtractor(TestArticles.Rules, new ActorIndex(TestArticles.Rules)).Analyse(article);
        return [.. analysis.Mentions.SelectMany(s => s.Titles)];
    }
}
