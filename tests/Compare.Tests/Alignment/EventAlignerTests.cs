using System.Collections.Immutable;
using Compare.Alignment;
using Compare.Comparison;
using Compare.Recognition;
using NUnit.Framework;

namespace Compare.Tests.Alignment;

public sealed class EventAlignerTests
{
    /// <summary>Aligns the claims of one article per text (ids a1, a2, ...), all published on 15 January 2024.</summary>
    private static ImmutableArray<AlignedEvent> Align(params string[] texts)
    {
        var actors = new ActorIndex(TestArticles.Rules);
        var extractor = TestArticles.Extractor();
        var analyses = texts.Select((t, i) => extractor.Analyse(TestArticles.Make(t, "a" + (i + 1)))).ToList();
        var resolver = new EntityResolver(actors, analyses);
        var aligner = new EventAligner(actors, resolver, PersonComparer.TitlesByPerson(resolver, analyses));
        return aligner.Align(analyses.SelectMany(a => a.Claims));
    }

    private static List<AlignedEvent> OfType(ImmutableArray<AlignedEvent> events, string type)
    {
        var list = events.Where(e => e.Type == type).ToList();
        Assert.That(list.SelectMany(e => e.Claims).Select(c => c.ArticleId).Distinct(), Is.EquivalentTo(new[] { "a1", "a2" }),
            "both articles should give a claim of type " + type);
        return list;
    }

