using Compare.Comparison;
using Compare.Reporting;
using NUnit.Framework;

namespace Compare.Tests.Comparison;

public sealed class EventComparerTests
{
    /// <summary>The one event of <paramref name="type"/> that both articles report.</summary>
    private static ReportEvent Shared(string type, string first, string second)
    {
        var report = TestArticles.Run(TestArticles.Make(first, "a1"), TestArticles.Make(second, "a2"));
        var events = report.Events.Where(e => e.Event.Type == type).ToList();
        Assert.That(events, Has.Count.EqualTo(1), "the two articles should tell one " + type + ": " + string.Join(" | ", events.Select(e => e.Label)));
        Assert.That(events[0].Event.Claims.Select(c => c.ArticleId).Distinct(), Is.EquivalentTo(new[] { "a1", "a2" }));
        return events[0];
    }

    private static Finding? Find(ReportEvent ev, string attribute) => ev.Findings.SingleOrDefault(f => f.Attribute == attribute);

    [TestCase("about 250", "more than 200", FindingKind.Agreement)]
    [TestCase("1,139", "1,200", FindingKind.Conflict)]
    [TestCase("about 1,200", "1,139", FindingKind.Agreement)]
    [TestCase("up to 300", "fewer than 100", FindingKind.Agreement)]
    [TestCase("fewer than 100", "120", FindingKind.Conflict)]
    [TestCase("more than 200", "200", FindingKind.Conflict)]
    public void Counts_are_compared_as_intervals(string first, string second, string kind)
    {
        var ev = Shared("attack", $"The Hezbollah raid on Israel on 3 March 2022 killed {first} people.", $"The Hezbollah raid on Israel on 3 March 2022 killed {second} people.");
        var toll = Find(ev, "count (killed)");
        Assert.That(toll, Is.Not.Null);
        Assert.That(toll!.Kind, Is.EqualTo(kind), toll.Explanation);
        Assert.That(toll.Values.SelectMany(v => v.Articles), Is.EquivalentTo(new[] { "a1", "a2" }));
        if (kind == FindingKind.Agreement)
        {
            Assert.That(ev.Findings.Where(f => f.Kind == FindingKind.Conflict).Select(f => f.Explanation), Is.Empty);
        }
    }

