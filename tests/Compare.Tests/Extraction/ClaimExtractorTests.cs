using Compare.Extraction;
using Compare.Rules;
using NUnit.Framework;

namespace Compare.Tests.Extraction;

public sealed class ClaimExtractorTests
{
    private static readonly ClaimExtractor Extractor = TestArticles.Extractor();

    private static List<Claim> Claims(string text, string eventType, string published = "2024-01-15") =>
        Extractor.Analyse(TestArticles.Make(text, published: published)).Claims.Where(c => c.EventType == eventType).ToList();

    private static Claim Single(string text, string eventType, string published = "2024-01-15")
    {
        var claims = Claims(text, eventType, published);
        Assert.That(claims, Has.Count.EqualTo(1), $"{eventType} claims read from: {text}");
        return claims[0];
    }

    private static List<string> Names(Claim claim, string role) =>
        claim.Role(role) is { } fill ? [.. fill.Mentions.Select(Extractor.Display)] : [];

    [TestCase("Iran did not condemn Hamas.", "Iran", "Negated", "not")]
    [TestCase("Qatar didn't condemn Hezbollah.", "Qatar", "Negated", "n't")]
    [TestCase("Egypt refused to condemn Hezbollah.", "Egypt", "Negated", "refuse to")]
    [TestCase("Iran never condemned Hamas.", "Iran", "Negated", "never")]
    [TestCase("Egypt condemned Hezbollah on 4 June 2021.", "Egypt", "Asserted", null)]
    [TestCase("Qatar did not say whether Egypt condemned Hezbollah.", "Egypt", "Asserted", null)]
    public void Negation_right_before_the_trigger_negates_the_claim(string text, string condemner, string polarity, string? cue)
    {
        var claim = Single(text, "condemnation");
        Assert.Multiple(() =>
        {
            Assert.That(Names(claim, "condemner"), Is.EqualTo(new[] { condemner }));
            Assert.That(claim.Polarity.ToString(), Is.EqualTo(polarity));
            Assert.That(claim.PolarityCue, Is.EqualTo(cue));
        });
    }

    [TestCase("Iran did not condemn Hamas until three weeks after the raid.", "Asserted")]
    [TestCase("Qatar didn't condemn Hezbollah till Sunday.", "Asserted")]
    [TestCase("Iran did not condemn Hamas, and it has not done so until now; Egypt did.", "Negated")]
    public void Not_until_says_the_event_came_late_not_that_it_did_not_happen(string text, string polarity)
    {
        Assert.That(Claims(text, "condemnation").First().Polarity.ToString(), Is.EqualTo(polarity));
    }

    [TestCase("MYTH: Egypt condemned Hezbollah in May 2021.")]
    [TestCase("Myth 3: Egypt condemned Hezbollah in May 2021.")]
    [TestCase("FALSE: Egypt condemned Hezbollah in May 2021.")]
    [TestCase("Rumour: Egypt condemned Hezbollah in May 2021.")]
    public void A_line_labelled_as_a_myth_gives_no_claim(string text)
    {
        Assert.That(Claims(text, "condemnation"), Is.Empty);
    }

    [TestCase("FACT: Egypt condemned Hezbollah in May 2021.")]
    [TestCase("Claim: Egypt condemned Hezbollah in May 2021.")]
    [TestCase("Egypt condemned the false report: Hezbollah had not fired.")]
    public void Other_labels_keep_the_claim(string text)
    {
        Assert.That(Claims(text, "condemnation"), Is.Not.Empty);
    }

    [TestCase("About 300 people were killed in the Hezbollah raid, officials say, and about 40 were taken hostage.")]
    [TestCase("The Hezbollah raid on the town; 40 were taken hostage.")]
    public void A_count_of_a_coordinated_clause_after_a_noun_trigger_is_not_the_trigger_s(string text)
    {
        Assert.That(Claims(text, "attack").Where(c => c.Trigger == "raid").Select(c => c.Count?.Value), Has.None.EqualTo(40m));
    }

    [TestCase("Qatar says no Jordanian delegation has visited Beirut.", "Denied")]
    [TestCase("No Jordanian envoys arrived in Beirut on Monday.", "Negated")]
    [TestCase("There was no such visit by Jordanian envoys, Qatar said.", "Denied")]
    [TestCase("There was no visit to Beirut by the Jordanian envoys in 2021.", "Negated")]
    [TestCase("The Jordanian envoys, no longer welcome in Qatar, visited Beirut on Monday.", "Asserted")]
    [TestCase("Qatar saw no reason to doubt that the Jordanian envoys visited Beirut.", "Asserted")]
    public void No_opening_the_subject_or_the_trigger_s_phrase_negates_the_claim_and_a_speaker_saying_so_denies_it(string text, string polarity)
    {
        var claim = Single(text, "meeting");
        Assert.That(claim.Polarity.ToString(), Is.EqualTo(polarity));
    }

    [TestCase("Joe Biden phoned Sergei Lavrov, his first call to a Russian minister in a year.", "call", 1)]
    [TestCase("Hezbollah freed Mark Levin on Sunday, the first release of a man since May.", "release", 1)]
    [TestCase("Hezbollah freed Mark Levin on Sunday, days after the release of two Thai farmers.", "release", 2)]
    public void A_noun_in_an_apposition_to_a_verb_of_its_event_type_restates_that_event(string text, string eventType, int claims)
    {
        Assert.That(Claims(text, eventType), Has.Count.EqualTo(claims));
    }

    [TestCase("A Jordanian delegation arrived in Beirut on 2 May 2022, Qatar said. Within hours Egypt said no such visit took place.")]
    [TestCase("A Jordanian delegation arrived in Beirut on 2 May 2022, Qatar said. Egypt denied that the visit took place.")]
    public void A_denied_definite_noun_takes_the_event_told_before(string text)
    {
        var denied = Claims(text, "meeting").Single(c => c.Polarity == Polarity.Denied);
        Assert.Multiple(() =>
        {
            Assert.That(Names(denied, "visitor"), Is.EqualTo(new[] { "A Jordanian delegation" }));
            Assert.That(denied.Date?.Iso, Is.EqualTo("2022-05-02"));
        });
    }

    [TestCase("After the raid of 3 March 2022 on the port, the Council adopted a resolution by 13 votes to none.")]
    [TestCase("Following the Hezbollah raid on the port, the Council adopted a resolution by 13 votes to none.")]
    public void A_noun_that_dates_the_main_clause_takes_none_of_its_votes(string text)
    {
        Assert.That(Single(text, "attack").Count, Is.Null);
    }

    [TestCase("Egypt recalled the raid of 3 March 2022 on the port.", "2022-03-03")]
    [TestCase("The attack of 7 May 2021 killed 40 people in Amman.", "2021-05-07")]
    public void Of_and_a_date_after_a_trigger_date_it(string text, string iso)
    {
        Assert.That(Claims(text, "attack").Select(c => c.Date?.Iso).Distinct(), Is.EqualTo(new[] { iso }));
    }

    [TestCase("Qatar praised the meeting that was held by Hezbollah envoys in Doha.", 0)]
    [TestCase("Qatar said the two captives that were held by Hezbollah are safe.", 1)]
    public void A_relative_that_before_the_verb_makes_the_noun_before_it_the_subject(string text, int claims)
    {
        Assert.That(Claims(text, "captivity"), Has.Count.EqualTo(claims));
    }

    [TestCase("Hezbollah mounted an attack on the port on 3 March 2022.", "Hezbollah")]
    [TestCase("Hezbollah carried out the raid on the port on 3 March 2022.", "Hezbollah")]
    [TestCase("Hezbollah defended the 3 March 2022 raid on the port.", null)]
    [TestCase("The envoy accused Qatar of using the 3 March 2022 attack on the port to win sympathy.", null)]
    [TestCase("Egypt condemned Qatar for exploiting the raid on the port on 3 March 2022.", null)]
    public void A_noun_trigger_takes_the_subject_only_of_a_support_verb_of_its_own_rule(string text, string? agent)
    {
        var claim = Single(text, "attack");
        Assert.That(Names(claim, "agent"), Is.EqualTo(agent is null ? Array.Empty<string>() : new[] { agent }));
    }

    [TestCase("In a telephone conversation with Joe Biden, Sergei Lavrov raised the crisis.", "Sergei Lavrov")]
    [TestCase("During a phone call with Joe Biden on 2 May 2022, the Egyptian president raised the crisis.", "Egyptian president")]
    public void A_noun_trigger_in_a_phrase_that_opens_the_sentence_takes_the_subject_after_it(string text, string caller)
    {
        var claim = Single(text, "call");
        Assert.Multiple(() =>
        {
            Assert.That(Names(claim, "caller"), Is.EqualTo(new[] { caller }));
            Assert.That(Names(claim, "callee"), Is.EqualTo(new[] { "Joe Biden" }));
        });
    }

    [TestCase("Sergei Lavrov had a phone call with Joe Biden on 2 May 2022.", 1)]
    [TestCase("Sergei Lavrov had a phone call with Joe Biden on 2 June 2022.", 1)]
    [TestCase("A phone call with Joe Biden may follow, Sergei Lavrov said.", 0)]
    public void The_month_May_is_not_the_modal_that_makes_a_noun_trigger_hypothetical(string text, int calls)
    {
        Assert.That(Claims(text, "call"), Has.Count.EqualTo(calls));
    }

    [TestCase("Egypt condemned the October 7 attack on Israel.")]
    [TestCase("Egypt recalled Hezbollah's 3 March 2022 raid on the port.")]
    [TestCase("Egypt recalled the Oct. 7, 2023 attack on Israel.")]
    [TestCase("The port has been under attack since 3 March 2022.")]
    public void A_trigger_after_a_preposition_or_a_date_that_a_determiner_opens_is_a_noun(string text)
    {
        Assert.That(Single(text, "attack").Form, Is.EqualTo(TriggerForm.Noun));
    }

    [Test]
    public void A_possessive_pronoun_before_the_text_is_no_sponsor()
    {
        var claims = Claims("The Security Council met on 4 March 2022, adopting its first resolution on the crisis.", "adoption");
        Assert.That(claims, Is.Not.Empty);
        Assert.That(claims.SelectMany(c => Names(c, "sponsor")), Is.Empty);
    }

    [TestCase("On 4 March 2022 Russia vetoed a Security Council resolution on the crisis.", "veto", null)]
    [TestCase("On 4 March 2022 Russia vetoed a French resolution on the crisis.", "veto", "French")]
    [TestCase("On 4 March 2022 the General Assembly adopted a General Assembly resolution on the crisis.", "adoption", null)]
    [TestCase("On 4 March 2022 the Security Council did not adopt a Jordanian draft on the crisis.", "adoption", "Jordanian")]
    public void The_body_a_resolution_is_put_to_is_not_its_sponsor(string text, string eventType, string? sponsor)
    {
        var claims = Claims(text, eventType);
        Assert.That(claims, Is.Not.Empty);
        Assert.That(claims.SelectMany(c => Names(c, "sponsor")).Distinct(), Is.EqualTo(sponsor is null ? Array.Empty<string>() : new[] { sponsor }));
    }

    [TestCase("An earlier version of this story, published on Monday, said that a Qatari delegation had arrived in Amman.", 0)]
    [TestCase("The report misstated that a Qatari delegation had arrived in Amman on 3 May 2022.", 0)]
    [TestCase("A Qatari delegation arrived in Amman on 3 May 2022, the earlier report said.", 1)]
    [TestCase("A Qatari delegation arrived in Amman on 3 May 2022.", 1)]
    public void What_a_correction_says_an_earlier_version_reported_is_withdrawn(string text, int expected)
    {
        Assert.That(Claims(text, "meeting"), Has.Count.EqualTo(expected));
    }

