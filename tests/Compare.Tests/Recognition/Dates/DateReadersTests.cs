using System.Text;
using System.Text.RegularExpressions;
using Compare.Recognition.Dates;
using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Recognition.Dates;

/// <summary>
/// The hand-written readers of the frequent date patterns against the patterns themselves: both must find the same
/// mentions, to the character, on any text.
/// </summary>
[TestFixture]
public sealed class DateReadersTests
{
    private static readonly DateOnly Published = new(2024, 3, 4);

    [TestCase("He may 3 times have lied, and May 3 was a Friday.")]
    [TestCase("The March 2024 march on the capital; the march of March 5.")]
    [TestCase("Marchers and Mayors met on Mayday, not on March, nor in Marches 2024.")]
    [TestCase("Talks ran from 3 to 5 May 2024, then March 4-6, and 2019-2021 saw none.")]
    [TestCase("In 2005, 1,200 people; by 2000 votes; of 1991 the end of 1991; since 2019 it grew, in 2100 and 2101.")]
    [TestCase("On Monday, March 4, 2024 and on Tues. 5 March, and Thurs, 7th of March 2024, and Sunday (Oct 18).")]
    [TestCase("earlier this month, last week, yesterday, three days earlier, the next day and the following month.")]
    [TestCase("On May 3, 2024 the same day, the same evening, the sameday, a same day, the same days and the same dayx.")]
    [TestCase("It fell on the 18th, and On The 3RD, by the 22nd when, until the 31St. and on the 100th, 2nd, 7 th, on the 9th-floor.")]
    [TestCase("Talks on 3 May 2024 and 12 votes, 1,200 dead, 2023 and on the 4 th, then on the 21st")]
    [TestCase("The 31st of June, the 32nd of May, 30th Feb 2023, 0 May, 00 May, 05th May, 1nd May, 3th March.")]
    [TestCase("Sept. 30, 2022 and Sept, 30 and Sep.5, Jan.. 2, Oct 7,2023 and Oct 7, 20234 and Oct 7, 2023.5.")]
    [TestCase("2023-10-07, 2023-13-01, 1999-02-30, x2023-10-07, 2023-10-07-, 3023-10-07 and 1023-10-07.")]
    [TestCase("Reuters said on October 7; officials told state television on 7 October 2023, the ministry noted.")]
    [TestCase("MOSCOW, November 30, 2023 (TASS) - Officials met on Thursday.")]
    [TestCase("In\u00a02024\u2009and on\tMay\u00a05, 2024\nthe WEEKS after\u212a, in ın 2020, $2020, 2020%, -2020, 2020-21.")]
    [TestCase("Between May 3 June 2024, and Oct 7 2023-10-08, then 6 January 1995, 1996, in 1997 and Sunday, 5 May 2019, 2020.")]
    [TestCase("Émile left in 2020; Ѐ2020; naïve 5 May; 5\u200dMay; May\u200d5; Mayı 5; the 2020s; 2020th.")]
    public void ReadersAgreeWithPatterns(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Show(DateRecognizer.Recognize(text, null!, Published)), Is.EqualTo(Show(DateRecognizer.RecognizeByPatterns(text, null, Published))));
            Assert.That(Show(DateRecognizer.Recognize(text, null!, null)), Is.EqualTo(Show(DateRecognizer.RecognizeByPatterns(text, null, null))));
        });
    }

    [Test]
    public void ReadersAgreeWithPatternsOnGeneratedSentences()
    {
        string[] words =
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Jan.", "Sept.",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tues", "Tue", "Wed",
            "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun", "Thu.", "Mayor", "Marchers", "Sundays", "may", "march",
            "0", "1", "3", "7", "9", "10", "12", "19", "21", "29", "30", "31", "32", "01", "007", "1st", "2nd", "3rd", "4th",
            "22nd", "31st", "1899", "1900", "1991", "2000", "2024", "2099", "2100", "2101", "20245", "2,024", "2024.5",
            "2023-10-07", "2024-02-29", "2023-13-01", "of", "in", "In", "IN", "since", "until", "till", "by", "from",
            "before", "after", "on", "the", "early", "mid", "late", "end", "last", "this", "past", "days", "weeks",
            "ago", "later", "earlier", "next", "said", "people", "votes", "summer", "and", "a", "three", "ten",
        ];
        string[] gaps = [" ", " ", " ", "  ", ", ", ",", ". ", ".", "-", " (", ") ", ":", "\u00a0", "\t", "$", "%", "", "—"];
        var random = new Random(20241121);
        var sentence = new StringBuilder();
        for (int n = 0; n < 4000; n++)
        {
            sentence.Clear();
            int count = random.Next(1, 12);
            for (int k = 0; k < count; k++)
            {
                sentence.Append(words[random.Next(words.Length)]).Append(gaps[random.Next(gaps.Length)]);
            }

            string text = sentence.ToString();
            var spans = SplitAnywhere(text, random);
            DateOnly? published = random.Next(4) == 0 ? null : new DateOnly(random.Next(1990, 2030), random.Next(1, 13), random.Next(1, 29));
            Assert.That(
                Show(DateRecognizer.Recognize(text, spans!, published)),
                Is.EqualTo(Show(DateRecognizer.RecognizeByPatterns(text, spans, published))),
                text);
        }
    }

    [Test]
    public void ReadersAgreeWithPatternsAtEveryPlaceInABlock()
    {
        // Sentences are searched for digits and capitals a block of characters at a time: dates at every offset from
        // a block's start, sentences just shorter and longer than a block, and characters outside ASCII whose low
        // byte is a digit or capital ("\u0130", "\u0141", "\uFF2A") must all be read as one at a time would.
        string[] dates = ["May 5, 2024", "5 May", "2023-10-07", "in 1999,", "Sunday, Oct. 7", "on Monday", "\u01305 \u0141ay 2024 \uFF2Aan 5"];
        var text = new StringBuilder();
        int found = 0;
        for (int pad = 0; pad < 40; pad++)
        {
            foreach (var date in dates)
            {
                text.Clear();
                text.Append('x', pad).Append(' ').Append(date).Append(pad % 3 == 0 ? "." : " 12 Jun. 2020 and DEC 3");
                var sentence = text.ToString();
                var mentions = DateRecognizer.Recognize(sentence, null!, Published);
                Assert.That(Show(mentions), Is.EqualTo(Show(DateRecognizer.RecognizeByPatterns(sentence, null, Published))), sentence);
                found += mentions.Length;
            }
        }

        // Every sentence but the "." ones without ASCII dates holds at least one.
        Assert.That(found, Is.GreaterThan(300));
    }

    [Test]
    public void UnitWordsAreFoundInSentencesInAnyOrder()
    {
        // Unit words are searched for over the whole text, and then looked up per sentence: sentences given backwards,
        // overlapping, or ending inside a unit word must still see exactly the unit words they hold.
        const string text = "It rained on May 4, 2024. Three days later it stopped. The day after, it snowed. Two weeks ago, it hailed.";
        int later = text.IndexOf("later", StringComparison.Ordinal);
        int weeks = text.IndexOf("weeks", StringComparison.Ordinal);
        TextSpan[][] orders =
        [
            [new(0, 25), new(26, 54), new(55, 80), new(81, text.Length)],
            [new(81, text.Length), new(55, 80), new(26, 54), new(0, 25)],
            [new(0, 54), new(26, 80), new(0, text.Length), new(55, text.Length)],
            [new(0, later - 3), new(later - 3, weeks + 2), new(weeks + 2, text.Length)],
            [new(26, 40), new(0, 25), new(26, 54), new(81, weeks + 3), new(81, text.Length)],
        ];
        foreach (var spans in orders)
        {
            var mentions = DateRecognizer.Recognize(text, spans, Published);
            Assert.That(Show(mentions), Is.EqualTo(Show(DateRecognizer.RecognizeByPatterns(text, spans, Published))), string.Join(" ", spans));
        }

        Assert.That(DateRecognizer.Recognize(text, orders[1], Published).Count(m => m.Value.Derivation.Contains("day", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(2));
    }

    [TestCase("Those who attend amid the translated trend left at midnight, nearly related to the latest start-up.")]
    [TestCase("In early May, mid-2023, mid 2024, the middle of June, the end of 2022, the beginning of March and late\u00a0April.")]
    [TestCase("Early\tMay, LATE 2020, the  End  of  May, Mid - March, midMay 2020, xearly May, _late May and start of 2021.")]
    [TestCase("Today, on Monday, three days later, the weekend after, the WEEKS before, two wee\u212as ago and 5 years prior to it.")]
    [TestCase("The next morning, the following year, the day after, the day\u00a0before, the prior night, Chicago days ago.")]
    public void CueWordsAgreeWithPatterns(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(DateRecognizer.CueWordsAdmitPatternMatches(text), Is.True);
            Assert.That(Show(DateRecognizer.Recognize(text, null!, Published)), Is.EqualTo(Show(DateRecognizer.RecognizeByPatterns(text, null, Published))));
        });
    }

    [Test]
    public void CueWordsAdmitEveryGeneratedPatternMatch()
    {
        // Words a pattern takes and words that merely hold a cue, in slots shaped like the patterns, so that matches
        // and near misses are both frequent.
        string[] leads = ["", "the", "The", "THE", "for", "about", "x", "a", "3", "ten", "a full", "on"];
        string[] cueWords =
        [
            "early", "Early", "EARLY", "nearly", "mid", "Mid", "middle", "MIDDLE", "midst", "amid", "late", "related",
            "latest", "end", "End", "trend", "ending", "beginning", "start", "started", "days", "day", "DAY", "today",
            "Monday", "weeks", "week", "wee\u212a", "weekend", "months", "month", "years", "year", "yearly", "morning",
            "evening", "night", "nightly", "next", "following", "previous", "preceding", "prior", "nextdoor",
        ];
        string[] tails =
        [
            "May", "June 2020", "2020", "may", "of May", "of 1999", "after", "before", "later", "earlier", "ago", "Chicago",
            "agony", "prior to", "prior", "morning", "day", "year", "afterwards", "",
        ];
        string[] gaps = [" ", " ", " ", "  ", "-", " - ", "\u00a0", "\t", "", "_", "\u212a", "s ", "d", ", ", "dle "];
        var random = new Random(20261121);
        var sentence = new StringBuilder();
        for (int n = 0; n < 20000; n++)
        {
            sentence.Clear();
            int count = random.Next(1, 4);
            for (int k = 0; k < count; k++)
            {
                sentence.Append(leads[random.Next(leads.Length)]).Append(gaps[random.Next(gaps.Length)])
                    .Append(cueWords[random.Next(cueWords.Length)]).Append(gaps[random.Next(gaps.Length)])
                    .Append(tails[random.Next(tails.Length)]).Append(gaps[random.Next(gaps.Length)]);
            }

            string text = sentence.ToString();
            Assert.That(DateRecognizer.CueWordsAdmitPatternMatches(text), Is.True, text);
        }
    }

    [TestCase("Reuters said on", true)]
    [TestCase("the ministry told Reuters news agency on ", true)]
    [TestCase("officials SAID ,  ", true)]
    [TestCase("(said in a statement on", true)]
    [TestCase("he wrote\u00a0in\tthe press on,", true)]
    [TestCase("officials told state television agency radio on", false)]
    [TestCase("the unsaid and the resaid on", false)]
    [TestCase("Reuters said, and the agency on", false)]
    public void ReportVerbCheckAgreesWithPattern(string before, bool reported)
    {
        // Where the pattern does not match, the check is expected to see it too on these plain cases.
        Assert.That(DateRecognizer.ReportVerbCheck(before), Is.EqualTo((reported, reported)));
    }

    [Test]
    public void ReportVerbCheckAdmitsEveryGeneratedPatternMatch()
    {
        // Verbs, words that merely hold one, and object words in any number, so that matches with none to four words
        // after the verb and near misses with five or with other characters between are all frequent.
        string[] verbs =
        [
            "said", "Said", "SAID", "says", "told", "reported", "announces", "wrote", "noted", "claims", "unsaid",
            "saidx", "(said", "_said", "said.", "pre-stated", "confirmed'", "tweeted", "ADDED",
            "\u017Faid", "claim\u017F", "told\u00e9", "s\u00e4id", "the", "and",
        ];
        string[] words =
        [
            "on", "Reuters", "the", "state", "television", "in", "a", "statement", "U.S.", "O'Neil", "al-Jazeera", "him",
            "(AP)", "x", "",
        ];
        string[] gaps = [" ", " ", " ", "  ", "\u00a0", "\t", ", ", ",", " ,", "", "\u2009", "-", "."];
        AssertCheckAdmitsEveryMatch(DateRecognizer.ReportVerbCheck, new Random(20261122), 2000, (random, text) =>
        {
            if (random.Next(3) == 0)
            {
                text.Append(words[random.Next(words.Length)]).Append(gaps[random.Next(gaps.Length)]);
            }

            text.Append(verbs[random.Next(verbs.Length)]);
            int count = random.Next(0, 7);
            for (int k = 0; k < count; k++)
            {
                text.Append(gaps[random.Next(gaps.Length)]).Append(words[random.Next(words.Length)]);
            }

            text.Append(gaps[random.Next(gaps.Length)]);
        });
    }

    [TestCase("", true)]
    [TestCase(" \t\u00a0", true)]
    [TestCase("MOSCOW, ", true)]
    [TestCase("  WASHINGTON D.C. - ", true)]
    [TestCase("ST. LOUIS, Missouri, ", true)]
    [TestCase("The attack on ", false)]
    [TestCase("X, ", false)]
    [TestCase("on ", false)]
    public void DatelinePrefixCheckAgreesWithPattern(string before, bool dateline)
    {
        Assert.That(DateRecognizer.DatelinePrefixCheck(before), Is.EqualTo((dateline, dateline)));
    }

    [Test]
    public void DatelinePrefixCheckAdmitsEveryGeneratedPatternMatch()
    {
        // Place names in capitals, ordinary words and single letters, with the separators the pattern takes and others,
        // so that datelines and near misses are both frequent.
        string[] words = ["MOSCOW", "ST.", "D.C.", "O'HARA", "AL-QUDS", "Missouri", "The", "On", "X", "A.", "T'", "K-", "Q\u2019", "x", "tass", "\u00c9TAT", ""];
        string[] gaps = [" ", "  ", ", ", ",", " - ", "\u2014", "\u2013", "-", "\t", "\u00a0", "", ": ", "\n", "."];
        AssertCheckAdmitsEveryMatch(DateRecognizer.DatelinePrefixCheck, new Random(20261123), 1000, (random, text) =>
        {
            int count = random.Next(0, 4);
            for (int k = 0; k < count; k++)
            {
                text.Append(gaps[random.Next(gaps.Length)]).Append(words[random.Next(words.Length)]);
            }

            text.Append(gaps[random.Next(gaps.Length)]);
        });
    }

    /// <summary>
    /// Checks on 20,000 texts from <paramref name="build"/> that a pre-check admits every text its pattern matches,
    /// and that both matches and texts it passes over number more than <paramref name="atLeast"/>, for the comparison
    /// to mean anything.
    /// </summary>
    private static void AssertCheckAdmitsEveryMatch(Func<string, (bool IsMatch, bool Admitted)> check, Random random, int atLeast, Action<Random, StringBuilder> build)
    {
        var text = new StringBuilder();
        int matched = 0, passedOver = 0;
        for (int n = 0; n < 20000; n++)
        {
            text.Clear();
            build(random, text);
            string before = text.ToString();
            var (isMatch, admitted) = check(before);
            Assert.That(admitted || !isMatch, Is.True, before);
            matched += isMatch ? 1 : 0;
            passedOver += admitted ? 0 : 1;
        }

        Assert.Multiple(() =>
        {
            Assert.That(matched, Is.GreaterThan(atLeast));
            Assert.That(passedOver, Is.GreaterThan(atLeast));
        });
    }

    [Test]
    public void WordCharactersAreThoseOfThePatterns()
    {
        var word = new Regex(@"^\w$", RegexOptions.CultureInvariant);
        var differing = new List<int>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (DateRecognizer.IsWordChar((char)c) != word.IsMatch(((char)c).ToString()))
            {
                differing.Add(c);
            }
        }

        Assert.That(differing, Is.Empty);
    }

    // Sentence spans anywhere, even inside words, so that the readers' view of a sentence's edges is tried too; null
    // (the whole text as one sentence) half of the time.
    [Test]
    public void EveryMonthAndWeekdayNameIsReadAtEveryPlaceInABlock()
    {
        // Capitals are passed over a block at a time unless their first three letters may begin a month or weekday
        // name: every name and abbreviation, in the case the patterns take and in others, and words that begin as a
        // name does or differ from one only in case, at every offset from a sentence's start and near its end.
        string[] names =
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tues", "Tue", "Wed", "Thurs",
            "Thur", "Thu", "Fri", "Sat", "Sun", "MAY", "JANUARY", "may", "MOnday", "Mayor", "Marchers", "Augusta",
            "Janet", "Decade", "Novel", "Octave", "Thunder", "Satellite", "Sunni", "Wedge", "Fridays", "Sundays", "Ma", "J",
        ];
        int found = 0;
        foreach (var name in names)
        {
            for (int pad = 0; pad < 36; pad++)
            {
                string lead = new string('x', pad % 5) + new string(' ', 1 + (pad / 5));
                string[] sentences =
                [
                    lead + name + " 5, 2024 and " + name + " 2023",
                    lead + "5 " + name + " 2024, last " + name,
                    lead + name + " (" + name + " 4) in 1999",
                    lead + name,
                    name + lead,
                ];
                foreach (var sentence in sentences)
                {
                    var mentions = DateRecognizer.Recognize(sentence, null!, Published);
                    Assert.That(Show(mentions), Is.EqualTo(Show(DateRecognizer.RecognizeByPatterns(sentence, null, Published))), sentence);
                    found += mentions.Length;
                }
            }
        }

        Assert.That(found, Is.GreaterThan(1000));
    }

    private static List<TextSpan>? SplitAnywhere(string text, Random random)
    {
        if (random.Next(2) == 0)
        {
            return null;
        }

        var spans = new List<TextSpan>();
        int start = 0;
        while (start < text.Length)
        {
            int end = Math.Min(text.Length, start + random.Next(1, 40));
            spans.Add(new TextSpan(start, end));
            start = end;
        }

        return spans;
    }

    private static string Show(IEnumerable<DateMention> mentions) => string.Join("\n", mentions.Select(m => m.ToString()));
}
