using System.Collections.Immutable;
using System.Globalization;
using Compare.Recognition.Dates;
using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Recognition.Dates;

[TestFixture]
public sealed class DateRecognizerTests
{
    private const string Hint000 = "year from the same event in article 000";

    // Each row: sentence, published date ("" = none), the mention's written text, expected ISO, derivation substring.
    [TestCase("Talks resumed in Doha on October 24, 2024 after a pause.", "", "October 24, 2024", "2024-10-24", "October 24, 2024: as written")]
    [TestCase("The envoy landed at dawn on 24 October 2024.", "", "24 October 2024", "2024-10-24", "as written")]
    [TestCase("Fighting broke out on Oct. 7, 2023 near the fence.", "", "Oct. 7, 2023", "2023-10-07", "as written")]
    [TestCase("The truce was agreed on Oct 18.", "2023-10-20", "Oct 18", "2023-10-18", "year from the published date 2023-10-20")]
    [TestCase("Shelling resumed on 7 October.", "2024-02-22", "7 October", "2023-10-07", "year before the published date 2024-02-22")]
    [TestCase("Shelling resumed on October 7, the army said.", "2024-02-22", "October 7", "2023-10-07", "October 7, 2023: October 7, year before")]
    [TestCase("Crowds gathered on November 26 in the main square.", "2023-11-30", "November 26", "2023-11-26", "year from the published date")]
    [TestCase("The file in the archive is dated 2023-10-07.", "", "2023-10-07", "2023-10-07", "as written")]
    [TestCase("The leader was killed on July 31, 2024, in the capital.", "", "July 31, 2024", "2024-07-31", "as written")]
    [TestCase("The council set the vote for Feb 22nd, 2024 at noon.", "", "Feb 22nd, 2024", "2024-02-22", "as written")]
    [TestCase("Voting took place on the 1st of March.", "2024-03-10", "1st of March", "2024-03-01", "year from the published date 2024-03-10")]
    [TestCase("The dock strike began on Sept. 30, 2022.", "", "Sept. 30, 2022", "2022-09-30", "as written")]
    [TestCase("The dock strike began on Sept 30, 2022.", "", "Sept 30, 2022", "2022-09-30", "as written")]
    [TestCase("The minister spoke again (Oct 18) about the plan.", "2023-10-20", "Oct 18", "2023-10-18", "published date")]
    [TestCase("The fair opens on August 3rd, 2025.", "", "August 3rd, 2025", "2025-08-03", "as written")]
    [TestCase("Delegates met in Moscow in late October.", "2024-02-22", "late October", "2023-10-21/2023-10-31", "October 21-31, 2023: late October, year from the published date 2024-02-22")]
    [TestCase("Rains are expected in early March.", "2024-03-20", "early March", "2024-03-01/2024-03-10", "early March, year from the published date")]
    [TestCase("The heatwave peaked in mid-July.", "2024-08-01", "mid-July", "2024-07-11/2024-07-20", "mid July")]
    [TestCase("The heatwave peaked in late October 2023.", "", "late October 2023", "2023-10-21/2023-10-31", "as written")]
    [TestCase("Prices rose sharply in July 2024.", "", "July 2024", "2024-07", "July 2024: as written")]
    [TestCase("The treaty was signed in September 2022 in Geneva.", "", "September 2022", "2022-09", "as written")]
    [TestCase("The union collapsed at the end of 1991.", "", "the end of 1991", "1991-12", "the last month")]
    [TestCase("Growth slowed in early 2024.", "", "early 2024", "2024-01-01/2024-04-30", "months 1-4")]
    [TestCase("The firm was founded in 2005 by two brothers.", "", "2005", "2005", "2005: as written")]
    [TestCase("2005, the year of the flood, was hard.", "", "2005", "2005", "as written")]
    [TestCase("The ambassador signed a deal last September.", "2024-02-22", "last September", "2023-09", "the most recent September before")]
    [TestCase("The ambassador signed a deal last September.", "2023-10-05", "last September", "2023-09", "published date 2023-10-05")]
    [TestCase("The ambassador signed a deal last October.", "2023-10-05", "last October", "2022-10", "most recent October")]
    [TestCase("Strikes resumed on Sunday, September 1, across the region.", "2024-09-05", "Sunday, September 1", "2024-09-01", "year 2024 from the published date 2024-09-05, Sunday agrees")]
    [TestCase("Troops withdrew on Thursday.", "2023-11-30", "Thursday", "2023-11-30", "the published date 2023-11-30 itself")]
    [TestCase("On Sunday, rockets were fired at the port.", "2023-11-30", "Sunday", "2023-11-26", "the Sunday before the published date Thursday 2023-11-30")]
    [TestCase("The bridge reopened last Thursday.", "2023-11-30", "last Thursday", "2023-11-23", "the Thursday before the published date")]
    [TestCase("Protests have continued since Sunday.", "2023-11-30", "Sunday", "2023-11-26", "Sunday before")]
    [TestCase("The next morning, Sunday, the envoy flew home.", "2023-11-30", "The next morning, Sunday", "2023-11-26", "the Sunday before the published date")]
    [TestCase("The drone struck early on Wednesday, July 31, 2024, officials said.", "", "Wednesday, July 31, 2024", "2024-07-31", "as written, Wednesday agrees")]
    [TestCase("The drone struck early on Monday, July 31, 2024, officials said.", "", "Monday, July 31, 2024", "2024-07-31", "weekday does not agree")]
    [TestCase("On Wednesday (Oct 18) the cabinet met.", "2023-10-20", "Wednesday (Oct 18)", "2023-10-18", "Wednesday agrees")]
    [TestCase("A full 10 days after the assault on October 7, troops entered the city.", "2023-11-01", "A full 10 days after", "2023-10-17", "October 17, 2023: 10 days after October 7, 2023")]
    [TestCase("Ten days after the raid on October 7, 2023, talks began.", "", "Ten days after", "2023-10-17", "10 days after October 7, 2023")]
    [TestCase("On 24 May 2022, a day after meeting the envoy, the minister spoke.", "", "a day after", "2022-05-23", "1 day before May 24, 2022")]
    [TestCase("The port reopened on 9 June 2021, three days after talks in Cairo.", "", "three days after", "2021-06-06", "3 days before June 9, 2021")]
    [TestCase("On 9 June 2021, a week before the vote, the envoy left.", "", "a week before", "2021-06-16", "1 week after June 9, 2021")]
    [TestCase("The talks opened on March 4, 2024; three days earlier, a convoy was hit.", "", "three days earlier", "2024-03-01", "3 days before March 4, 2024")]
    [TestCase("The convoy was hit the day before.", "2024-03-04", "the day before", "2024-03-03", "the day before the published date 2024-03-04")]
    [TestCase("The vote took place on May 5, 2024, and the results came the next day.", "", "the next day", "2024-05-06", "the day after May 5, 2024")]
    [TestCase("The vote took place on May 5, 2024, and the results came the same day.", "", "the same day", "2024-05-05", "the same day as May 5, 2024")]
    [TestCase("Rain fell all over the region the same evening.", "2024-03-04", "the same evening", "2024-03-04", "the same day as the published date 2024-03-04")]
    [TestCase("Parliament met on June 10, 2024 and again a week later.", "", "a week later", "2024-06-17", "1 week after June 10, 2024")]
    [TestCase("The deal was struck on June 10, 2024, and prices fell the following month.", "", "the following month", "2024-07", "the month after June 10, 2024")]
    [TestCase("Sales recovered on June 10, 2024 after a slump the previous month.", "", "the previous month", "2024-05", "the month before")]
    [TestCase("Three days ago, the border closed.", "2024-03-04", "Three days ago", "2024-03-01", "3 days before the published date 2024-03-04")]
    [TestCase("Roads were cleared the day after the attack on October 7.", "2023-11-01", "the day after", "2023-10-08", "the day after October 7, 2023")]
    [TestCase("Two weeks after the summit in late October, the pact was signed.", "2024-02-22", "Two weeks after", "2023-11-01/2023-11-17", "2 weeks after October 21-31, 2023, give or take 3 days")]
    [TestCase("Parliament met on June 10, 2024 and again three weeks later.", "", "three weeks later", "2024-06-28/2024-07-04", "3 weeks after June 10, 2024, give or take 3 days")]
    [TestCase("The vote took place on the 18th, officials said.", "2023-10-27", "the 18th", "2023-10-18", "the latest day 18 of a month on or before the published date 2023-10-27")]
    [TestCase("The vote took place on the 28th.", "2023-10-27", "the 28th", "2023-09-28", "the latest day 28")]
    [TestCase("The envoy arrived in Doha yesterday for talks.", "2023-10-27", "yesterday", "2023-10-26", "yesterday, the day before the published date 2023-10-27")]
    [TestCase("Talks resumed this morning in Doha.", "2023-10-27", "this morning", "2023-10-27", "the published date 2023-10-27 itself")]
    public void Recognizes(string sentence, string published, string written, string iso, string derivation)
    {
        var mention = Find(Recognize(sentence, Pub(published)), written);

        Assert.Multiple(() =>
        {
            Assert.That(mention.Value.Iso, Is.EqualTo(iso));
            Assert.That(mention.Value.Derivation, Does.Contain(derivation));
            Assert.That(mention.Value.Written, Is.EqualTo(written));
        });
    }