    [Test]
    public void A_yearless_date_that_names_an_event_takes_the_year_the_other_articles_give_it()
    {
        var dated = TestArticles.Make("Hezbollah launched an attack on the border town on 3 March 2021, killing 14 people.", "a1", published: "2021-03-05");
        var named = TestArticles.Make("About 14 people were killed in the March 3 attack, officials say.", "a2", published: "2022-04-10");
        var report = TestArticles.Run(dated, named);
        var alone = TestArticles.Run(named);
        var claim = report.Events.SelectMany(e => e.Event.Claims).First(c => c.ArticleId == "a2");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Date?.Iso, Is.EqualTo("2021-03-03"));
            Assert.That(claim.Date?.Derivation, Does.Contain("the date of a named event, year from the same event as reported by a1"));
            Assert.That(report.Events.Single(e => e.Event.Claims.Contains(claim)).Event.Claims.Select(c => c.ArticleId), Does.Contain("a1"));
            Assert.That(alone.Events.SelectMany(e => e.Event.Claims).First().Date?.Iso, Is.EqualTo("2022-03-03"));
        });
    }

    [Test]
    public void An_undated_claim_joins_the_event_near_its_articles_publication_before_a_better_reported_later_one()
    {
        var report = TestArticles.Run(
            TestArticles.Make("A Qatari delegation met Egyptian officials in Cairo on 26 October 2023.", "a1", published: "2023-10-27"),
            TestArticles.Make("A Qatari delegation met Egyptian officials in Cairo on 2 May 2024.", "a2", published: "2024-05-03"),
            TestArticles.Make("A Qatari delegation met Egyptian officials in Cairo on 2 May 2024.", "a3", published: "2024-05-03"),
            TestArticles.Make("A Qatari delegation met Egyptian officials in Cairo.", "a4", published: "2023-10-28"));
        var joined = report.Events.Single(e => e.Event.Claims.Any(c => c.ArticleId == "a4")).Event;
        Assert.Multiple(() =>
        {
            Assert.That(joined.Claims.Select(c => c.ArticleId), Is.EquivalentTo(new[] { "a1", "a4" }));
            Assert.That(joined.Reasons.Single(r => r.StartsWith("a4", StringComparison.Ordinal)), Does.EndWith("no date of its own; the article's publication date (2023-10-28) fits"));
        });
    }

    [Test]
    public void An_article_that_gives_no_date_has_the_time_of_the_events_its_claims_joined()
    {
        var report = TestArticles.Run(
            TestArticles.Make("A Qatari delegation met Egyptian officials in Cairo on 26 October 2023.", "a1", published: "2023-10-27"),
            TestArticles.Make("A Qatari delegation met Egyptian officials in Cairo on 2 May 2024.", "a2", published: "2024-05-03"),
            TestArticles.Make("A Qatari delegation met Egyptian officials in Cairo on 2 May 2024.", "a3", published: "2024-05-03"),
            TestArticles.Make("Egypt condemned Hezbollah on 25 October 2023.", "a4", published: "2023-10-27"),
            TestArticles.Make("Egypt condemned Hezbollah. A Qatari delegation met Egyptian officials in Cairo.", "a5", published: null));
        var joined = report.Events.Single(e => e.Event.Type == "meeting" && e.Event.Claims.Any(c => c.ArticleId == "a5")).Event;
        Assert.Multiple(() =>
        {
            Assert.That(joined.Claims.Select(c => c.ArticleId), Is.EquivalentTo(new[] { "a1", "a5" }));
            Assert.That(joined.Reasons.Single(r => r.StartsWith("a5", StringComparison.Ordinal)),
                Does.EndWith("no date of its own; the time of the events its article's other claims joined (2023-10-25) fits"));
        });
    }

    [Test]
    public void An_undated_claim_does_not_join_an_event_that_began_after_its_article_was_published()
    {
        var report = TestArticles.Run(
            TestArticles.Make("A Qatari delegation met Egyptian officials in Cairo on 2 May 2024.", "a1", published: "2024-05-03"),
            TestArticles.Make("A Qatari delegation met Egyptian officials in Cairo.", "a2", published: "2023-10-28"));
        var meetings = report.Events.Where(e => e.Event.Type == "meeting").ToList();
        Assert.That(meetings, Has.Count.EqualTo(2));
        Assert.That(meetings.SelectMany(e => e.Event.NearMisses), Has.Some.Contains("its article was published on 2023-10-28, before this event began (2024-05-02)"));
    }

    [Test]
    public void A_visit_to_Moscow_and_a_visit_to_Israel_are_different_events_even_undated()
    {
        var events = OfType(Align("A Hamas delegation visited Moscow.", "A Russian official visited Israel."), "meeting");
        Assert.That(events, Has.Count.EqualTo(2));
        Assert.That(events.Select(e => e.Claims.Select(c => c.ArticleId).Distinct().Count()), Is.All.EqualTo(1));
    }

    [TestCase("On 14 January 2024 the Security Council did not adopt a Jordanian draft on the crisis.", "The Security Council adopted a resolution on the crisis on 14 January 2024.", 2)]
    [TestCase("On 14 January 2024 the Security Council did not adopt a Jordanian draft on the crisis.", "The Security Council approved a Qatari text on the crisis on 14 January 2024.", 2)]
    [TestCase("On 14 January 2024 the Security Council did not adopt a Jordanian draft on the crisis.", "The Security Council approved Jordan's text on the crisis on 14 January 2024.", 1)]
    [TestCase("The Security Council adopted a resolution on the crisis on 14 January 2024.", "The Security Council did not adopt the text on the crisis on 14 January 2024.", 1)]
    [TestCase("The Security Council adopted a resolution on the crisis on 14 January 2024.", "The Security Council approved a Qatari text on the crisis on 14 January 2024.", 1)]
    public void A_text_of_one_sponsor_is_not_the_text_of_another_or_of_none(string first, string second, int expected)
    {
        // One body adopts or turns down many texts: who drafted each tells them apart; a text named by no sponsor may
        // be one that is, unless one claim says it was adopted and the other that it was not.
        var events = OfType(Align(first, second), "adoption");
        Assert.That(events, Has.Count.EqualTo(expected));
    }

    [TestCase("A Hamas delegation arrived on 3 June 2022.", 1)]
    [TestCase("A Russian delegation arrived on 3 June 2022.", 2)]
    public void The_visitor_of_one_claim_cannot_be_the_host_of_the_other(string arrival, int expected)
    {
        // Talks in Moscow have Russia for host: a Russian delegation arriving is not a guest at them.
        var events = OfType(Align(arrival, "Hamas officials held talks in Moscow on 3 June 2022."), "meeting");
        Assert.That(events, Has.Count.EqualTo(expected));
    }

    [TestCase("A Hamas delegation arrived in Moscow on 3 June 2022.", 1)]
    [TestCase("A Russian delegation arrived in Qatar on 3 June 2022.", 2)]
    public void A_named_person_is_an_unnamed_delegation_only_through_an_organisation_they_share(string arrival, int expected)
    {
        // Mousa Abu Marzouk may lead "a Hamas delegation"; Sergei Lavrov at talks is not every Russian delegation.
        var events = OfType(Align(arrival, "Sergei Lavrov met Mousa Abu Marzouk on 3 June 2022."), "meeting");
        Assert.That(events, Has.Count.EqualTo(expected));
    }

    [TestCase("The delegation, led by Mousa Abu Marzouk, was received at the ministry on 3 June 2022.", "A Hamas delegation arrived in Moscow on 3 June 2022.", 1)]
    [TestCase("The delegation, headed by Mousa Abu Marzouk, flew to Moscow on 3 June 2022.", "A Hamas delegation was welcomed at the ministry on 3 June 2022.", 1)]
    [TestCase("Hamas said a delegation of the movement headed by Mousa Abu Marzouk met Sergei Lavrov on 3 June 2022.", "A Hamas delegation arrived in Moscow on 3 June 2022.", 1)]
    [TestCase("The delegation, led by Mousa Abu Marzouk, was received at the ministry on 3 June 2022.", "A Russian delegation arrived in Qatar on 3 June 2022.", 2)]
    public void A_delegation_is_known_by_the_leader_named_after_it(string first, string second, int expected)
    {
        // The leader belongs to his organisation, which the delegation that names nobody else shares.
        var events = OfType(Align(first, second), "meeting");
        Assert.That(events, Has.Count.EqualTo(expected));
    }

    [Test]
    public void A_surname_written_with_its_particle_is_the_one_person_of_that_name()
    {
        var analyses = new[] { "Moussa Abu Marzouq spoke to reporters in Doha on Monday. Abu Marzouq said the talks had gone well." }
            .Select((t, i) => TestArticles.Extractor().Analyse(TestArticles.Make(t, "a" + (i + 1)))).ToList();
        var resolver = new EntityResolver(new ActorIndex(TestArticles.Rules), analyses);
        var marzouk = resolver.Entities.Single(e => e.Variants.Any(v => v.Text == "Abu Marzouq"));
        Assert.That(marzouk.Variants.Select(v => v.Text), Is.EquivalentTo(new[] { "Abu Marzouq", "Moussa Abu Marzouq" }));
    }

    [TestCase("Tel Aviv", "Israel", 1)]
    [TestCase("Jerusalem", "Israel", 1)]
    [TestCase("Rafah", "Gaza", 1)]
    [TestCase("Tehran", "Israel", 2)]
    [TestCase("Gaza", "Israel", 2)]
    public void A_place_inside_another_is_the_same_target(string first, string second, int expected)
    {
        var events = OfType(Align($"Hezbollah attacked {first} on 3 March 2022.", $"Hezbollah attacked {second} on 3 March 2022."), "attack");
        Assert.That(events, Has.Count.EqualTo(expected));
    }

    [TestCase("3 June 2022", "3 June 2023", 2)]
    [TestCase("3 June 2022", "4 June 2022", 1)]
    [TestCase("3 June 2022", "20 June 2022", 2)]
    public void The_same_people_at_dates_far_apart_meet_twice(string first, string second, int expected)
    {
        var events = OfType(Align($"Sergei Lavrov met Mahmoud Abbas in Moscow on {first}.", $"Sergei Lavrov met Mahmoud Abbas in Moscow on {second}."), "meeting");
        Assert.That(events, Has.Count.EqualTo(expected));
    }

    [TestCase("Three", 1)]
    [TestCase("Five", 2)]
    public void Unnamed_groups_are_known_by_their_size(string count, int expected)
    {
        var events = OfType(Align("Hamas released three hostages on 4 June 2022.", $"{count} hostages were freed on 4 June 2022."), "release");
        Assert.That(events, Has.Count.EqualTo(expected));
    }

    [Test]
    public void Unnamed_groups_joined_by_their_size_say_so_rather_than_name_no_one()
    {
        var events = OfType(Align("Hamas released three hostages on 4 June 2022.", "Three hostages were freed on 4 June 2022."), "release");
        var reason = events.Single().Reasons.Single();
        Assert.That(reason, Does.Contain("an unnamed group of the same size (3)").And.Not.Contain("shared participants ()"));
    }

    [Test]
    public void The_reason_for_joining_names_the_shared_participants_and_the_date()
    {
        var events = OfType(Align("Sergei Lavrov met Mahmoud Abbas in Moscow on 3 June 2022.", "Mahmoud Abbas held talks with Sergei Lavrov on 3 June 2022."), "meeting");
        Assert.That(events, Has.Count.EqualTo(1));
        var reason = events[0].Reasons.Single();
        Assert.Multiple(() =>
        {
            Assert.That(reason, Does.StartWith("a2 sentence 1 joined"));
            Assert.That(reason, Does.Contain("Sergei Lavrov").And.Contain("Mahmoud Abbas"));
            Assert.That(reason, Does.Contain("compatible date (2022-06-03)"));
        });
    }

    [Test]
    public void A_sentence_whose_claims_all_join_is_given_one_reason()
    {
        // The second sentence gives an attack and its toll: two claims of one sentence, joined for the same reason.
        var events = OfType(Align(
            "Hamas attacked the border town of Sderot on 3 June 2022, killing nine people.",
            "On 3 June 2022 Hamas launched an attack on Sderot that killed nine civilians."), "attack");
        Assert.That(events, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(events[0].Claims.Count(c => c.ArticleId == "a2"), Is.GreaterThan(1), "the second article should give more than one claim");
            Assert.That(events[0].Reasons.Where(r => r.StartsWith("a2 sentence 1 joined", StringComparison.Ordinal)), Has.Exactly(1).Items);
            Assert.That(events[0].Reasons, Is.Unique);
        });
    }

    [Test]
    public void A_near_miss_says_which_check_failed()
    {
        var events = OfType(Align("Qatar's foreign minister visited Tehran on 3 June 2022.", "Qatar's foreign minister visited Tehran on 9 June 2023."), "meeting");
        Assert.That(events, Has.Count.EqualTo(2));
        var misses = events.SelectMany(e => e.NearMisses).ToList();
        Assert.That(misses, Has.Count.EqualTo(1));
        Assert.That(misses[0], Does.Contain("not joined with " + events[0].Id).And.Contain("too far apart").And.Contain("2022-06-03").And.Contain("2023-06-09"));
    }

    [Test]
    public void Claims_with_nothing_in_common_are_no_near_miss()
    {
        var events = OfType(Align("A Hamas delegation visited Moscow on 3 June 2022.", "A Qatari envoy visited Washington on 3 June 2022."), "meeting");
        Assert.That(events.SelectMany(e => e.NearMisses), Is.Empty);
    }

    [Test]
    public void An_event_told_once_has_no_reason_to_join()
    {
        var events = Align("Sergei Lavrov phoned Mahmoud Abbas on 17 October 2023.");
        Assert.That(events, Has.Length.EqualTo(1));
        Assert.That(events[0].Reasons, Is.Empty);
    }

    [TestCase("Resolution 2417 was adopted on 14 January 2024 with 15 votes in favour.", "The Security Council adopts resolution 2417 on 14 January 2024.", 1, "the same text (resolution 2417)")]
    [TestCase("The Council adopted resolution 2417 by 15 votes to none.", "The Security Council adopted the text S/RES/2417 (2024) on 14 January 2024.", 1, "the same text (resolution 2417)")]
    [TestCase("The Security Council adopted draft S/2024/10 on 14 January 2024.", "The Security Council adopted resolution 2417 on 14 January 2024.", 1, "shared participants (Security Council)")]
    [TestCase("The Security Council adopted resolution 2417 on 14 January 2024.", "The Security Council adopted resolution 2418 on 14 January 2024.", 2, "they name different texts (resolution 2418 against resolution 2417)")]
    [TestCase("The Council passed a text, resolution 2417, with 15 votes in favour.", "The Council passed a text, resolution 2418, with 15 votes in favour.", 2, "they name different texts")]
    public void A_text_s_number_or_symbol_names_one_text(string first, string second, int expected, string why)
    {
        // The same number joins claims that share no named body; two numbers of one kind are two texts. A draft's
        // symbol and the number it was adopted under are of different kinds, and may be one text's.
        var events = OfType(Align(first, second), "adoption");
        Assert.That(events, Has.Count.EqualTo(expected));
        Assert.That(expected == 1 ? events[0].Reasons : [.. events.SelectMany(e => e.NearMisses)], Has.Some.Contain(why));
    }

    [TestCase("BEIRUT — A 30-year-old Jordanian who also holds Qatari citizenship was freed on 3 March 2022.\n\nSami Haddad, a teacher, was handed to the Red Cross in Beirut that evening.", 1)]
    [TestCase("BEIRUT — A 30-year-old Jordanian who also holds Qatari citizenship was freed on 3 March 2022.\n\nThe Red Cross said it had received him in Beirut.\n\nSami Haddad, a teacher, was freed too.", 2)]
    public void A_lede_that_holds_back_the_name_describes_the_person_the_next_paragraph_names(string lede, int expected)
    {
        // "A 25-year-old Israeli ... was freed" and then "NAME, a sound engineer, ...": the description is NAME, and
        // joins another article's release of NAME; a name further on is not the lede's.
        var report = TestArticles.Run(TestArticles.Make(lede, "a1", published: "2022-03-04"), TestArticles.Make("Hezbollah released Sami Haddad on 3 March 2022.", "a2", published: "2022-03-04"));
        var withLede = report.Events.Single(e => e.Event.Type == "release" && e.Event.Claims.Any(c => c.ArticleId == "a1" && c.Sentence.Index == 0)).Event;
        Assert.That(withLede.Claims.Any(c => c.ArticleId == "a2"), Is.EqualTo(expected == 1));
    }
}