    [Test]
    public void A_gapped_conjunct_with_a_date_of_its_own_is_a_release_of_its_own()
    {
        var claims = Claims("Hezbollah released Mark Levin on 3 May 2022, and Dana Ross and Omar Aziz on 9 May 2022.", "release");
        Assert.That(claims, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(Names(claims[0], "released"), Is.EqualTo(new[] { "Mark Levin" }));
            Assert.That(claims[0].Date?.Iso, Is.EqualTo("2022-05-03"));
            Assert.That(Names(claims[1], "released"), Is.EqualTo(new[] { "Dana Ross", "Omar Aziz" }));
            Assert.That(Names(claims[1], "releaser"), Is.EqualTo(new[] { "Hezbollah" }));
            Assert.That(claims[1].Date?.Iso, Is.EqualTo("2022-05-09"));
            // The verb is the trigger of both, at its own place; the note names the second conjunct.
            Assert.That(claims[1].Trigger, Is.EqualTo("released"));
            Assert.That(claims[1].TriggerSpan, Is.EqualTo(claims[0].TriggerSpan));
            Assert.That(claims[1].Note, Does.Contain("Dana Ross and Omar Aziz on 9 May 2022"));
        });
    }

    [TestCase("The Red Cross received Mark Levin from Hezbollah on 6 June 2022.", "release")]
    [TestCase("The Red Cross received Mark Levin at the hospital on 6 June 2022.", "meeting")]
    [TestCase("Tehran received Omar Aziz on 3 May 2022.", "meeting")]
    public void One_trigger_read_by_two_rules_is_the_reading_that_fills_more_roles(string text, string eventType)
    {
        var types = TestArticles.Claims(text).Select(c => c.EventType).Distinct().ToList();
        Assert.That(types, Is.EqualTo(new[] { eventType }));
    }

    [Test]
    public void It_may_be_a_state_s_body_named_by_a_collective_noun()
    {
        var claim = Single("The Jordanian side met Hezbollah on Monday, and it asked for four of the captives.", "hostage-list");
        Assert.That(Names(claim, "giver"), Is.EqualTo(new[] { "The Jordanian side" }));
    }

    [TestCase("Egypt gave Hezbollah a list of six captives.")]
    [TestCase("Egypt presented Hezbollah with a list of six captives.")]
    [TestCase("Egypt provided Hezbollah with a list of six captives.")]
    public void The_recipient_of_a_list_stands_before_it_or_before_with(string text)
    {
        var claim = Single(text, "hostage-list");
        Assert.Multiple(() =>
        {
            Assert.That(Names(claim, "giver"), Is.EqualTo(new[] { "Egypt" }));
            Assert.That(Names(claim, "recipient"), Is.EqualTo(new[] { "Hezbollah" }));
        });
    }

    [TestCase("Egypt handed their guests a list of six captives.", "Egypt")]
    [TestCase("Egyptian diplomats gave its envoys a list of six captives.", "Egyptian diplomats")]
    public void A_possessive_after_a_verb_of_giving_opens_the_object_not_the_subject(string text, string giver)
    {
        var claim = Single(text, "hostage-list");
        Assert.That(Names(claim, "giver"), Is.EqualTo(new[] { giver }));
    }

    [TestCase("Egypt met Hezbollah with a list of six captives.")]
    [TestCase("Egypt arrived in Doha with a list of six captives.")]
    public void A_list_after_with_has_no_giver_unless_a_verb_of_giving_stands_before(string text)
    {
        Assert.That(Claims(text, "hostage-list"), Is.Empty);
    }

    [TestCase("Qatar met Hezbollah on 3 May 2022. Qatar had earlier asked for four of the captives.", null)]
    [TestCase("Qatar met Hezbollah on 3 May 2022. Qatar asked for four of the captives.", "2022-05-03")]
    public void A_past_perfect_with_earlier_takes_no_date_from_the_sentences_before(string text, string? context)
    {
        var claim = Single(text, "hostage-list");
        Assert.That(claim.ContextDate?.Iso, Is.EqualTo(context));
    }

    [TestCase("Hezbollah told the Red Cross that it is prepared to free them.")]
    [TestCase("Hezbollah told Qatar it is ready to release the captives.")]
    [TestCase("According to Jordan, Hezbollah says it is prepared to free the hostages.")]
    [TestCase("Hezbollah, in a letter to Qatar, said it is prepared to free them.")]
    public void It_after_a_reporting_verb_is_the_body_that_reports(string text)
    {
        var claim = Single(text, "release-offer");
        Assert.That(Names(claim, "offerer"), Is.EqualTo(new[] { "Hezbollah" }));
    }

    [TestCase("Hezbollah released Mark Levin, and Dana Ross and Omar Aziz on 9 May 2022.")]
    [TestCase("Hezbollah released Mark Levin on 3 May 2022, and Dana Ross said on 9 May 2022 that he was well.")]
    [TestCase("Hezbollah released Mark Levin on 3 May 2022, and Dana Ross on 9 May 2022 called it a gesture.")]
    public void Without_a_date_on_each_side_or_past_the_conjunct_no_second_release_is_read(string text)
    {
        Assert.That(Claims(text, "release"), Has.Count.EqualTo(1));
    }

    [TestCase("An earlier version of this story misstated a date. The article also said that a Qatari delegation had arrived in Amman.", 0)]
    [TestCase("This article wrongly reported the venue. The story said a Qatari delegation arrived in Amman on 3 May 2022.", 0)]
    [TestCase("A Jordanian paper ran a long piece on Monday. The article said that a Qatari delegation had arrived in Amman.", 1)]
    [TestCase("The article also said that a Qatari delegation had arrived in Amman.", 1)]
    [TestCase("An article in a Jordanian paper said that a Qatari delegation had arrived in Amman.", 1)]
    public void After_a_correction_what_the_article_says_it_said_is_withdrawn_too(string text, int expected)
    {
        Assert.That(Claims(text, "meeting"), Has.Count.EqualTo(expected));
    }

    [TestCase("A Hamas delegation arrived in Riga on Monday. The group held talks with Sergei Lavrov.", "hamas")]
    [TestCase("A delegation led by Mousa Abu Marzouk arrived in Riga on Monday. The delegation met Sergei Lavrov.", null)]
    [TestCase("After a Qatari mission arrived in Riga on Monday, the group met Sergei Lavrov.", "qatar")]
    public void A_bare_the_group_after_a_delegation_that_says_whose_it_is_is_that_delegation(string text, string? affiliation)
    {
        var talks = Claims(text, "meeting").Single(c => c.Trigger is "held talks with" or "met");
        var group = talks.Role("participant")!.Mentions.Single(m => m.Resolved.Kind == EntityKinds.Group).Resolved;
        Assert.That(group.Affiliations.Length + group.Members.Length, Is.GreaterThan(0));
        if (affiliation is not null)
        {
            Assert.That(group.Affiliations, Does.Contain(affiliation));
        }
    }

    [TestCase("Six hostages were freed on Monday. The group met Sergei Lavrov.")]
    [TestCase("The group met Sergei Lavrov.")]
    public void A_bare_the_group_after_no_delegation_stands_for_none(string text)
    {
        var talks = Claims(text, "meeting").Single();
        Assert.That(talks.Role("participant")!.Mentions.Where(m => m.Resolved.Kind == EntityKinds.Group).Select(m => m.Resolved.Affiliations.Length + m.Resolved.Members.Length), Has.All.EqualTo(0));
    }

    [TestCase("A delegation of the Palestinian movement Hezbollah arrived in Doha on Monday. Qatar said a list of the Jordanian captives was handed to the Palestinian interlocutors.", "hezbollah")]
    [TestCase("A Hezbollah delegation arrived in Doha on Monday. Qatar called it a good visit. Officials said a list of the Jordanian captives was handed to their guests.", "hezbollah")]
    [TestCase("A Hezbollah delegation arrived in Doha on Monday. Officials said a list of the Jordanian captives was handed to their Egyptian counterparts.", "egypt")]
    public void A_counterpart_of_a_meeting_is_the_delegation_named_before_when_it_fits(string text, string recipient)
    {
        var list = Single(text, "hostage-list");
        Assert.That(list.Role("recipient")!.Mentions.SelectMany(m => m.Resolved.Affiliations), Does.Contain(recipient));
    }

    [TestCase("A Hezbollah delegation arrived in Doha on Monday. Two days later a source said that the Jordanian embassy had been told. Qatar said that it had no comment. Egypt said nothing. Jordan said nothing. Officials said a list of the Jordanian captives was handed to their guests.")]
    [TestCase("Officials said a list of the Jordanian captives was handed to their guests.")]
    public void A_counterpart_with_no_delegation_shortly_before_stands_for_none(string text)
    {
        Assert.That(Claims(text, "hostage-list"), Is.Empty);
    }

    [TestCase("The meeting that was held by a Hezbollah delegation in Doha on 3 May 2022 ended without a deal.", "meeting", "participant", "hezbollah")]
    [TestCase("Talks conducted by Qatari envoys in Amman ended on Monday.", "meeting", "participant", "qatar")]
    [TestCase("The raid carried out by Hezbollah on the town was condemned.", "attack", "agent", "hezbollah")]
    public void A_noun_s_by_phrase_after_a_support_verb_names_its_party(string text, string eventType, string role, string affiliation)
    {
        var claim = Claims(text, eventType).First();
        Assert.That(claim.Role(role)!.Mentions.SelectMany(m => m.Resolved.Affiliations), Does.Contain(affiliation));
    }

    [TestCase("The talks, which were interrupted by Qatar on Monday, resumed in Doha.", "meeting", "participant")]
    [TestCase("The Hezbollah raid on the town, condemned by Qatar, killed four people.", "attack", "agent")]
    public void A_noun_s_by_phrase_after_another_verb_is_that_verb_s(string text, string eventType, string role)
    {
        Assert.That(Claims(text, eventType).SelectMany(c => Names(c, role)), Has.None.EqualTo("Qatar"));
    }

    [TestCase("On 5 May 2022, a day after meeting Sergei Lavrov in Moscow, the Qatari envoy said talks would continue.", "Qatari envoy")]
    [TestCase("Two days after visiting Doha, Sergei Lavrov flew to Cairo.", "Sergei Lavrov")]
    public void A_gerund_in_a_fronted_adjunct_has_the_subject_of_the_clause_after_it(string text, string subject)
    {
        var claim = Claims(text, "meeting").First(c => c.Trigger is "meeting" or "visiting");
        Assert.That(claim.Roles.SelectMany(r => Names(claim, r.Role)), Does.Contain(subject));
    }

    [TestCase("It was China that vetoed the Maltese draft on 2 June 2022.", "China", "malta")]
    [TestCase("A draft sponsored by Jordan, which Russia vetoed on 2 June 2022, called for a truce.", "Russia", "jordan")]
    [TestCase("The Maltese text that France had blocked on 2 June 2022 was put to a vote again.", "France", "malta")]
    public void A_veto_in_a_cleft_or_an_object_relative_clause_names_the_vetoer_and_the_text(string text, string vetoer, string sponsor)
    {
        var veto = Single(text, "veto");
        Assert.Multiple(() =>
        {
            Assert.That(Names(veto, "vetoer"), Is.EqualTo(new[] { vetoer }));
            Assert.That(veto.Role("sponsor")!.Mentions.Select(m => m.Resolved.ActorId), Is.EqualTo(new[] { sponsor }));
            Assert.That(veto.Date?.Iso, Is.EqualTo("2022-06-02"));
        });
    }

    [TestCase("The governor vetoed the bill, which the draft committee had written.")]
    [TestCase("The bill that the governor vetoed was a draft of the budget.")]
    public void An_object_relative_clause_about_no_resolution_is_no_veto(string text)
    {
        Assert.That(Claims(text, "veto"), Is.Empty);
    }

    [TestCase("On 2 June 2022 Russia, with China, vetoed a Maltese draft.", new[] { "Russia", "China" })]
    [TestCase("On 2 June 2022 Britain cast its veto, joining France in vetoing a Chinese draft.", new[] { "United Kingdom", "France" })]
    public void Those_who_share_a_veto_are_all_vetoers(string text, string[] vetoers)
    {
        var veto = Claims(text, "veto").Single(c => c.Trigger is "vetoed" or "vetoing");
        Assert.That(Names(veto, "vetoer"), Is.EqualTo(vetoers));
    }

    [TestCase("France vetoed a Chinese draft on 2 June 2022. Russia and China did use their vetoes a week later, on 9 June, against a draft put forward by Malta.", "2022-06-09")]
    [TestCase("Russia and China used their vetoes on Thursday, 9 June 2022, against a Maltese draft.", "2022-06-09")]
    public void A_time_between_the_trigger_and_its_text_does_not_hide_the_text(string text, string date)
    {
        var veto = Claims(text, "veto").Single(c => c.Trigger == "vetoes");
        Assert.Multiple(() =>
        {
            Assert.That(Names(veto, "vetoer"), Is.EqualTo(new[] { "Russia", "China" }));
            Assert.That(veto.Date?.Iso, Is.EqualTo(date));
        });
    }

    [TestCase("On 3 May 2019, gunmen from Hezbollah crossed into Jordan. They killed about four hundred people.", "hezbollah")]
    [TestCase("In the spring, fighters from Islamic Jihad stormed the border post near Amman. They killed some three hundred people.", "islamic-jihad")]
    public void They_after_a_fronted_time_or_place_is_the_group_that_opens_the_sentence_before(string text, string agent)
    {
        var toll = Claims(text, "attack").First(c => c.Trigger == "killed");
        Assert.That(toll.Role("agent")!.Mentions.SelectMany(m => m.Resolved.Affiliations), Does.Contain(agent).And.Not.Contain("jordan"));
    }

    [TestCase("Qatar's envoys arrived in Amman on Monday.", "official", "qatar")]
    [TestCase("Hezbollah's fighters stormed the border post near Amman.", "armed", "hezbollah")]
    public void A_group_of_officials_or_fighters_belongs_to_its_owner(string text, string cls, string owner)
    {
        var group = TestArticles.Extractor().Analyse(TestArticles.Make(text)).Mentions[0].Mentions.Single(m => m.Kind == EntityKinds.Group);
        Assert.Multiple(() =>
        {
            Assert.That(group.DescriptorClass, Is.EqualTo(cls));
            Assert.That(group.Affiliations, Does.Contain(owner));
        });
    }

    [Test]
    public void Hostages_of_an_organisation_are_not_its_members()
    {
        var group = TestArticles.Extractor().Analyse(TestArticles.Make("Hezbollah's hostages were freed on Monday.")).Mentions[0].Mentions.Single(m => m.Kind == EntityKinds.Group);
        Assert.That(group.Affiliations, Is.Empty);
    }

    [TestCase("Hamas said its leader had been killed in Doha.", "2024-07-31", "haniyeh")]
    [TestCase("Hamas's leader was killed in Doha, the movement said.", "2020-03-01", "haniyeh")]
    [TestCase("Hamas said its leader had been killed in Doha.", "2025-03-01", null)]
    [TestCase("Hamas said its former leader had been killed in Doha.", "2024-07-31", null)]
    [TestCase("Hamas said its leader had been killed in Doha.", "2015-03-01", null)]
    public void An_organisation_s_leader_is_the_one_the_dictionary_says_led_it_when_the_article_appeared(string text, string published, string? victim)
    {
        var killing = Single(text, "killing", published);
        Assert.That(killing.Role("victim")!.Mentions.Single().Resolved.ActorId, Is.EqualTo(victim));
    }

    [TestCase("Hezbollah said a treacherous Zionist raid had hit the town.", "attack", "agent")]
    public void A_trigger_after_a_determiner_and_adjectives_is_a_noun_whose_agent_is_not_the_speaker(string text, string eventType, string role)
    {
        Assert.That(Claims(text, eventType).SelectMany(c => Names(c, role)), Has.None.EqualTo("Hezbollah"));
    }

    [TestCase("Sergei Lavrov said that the Hezbollah gunmen who had killed 40 villagers and abducted about 20 people were never caught.")]
    [TestCase("Sergei Lavrov said that the gunmen stormed the post and kidnapped some 30 people.")]
    public void A_past_form_joined_by_and_is_a_verb_whose_captives_are_its_object_not_someone_named_before(string text)
    {
        Assert.That(Claims(text, "captivity").SelectMany(c => Names(c, "captive")), Has.None.EqualTo("Sergei Lavrov"));
    }

    [TestCase("Qatar handed Hezbollah a list of six captives during the group's visit to Doha on 3 May 2022.")]
    [TestCase("Egypt asked Hezbollah about four missing civilians during the group's visit to Cairo on 3 May 2022.")]
    public void The_group_after_captives_or_people_is_the_organisation_named_before_them(string text)
    {
        var visit = Claims(text, "meeting").Single(c => c.Trigger == "visit");
        Assert.That(visit.Role("visitor")!.Mentions.Single().Resolved.ActorId, Is.EqualTo("hezbollah"));
    }

    [TestCase("Qatar, with Egypt's help, freed two hostages on Monday.", "Qatar")]
    public void A_with_phrase_that_is_no_list_adds_no_one(string text, string releaser)
    {
        Assert.That(Names(Single(text, "release"), "releaser"), Is.EqualTo(new[] { releaser }));
    }

    [TestCase("Qatar did not say whether meetings with Hezbollah took place.", "Asserted")]
    [TestCase("Egypt did not say whether talks with Hezbollah were held in Doha.", "Asserted")]
    [TestCase("Egypt did not hold meetings with Hezbollah in Doha.", "Negated")]
    public void A_negation_before_an_open_question_does_not_negate_what_it_asks_about(string text, string polarity)
    {
        Assert.That(Single(text, "meeting").Polarity.ToString(), Is.EqualTo(polarity));
    }

    [TestCase("The delegation, led by Mousa Abu Marzouk, was received at the ministry on 3 June 2022.")]
    [TestCase("The delegation, headed by its deputy leader Mousa Abu Marzouk, arrived in Riga on 3 June 2022.")]
    [TestCase("A delegation headed by Mousa Abu Marzouk arrived in Riga on 3 June 2022.")]
    [TestCase("Hamas said a delegation of the movement led by Mousa Abu Marzouk arrived in Riga on 3 June 2022.")]
    public void The_leader_of_a_delegation_is_one_of_its_members(string text)
    {
        var visit = Single(text, "meeting");
        var visitor = visit.Role("visitor")!.Mentions.Single().Resolved;
        Assert.Multiple(() =>
        {
            Assert.That(visitor.Members.Select(m => m.ActorId), Is.EqualTo(new[] { "abu-marzouk" }));
            Assert.That(visit.Date?.Iso, Is.EqualTo("2022-06-03"));
        });
    }

    [TestCase("The delegation, led by Mousa Abu Marzouk and two aides, arrived in Riga.")]
    [TestCase("The delegation, led by a junior official, arrived in Riga.")]
    public void A_leader_followed_by_more_is_no_member(string text)
    {
        var visit = Single(text, "meeting");
        Assert.That(visit.Role("visitor")!.Mentions.Single().Resolved.Members, Is.Empty);
    }

    [TestCase("The delegation met Sergei Lavrov in Moscow.", "meeting", "participant")]
    [TestCase("The envoys held talks with Sergei Lavrov.", "meeting", "participant")]
    [TestCase("The delegation visited Moscow on Monday.", "meeting", "visitor")]
    public void A_past_form_after_a_group_is_its_verb_not_a_noun(string text, string eventType, string role)
    {
        var claim = Single(text, eventType);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Form, Is.EqualTo(TriggerForm.Active));
            Assert.That(Names(claim, role), Does.Contain(text.Split(' ')[0] + " " + text.Split(' ')[1]));
        });
    }

    [Test]
    public void A_denied_arrival_is_a_denied_claim_of_the_visit()
    {
        var claim = Single("Israel denies the arrival of a Hamas delegation in Jerusalem.", "meeting");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Polarity, Is.EqualTo(Polarity.Denied));
            Assert.That(claim.PolarityCue, Is.EqualTo("deny"));
            Assert.That(claim.Role("visitor")!.Mentions.Single().Resolved.Affiliations, Does.Contain("hamas"));
            Assert.That(Names(claim, "place"), Is.EqualTo(new[] { "Jerusalem" }));
            // The one who denies is not the one who came.
            Assert.That(Names(claim, "visitor"), Has.None.EqualTo("Israel"));
        });
    }

    [TestCase("Qatar says Hezbollah allegedly attacked Israel on 3 March 2022.", "attack", true, "allegedly", "Qatar")]
    [TestCase("Egypt claimed that Hamas freed two captives on 4 June 2022, but evidence is lacking.", "release", true, "claim", "Egypt")]
    [TestCase("Qatar says Hezbollah attacked Israel on 3 March 2022.", "attack", false, null, "Qatar")]
    [TestCase("Hezbollah attacked Israel on 3 March 2022, according to Qatar.", "attack", false, null, "Qatar")]
    [TestCase("Hezbollah attacked Israel on 3 March 2022.", "attack", false, null, null)]
    public void Hedges_and_speakers_are_kept_with_the_claim(string text, string eventType, bool hedged, string? hedgeCue, string? speaker)
    {
        var claim = Single(text, eventType);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Hedged, Is.EqualTo(hedged));
            Assert.That(claim.HedgeCue, Is.EqualTo(hedgeCue));
            Assert.That(claim.Attribution, Is.EqualTo(speaker));
            Assert.That(claim.Polarity, Is.EqualTo(Polarity.Asserted));
        });
    }

    [TestCase("Qatar says 40 people were killed in the Hezbollah raid on the town.", "Hezbollah")]
    [TestCase("Egypt reported that 40 people were killed in the raid on the town.", null)]
    [TestCase("Hezbollah carried out a raid on the town on 3 March 2022.", "Hezbollah")]
    [TestCase("Qatar says 40 people were killed in the Oct 7 raid on the town.", null)]
    [TestCase("A Hezbollah delegation took part in talks in Doha two weeks after the raid on Rafah.", null)]
    public void The_speaker_before_a_noun_trigger_is_not_its_subject(string text, string? agent)
    {
        var claim = Claims(text, "attack").First();
        Assert.That(Names(claim, "agent"), Is.EqualTo(agent is null ? Array.Empty<string>() : new[] { agent }));
    }

    [TestCase("Qatar says 40 people died in the raid on Rafah and that 20 are held in Gaza.", "Rafah")]
    [TestCase("Qatar says 40 people died in the raid and that 20 are held in Gaza.", null)]
    public void A_clause_joined_by_and_that_gives_the_trigger_no_place(string text, string? target)
    {
        var claim = Claims(text, "attack").First();
        Assert.That(Names(claim, "target"), Is.EqualTo(target is null ? Array.Empty<string>() : new[] { target }));
    }

    [TestCase("Among those freed on Sunday was Dana Levin.", "release", "released", "Dana Levin")]
    [TestCase("Among those killed were two Jordanian envoys.", "killing", "victim", "two Jordanian envoys")]
    [TestCase("Released in Gaza on Sunday was Dana Levin.", "release", "released", "Dana Levin")]
    public void The_subject_of_those_with_a_participle_follows_the_verb(string text, string eventType, string role, string name)
    {
        var claim = Single(text, eventType);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Form, Is.EqualTo(TriggerForm.Passive));
            Assert.That(Names(claim, role), Is.EqualTo(new[] { name }));
        });
    }

    [TestCase("Crowds gathered in Riga on 2 June 2022 to celebrate the release of Dana Levin.", null)]
    [TestCase("Crowds in Riga celebrated the release of Dana Levin on 2 June 2022.", "2022-06-02")]
    [TestCase("The release of Dana Levin on 2 June 2022 was celebrated in Riga.", "2022-06-02")]
    public void A_date_before_an_infinitive_of_purpose_is_not_the_nouns(string text, string? iso)
    {
        var claim = Single(text, "release");
        Assert.That(claim.Date?.Iso, Is.EqualTo(iso));
    }

    [Test]
    public void A_participle_after_a_noun_that_cannot_be_its_subject_takes_none_from_further_back()
    {
        var claims = Claims("Joe Biden offered his condolences for the Jordanian envoys killed in the raid.", "killing");
        Assert.That(claims.SelectMany(c => Names(c, "victim")), Has.None.EqualTo("Joe Biden"));
    }

    [TestCase("Qatar hosted the talks on 20 June 2022, two weeks after the Hezbollah raid on the town.", null)]
    [TestCase("Qatar hosted the talks on 20 June 2022, weeks after the Hezbollah raid on the town.", null)]
    [TestCase("Qatar hosted the talks two weeks after the Hezbollah raid on the town on 6 June 2022.", "2022-06-06")]
    public void A_noun_after_a_temporal_preposition_takes_only_the_dates_of_its_own_phrase(string text, string? iso)
    {
        var claim = Single(text, "attack");
        Assert.That(claim.Date?.Iso, Is.EqualTo(iso));
    }

    [TestCase("Omer Shalev, Hezbollah's envoy since 2019, was killed in Amman on 2 June 2022.", "2022-06-02")]
    [TestCase("Omer Shalev, Hezbollah's envoy until 2019, was killed in Amman on 2 June 2022.", "2022-06-02")]
    [TestCase("Omer Shalev was killed in Amman on 2 June 2022, his envoy since 2019, Qatar said.", "2022-06-02")]
    [TestCase("Omer Shalev, Hezbollah's envoy since 2019, was killed in Amman.", "2019")]
    public void A_date_in_an_aside_opened_by_since_comes_after_the_dates_outside_it(string text, string iso)
    {
        var claim = Single(text, "killing");
        Assert.That(claim.Date?.Iso, Is.EqualTo(iso));
    }

    [TestCase("Omer Shalev, a farmer who was seized on 7 May 2021, was freed by Hezbollah on 2 June 2022.", "2022-06-02")]
    [TestCase("Omer Shalev, who had been held since 7 May 2021, was freed by Hezbollah on Sunday.", "2024-01-14")]
    [TestCase("Omer Shalev, a farmer who was seized on 7 May 2021, was freed by Hezbollah.", null)]
    [TestCase("Omer Shalev was freed by Hezbollah on 2 June 2022, which was a Thursday, Qatar said.", "2022-06-02")]
    public void A_date_in_a_relative_clause_between_commas_before_the_trigger_is_not_the_trigger_s(string text, string? iso)
    {
        var claim = Single(text, "release");
        Assert.That(claim.Date?.Iso, Is.EqualTo(iso));
    }

    [TestCase("Omer Shalev (head of the Main Directorate of Jordan) alleged that Iran had shipped rockets to Hezbollah.", "Omer Shalev")]
    [TestCase("Omer Shalev (Jordan) alleged that Iran had shipped rockets to Hezbollah.", "Omer Shalev")]
    public void A_parenthesis_before_the_verb_is_skipped_to_find_its_speaker(string text, string speaker)
    {
        var claim = Single(text, "supply");
        Assert.That(claim.Attribution, Is.EqualTo(speaker));
    }

    [TestCase("A text drafted by Egypt failed to win the votes it needed.", "Egypt")]
    [TestCase("A draft sponsored by Jordan was voted down.", "Jordan")]
    [TestCase("A Jordanian draft calling for an immediate truce along the whole of the border was voted down.", "Jordanian")]
    public void The_sponsor_of_an_item_stands_before_it_or_after_it_with_by(string text, string sponsor)
    {
        var claim = Single(text, "draft");
        Assert.That(Names(claim, "sponsor"), Is.EqualTo(new[] { sponsor }));
    }

    [Test]
    public void An_item_further_back_than_eight_words_is_not_taken_across_a_comma()
    {
        Assert.That(Claims("Egypt's draft was shelved, and the long campaign calling for a truce along the border failed.", "draft"), Is.Empty);
    }

    [Test]
    public void The_speaker_of_a_relative_who_clause_is_the_person_before_the_appositive()
    {
        var claim = Single("The charge came from Omer Shalev, head of Jordan's army, who alleged that Iran had shipped rockets to Hezbollah.", "supply");
        Assert.That(claim.Attribution, Is.EqualTo("Omer Shalev"));
    }

    [Test]
    public void Every_name_of_a_listed_subject_is_released()
    {
        var claim = Single("Dana Levin and Omer Shalev, both held for months, were released on 2 June 2022.", "release");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Form, Is.EqualTo(TriggerForm.Passive));
            Assert.That(Names(claim, "released"), Is.EqualTo(new[] { "Dana Levin", "Omer Shalev" }));
            Assert.That(claim.Date?.Iso, Is.EqualTo("2022-06-02"));
        });
    }

    [Test]
    public void A_group_named_after_a_dash_stands_for_the_people_named()
    {
        var claim = Single("Hamas freed two dual nationals — Noa Peled, 50, and her mother, Ruth Amsel, 73.", "release");
        var released = Names(claim, "released");
        Assert.Multiple(() =>
        {
            Assert.That(released.Distinct(), Is.EquivalentTo(new[] { "Noa Peled", "Ruth Amsel" }));
            Assert.That(released, Has.None.Contains("nationals"));
            Assert.That(Names(claim, "releaser"), Is.EqualTo(new[] { "Hamas" }));
        });
    }

    [TestCase("Crowds cheered the next freeing of two captives by Hamas.", "two captives", null)]
    [TestCase("Egypt praised the swift freeing of Dana Levin by Hamas on 4 June 2022.", "Dana Levin", "2022-06-04")]
    public void A_gerund_with_an_of_phrase_is_read_as_a_noun(string text, string released, string? date)
    {
        var claim = Single(text, "release");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Form, Is.EqualTo(TriggerForm.Noun));
            Assert.That(Names(claim, "released"), Is.EqualTo(new[] { released }));
            // The releaser comes from "by", never from the subject of the sentence's own verb.
            Assert.That(Names(claim, "releaser"), Is.EqualTo(new[] { "Hamas" }));
            Assert.That(claim.Date?.Iso, Is.EqualTo(date));
        });
    }

    [TestCase("Egypt rejected reports that it armed Hezbollah.", "Egypt", "Hezbollah")]
    [TestCase("Qatar denied claims that it shipped drones to Hamas.", "Qatar", "Hamas")]
    public void A_verb_after_that_and_a_pronoun_is_a_verb(string text, string supplier, string recipient)
    {
        var claim = Single(text, "supply");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Form, Is.EqualTo(TriggerForm.Active));
            Assert.That(Names(claim, "supplier"), Is.EqualTo(new[] { supplier }));
            Assert.That(Names(claim, "recipient"), Is.EqualTo(new[] { recipient }));
            Assert.That(claim.Polarity, Is.EqualTo(Polarity.Denied));
        });
    }

    [Test]
    public void An_object_after_a_place_next_to_the_verb_is_still_the_object()
    {
        var claim = Single("On 3 May 2022 Sergei Lavrov received in Moscow a delegation of Hezbollah.", "meeting");
        Assert.Multiple(() =>
        {
            Assert.That(Names(claim, "host"), Is.EqualTo(new[] { "Sergei Lavrov" }));
            Assert.That(Names(claim, "visitor"), Is.EqualTo(new[] { "a delegation of Hezbollah" }));
            Assert.That(Names(claim, "place"), Is.EqualTo(new[] { "Moscow" }));
        });
    }

    [Test]
    public void A_demonym_before_an_organisation_leaves_the_group_to_the_organisation()
    {
        var claim = Single("Qatar received a delegation of the Lebanese Hezbollah movement on 4 May 2021.", "meeting");
        var visitor = claim.Role("visitor")!.Mentions.Single();
        Assert.That(visitor.Affiliations, Is.EqualTo(new[] { "hezbollah" }));
    }

    [TestCase("Qatar received a delegation of the Lebanese movement Hezbollah on 4 May 2021.")]
    [TestCase("Qatar received a delegation of the Lebanese group Hezbollah on 4 May 2021.")]
    public void A_demonym_before_a_kind_of_group_and_its_name_leaves_the_group_to_the_name(string text)
    {
        var claim = Single(text, "meeting");
        var visitor = claim.Role("visitor")!.Mentions.Single();
        Assert.That(visitor.Affiliations, Is.EqualTo(new[] { "hezbollah" }));
    }

    [TestCase("A Qatari draft calling for a truce was voted down on 4 May 2021.", 1)]
    [TestCase("A Qatari draft that called for a truce was rejected on 4 May 2021.", 1)]
    [TestCase("A Qatari draft on a truce was voted down on 4 May 2021.", 1)]
    [TestCase("Egypt is calling for a Qatari draft to be voted down.", 0)]
    public void A_cue_that_describes_the_item_does_not_make_the_claim_wanted(string text, int expected)
    {
        Assert.That(Claims(text, "draft"), Has.Count.EqualTo(expected));
    }

    [Test]
    public void A_place_after_a_word_of_direction_is_not_the_subject_of_a_participle()
    {
        var tolls = Claims("Islamic Jihad gunmen crossed into northern Jordan, killing about 40 civilians.", "attack").Where(c => c.Rule.Id == "attack.toll").ToList();
        Assert.That(tolls, Is.Not.Empty);
        Assert.That(tolls.Select(c => c.Role("agent")!.Mentions.Single().Resolved.Affiliations), Has.All.Contain("islamic-jihad"));
    }

    [Test]
    public void A_place_after_an_appositive_and_a_date_is_still_the_place()
    {
        var claim = Single("The killing of Omar Haddad, a commander, on 3 June 2021, in Doha, shocked the region.", "killing");
        Assert.Multiple(() =>
        {
            Assert.That(Names(claim, "victim"), Is.EqualTo(new[] { "Omar Haddad" }));
            Assert.That(Names(claim, "place"), Is.EqualTo(new[] { "Doha" }));
            Assert.That(claim.Date?.Iso, Is.EqualTo("2021-06-03"));
        });
    }

    [Test]
    public void A_participle_after_its_noun_is_a_reduced_passive()
    {
        // Published on Monday 15 January 2024: "on Sunday" is the 14th.
        var claim = Single("The three hostages with Russian passports released on Sunday are in good health.", "release");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Form, Is.EqualTo(TriggerForm.Passive));
            Assert.That(claim.Count?.Value, Is.EqualTo(3m));
            Assert.That(claim.Role("released")!.Mentions.Single().Resolved.DescriptorClass, Is.EqualTo("captive"));
            // The hostages are the ones released, not the ones who released.
            Assert.That(claim.Role("releaser"), Is.Null);
            Assert.That(claim.Date?.Iso, Is.EqualTo("2024-01-14"));
        });
    }

    [Test]
    public void An_object_relative_gives_the_victims_before_the_killer()
    {
        var claim = Single("The bodies of the four captives Hezbollah killed were found near Rafah.", "killing");
        Assert.Multiple(() =>
        {
            Assert.That(Names(claim, "killer"), Is.EqualTo(new[] { "Hezbollah" }));
            Assert.That(claim.Count?.Value, Is.EqualTo(4m));
            Assert.That(claim.Role("victim")!.Mentions.Single().Resolved.Count?.Value, Is.EqualTo(4m));
            Assert.That(Names(claim, "place"), Is.EqualTo(new[] { "Rafah" }));
        });
    }

    [TestCase("Dana Levin, whom Omer Shalev described as a nurse when captured, is now at home.")]
    [TestCase("Dana Levin, whom Omer Shalev said was captured in 2019, is now at home.")]
    [TestCase("Dana Levin, who Omer Shalev believes was abducted in 2019, is now at home.")]
    public void The_subject_of_an_object_relative_is_the_speaker_not_the_captive(string text)
    {
        var claim = Single(text, "captivity");
        Assert.That(Names(claim, "captive"), Is.EqualTo(new[] { "Dana Levin" }));
    }

    [TestCase("Two Hezbollah leaders had warned of the raid, in which 40 people were killed.", new string[0])]
    [TestCase("Two Hezbollah leaders had warned of the raid, during which 40 people were killed.", new string[0])]
    [TestCase("Two Hezbollah leaders had warned of the raid, in which three hostages were killed.", new[] { "three hostages" })]
    [TestCase("Two Hezbollah leaders, six of whom were killed, had warned of the raid.", new[] { "Two Hezbollah leaders" })]
    public void The_subject_after_in_which_is_the_victim_never_a_name_before_it(string text, string[] victims)
    {
        var killings = Claims(text, "killing");
        Assert.That(killings.SelectMany(c => Names(c, "victim")), Is.EqualTo(victims));
    }

    [TestCase("Islamic Jihad vowed to kill the Jordanian envoy.")]
    [TestCase("Islamic Jihad has sworn to kill the Jordanian envoy.")]
    [TestCase("Hezbollah repeated its threat to kill two captives in Gaza.")]
    [TestCase("Hezbollah pledged to kill two captives in Gaza.")]
    public void A_vow_or_threat_to_kill_is_not_a_killing(string text)
    {
        Assert.That(Claims(text, "killing"), Is.Empty);
    }

    [Test]
    public void A_wire_service_is_never_a_party_to_what_it_reports()
    {
        // "their" stands for the agency named before it, which reports the meeting and takes no part in it.
        var claim = Single("Interfax later reported that, in their meeting with Sergei Lavrov, the Hezbollah envoys asked for aid.", "meeting");
        var participants = Names(claim, "participant");
        Assert.Multiple(() =>
        {
            Assert.That(participants, Does.Contain("Sergei Lavrov"));
            Assert.That(participants, Has.None.EqualTo("Interfax"));
        });
    }

    [TestCase("Qatar welcomed the deputy head of the Hezbollah political council, Omar Haddad, in Doha on 3 May 2021.", "visitor", "Omar Haddad")]
    [TestCase("Sergei Lavrov met with the leader of the group, Omar Haddad, in Moscow.", "participant", "Omar Haddad")]
    [TestCase("Sergei Lavrov met with the leader of the group, Omar Haddad's deputy, in Moscow.", "participant", "leader")]
    public void A_title_followed_by_a_name_between_commas_is_the_person_named(string text, string role, string expected)
    {
        var claim = Single(text, "meeting");
        Assert.That(Names(claim, role), Does.Contain(expected));
    }

    [TestCase("Troops found four hostages near Rafah on 3 May 2021. Omer Shalev was among them. The army says the four were shot dead by their captors.", "four hostages", 4)]
    [TestCase("Troops found four hostages near Rafah on 3 May 2021. All four had been killed by Hezbollah.", "four hostages", 4)]
    public void A_bare_numeral_stands_for_the_group_of_that_count_named_before(string text, string victim, int count)
    {
        var killings = Claims(text, "killing");
        Assert.That(killings, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(Names(killings[0], "victim"), Is.EqualTo(new[] { victim }));
            Assert.That(killings[0].Count?.Value, Is.EqualTo((decimal)count));
        });
    }

    [TestCase("Troops found four hostages near Rafah on 3 May 2021. The army says the three were shot dead by their captors.")]
    [TestCase("Troops found four hostages near Rafah on 3 May 2021. The army says the four soldiers were shot dead by their captors.")]
    public void A_numeral_with_no_group_of_its_count_or_with_its_own_noun_stands_for_nothing_before(string text)
    {
        Assert.That(Claims(text, "killing").SelectMany(c => Names(c, "victim")), Has.None.EqualTo("four hostages"));
    }

    [TestCase("Vladimir Putin was in Minsk on Monday. The Russian leader phoned Joe Biden on Tuesday.", "caller", "Vladimir Putin")]
    [TestCase("Vladimir Putin was in Minsk on Monday. The Russian president phoned Joe Biden on Tuesday.", "caller", "Vladimir Putin")]
    [TestCase("Benjamin Netanyahu was in Haifa on Monday. Joe Biden phoned Israel's prime minister on Tuesday.", "callee", "Benjamin Netanyahu")]
    [TestCase("Benjamin Netanyahu was in Haifa on Monday. Joe Biden phoned the Israeli prime minister on Tuesday.", "callee", "Benjamin Netanyahu")]
    [TestCase("The Russian leader phoned Joe Biden on Tuesday.", "caller", "Russian leader")]
    [TestCase("Vladimir Putin was in Minsk on Monday. The Russian foreign minister phoned Joe Biden on Tuesday.", "caller", "Russian foreign minister")]
    [TestCase("Vladimir Putin was in Minsk on Monday. The former Russian president phoned Joe Biden on Tuesday.", "caller", "Russian president")]
    public void A_country_s_office_standing_alone_is_the_holder_named_before(string text, string role, string expected)
    {
        var claim = Single(text, "call");
        Assert.That(Names(claim, role), Is.EqualTo(new[] { expected }));
    }

    [TestCase("Iran has shipped hundreds of Mohajers to Syria since 2021.", "Mohajers")]
    [TestCase("Iran has shipped Mohajer drones to Syria since 2021.", "drones")]
    [TestCase("Iran has shipped hundreds of cars to Syria since 2021.", null)]
    public void A_weapon_model_by_its_name_stands_for_the_arms_word(string text, string? item)
    {
        var claims = Claims(text, "supply");
        Assert.That(claims.Select(c => c.Item), Is.EqualTo(item is null ? Array.Empty<string>() : new[] { item }));
    }

    // A live blog published on Friday 19 January 2024.
    [TestCase("09:40 Talks resume\nHezbollah has freed Mark Levin, Qatar says.", "2024-01-19")]
    [TestCase("09:40 Talks resume\nMark Levin has been freed by Hezbollah.", "2024-01-19")]
    [TestCase("Thursday, 18 January 2024\n21:15 Late news\nHezbollah has now freed Mark Levin.", "2024-01-18")]
    [TestCase("09:40 Talks resume\nHezbollah freed Mark Levin after a week.", null)]
    [TestCase("Talks resume\nHezbollah has freed Mark Levin, Qatar says.", null)]
    [TestCase("09:40 Talks resume\nHezbollah has freed Mark Levin on Tuesday, Qatar says.", "2024-01-16")]
    [TestCase("Thursday, 18 January 2024\n10:52 p.m. ET\nHezbollah has freed Mark Levin, Qatar says.", null)]
    [TestCase("Thursday, 18 January 2024\n23:40 GMT Late news\nHezbollah has now freed Mark Levin.", null)]
    [TestCase("Thursday, 18 January 2024\n9:15 p.m. Late news\nHezbollah has now freed Mark Levin.", "2024-01-18")]
    public void A_live_entry_in_the_present_perfect_is_dated_by_the_blog_s_day(string text, string? date)
    {
        var claim = Single(text, "release", published: "2024-01-19");
        Assert.That(claim.Date?.Iso, Is.EqualTo(date));
    }

    // Published on Friday 19 January 2024.
    [TestCase("Q: On Tuesday a Hezbollah delegation was in Moscow. Who did they see?\nA: Sergei Lavrov met the delegation.", "2024-01-16")]
    [TestCase("Q: Who did the Hezbollah envoys see on Tuesday?\nA: Sergei Lavrov met a Hezbollah delegation in Moscow.", "2024-01-16")]
    [TestCase("Q: Who did the Hezbollah envoys see on Tuesday?\nA: Sergei Lavrov met a Hezbollah delegation on Wednesday.", "2024-01-17")]
    [TestCase("On Tuesday a Hezbollah delegation was in Moscow.\nSergei Lavrov met the delegation.", null)]
    [TestCase("Q: Who did the Hezbollah envoys see on Tuesday? Sergei Lavrov met a Hezbollah delegation.", null)]
    public void A_line_that_answers_a_question_takes_the_question_s_date(string text, string? date)
    {
        var claim = Single(text, "meeting", published: "2024-01-19");
        Assert.That(claim.Date?.Iso, Is.EqualTo(date));
    }

    [TestCase("Qatar on Friday denied that a Hezbollah delegation had visited Doha.", null)]
    [TestCase("Qatar denied on Friday that a Hezbollah delegation had visited Doha.", null)]
    [TestCase("Qatar on Friday dismissed claims that a Hezbollah delegation had come to Doha.", null)]
    [TestCase("Qatar denied on Friday that a Hezbollah delegation had visited Doha on Wednesday.", "2024-01-17")]
    public void A_date_beside_the_denial_dates_the_denial_not_what_is_denied(string text, string? date)
    {
        var claim = Single(text, "meeting", published: "2024-01-19");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Polarity, Is.EqualTo(Polarity.Denied));
            Assert.That(claim.Date?.Iso, Is.EqualTo(date));
            // The denial's day still places the claim for alignment, as the context of the sentences before would.
            Assert.That(claim.ContextDate?.Iso, Is.EqualTo(date is null ? "2024-01-19" : null));
        });
    }

    [Test]
    public void A_date_after_a_denied_event_is_its_own()
    {
        var claim = Single("Qatar denied that a Hezbollah delegation visited Doha on Friday.", "meeting", published: "2024-01-19");
        Assert.That(claim.Date?.Iso, Is.EqualTo("2024-01-19"));
    }

    [Test]
    public void A_role_of_many_gathers_every_side_and_the_roles_after_it_keep_their_own()
    {
        // The subject and the object both name participants; the place is the next role's.
        var claim = Single("Sergei Lavrov met a Hezbollah delegation in Moscow on 8 June 2021.", "meeting");
        Assert.Multiple(() =>
        {
            var participants = claim.Role("participant")!.Mentions;
            Assert.That(participants, Has.Length.EqualTo(2));
            Assert.That(Extractor.Display(participants[0]), Is.EqualTo("Sergei Lavrov"));
            Assert.That(participants[1].Resolved.Affiliations, Does.Contain("hezbollah"));
            Assert.That(claim.Role("participant")!.Source, Is.EqualTo("subject"));
            Assert.That(Names(claim, "place"), Is.EqualTo(new[] { "Moscow" }));
        });
    }

    [Test]
    public void A_trigger_missing_a_required_role_leaves_nothing_to_the_next()
    {
        // The first killing names a killer but no victim; the second claim holds only its own sentence's roles.
        var claims = Claims("Hamas killed. Hezbollah killed two hostages near Rafah on 3 March 2022.", "killing");
        Assert.That(claims, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(Names(claims[0], "killer"), Is.EqualTo(new[] { "Hezbollah" }));
            Assert.That(claims[0].Role("victim")!.Mentions.Single().Resolved.Count?.Value, Is.EqualTo(2m));
            Assert.That(Names(claims[0], "place"), Is.EqualTo(new[] { "Rafah" }));
        });
    }

    [Test]
    public void Days_after_an_event_date_the_later_event_and_leave_the_anchor_its_own_date()
    {
        const string text = "Only 10 days after the raid on 7 October 2023, Sergei Lavrov phoned Mahmoud Abbas.";
        var call = Single(text, "call");
        var raid = Single(text, "attack");
        Assert.Multiple(() =>
        {
            Assert.That(call.Date?.Iso, Is.EqualTo("2023-10-17"));
            Assert.That(Names(call, "caller"), Is.EqualTo(new[] { "Sergei Lavrov" }));
            Assert.That(Names(call, "callee"), Is.EqualTo(new[] { "Mahmoud Abbas" }));
            Assert.That(raid.Date?.Iso, Is.EqualTo("2023-10-07"));
        });
    }

    [Test]
    public void The_attack_pointing_back_in_its_own_sentence_is_not_a_second_attack()
    {
        var claim = Single("Hezbollah attacked Israel on 3 March 2022, and Egypt said the attack was a mistake.", "attack");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Trigger, Is.EqualTo("attacked"));
            Assert.That(Names(claim, "agent"), Is.EqualTo(new[] { "Hezbollah" }));
            Assert.That(Names(claim, "target"), Is.EqualTo(new[] { "Israel" }));
        });
    }

    [TestCase("Hamas launched three hostages toward the crossing on Sunday.", 1)]
    [TestCase("Hezbollah launched rockets at Israel on Sunday.", 0)]
    [TestCase("Qatar launched a new mediation effort.", 0)]
    public void A_weak_trigger_needs_captives_to_release(string text, int releases)
    {
        var claims = Claims(text, "release");
        Assert.That(claims, Has.Count.EqualTo(releases));
        if (releases == 1)
        {
            Assert.That(claims[0].Count?.Value, Is.EqualTo(3m));
            Assert.That(Names(claims[0], "releaser"), Is.EqualTo(new[] { "Hamas" }));
        }
    }

    [TestCase("Iran warned that supplying weapons to Hezbollah will push Israel to act.", 0)]
    [TestCase("Iran warned that supplying drones to Hezbollah could push Israel to act.", 0)]
    [TestCase("Iran admitted that supplying weapons to Hezbollah pushed Israel to act.", 1)]
    [TestCase("Iran supplied weapons to Hezbollah.", 1)]
    public void A_gerund_followed_by_a_modal_is_hypothetical(string text, int supplies)
    {
        var claims = Claims(text, "supply");
        Assert.That(claims, Has.Count.EqualTo(supplies));
        if (supplies == 1)
        {
            Assert.That(Names(claims[0], "supplier"), Is.EqualTo(new[] { "Iran" }));
            Assert.That(Names(claims[0], "recipient"), Is.EqualTo(new[] { "Hezbollah" }));
        }
    }

    [Test]
    public void A_word_of_the_supplied_item_is_not_a_party_to_it()
    {
        var claim = Single("The United States sent military aid to Ukraine on 2 March 2022.", "supply");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Item, Is.EqualTo("military aid"));
            Assert.That(Names(claim, "supplier"), Is.EqualTo(new[] { "United States" }));
            Assert.That(Names(claim, "recipient"), Is.EqualTo(new[] { "Ukraine" }));
            Assert.That(claim.Roles.SelectMany(r => r.Mentions).Select(m => m.Text), Has.None.EqualTo("military"));
        });
    }

    [TestCase("The United States sent military assistance to Ukraine on 2 March 2022.", "military assistance")]
    [TestCase("The United States sent air defence systems to Ukraine on 2 March 2022.", "air defence systems")]
    [TestCase("The United States sent rockets to Ukraine on 2 March 2022.", "rockets")]
    public void The_supplied_item_is_the_listed_phrase_standing_in_the_sentence(string text, string item)
    {
        // "military assistance" shares its first word with "military aid", which is listed before it.
        Assert.That(Single(text, "supply").Item, Is.EqualTo(item));
    }

    [TestCase("Dana Levin and Omer Shalev, both held for months, were released on 2 June 2022.")]
    [TestCase("Only 10 days after the raid on 7 October 2023, Sergei Lavrov phoned Mahmoud Abbas.")]
    [TestCase("The bodies of the four captives Hezbollah killed were found near Rafah.")]
    [TestCase("Egypt praised the swift freeing of Dana Levin by Hamas on 4 June 2022.")]
    public void Every_claim_points_at_its_sentence_and_trigger(string text)
    {
        var article = TestArticles.Make("Something else happened first. " + text);
        var claims = Extractor.Analyse(article).Claims;
        Assert.That(claims, Is.Not.Empty);
        foreach (var c in claims)
        {
            Assert.That(c.Sentence.Text, Is.EqualTo(text));
            Assert.That(article.Text[c.Sentence.Start..c.Sentence.End], Is.EqualTo(c.Sentence.Text));
            Assert.That(article.Text[c.TriggerSpan.Start..c.TriggerSpan.End], Is.EqualTo(c.Trigger));
        }
    }

    // Measure forms are matched by word number: a form that only starts like another ("taken hostage" against
    // "taken into captivity") must not be taken for it, and a form of several words must be found whole.
    [TestCase("In total 250 people were taken into captivity.", "abducted", "taken into captivity", 250)]
    [TestCase("Another 12 people were taken hostage.", "abducted", "taken hostage", 12)]
    public void A_toll_without_its_event_is_read_as_a_measure_of_the_event_before(string toll, string measure, string trigger, int count)
    {
        var claims = Extractor.Analyse(TestArticles.Make("Hezbollah attacked Israel on 3 March 2022. " + toll)).Claims;
        var detached = claims.Where(c => c.Sentence.Index == 1 && c.Measure is not null).ToList();
        Assert.That(detached, Has.Count.EqualTo(1), string.Join("; ", claims.Select(c => $"{c.Sentence.Index} {c.Trigger} {c.Measure}")));
        Assert.Multiple(() =>
        {
            Assert.That(detached[0].EventType, Is.EqualTo("attack"));
            Assert.That(detached[0].Measure, Is.EqualTo(measure));
            Assert.That(detached[0].Trigger, Is.EqualTo(trigger));
            Assert.That(detached[0].Count!.Value, Is.EqualTo((decimal)count));
            Assert.That(Names(detached[0], "agent"), Is.EqualTo(new[] { "Hezbollah" }));
        });
    }

    // A word is compared with a cue list only when its cue-start flags say a cue can start at it: over every word of
    // the seed articles and of sentences written to hold cue words in their inflected, contracted and capitalised
    // forms, the flags must pass over no cue that trying every cue finds.
    [Test]
    public void Cue_start_flags_pass_over_no_cue()
    {
        var texts = new List<string>
        {
            "Israel denied reports that Hamas didn't free the captives, and Egypt cannot confirm it.",
            "Qatar Denies That Hamas Refused To Release Anyone, According To Officials.",
            "Officials said the group allegedly refrained from attacking; no evidence was given, reportedly.",
            "He's been saying it wouldn't happen: they'd stop short of a deal to free them in order to push for talks.",
            "DENIED: Iran's minister rejects reports, dismissing as false the claims it would fall short of commitments.",
            "Carried out, staged, mounted, conducted and drawn up: the plans were handed over, given, sent and presented.",
            "Deny, denies, denying, denial, tells, told, telling, quoted, cited, noted, wrote, writing, announced.",
            "’s n’t ’ ' - — “Said” ‘claimed’ Éloigné said, « déclare » ıs ſtill IMMEDIATELY Being.",
        };
        var reader = new Compare.Articles.ArticleReader(line => Compare.Recognition.Dates.DateRecognizer.ParseDateline(line));
        var seeds = reader.Read([RepositoryPaths.Seeds]);
        Assert.That(seeds.Articles, Is.Not.Empty);
        var sentences = 0;
        var misses = 0;
        var factMisses = 0;
        foreach (var article in seeds.Articles.Concat(texts.Select(t => TestArticles.Make(t))))
        {
            foreach (var sentence in Compare.Text.SentenceSegmenter.Segment(article.Text, article.BodyStart))
            {
                sentences++;
                misses += Extractor.CueStartMisses(sentence.Tokens);
                factMisses += Extractor.FactMisses(sentence.Tokens);
            }
        }

        Assert.That(sentences, Is.GreaterThan(100));
        Assert.That(misses, Is.Zero);
        Assert.That(factMisses, Is.Zero, "words read with facts other than their definitions give");
    }

    [TestCase("Hezbollah gunmen killed 40 Israelis on 3 May 2019.", "israel", 40)]
    [TestCase("Islamic Jihad fighters massacred more than 300 Ukrainians in 2016.", "ukraine", 300)]
    [TestCase("Hezbollah militants killed eleven Iranians in 2015.", "iran", 11)]
    public void A_plural_demonym_after_a_count_is_people_of_that_country(string text, string country, int count)
    {
        var claim = Claims(text, "attack").First(c => c.Measure is null);
        var victims = claim.Role("victims")!.Mentions.Single();
        Assert.Multiple(() =>
        {
            Assert.That(victims.Kind, Is.EqualTo(EntityKinds.Group));
            Assert.That(victims.DescriptorClass, Is.EqualTo("people"));
            Assert.That(victims.Affiliations, Does.Contain(country));
            Assert.That(claim.Count, Has.Property("Value").EqualTo(count));
        });
    }


    [TestCase("Jordan's foreign ministry summoned the Qatari envoy and condemned the raid.", "Jordan")]
    [TestCase("Egypt recalled its ambassador and condemned the strike.", "Egypt")]
    [TestCase("After Turkey hosted the Qatari envoy, Egypt condemned the strike.", "Egypt")]
    public void Verbs_joined_by_and_share_the_first_verbs_subject(string text, string condemner)
    {
        Assert.That(Names(Single(text, "condemnation"), "condemner"), Is.EqualTo(new[] { condemner }));
    }


    [Test]
    public void A_pronoun_after_a_capital_named_as_a_place_stands_for_the_delegation_not_the_capital()
    {
        var claim = Single("A Hezbollah delegation was in Moscow on 3 May 2021 for talks, where it met Sergei Lavrov.", "meeting");
        Assert.That(Names(claim, "participant"), Does.Not.Contain("Moscow").And.Not.Contain("Russia"));
        Assert.That(claim.Role("participant")!.Mentions.Select(m => m.Resolved.DescriptorClass), Does.Contain("delegation"));
    }

    [Test]
    public void Captives_received_from_an_organisation_are_released_by_it()
    {
        var claim = Single("The Red Cross received two hostages from Islamic Jihad on 3 May 2021.", "release");
        Assert.Multiple(() =>
        {
            Assert.That(Names(claim, "releaser"), Is.EqualTo(new[] { "Islamic Jihad" }));
            Assert.That(claim.Role("released")!.Mentions.Single().Resolved.Affiliations, Does.Not.Contain("islamic-jihad"));
        });
    }

    [TestCase("Qatar asked Hezbollah to free the captives on 3 May 2021.", 0)]
    [TestCase("Qatar requested that Hezbollah release the captives on 3 May 2021.", 0)]
    [TestCase("Hezbollah freed the captives on 3 May 2021.", 1)]
    public void A_request_to_free_captives_is_no_release(string text, int expected)
    {
        Assert.That(Claims(text, "release"), Has.Count.EqualTo(expected));
    }


    [TestCase("Hezbollah met the envoy in May. Its spokesman told Reuters that the movement was ready to free two captives.", "Hezbollah")]
    [TestCase("An Islamic Jihad official told AFP that the organisation was willing to free three captives.", "Islamic Jihad")]
    public void The_movement_stands_for_the_organisation_named_last_never_a_wire_service(string text, string offerer)
    {
        Assert.That(Names(Claims(text, "release-offer").Single(c => c.Count is not null), "offerer"), Is.EqualTo(new[] { offerer }));
    }


    [TestCase("Hezbollah deputy chief Ali Hamdan met the envoy in Doha. Hamdan told Reuters that the group was ready to free two captives.", "Hezbollah")]
    [TestCase("An Islamic Jihad official told AFP on Monday that the group was willing to free three captives.", "Islamic Jihad")]
    [TestCase("Egypt's foreign ministry said on Monday that Islamic Jihad had spoken with it and that the group was prepared to free four captives.", "Islamic Jihad")]
    public void The_group_stands_for_the_organisation_named_last_of_no_state(string text, string offerer)
    {
        Assert.That(Names(Claims(text, "release-offer").Single(c => c.Count is not null), "offerer"), Is.EqualTo(new[] { offerer }));
    }

    [TestCase("A Hezbollah delegation reached Doha on Monday. Qatar said the group was ready to free two captives.")]
    [TestCase("Qatar's foreign ministry said the group was ready to free two captives.")]
    public void The_group_after_a_delegation_or_a_ministry_is_no_organisation(string text)
    {
        Assert.That(Claims(text, "release-offer").SelectMany(c => c.Role("offerer")?.Mentions ?? []).Select(m => m.Resolved.Kind), Has.None.EqualTo(EntityKinds.Organisation));
    }


    [TestCase("Qatar reported the truce on 3 May 2021. The report came a day after Hezbollah met the Qatari envoy in Doha.", "2021-05-02")]
    [TestCase("Qatar reported the truce on 3 May 2021. Hezbollah met the Qatari envoy in Doha a day after the report.", null)]
    public void What_came_a_day_after_a_meeting_dates_the_meeting_by_the_date_told_before(string text, string? expected)
    {
        Assert.That(Claims(text, "meeting").Select(c => c.Date?.Iso), Is.EqualTo(new[] { expected }));
    }


    [TestCase("where he had held talks with Hezbollah", null)]
    [TestCase("where he held talks with Hezbollah", "2021-05-04")]
    public void A_relative_of_place_in_the_past_perfect_takes_no_date_of_the_clause_it_hangs_on(string relative, string? expected)
    {
        var claims = Claims($"Qatar's envoy returned to Doha on 4 May 2021 from a visit to Amman, {relative}.", "meeting");
        var talks = claims.Single(c => c.Rule.Id == "meeting.meet-with");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Rule.Id == "meeting.return").Date?.Iso, Is.EqualTo("2021-05-04"));
            Assert.That(talks.Date?.Iso, Is.EqualTo(expected));
        });
    }


    [TestCase("A Qatari draft text (document S/2021/455) asking for a lasting and complete truce in the region was not adopted on 2 June 2021.", "Qatari")]
    [TestCase("The bodies of four abductees held in the Gaza Strip since the raid were recovered on 2 June 2021.", null)]
    public void A_passive_finds_its_required_word_at_the_head_of_a_long_subject(string text, string? sponsor)
    {
        var claims = Extractor.Analyse(TestArticles.Make(text)).Claims;
        Assert.That(claims.Where(c => c.EventType is "draft" or "killing").Select(c => c.Date?.Iso), Is.EqualTo(new[] { "2021-06-02" }));
        if (sponsor is not null)
        {
            Assert.That(Names(claims.Single(c => c.EventType == "draft"), "sponsor"), Is.EqualTo(new[] { sponsor }));
        }
    }

    [TestCase("Egypt's draft was debated; on 2 June 2021 the convoy was rejected.")]
    [TestCase("Egypt's draft was debated, and on 2 June 2021 the convoy was rejected.")]
    public void A_required_word_in_another_clause_is_not_the_passives(string text)
    {
        Assert.That(Claims(text, "draft").Where(c => c.Rule.Id == "draft.fail"), Is.Empty);
    }


    [TestCase("Egypt questioned Hezbollah's account of the raid on the port on 3 March 2022.", null)]
    [TestCase("Egypt condemned Hezbollah's deadly raid on the port on 3 March 2022.", "Hezbollah")]
    public void A_possessor_before_of_owns_another_noun_not_the_trigger(string text, string? agent)
    {
        Assert.That(Names(Single(text, "attack"), "agent"), Is.EqualTo(agent is null ? Array.Empty<string>() : new[] { agent }));
    }

    [TestCase("The Security Council adopted resolution 2417 on Monday.", "adoption", "resolution 2417")]
    [TestCase("Resolution 1999 was adopted by 13 votes to none.", "adoption", "resolution 1999")]
    [TestCase("The Council passed a text, resolution 2101, with 14 votes in favour.", "adoption", "resolution 2101")]
    [TestCase("The Council adopted resolution No. 1540 in April 2004.", "adoption", "resolution 1540")]
    [TestCase("11 -- Votes for resolution 2417, adopted on 2 June 2021.", "adoption", "resolution 2417")]
    [TestCase("There were nine votes in favour of resolution 1999, adopted by the Council on 3 May 2022.", "adoption", "resolution 1999")]
    [TestCase("The General Assembly adopted resolution 77/247 on 30 December 2022.", "adoption", "resolution 77/247")]
    [TestCase("The Council adopted the text, S/RES/2334 (2016), on Friday.", "adoption", "resolution 2334")]
    [TestCase("The draft (document S/2022/155) was vetoed by China on 4 May 2022.", "veto", "document S/2022/155")]
    [TestCase("China vetoed draft resolution S/2022/431 on 26 May 2022.", "veto", "document S/2022/431")]
    [TestCase("The Council adopted the resolution 13-0 on Monday.", "adoption", null)]
    [TestCase("The Council adopted the resolution 13 to 2 on Monday.", "adoption", null)]
    [TestCase("Recalling resolution 2417, the Council adopted a text on famine on Monday.", "adoption", null)]
    public void The_number_or_symbol_of_the_text_a_claim_is_about_is_read_beside_its_item_or_trigger(string text, string eventType, string? designation)
    {
        // A resolution's number or a document's symbol names one text; one recalled elsewhere in the sentence, or a
        // tally after the word "resolution", does not name the text the claim is about.
        Assert.That(Single(text, eventType).Designation, Is.EqualTo(designation));
    }

    [TestCase("Only after a week of talks did the Assembly approve a text on aid.", "Assembly")]
    [TestCase("Not until 3 March 2022 did the Council adopt a text on the crossings.", "UN Security Council")]
    public void A_subject_inverted_after_did_leaves_the_bare_word_a_verb(string text, string body)
    {
        Assert.That(Names(Single(text, "adoption"), "body"), Is.EqualTo(new[] { body }));
    }

    [TestCase("Posts.\n\n12.03.2022 10:15\nHezbollah is ready to release three captives in an exchange.", "release-offer", "2022-03-12")]
    [TestCase("Posts.\n\n2022-03-12 10:15\nIslamic Jihad says it is willing to free four captives.", "release-offer", "2022-03-12")]
    [TestCase("Posts.\n\n12.03.2022 10:15\nHezbollah says it has freed three captives.\n\n13.03.2022 08:00\nNo word from the mediators.", "release", "2022-03-12")]
    [TestCase("Updates.\n\n14:05 Islamic Jihad is willing to free four captives.", "release-offer", "2024-01-15")]
    [TestCase("Posts.\n\n9:30 AM · Mar 12, 2022\nHezbollah is ready to release three captives in an exchange.", "release-offer", "2022-03-12")]
    [TestCase("Diary.\n\nSaturday, 12 March 2022\nThree captives are held by Hezbollah in the south.", "captivity", "2022-03-12")]
    [TestCase("Posts.\n\n12.03.2022 10:15\nHezbollah released three captives.", "release", null)]
    [TestCase("Posts.\n\n12.03.2022 10:15\nHezbollah's readiness to release three captives surprised the mediators.", "release-offer", null)]
    public void An_entry_under_a_time_stamp_or_a_time_told_in_the_present_takes_the_entry_s_day(string text, string eventType, string? expected)
    {
        // A post, a wire alert or a live entry says how things stand on its own day ("is ready to release"), and what
        // has just happened ("has freed"); a past tense or a noun gives no such day.
        Assert.That(Single(text, eventType, published: "2024-01-15").Date?.Iso, Is.EqualTo(expected));
    }

    [TestCase("Sergei Lavrov, the Russian foreign minister, today received a Qatari delegation in Moscow.")]
    [TestCase("Sergei Lavrov, the foreign minister of Russia and a veteran of the ministry, yesterday received a Qatari delegation in Moscow.")]
    [TestCase("Sergei Lavrov, the Russian foreign minister, also received a Qatari delegation in Moscow.")]
    public void An_adverb_between_an_appositive_and_the_verb_leaves_the_name_before_it_the_subject(string text)
    {
        Assert.That(Names(Single(text, "meeting"), "host"), Is.EqualTo(new[] { "Sergei Lavrov" }));
    }

    [TestCase("Hezbollah said its commander was killed in Beirut. The strike hit his flat early on 3 March 2022.", "killing", "2022-03-03")]
    [TestCase("Hezbollah said its commander was killed in Beirut.\n\nThe Israeli drone strike came at 2 a.m. local time Wednesday, residents said.", "killing", "2024-01-10")]
    [TestCase("Qatar said its envoy met Hezbollah officials in Beirut. The meeting took place on 3 March 2022.", "meeting", "2022-03-03")]
    [TestCase("Hezbollah said its commander was killed in Beirut. The attack of 3 March 2022 was not the first.", "killing", null)]
    [TestCase("Hezbollah said its commander was killed in Beirut. The meeting took place on 3 March 2022.", "killing", null)]
    [TestCase("Hezbollah said its commander was killed in Beirut. A strike hit another town on 3 March 2022.", "killing", null)]
    public void A_sentence_opening_with_the_event_right_after_an_undated_claim_dates_it(string text, string eventType, string? expected)
    {
        // "The strike", "the blast", or a noun of the claim's own kind ("the meeting") tells more of the event just
        // told; a date in the noun's own phrase ("the attack of 3 March") names another such event.
        Assert.That(Claims(text, eventType).First().Date?.Iso, Is.EqualTo(expected));
    }

    [TestCase("We show that the visit of a Qatari delegation to Beirut on 3 March 2022 and the release of two captives in May 2022 were linked.", "release", "2022-05")]
    [TestCase("We show that the visit of a Qatari delegation to Beirut on 3 March 2022 (Haddad, 2023) and the release of two captives in May 2022 (UN, 2023a) were linked.", "release", "2022-05")]
    [TestCase("We show that the visit of a Qatari delegation to Beirut on 3 March 2022 (Haddad, 2023) and the release of two captives in May 2022 (UN, 2023a) were linked.", "meeting", "2022-03-03")]
    [TestCase("On 3 March 2022 the visit and the release of two captives went ahead.", "release", "2022-03-03")]
    public void A_noun_joined_by_and_takes_the_date_of_its_own_phrase(string text, string eventType, string expected)
    {
        // The date before "and" is the other phrase's when the noun's own phrase gives one; a citation's year in
        // brackets dates nothing.
        Assert.That(Claims(text, eventType).First().Date?.Iso, Is.EqualTo(expected));
    }

    [TestCase("A 30-year-old Jordanian who also holds Qatari citizenship was freed by Hezbollah on 3 March 2022.", "A 30-year-old Jordanian")]
    [TestCase("An elderly Jordanian was freed by Hezbollah on 3 March 2022.", "An elderly Jordanian")]
    [TestCase("Hezbollah said a Jordanian had been freed on 3 March 2022.", "a Jordanian")]
    public void A_singular_demonym_after_a_or_an_is_one_person_of_that_country(string text, string released)
    {
        Assert.That(Single(text, "release").Role("released")!.Mentions.Select(m => m.Text), Is.EqualTo(new[] { released }));
    }

    [TestCase("A Jordanian official said Hezbollah freed two captives on 3 March 2022.")]
    [TestCase("An Israeli delegation met Qatari officials on 3 March 2022.")]
    public void A_demonym_before_a_noun_stays_an_adjective(string text)
    {
        var claims = TestArticles.Claims(text);
        Assert.That(claims.SelectMany(c => c.Roles).SelectMany(r => r.Mentions).Select(m => m.Text), Has.None.EqualTo("A Jordanian").And.None.EqualTo("An Israeli"));
    }

    [TestCase("Hezbollah freed two captives on 3 March 2022, in what Qatar called a gesture of goodwill.")]
    [TestCase("Hezbollah freed two captives on 3 March 2022, in which Qatar played a part.")]
    public void A_name_after_a_preposition_and_a_relative_word_is_no_place(string text)
    {
        Assert.That(Single(text, "release").Role("place"), Is.Null);
    }

    // Each item of a list takes the date of its own phrase, not the one the item before ended on.
    [TestCase("Two drafts failed in May 2022: a Qatari text on 3 May, a Jordanian text vetoed by the United States on 9 May and an Egyptian text vetoed by Russia on 20 May.", "United States", "2022-05-09")]
    [TestCase("Two drafts failed in May 2022: a Qatari text on 3 May, a Jordanian text vetoed by the United States on 9 May and an Egyptian text vetoed by Russia on 20 May.", "Russia", "2022-05-20")]
    [TestCase("Of the drafts, a Jordanian text on 3 May and an Egyptian text vetoed by Russia on 20 May were the last.", "Russia", "2022-05-20")]
    public void A_date_of_the_triggers_own_phrase_beats_one_across_a_comma_or_conjunction(string text, string vetoer, string expected)
    {
        var claims = Claims(text, "veto", "2022-06-01").Where(c => Names(c, "vetoer").Contains(vetoer)).ToList();
        Assert.That(claims.Single().Date?.Iso, Is.EqualTo(expected));
    }

    // What a correction says a story got wrong, after the story's own subject, is no role or date of that subject.
    [TestCase("A story about the killing of the Jordanian envoy incorrectly said he was shot dead in Beirut on 3 March 2022.")]
    [TestCase("Our report on the killing of the Jordanian envoy wrongly stated that he died in Beirut on 3 March 2022.")]
    public void A_correction_after_the_trigger_gives_it_no_role_or_date(string text)
    {
        var claims = Claims(text, "killing");
        Assert.Multiple(() =>
        {
            Assert.That(claims, Has.Count.EqualTo(1));
            Assert.That(claims[0].Trigger, Is.EqualTo("killing"));
            Assert.That(claims[0].Role("place"), Is.Null);
            Assert.That(claims[0].Date, Is.Null);
        });
    }

    // A relative clause in the past perfect after the trigger tells what happened before it, with its own date.
    [TestCase("The Jordanian envoy was shot dead in Amman, where he had arrived for talks on 3 March 2022.", "killing")]
    [TestCase("Hezbollah freed two Jordanian captives, who had been seized on 3 March 2022.", "release")]
    [TestCase("The Jordanian envoy was shot dead in Amman, where he had attended a wedding the day before.", "killing")]
    public void A_date_in_a_past_perfect_relative_after_the_trigger_is_not_its_date(string text, string eventType)
    {
        Assert.That(Claims("Talks opened on 2 March 2022. " + text, eventType).Single().Date, Is.Null);
    }

    // A correction that a story named the wrong person withdraws what it says that person did.
    [TestCase("A report on 3 March misidentified the Qatari official who met the Hezbollah delegation.")]
    [TestCase("The story wrongly identified the Qatari official who met the Hezbollah delegation in Doha.")]
    [TestCase("A caption misattributed the remarks to the Qatari official who met the Hezbollah delegation.")]
    public void What_a_correction_says_was_misidentified_gives_no_claim(string text)
    {
        Assert.That(Claims(text, "meeting"), Is.Empty);
    }

    [TestCase("6 -- Hostages whose bodies were recovered near Amman on 2 May 2022.", "killing", 6)]
    [TestCase("- 40 \u2014 Captives freed by Hezbollah in Amman in May 2022.", "release", 40)]
    public void A_count_that_opens_a_numbers_line_counts_the_group_after_the_dash(string text, string eventType, int count)
    {
        Assert.That(Claims(text, eventType).Select(c => c.Count?.Value), Is.EqualTo(new decimal?[] { count }));
    }

    [TestCase("2022 -- Hostages freed by Hezbollah in Amman.")]
    [TestCase("Qatar said 40 - or more - captives were freed by Hezbollah in Amman.")]
    public void A_year_or_a_count_inside_a_sentence_does_not_count_the_group_after_a_dash(string text)
    {
        Assert.That(Claims(text, "release").Select(c => c.Count?.Value), Has.None.EqualTo(2022m).And.None.EqualTo(40m));
    }

    [TestCase("Hezbollah Ready to Free Two Thai Farmers as a Priority")]
    [TestCase("- [Hezbollah Ready To Free Two Thai Hostages As A Priority (4 May 2022)](https://example.org/2022/05/04/hezbollah-two-thai-hostages)")]
    public void A_cue_in_a_title_case_headline_counts_as_in_prose(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Claims(text, "release"), Is.Empty);
            Assert.That(Claims(text, "release-offer"), Has.Count.EqualTo(1));
        });
    }

    [TestCase("Hostages were freed by Hezbollah in Amman on 2 May 2022.", "Hostages")]
    [TestCase("Captives whose families had campaigned for months were freed by Hezbollah on 2 May 2022.", "Captives")]
    public void A_descriptor_capitalised_at_the_start_of_a_sentence_is_a_group_not_a_name(string text, string released)
    {
        Assert.That(Names(Single(text, "release"), "released"), Is.EqualTo(new[] { released }));
    }

    [TestCase("By 12 votes to none, the Security Council adopted a text on 3 May 2022.", 12)]
    [TestCase("With nine votes in favour and six abstentions, the Security Council adopted a Qatari text on 3 May 2022.", 9)]
    [TestCase("7 -- Votes for resolution 2801, adopted on 3 May 2022.", 7)]
    public void Votes_counted_before_the_adoption_are_its_count(string text, int count)
    {
        Assert.That(Single(text, "adoption").Count?.Value, Is.EqualTo((decimal)count));
    }

    [TestCase("Nine votes for the text were cast on Monday; the Security Council adopted another text on 3 May 2022.")]
    public void Votes_of_another_clause_are_not_the_adoption_s_count(string text)
    {
        Assert.That(Single(text, "adoption").Count, Is.Null);
    }

    [TestCase("A Hezbollah delegation was received by Qatar's special envoy, Omar Haddad, on 3 May 2022.", "host", "Omar Haddad")]
    [TestCase("A Hezbollah delegation was wined and dined by Putin's Middle East adviser, Omar Haddad, in May 2022.", "host", "Omar Haddad")]
    [TestCase("Two trips to Amman by the king's military secretary, Brig. Gen. Omar Haddad, who flew home on 3 May 2022.", "visitor", "Omar Haddad")]
    [TestCase("A Hezbollah delegation was received by Putin's government, Omar Haddad said on 3 May 2022.", "host", "Vladimir Putin")]
    public void An_office_holder_named_after_a_possessed_title_is_the_one_meant_not_the_owner(string text, string role, string name)
    {
        Assert.That(Names(Single(text, "meeting"), role), Is.EqualTo(new[] { name }));
    }

    [TestCase("Mousa Abu Marzouk told reporters in Doha on Monday that his group was ready to free two captives.", "hamas")]
    [TestCase("Hezbollah official Omar Haddad met the envoy in Beirut, and Haddad then said his movement was willing to free two captives.", "hezbollah")]
    public void His_group_is_the_organisation_of_the_person_spoken_of(string text, string organisation)
    {
        var offerer = Single(text, "release-offer").Role("offerer")!.Mentions.Single().Resolved;
        Assert.That(offerer.ActorId, Is.EqualTo(organisation));
    }

    [TestCase("Omar Haddad told reporters in Doha on Monday that his group was ready to free two captives.")]
    public void His_group_stays_a_group_when_the_person_belongs_to_no_known_organisation(string text)
    {
        var offerer = Single(text, "release-offer").Role("offerer")!.Mentions.Single().Resolved;
        Assert.That(offerer.ActorId, Is.Null);
    }

    [TestCase("After the killing of Omar Haddad in Amman, Sami Khoury was named as a possible successor. On 3 May 2022 he met Vladimir Putin in Moscow.", "Sami Khoury")]
    [TestCase("Sami Khoury spoke of Omar Haddad at length. On 3 May 2022 he met Vladimir Putin in Moscow.", "Sami Khoury")]
    [TestCase("With Omar Haddad gone, the movement turned to its deputy. On 3 May 2022 he met Vladimir Putin in Moscow.", "Omar Haddad")]
    public void He_in_a_new_sentence_is_the_subject_named_before_not_the_object_of_a_preposition(string text, string person)
    {
        var participants = Single(text, "meeting").Role("participant")!.Mentions.Select(m => m.Resolved.Text).ToList();
        Assert.That(participants, Does.Contain(person));
    }

    [TestCase("- [Qatar Denies Report Of Jordanian Delegation Visit (4 May 2022)](https://example.org/2022/05/04/qatar-denies-visit)")]
    [TestCase("Qatar Denies Report of Jordanian Delegation Visit")]
    public void A_title_case_headline_denies_a_visit_by_the_group_it_names(string text)
    {
        var claim = Single(text, "meeting");
        var visitor = claim.Role("visitor")!.Mentions.Single().Resolved;
        Assert.Multiple(() =>
        {
            Assert.That(claim.Polarity.ToString(), Is.EqualTo("Denied"));
            Assert.That(visitor.Kind, Is.EqualTo("group"));
            Assert.That(visitor.Affiliations, Does.Contain("jordan"));
        });
    }

    [TestCase("Hezbollah Frees Omar Haddad After Qatar Talks", "Omar Haddad")]
    [TestCase("Hezbollah Frees Two Hostages After Qatar Talks", "Two Hostages")]
    public void In_a_title_case_headline_the_verb_after_a_name_starts_no_name(string text, string released)
    {
        Assert.That(Names(Single(text, "release"), "released"), Is.EqualTo(new[] { released }));
    }
}