    // Rows that must stay unresolved, with the reason named in the derivation.
    [TestCase("Shelling resumed on October 7.", "", "October 7", "year unknown")]
    [TestCase("The court sat on Monday, September 1.", "2024-09-05", "Monday, September 1", "Monday does not agree with September 1 in 2023, 2024")]
    [TestCase("The court sat on Monday, September 1.", "", "Monday, September 1", "year unknown")]
    [TestCase("Troops withdrew on Thursday.", "", "Thursday", "no published date")]
    [TestCase("The envoy returned last September.", "", "last September", "no published date")]
    [TestCase("Police arrived about two weeks after the riot on May 3, 2024.", "", "about two weeks after", "approximate")]
    [TestCase("Three days ago, the border closed.", "", "Three days ago", "no published date")]
    [TestCase("The convoy was hit the day before.", "", "the day before", "no date to count from")]
    [TestCase("Ten days after the raid on October 7, talks began.", "", "Ten days after", "anchor \"October 7\" is unresolved")]
    [TestCase("The harbour flooded on February 30, 2023.", "", "February 30, 2023", "no such day")]
    public void LeavesUnresolved(string sentence, string published, string written, string derivation)
    {
        var mention = Find(Recognize(sentence, Pub(published)), written);

        Assert.Multiple(() =>
        {
            Assert.That(mention.Value.IsResolved, Is.False);
            Assert.That(mention.Value.Iso, Is.Null);
            Assert.That(mention.Value.Derivation, Does.Contain(derivation));
        });
    }