    [Test]
    public void Articles_that_give_the_same_value_against_a_conflicting_one_still_agree()
    {
        var report = TestArticles.Run(
            TestArticles.Make("The Hezbollah raid on Israel on 3 March 2022 killed 40 people.", "a1"),
            TestArticles.Make("The Hezbollah raid on Israel on 3 March 2022 killed 40 people.", "a2"),
            TestArticles.Make("The Hezbollah raid on Israel on 3 March 2022 killed 90 people.", "a3"));
        var toll = report.Events.Single(e => e.Event.Type == "attack").Findings.Where(f => f.Attribute == "count (killed)").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(toll.Select(f => f.Kind), Is.EquivalentTo(new[] { FindingKind.Conflict, FindingKind.Agreement }));
            var agreement = toll.Single(f => f.Kind == FindingKind.Agreement);
            Assert.That(agreement.Values.Select(v => v.Value), Is.EqualTo(new[] { "40" }));
            Assert.That(agreement.Values.Single().Articles, Is.EquivalentTo(new[] { "a1", "a2" }));
        });
    }

    [Test]
    public void A_sponsor_named_by_an_led_compound_is_given_the_actor_name()
    {
        var ev = Shared("veto", "China vetoed a U.S.-led draft resolution on Syria on 3 March 2022.", "China vetoed a draft resolution on Syria submitted by Malta on 3 March 2022.");
        var sponsor = Find(ev, "sponsor");
        Assert.That(sponsor, Is.Not.Null);
        Assert.That(sponsor!.Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(sponsor.Values.Select(v => v.Value), Is.EquivalentTo(new[] { "United States", "Malta" }));
    }

    [TestCase("Hamas freed two Russian women on 4 June 2022.", "Release of captives: two Russian women (2022-06-04)")]
    [TestCase("Egypt received a Russian delegation on 4 June 2022.", "Meeting or visit: Russia, Egypt (2022-06-04)")]
    public void Captives_described_by_their_country_are_labelled_as_written_and_envoys_by_their_country(string text, string label)
    {
        var report = TestArticles.Run(TestArticles.Make(text, "a1", published: "2022-06-05"));
        Assert.That(report.Events.Single().Label, Is.EqualTo(label));
    }

    [Test]
    public void A_described_group_that_names_no_side_is_no_conflict_with_a_name()
    {
        var ev = Shared("killing", "Four hostages were killed by Hezbollah near Rafah on 3 May 2021.", "Four hostages were killed by their captors near Rafah on 3 May 2021.");
        Assert.That(Find(ev, "killer")?.Kind, Is.Not.EqualTo(FindingKind.Conflict));
    }

    [Test]
    public void A_conflicting_toll_names_both_figures_and_where_they_come_from()
    {
        var ev = Shared("attack", "The Hezbollah raid on Israel on 3 March 2022 killed 1,139 people.", "The Hezbollah raid on Israel on 3 March 2022 killed 1,200 people.");
        var toll = Find(ev, "count (killed)")!;
        Assert.That(toll.Values.Select(v => (v.Value, v.Articles.Single())), Is.EquivalentTo(new[] { ("1,139", "a1"), ("1,200", "a2") }));
        Assert.That(toll.Explanation, Does.Contain("1,139 (a1)").And.Contain("1,200 (a2)"));
        Assert.That(toll.Question, Is.EqualTo("How many were killed in the attack?"));
        Assert.That(toll.Values.Select(v => v.Quotes.Single().Quote), Is.All.StartWith("The Hezbollah raid"));
    }

    [TestCase("300", "500", FindingKind.Conflict)]
    [TestCase("300", "300", FindingKind.Agreement)]
    public void A_figure_the_same_sentence_also_gives_with_a_measure_is_reported_once(string first, string second, string kind)
    {
        // "an assault ..., killing 300 people": the assault's claim carries 300 without a measure, and the killing's as
        // killed; the measured finding holds both articles, so the unmeasured one would only repeat it.
        var ev = Shared("attack", $"Hezbollah carried out an assault inside Israel on 3 March 2022, killing {first} people.", $"Hezbollah carried out an assault inside Israel on 3 March 2022, killing {second} people.");
        Assert.That(ev.Event.Claims.Any(c => c.Count is not null && c.Measure is null), Is.True, "the assault's claim should carry the figure without a measure");
        var toll = Find(ev, "count (killed)");
        Assert.That(toll, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(toll!.Kind, Is.EqualTo(kind), toll.Explanation);
            Assert.That(toll.Question, Is.EqualTo("How many were killed in the attack?"));
            Assert.That(Find(ev, "count"), Is.Null);
        });
    }

    [Test]
    public void A_count_without_a_measure_asks_the_types_question_for_a_total()
    {
        var attack = TestArticles.Rules.EventTypes["attack"];
        var release = TestArticles.Rules.EventTypes["release"];
        var noTotal = attack with { Questions = attack.Questions.Remove("count-total") };
        Assert.Multiple(() =>
        {
            Assert.That(EventComparer.Question(attack, "count", string.Empty), Is.EqualTo("What figure is given for the attack?"));
            Assert.That(EventComparer.Question(attack, "count", "abducted"), Is.EqualTo("How many were abducted in the attack?"));
            Assert.That(EventComparer.Question(noTotal, "count", string.Empty), Is.EqualTo("How many were counted in the attack?"));
            Assert.That(EventComparer.Question(release, "count", string.Empty), Is.EqualTo("How many were released?"));
            Assert.That(EventComparer.Question(attack, "date", null), Is.EqualTo("When did the attack take place?"));
            Assert.That(EventComparer.Question(attack, "sponsor", null), Is.Null);
        });
    }

    [TestCase("on 16 October 2023", "on 17 October 2023", FindingKind.Conflict)]
    [TestCase("in late October 2023", "on 26 October 2023", FindingKind.Agreement)]
    [TestCase("in October 2023", "on 17 October 2023", FindingKind.Agreement)]
    [TestCase("at the end of October 2023", "on 1 November 2023", FindingKind.Agreement)]
    [TestCase("on 1 November 2023", "in late October 2023", FindingKind.Agreement)]
    [TestCase("in early November 2023", "on 31 October 2023", FindingKind.Agreement)]
    [TestCase("at the end of October 2023", "on 2 November 2023", FindingKind.Conflict)]
    [TestCase("on 31 October 2023", "on 1 November 2023", FindingKind.Conflict)]
    [TestCase("on 17 October 2023", "on 17 October 2023", FindingKind.Agreement)]
    public void Dates_are_compared_as_intervals(string first, string second, string kind)
    {
        var ev = Shared("call", $"Sergei Lavrov phoned Mahmoud Abbas {first}.", $"Sergei Lavrov phoned Mahmoud Abbas {second}.");
        var date = Find(ev, "date");
        Assert.That(date, Is.Not.Null);
        Assert.That(date!.Kind, Is.EqualTo(kind), date.Explanation);
    }

    [TestCase("on 5 June 2022", FindingKind.Agreement)]
    [TestCase("on 3 June 2022", FindingKind.Agreement)]
    [TestCase("on 1 June 2022", FindingKind.Conflict)]
    public void A_return_may_be_dated_after_the_arrival(string returned, string kind)
    {
        var ev = Shared("meeting", "A Hamas delegation arrived in Moscow on 3 June 2022.", $"A Hamas delegation returned from Moscow {returned}.");
        var date = Find(ev, "date");
        Assert.That(date, Is.Not.Null);
        Assert.That(date!.Kind, Is.EqualTo(kind), date.Explanation);
    }

    [TestCase("on 4 June 2022", FindingKind.Conflict)]
    [TestCase("on 5 June 2022", FindingKind.Agreement)]
    public void Two_returns_on_different_days_conflict(string returned, string kind)
    {
        // The talks dated with the earlier return would agree with a later return (see above), but one visit ends once.
        var ev = Shared("meeting", "A Hamas delegation returned from Moscow on 5 June 2022.", $"A Hamas delegation returned from Moscow {returned}, where it had held talks.");
        var date = Find(ev, "date");
        Assert.That(date, Is.Not.Null);
        Assert.That(date!.Kind, Is.EqualTo(kind), date.Explanation);
    }

    [Test]
    public void A_city_inside_the_country_agrees_and_is_the_finer_article_alone()
    {
        var ev = Shared("killing", "Hezbollah killed Omar Haddad in Tehran on 3 June 2022.", "Omar Haddad was killed in Iran on 3 June 2022.");
        var places = ev.Findings.Where(f => f.Attribute == "place").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(places.Select(f => f.Kind), Is.EquivalentTo(new[] { FindingKind.Agreement, FindingKind.SingleSource }));
            Assert.That(places.Single(f => f.Kind == FindingKind.Agreement).Values.Select(v => v.Value), Is.EquivalentTo(new[] { "Iran", "Tehran" }));
            var finer = places.Single(f => f.Kind == FindingKind.SingleSource);
            Assert.That(finer.Values.Single().Value, Is.EqualTo("Tehran"));
            Assert.That(finer.Values.Single().Articles, Is.EqualTo(new[] { "a1" }));
            Assert.That(finer.Explanation, Does.Contain("Iran"));
        });
    }

    [Test]
    public void A_country_that_holds_one_side_of_a_place_conflict_is_shown_under_that_side()
    {
        var report = TestArticles.Run(
            TestArticles.Make("Hezbollah killed Omar Haddad in Tehran on 3 June 2022.", "a1"),
            TestArticles.Make("Omar Haddad was killed in Iran on 3 June 2022.", "a2"),
            TestArticles.Make("Omar Haddad was killed in Doha on 3 June 2022.", "a3"));
        var place = report.Events.Where(e => e.Event.Type == "killing").SelectMany(e => e.Findings).Single(f => f.Attribute == "place");
        Assert.Multiple(() =>
        {
            Assert.That(place.Kind, Is.EqualTo(FindingKind.Conflict));
            Assert.That(place.Values.Select(v => v.Value), Is.EqualTo(new[] { "Doha", "Tehran" }));
            Assert.That(place.Values.Single(v => v.Value == "Tehran").Articles, Is.EqualTo(new[] { "a1", "a2" }));
            Assert.That(place.Values.Single(v => v.Value == "Tehran").Derivation, Does.Contain("Iran in a2, which contains it"));
            Assert.That(place.Explanation, Does.Contain("Tehran (a1; Iran in a2, which contains it)"));
        });
    }

    [Test]
    public void A_country_that_agrees_with_both_sides_of_a_place_conflict_stays_a_value_of_its_own()
    {
        var report = TestArticles.Run(
            TestArticles.Make("Hezbollah killed Omar Haddad in Jerusalem on 3 June 2022.", "a1"),
            TestArticles.Make("Omar Haddad was killed in Israel on 3 June 2022.", "a2"),
            TestArticles.Make("Omar Haddad was killed in Tel Aviv on 3 June 2022.", "a3"));
        var place = report.Events.Where(e => e.Event.Type == "killing").SelectMany(e => e.Findings).Single(f => f.Attribute == "place");
        Assert.That(place.Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(place.Values.Select(v => v.Value), Is.EqualTo(new[] { "Israel", "Jerusalem", "Tel Aviv" }));
    }

    [Test]
    public void A_month_that_holds_one_side_of_a_date_conflict_is_shown_under_that_side()
    {
        var report = TestArticles.Run(
            TestArticles.Make("Hezbollah killed Omar Haddad in Tehran on 31 May 2022.", "a1"),
            TestArticles.Make("Omar Haddad was killed in Tehran at the end of May 2022.", "a2"),
            TestArticles.Make("Omar Haddad was killed in Tehran on 2 June 2022.", "a3"));
        var date = report.Events.Where(e => e.Event.Type == "killing").SelectMany(e => e.Findings).Single(f => f.Attribute == "date");
        Assert.Multiple(() =>
        {
            Assert.That(date.Kind, Is.EqualTo(FindingKind.Conflict));
            Assert.That(date.Values.Select(v => v.Value), Is.EqualTo(new[] { "2022-05-31", "2022-06-02" }));
            Assert.That(date.Values[0].Articles, Is.EqualTo(new[] { "a1", "a2" }));
        });
    }

    [Test]
    public void Two_cities_apart_are_a_place_conflict()
    {
        var ev = Shared("killing", "Hezbollah killed Omar Haddad in Tehran on 3 June 2022.", "Omar Haddad was killed in Doha on 3 June 2022.");
        var place = Find(ev, "place");
        Assert.That(place?.Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(place!.Values.Select(v => v.Value), Is.EquivalentTo(new[] { "Doha", "Tehran" }));
    }

    [TestCase("Russia denied the arrival of a Hamas delegation in Moscow on 3 June 2022.", "denied")]
    [TestCase("A Hamas delegation did not arrive in Moscow on 3 June 2022.", "did not happen")]
    public void An_assertion_against_a_denial_or_a_negation_is_a_conflict(string second, string value)
    {
        var ev = Shared("meeting", "A Hamas delegation arrived in Moscow on 3 June 2022.", second);
        var polarity = Find(ev, "polarity");
        Assert.That(polarity?.Kind, Is.EqualTo(FindingKind.Conflict));
        Assert.That(polarity!.Values.Select(v => (v.Value, v.Articles.Single())), Is.EquivalentTo(new[] { ("asserted", "a1"), (value, "a2") }));
        Assert.That(polarity.Question, Is.EqualTo("Did the meeting or visit take place?"));
    }

    [Test]
    public void Two_assertions_give_no_polarity_finding()
    {
        var ev = Shared("meeting", "A Hamas delegation arrived in Moscow on 3 June 2022.", "A Hamas delegation visited Moscow on 3 June 2022.");
        Assert.That(Find(ev, "polarity"), Is.Null);
        Assert.That(Find(ev, "date")?.Kind, Is.EqualTo(FindingKind.Agreement));
    }

    [Test]
    public void An_event_only_one_article_tells_is_single_source()
    {
        var report = TestArticles.Run(
            TestArticles.Make("Sergei Lavrov phoned Mahmoud Abbas on 17 October 2023.", "a1"),
            TestArticles.Make("Hezbollah attacked Israel on 3 March 2022.", "a2"));
        var call = report.Events.Single(e => e.Event.Type == "call");
        var finding = call.Findings.Single();
        Assert.That(finding.Kind, Is.EqualTo(FindingKind.SingleSource));
        Assert.That(finding.Attribute, Is.EqualTo("event"));
        Assert.That(finding.Explanation, Does.StartWith("Only a1 reports this phone call"));
    }

    [Test]
    public void An_attribute_only_one_article_gives_is_single_source()
    {
        var ev = Shared("release", "Hamas released three hostages on 4 June 2022.", "Three hostages were freed on 4 June 2022.");
        var releaser = Find(ev, "releaser");
        Assert.That(releaser?.Kind, Is.EqualTo(FindingKind.SingleSource));
        Assert.That(releaser!.Values.Single().Value, Is.EqualTo("Hamas"));
        Assert.That(Find(ev, "count")?.Kind, Is.EqualTo(FindingKind.Agreement));
    }
}