    [Test]
    public void UnresolvedMonthDayKeepsWhatWasWritten()
    {
        var value = Find(Recognize("Shelling resumed on October 7.", null), "October 7").Value;

        Assert.Multiple(() =>
        {
            Assert.That(value.Month, Is.EqualTo(10));
            Assert.That(value.Day, Is.EqualTo(7));
            Assert.That(value.Year, Is.Null);
            Assert.That(value.From, Is.Null);
            Assert.That(value.To, Is.Null);
        });
    }

    [TestCase("1,200 people were evacuated from the town.")]
    [TestCase("The army deployed S-300 batteries near the coast.")]
    [TestCase("The motion passed with 12 votes to 3.")]
    [TestCase("A 25-year-old man was arrested at the scene.")]
    [TestCase("Turnout rose by 2000 votes in the district.")]
    [TestCase("A crowd of 2000 gathered outside.")]
    [TestCase("The 2000 troops left the base.")]
    [TestCase("Some 1,500 families fled in 300 vehicles.")]
    [TestCase("Pensions rose 2.5% in 2,000 towns.")]
    [TestCase("The Final Sunday of the season drew crowds.")]
    [TestCase("They met again the following Sunday.")]
    [TestCase("The siege lasted for 10 days after the first strike.")]
    [TestCase("He may 3 times have lied.")]
    [TestCase("Fire broke out on the 18th floor of the hotel.")]
    [TestCase("The union marched on the 5th anniversary of the strike.")]
    [TestCase("The minister read USA Today on the train.")]
    [TestCase("Three captives were freed in a swap (Haddad, 2021).")]
    [TestCase("The envoys met twice (UN, 2023a; Petrov and Lind, 2024), the report says.")]
    [TestCase("The talks failed (cf. Haddad, 2023, pp. 44-47).")]
    public void FindsNoDateIn(string sentence)
    {
        var mentions = Recognize(sentence, new DateOnly(2024, 3, 4));

        Assert.That(mentions.Select(m => m.Value.Written), Is.Empty);
    }

    [TestCase("The strike hit the house at about 2 a.m. local time Wednesday, officials said.", "Wednesday", "2024-07-31")]
    [TestCase("The convoy was attacked at 10 p.m. ET Tuesday.", "Tuesday", "2024-07-30")]
    [TestCase("Troops entered the town early Monday.", "Monday", "2024-07-29")]
    [TestCase("The blast came shortly after midnight Sunday.", "Sunday", "2024-07-28")]
    public void A_weekday_after_a_time_of_day_or_early_is_a_date(string sentence, string written, string expected)
    {
        // American copy leaves out "on": "at 2 a.m. Wednesday", "early Monday". Read against Wednesday 31 July 2024.
        var mention = Find(Recognize(sentence, new DateOnly(2024, 7, 31)), written);
        Assert.That(mention.Value.Iso, Is.EqualTo(expected), mention.Value.Derivation);
    }

    [Test]
    public void YearFromTheArticlesOtherDatesWhenTheWeekdayAgrees()
    {
        const string text = "The leader was killed on July 31, 2024. On Sunday, September 1, strikes resumed.";
        var mention = Find(RecognizeArticle(text, null), "Sunday, September 1");

        Assert.Multiple(() =>
        {
            Assert.That(mention.Value.Iso, Is.EqualTo("2024-09-01"));
            Assert.That(mention.Value.Derivation, Is.EqualTo("September 1, 2024: September 1, year 2024 from the article's other dates, Sunday agrees"));
            Assert.That(mention.SentenceIndex, Is.EqualTo(1));
        });
    }

    [Test]
    public void PublishedDateBeatsHint()
    {
        var hints = new[] { new YearHint(10, 7, 2022, Hint000) };
        var value = Find(Recognize("The raid on October 7 shocked the region.", new DateOnly(2024, 2, 22), hints), "October 7").Value;

        Assert.That(value.Iso, Is.EqualTo("2023-10-07"));
    }

    private static readonly EventDateNames Names = new(new HashSet<string>(StringComparer.Ordinal) { "attack", "bombing", "massacre", "raid" }, AwaitOtherArticles: false);

    [TestCase("Funds were raised for the victims of the March 3 bombing.", "March 3")]
    [TestCase("The 5 May massacre is still remembered in the valley.", "5 May")]
    [TestCase("Rebels denied any part in the group's Oct. 9 border raid.", "Oct. 9")]
    [TestCase("Nobody claimed Friday's July 14 truck attack.", "July 14")]
    public void DateThatNamesAnEventTakesTheHintBeforeThePublishedDate(string sentence, string written)
    {
        var hints = new[] { new YearHint(3, 3, 2021, Hint000), new YearHint(5, 5, 2021, Hint000), new YearHint(10, 9, 2021, Hint000), new YearHint(7, 14, 2021, Hint000) };
        var value = Find(DateRecognizer.Recognize(sentence, [new TextSpan(0, sentence.Length)], new DateOnly(2023, 11, 20), hints, Names), written).Value;

        Assert.Multiple(() =>
        {
            Assert.That(value.Year, Is.EqualTo(2021));
            Assert.That(value.Derivation, Does.Contain("the date of a named event, " + Hint000));
        });
    }

    [TestCase("The bombing on March 3 shook the town.", "March 3")]
    [TestCase("The March 3 deadline for the attack plan passed.", "March 3")]
    [TestCase("Talks on March 3 and the attack were discussed.", "March 3")]
    public void DateThatNamesNoEventKeepsThePublishedYear(string sentence, string written)
    {
        var hints = new[] { new YearHint(3, 3, 2021, Hint000) };
        var value = Find(DateRecognizer.Recognize(sentence, [new TextSpan(0, sentence.Length)], new DateOnly(2023, 11, 20), hints, Names), written).Value;

        Assert.That(value.Iso, Is.EqualTo("2023-03-03"));
    }

    [Test]
    public void DateThatNamesAnEventWaitsForTheOtherArticles()
    {
        const string sentence = "A vigil marked one year since the May 5 massacre.";
        var waiting = Find(DateRecognizer.Recognize(sentence, [new TextSpan(0, sentence.Length)], new DateOnly(2024, 5, 20), null, Names with { AwaitOtherArticles = true }), "May 5").Value;
        var alone = Find(DateRecognizer.Recognize(sentence, [new TextSpan(0, sentence.Length)], new DateOnly(2024, 5, 20), [], Names), "May 5").Value;

        Assert.Multiple(() =>
        {
            Assert.That(waiting.IsResolved, Is.False);
            Assert.That(waiting.AwaitsOtherArticles, Is.True);
            Assert.That((waiting.Month, waiting.Day), Is.EqualTo(((int?)5, (int?)5)));
            Assert.That(alone.Iso, Is.EqualTo("2024-05-05"));
            Assert.That(alone.AwaitsOtherArticles, Is.False);
        });
    }

    // "States" of "the United States" is no reporting verb; "states" is.
    [TestCase("The draft was vetoed by the United States on Oct. 18 after a long debate.", "Oct. 18", "Event")]
    [TestCase("The ministry states on Oct. 18 that the border is closed.", "Oct. 18", "Report")]
    public void ReportingVerbIsNotAWordOfAName(string sentence, string written, string kind)
    {
        Assert.That(Find(Recognize(sentence, new DateOnly(2023, 11, 1)), written).Kind.ToString(), Is.EqualTo(kind));
    }

    [Test]
    public void HintGivesTheYearWithoutPublishedDate()
    {
        var hints = new[] { new YearHint(10, 8, 2020, "wrong day"), new YearHint(10, 7, 2023, Hint000) };
        var value = Find(Recognize("The raid on October 7 shocked the region.", null, hints), "October 7").Value;

        Assert.Multiple(() =>
        {
            Assert.That(value.Iso, Is.EqualTo("2023-10-07"));
            Assert.That(value.Derivation, Does.Contain(Hint000));
        });
    }

    [Test]
    public void HintBeatsTheNearestEarlierDate()
    {
        const string text = "The plan was drafted on March 3, 2021. It was adopted on October 7.";
        var hints = new[] { new YearHint(10, 7, 2023, Hint000) };

        Assert.That(Find(RecognizeArticle(text, null, hints), "October 7").Value.Iso, Is.EqualTo("2023-10-07"));
    }

    [TestCase("The memoir opens on 12 March 2019, when the envoy reached the capital.\nTalks began on 20 March, and they collapsed on 2 April.", "2021-01-10", "20 March", "2019-03-20")]
    [TestCase("The memoir opens on 12 March 2019, when the envoy reached the capital.\nTalks began on 20 March, and they collapsed on 2 April.", "2021-01-10", "2 April", "2019-04-02")]
    [TestCase("The study starts with the flood of 30 August 2018.\nBy 14 September the river had fallen.", "2020-02-01", "14 September", "2018-09-14")]
    public void YearlessDateOfAnotherYearsTellingTakesItsYear(string text, string published, string written, string expected)
    {
        var value = Find(RecognizeArticle(text, Pub(published)), written).Value;

        Assert.Multiple(() =>
        {
            Assert.That(value.Iso, Is.EqualTo(expected));
            Assert.That(value.Derivation, Does.Contain("year from the earlier date"));
        });
    }

    // A recent day of the year before publication needs no year, nor one of the year of publication; a date far from the
    // one the article last wrote in full is not of its telling.
    [TestCase("The plan was drafted on 10 December 2019.\nIt was adopted on 20 December.", "2021-01-20", "20 December", "2020-12-20")]
    [TestCase("Russia invaded Ukraine on 24 February 2022.\nShelling resumed on 7 October.", "2024-02-22", "7 October", "2023-10-07")]
    [TestCase("The ministry was set up on 2 September 2019.\nIt moved offices on 10 September.", "2020-11-30", "10 September", "2020-09-10")]
    public void YearlessDateKeepsThePublishedYear(string text, string published, string written, string expected)
    {
        Assert.That(Find(RecognizeArticle(text, Pub(published)), written).Value.Iso, Is.EqualTo(expected));
    }

    [Test]
    public void YearFromTheNearestEarlierFullDate()
    {
        const string text = "The plan was drafted on March 3, 2021. It was adopted on October 7.";
        var value = Find(RecognizeArticle(text, null), "October 7").Value;

        Assert.Multiple(() =>
        {
            Assert.That(value.Iso, Is.EqualTo("2021-10-07"));
            Assert.That(value.Derivation, Does.Contain("year from the earlier date March 3, 2021"));
        });
    }

    [Test]
    public void YearFromAHeadingLineAboveTheDate()
    {
        const string text = "Key dates\n2021\n- May 3: The plan is drafted.\n2022\n- March 9: The plan is adopted.";
        var mentions = RecognizeArticle(text, new DateOnly(2024, 6, 1));
        var drafted = Find(mentions, "May 3").Value;

        Assert.Multiple(() =>
        {
            Assert.That(drafted.Iso, Is.EqualTo("2021-05-03"));
            Assert.That(drafted.Derivation, Does.Contain("year from the heading 2021 above it"));
            Assert.That(Find(mentions, "March 9").Value.Iso, Is.EqualTo("2022-03-09"));
        });
    }

    [Test]
    public void AYearInsideASentenceIsNoHeading()
    {
        const string text = "Talks began in 2021.\nThe plan was adopted on March 9.";

        Assert.That(Find(RecognizeArticle(text, new DateOnly(2024, 6, 1)), "March 9").Value.Iso, Is.EqualTo("2024-03-09"));
    }

    [TestCase("After the 3 March raid, talks opened in Amman on 20 March 2022.", "3 March", "2022-03-03")]
    [TestCase("The envoy arrived on 20 March 2022, two weeks after the raid of 3 March.", "3 March", "2022-03-03")]
    [TestCase("After the 3 March raid, talks opened in Amman in March 2022.", "3 March", "2022-03-03")]
    [TestCase("After the 3 March raid, talks opened in Amman.\nOn 20 March 2022 they closed.", "3 March", "2024-03-03")]
    [TestCase("After the 3 March raid, talks opened in Amman in May 2022.", "3 March", "2024-03-03")]
    [TestCase("The 3 March raid came between talks on 1 March 2022 and on 9 March 2023.", "3 March", "2024-03-03")]
    public void AYearlessDayTakesTheYearTheDatesOfItsParagraphGiveThatMonth(string text, string written, string iso)
    {
        var value = Find(RecognizeArticle(text, new DateOnly(2024, 6, 1)), written).Value;

        Assert.That(value.Iso, Is.EqualTo(iso));
        if (iso.StartsWith("2022", StringComparison.Ordinal))
        {
            Assert.That(value.Derivation, Does.Contain("year from the dates of its paragraph (2022)"));
        }
    }

    [Test]
    public void NoYearFromAnEarlierDateThatComesLaterInTheYear()
    {
        const string text = "The plan was adopted on October 7, 2021. It had been drafted on March 3.";
        var value = Find(RecognizeArticle(text, null), "March 3").Value;

        Assert.Multiple(() =>
        {
            Assert.That(value.IsResolved, Is.False);
            Assert.That(value.Month, Is.EqualTo(3));
            Assert.That(value.Derivation, Does.Contain("year unknown"));
        });
    }

    [Test]
    public void RelativeAnchorFromAPreviousSentence()
    {
        const string text = "Rockets hit the port on May 3, 2024. The next day, schools closed.";
        var value = Find(RecognizeArticle(text, null), "The next day").Value;

        Assert.Multiple(() =>
        {
            Assert.That(value.Iso, Is.EqualTo("2024-05-04"));
            Assert.That(value.Derivation, Does.Contain("the day after May 3, 2024"));
        });
    }

    [Test]
    public void TheSameDayGoesBackToTheLedesDateNotToABackgroundDate()
    {
        const string text = "Talks opened in Cairo on May 3, 2024. Mediators recalled the ceasefire of 12 April 2023. Guards were posted. The same day, the border reopened.";
        var value = Find(RecognizeArticle(text, null), "The same day").Value;

        Assert.Multiple(() =>
        {
            Assert.That(value.Iso, Is.EqualTo("2024-05-03"));
            Assert.That(value.Derivation, Does.Contain("the same day as May 3, 2024"));
        });
    }

    [TestCase("Qatar announced the truce on May 3, 2024. The announcement came a day after envoys met in Doha.", "a day after", "2024-05-02")]
    [TestCase("Qatar announced the truce on May 3, 2024. Talks went on. It came two days after envoys met in Doha.", "two days after", "2024-05-01")]
    [TestCase("On May 3, 2024 the announcement came a week before the envoys met in Doha.", "a week before", "2024-05-10")]
    public void WhatCameSomeDaysAfterAClauseWasDatedBeforeSoThePhraseDatesTheClause(string text, string written, string iso)
    {
        var mention = Find(RecognizeArticle(text, null), written);

        Assert.Multiple(() =>
        {
            Assert.That(mention.Value.Iso, Is.EqualTo(iso));
            Assert.That(mention.DatesScope, Is.True);
            Assert.That(mention.Value.Derivation, Does.Contain("the date told before of what came"));
        });
    }

    [TestCase("Rockets hit the port on May 3, 2024. Schools closed a day after the army withdrew.")]
    [TestCase("Qatar announced the truce on May 3, 2024. The announcement came about a day after envoys met.")]
    public void ASentenceWhoseVerbIsNotComeCountsFromNoEarlierDate(string text)
    {
        var mention = RecognizeArticle(text, null).Where(m => m.Span.Start > text.IndexOf(". ", StringComparison.Ordinal)).ToList();

        Assert.That(mention.Where(m => m.Value.IsResolved), Is.Empty);
    }

    [Test]
    public void RelativeAnchorNotTakenFromMoreThanThreeSentencesBack()
    {
        const string text = "Rockets hit the port on May 3, 2024. Ships left. Cranes stopped. Shops shut. The next day, schools closed.";
        var value = Find(RecognizeArticle(text, null), "The next day").Value;

        Assert.That(value.IsResolved, Is.False);
    }

    [TestCase("The agency reported on Oct. 16 that shelling had stopped.", "Oct. 16", "Report")]
    [TestCase("The minister said on Monday that talks would go on.", "Monday", "Report")]
    [TestCase("A spokesman told Reuters on Saturday that the convoy was safe.", "Saturday", "Report")]
    [TestCase("The ministry announced on October 16, 2023 new curfews.", "October 16, 2023", "Report")]
    [TestCase("The group said in a statement on Sunday that it had agreed.", "Sunday", "Report")]
    [TestCase("Hamas said the attack on October 7 was planned for months.", "October 7", "Event")]
    [TestCase("Gunmen attacked the base on Monday.", "Monday", "Event")]
    [TestCase("BERLIN, May 3 (Reuters): Ministers met to discuss the budget.", "May 3", "Dateline")]
    [TestCase("RIGA, Latvia — March 4, 2024 — The talks resumed.", "March 4, 2024", "Dateline")]
    public void Kinds(string sentence, string written, string kind)
    {
        var mention = Find(Recognize(sentence, new DateOnly(2023, 10, 20)), written);

        Assert.Multiple(() =>
        {
            Assert.That(mention.Kind.ToString(), Is.EqualTo(kind));
            Assert.That(mention.Value.IsResolved, Is.True);
        });
    }

    [Test]
    public void DateOnlyLineAtTheTopIsTheDatelineAndSpansAreAbsolute()
    {
        const string text = "Thu. Feb 22nd, 2024\nRIGA, Latvia — The raid on Oct. 7 was discussed.";
        var mentions = RecognizeArticle(text, null);

        Assert.Multiple(() =>
        {
            Assert.That(mentions, Has.Length.EqualTo(2));
            Assert.That(mentions[0].Kind, Is.EqualTo(DateMentionKind.Dateline));
            Assert.That(mentions[0].Value.Iso, Is.EqualTo("2024-02-22"));
            Assert.That(mentions[1].Kind, Is.EqualTo(DateMentionKind.Event));
            Assert.That(mentions[1].SentenceIndex, Is.EqualTo(1));
            Assert.That(text[mentions[1].Span.Start..mentions[1].Span.End], Is.EqualTo("Oct. 7"));
            Assert.That(mentions[1].Value.Iso, Is.EqualTo("2023-10-07"));
            Assert.That(mentions[1].Value.Derivation, Does.Contain("year before the dateline date 2024-02-22"));
        });
    }

    [Test]
    public void DateInALaterSentenceIsNotADateline()
    {
        const string text = "Title. Intro. More. Still more.\nMay 3, 2024";
        var mention = Find(RecognizeArticle(text, null), "May 3, 2024");

        Assert.That(mention.Kind, Is.EqualTo(DateMentionKind.Event));
    }

    [Test]
    public void MentionsAreInTextOrderAndDoNotOverlap()
    {
        const string text = "On Sunday, September 1, 2024 and in late October 2024 and again 3 days later talks went on.";
        var mentions = Recognize(text, null);

        Assert.Multiple(() =>
        {
            Assert.That(mentions.Select(m => m.Value.Written), Is.EqualTo(new[] { "Sunday, September 1, 2024", "late October 2024", "3 days later" }));
            Assert.That(mentions[2].Value.Iso, Is.EqualTo("2024-10-24/2024-11-03"));
        });
    }

    [TestCase("The storm hit on 4 May 2024. The mayor waited three days before visiting the coast.", "2024-05-07")]
    [TestCase("The storm hit on 4 May 2024. The mayor visited the coast three days before the vote.", "2024-05-01")]
    public void WaitingSomeDaysBeforeDatesWhatFollowsThatLongAfter(string text, string? expected)
    {
        var mention = Find(Recognize(text, null), "three days before");

        Assert.That(mention.Value.IsResolved ? mention.Value.Iso : null, Is.EqualTo(expected), mention.Value.Derivation);
    }

    [TestCase("Posts.\n\n23.10.2024 14:05\nThe envoy arrived today.", "today", "2024-10-23")]
    [TestCase("Posts.\n\n2024-10-23 09:30\nThe envoy arrived yesterday.", "yesterday", "2024-10-22")]
    [TestCase("Posts.\n\n23/10/2024\nThe envoy arrived today.", "today", "2024-10-23")]
    [TestCase("Posts.\n\n03/10/2024\nThe envoy arrived today.", "today", "2024-11-05")]
    [TestCase("Posts.\n\nVersion 23.10.2024 of the app, page 14:05.\nThe envoy arrived today.", "today", "2024-11-05")]
    [TestCase("Posts.\n\n2:05 PM · Oct 23, 2024\nThe envoy arrived today.", "today", "2024-10-23")]
    [TestCase("Posts.\n\n23 October 2024, 14:05\nThe envoy arrived today.", "today", "2024-10-23")]
    [TestCase("Diary.\n\nWednesday, 23 October 2024\nThe envoy arrived today.", "today", "2024-10-23")]
    [TestCase("Posts.\n\nOct. 23, 2024 at 9:30 a.m.\nThe envoy arrived yesterday.", "yesterday", "2024-10-22")]
    [TestCase("Posts.\n\nOn 23 October 2024 we wrote about the envoy.\nThe envoy arrived today.", "today", "2024-11-05")]
    public void A_line_of_a_time_stamp_dates_the_today_of_the_post_below_it(string text, string written, string expected)
    {
        var mention = Find(RecognizeArticle(text, new DateOnly(2024, 11, 5)), written);
        Assert.That(mention.Value.Iso, Is.EqualTo(expected), mention.Value.Derivation);
    }

    [TestCase("Thu. Feb 22nd, 2024", "2024-02-22")]
    [TestCase("Monday, March 4, 2024", "2024-03-04")]
    [TestCase("2024-02-22", "2024-02-22")]
    [TestCase("22 February 2024", "2024-02-22")]
    [TestCase("  MOSCOW, November 30, 2023 (TASS) -", "2023-11-30")]
    [TestCase("MOSCOW, November 30 (TASS)", null)]
    [TestCase("February 30, 2024", null)]
    [TestCase("The talks ended on March 4, 2024.", null)]
    [TestCase("", null)]
    public void ParsesDatelines(string line, string? expected)
    {
        Assert.That(DateRecognizer.ParseDateline(line)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    [Test]
    public void ParsesDatelineWithSuppliedYear()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DateRecognizer.ParseDateline("MOSCOW, November 30 (TASS)", 2023), Is.EqualTo(new DateOnly(2023, 11, 30)));
            Assert.That(DateRecognizer.ParseDateline("MOSCOW, November 30, 2022 (TASS)", 2023), Is.EqualTo(new DateOnly(2022, 11, 30)));
        });
    }

    [TestCase("2023-10-07", "2023-10-07", "2023-10-07")]
    [TestCase("2023-10-01", "2023-10-31", "2023-10")]
    [TestCase("2024-02-01", "2024-02-29", "2024-02")]
    [TestCase("2024-01-01", "2024-12-31", "2024")]
    [TestCase("2023-10-21", "2023-10-31", "2023-10-21/2023-10-31")]
    [TestCase("2023-10-01", "2023-11-30", "2023-10-01/2023-11-30")]
    public void IsoForms(string from, string to, string iso)
    {
        Assert.That(Value(from, to).Iso, Is.EqualTo(iso));
    }

    [TestCase("2023-10-07", "2023-10-07", "2023-10-17", "2023-10-17", 10)]
    [TestCase("2023-10-17", "2023-10-17", "2023-10-07", "2023-10-07", 10)]
    [TestCase("2023-10-21", "2023-10-31", "2023-10-25", "2023-10-25", 0)]
    [TestCase("2023-10-01", "2023-10-31", "2023-11-01", "2023-11-30", 1)]
    public void Distance(string f1, string t1, string f2, string t2, int days)
    {
        var a = Value(f1, t1);
        var b = Value(f2, t2);

        Assert.Multiple(() =>
        {
            Assert.That(a.DistanceInDays(b), Is.EqualTo(days));
            Assert.That(a.Overlaps(b), Is.EqualTo(days == 0));
        });
    }

    [Test]
    public void UnresolvedValuesNeitherOverlapNorHaveADistance()
    {
        var resolved = Value("2023-10-07", "2023-10-07");
        var unresolved = new DateValue(null, null, null, 10, 7, "October 7", "October 7: year unknown");

        Assert.Multiple(() =>
        {
            Assert.That(unresolved.IsResolved, Is.False);
            Assert.That(resolved.Overlaps(unresolved), Is.False);
            Assert.That(resolved.DistanceInDays(unresolved), Is.Null);
            Assert.That(unresolved.DistanceInDays(resolved), Is.Null);
        });
    }

    [Test]
    public void DateValueChecksItsInterval()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new DateValue(new DateOnly(2023, 10, 8), new DateOnly(2023, 10, 7), null, null, null, "x", "x"), Throws.ArgumentException);
            Assert.That(() => new DateValue(new DateOnly(2023, 10, 8), null, null, null, null, "x", "x"), Throws.ArgumentException);
        });
    }

    [Test]
    public void NeverThrowsOnOddInput()
    {
        var odd = new[]
        {
            string.Empty,
            new string('(', 100_000),
            string.Concat(Enumerable.Repeat("October 7, ", 20_000)),
            string.Concat(Enumerable.Repeat("said on on on on ", 5_000)) + "Monday",
            "9999-12-31 and 99999 days after December 31, 2100",
            "\0\uFFFF\uD800 October 31st",
        };

        Assert.Multiple(() =>
        {
            foreach (var text in odd)
            {
                Assert.That(() => DateRecognizer.Recognize(text, [new TextSpan(0, text.Length)], new DateOnly(2100, 12, 31)), Throws.Nothing);
                Assert.That(() => DateRecognizer.Recognize(text, [new TextSpan(0, text.Length + 50), new TextSpan(text.Length + 10, text.Length + 20)], null), Throws.Nothing);
                Assert.That(() => DateRecognizer.ParseDateline(text), Throws.Nothing);
            }

            Assert.That(() => DateRecognizer.Recognize(null!, null!, null), Throws.Nothing);
        });
    }

    [Test]
    public void ManyDatesAreRecognizedInOneLongSentence()
    {
        var text = string.Concat(Enumerable.Repeat("on October 7, 2023 and ", 2_000));
        var mentions = DateRecognizer.Recognize(text, [new TextSpan(0, text.Length)], null);

        Assert.That(mentions, Has.Length.EqualTo(2_000));
    }

    private static DateOnly? Pub(string published) =>
        published.Length == 0 ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateValue Value(string from, string to) =>
        new(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture), null, null, null, "w", "d");

    private static ImmutableArray<DateMention> Recognize(string sentence, DateOnly? published, IReadOnlyList<YearHint>? hints = null) =>
        DateRecognizer.Recognize(sentence, [new TextSpan(0, sentence.Length)], published, hints);

    // Splits after ". " (not after abbreviations) and at line breaks, which is all these hand-written articles need.
    private static ImmutableArray<DateMention> RecognizeArticle(string text, DateOnly? published, IReadOnlyList<YearHint>? hints = null)
    {
        var spans = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            bool lineBreak = text[i] == '\n';
            bool sentenceEnd = text[i] == '.' && i + 1 < text.Length && text[i + 1] == ' ' && !AfterAbbreviation(text, i);
            if (lineBreak || sentenceEnd)
            {
                spans.Add(new TextSpan(start, lineBreak ? i : i + 1));
                start = i + 1;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }

                i = start - 1;
            }
        }

        spans.Add(new TextSpan(start, text.Length));
        return DateRecognizer.Recognize(text, spans, published, hints);
    }

    // "Oct." and "Thu." end no sentence: a short capitalised word before the dot.
    private static bool AfterAbbreviation(string text, int dot)
    {
        int start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return dot - start is > 0 and <= 4 && char.IsUpper(text[start]);
    }

    private static DateMention Find(ImmutableArray<DateMention> mentions, string written)
    {
        var found = mentions.Where(m => m.Value.Written == written).ToList();
        Assert.That(found, Has.Count.EqualTo(1), () => $"expected one mention \"{written}\", got: {string.Join(" | ", mentions.Select(m => m.Value.Written + " => " + m.Value.Derivation))}");
        return found[0];
    }
}
