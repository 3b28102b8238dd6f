using System.Collections.Frozen;
using System.Globalization;
using Compare.Recognition.Counts;
using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Recognition.Counts;

[TestFixture]
public sealed class CountRecognizerTests
{
    // Text outside the sentence holds counts of its own, so a recognizer that leaks past the span fails.
    private const string Before = "Earlier, 77 volunteers arrived. ";
    private const string After = " Later 88 medics left.";

    [TestCase("Rescue teams pulled 12 survivors from the rubble.", "12", "12", "exact")]
    [TestCase("Officials said 1,139 people died in the attacks.", "1,139", "1139", "exact")]
    [TestCase("About 1,200 residents fled the town overnight.", "1,200", "1200", "approx")]
    [TestCase("The army said some 250 rockets were fired.", "250", "250", "approx")]
    [TestCase("More than 200 hostages were taken across the border.", "200", "200", "at-least")]
    [TestCase("Up to 10 trucks were allowed through the crossing.", "10", "10", "at-most")]
    [TestCase("The fund pledged 2.5 million meals to the region.", "2.5 million", "2500000", "exact")]
    [TestCase("The census counted 1.2 billion residents.", "1.2 billion", "1200000000", "exact")]
    [TestCase("Three of the injured were flown to hospital.", "Three", "3", "exact")]
    [TestCase("Twelve members voted in favour of the motion.", "Twelve", "12", "exact")]
    [TestCase("Rescuers found twenty-five survivors in the basement.", "twenty-five", "25", "exact")]
    [TestCase("Nearly two hundred families were displaced.", "two hundred", "200", "approx")]
    [TestCase("A dozen reporters waited outside the court.", "A dozen", "12", "exact")]
    [TestCase("Roughly 3,400 homes lost power after the storm.", "3,400", "3400", "approx")]
    [TestCase("At least 40 people were hurt in the blast.", "40", "40", "at-least")]
    [TestCase("Fewer than 30 patients remained in the ward.", "30", "30", "at-most")]
    [TestCase("The group released one hostage on Tuesday.", "one", "1", "exact")]
    [TestCase("One million leaflets were dropped over the city.", "One million", "1000000", "exact")]
    [TestCase("An estimated 5,000 protesters gathered in the square.", "5,000", "5000", "approx")]
    [TestCase("The motion passed with 12 votes to none.", "12", "12", "exact")]
    [TestCase("Police detained no more than 15 demonstrators.", "15", "15", "at-most")]
    [TestCase("Almost 90 buildings were damaged.", "90", "90", "approx")]
    [TestCase("In excess of 300 flights were cancelled.", "300", "300", "at-least")]
    [TestCase("Two hundred and fifty volunteers signed up.", "Two hundred and fifty", "250", "exact")]
    [TestCase("Officers arrested ~40 suspects.", "40", "40", "approx")]
    [TestCase("Upwards of 60 vehicles were burned.", "60", "60", "at-least")]
    [TestCase("Over 700 volunteers registered.", "700", "700", "at-least")]
    [TestCase("Under 50 residents stayed behind.", "50", "50", "at-most")]
    [TestCase("Close to 90 journalists were accredited.", "90", "90", "approx")]
    [TestCase("About 2000 people attended the vigil.", "2000", "2000", "approx")]
    [TestCase("The inspectors logged 12,345,678 entries.", "12,345,678", "12345678", "exact")]
    [TestCase("Zero arrests were reported.", "Zero", "0", "exact")]
    [TestCase("A thousand candles were lit.", "A thousand", "1000", "exact")]
    [TestCase("Some two million people lack water.", "two million", "2000000", "approx")]
    public void FindsExactlyOneCount(string sentence, string numberText, string value, string qualifier)
    {
        var (text, mentions) = Recognize(sentence);

        Assert.That(mentions, Has.Length.EqualTo(1), () => Describe(text, mentions));
        var mention = mentions[0];
        Assert.Multiple(() =>
        {
            Assert.That(Slice(text, mention.NumberSpan), Is.EqualTo(numberText));
            Assert.That(mention.Value.Value, Is.EqualTo(decimal.Parse(value, CultureInfo.InvariantCulture)));
            Assert.That(mention.Value.Qualifier.ToWire(), Is.EqualTo(qualifier));
            Assert.That(mention.Value.Written, Is.EqualTo(Slice(text, mention.Span)));
        });
    }

    [TestCase("The attack began on October 7 at dawn.")]
    [TestCase("Fighting resumed on 7 October after a pause.")]
    [TestCase("The talks were held on Oct. 18 in Cairo.")]
    [TestCase("The war of 1967 changed the map.")]
    [TestCase("Negotiators met in 2023 and again since 2019.")]
    [TestCase("The 1948 war displaced families.")]
    [TestCase("The strike was logged at 2023-10-07 by the unit.")]
    [TestCase("Sirens sounded at 10 a.m. local time.")]
    [TestCase("Sirens sounded again at 6 o'clock.")]
    [TestCase("The meeting ended at 10:30 sharp.")]
    [TestCase("She finished 7th in the race.")]
    [TestCase("He was the first to arrive.")]
    [TestCase("The S-300 system was deployed.")]
    [TestCase("The council adopted resolution 2712 (2023) unanimously.")]
    [TestCase("The statement SC/15496 was published.")]
    [TestCase("Turnout was 12% lower.")]
    [TestCase("Turnout fell 12 percent.")]
    [TestCase("Turnout fell 12 per cent.")]
    [TestCase("One of them was released.")]
    [TestCase("One is still missing.")]
    [TestCase("The ceasefire lasted 10 days after the deal.")]
    [TestCase("He served 14 years in prison.")]
    [TestCase("The truce held for five years.")]
    [TestCase("A three-day pause was agreed.")]
    [TestCase("A 25-year-old man was arrested.")]
    [TestCase("Jane Roe, 53, was among those detained.")]
    [TestCase("Dozens of people were injured.")]
    [TestCase("Several thousand people marched.")]
    [TestCase("Tens of thousands fled south.")]
    [TestCase("Half a million people lost power.")]
    [TestCase("Half a dozen cars were torched.")]
    [TestCase("Some injured were treated at the scene.")]
    [TestCase("The convoy travelled 40 km north.")]
    [TestCase("The aid package was worth $5 million.")]
    [TestCase("Article 51 of the charter was cited.")]
    [TestCase("Claim 3: the hostages were freed as a favour.")]
    [TestCase("Question 2: were the captives released?")]
    [TestCase("The F-16 jets returned to base.")]
    [TestCase("The victim was aged 53.")]
    [TestCase("Two-thirds of voters backed the plan.")]
    [TestCase("The 2.5 million-strong force mobilised.")]
    [TestCase("The envoy met the delegation in Amman[12] on Monday.")]
    [TestCase("The envoy met the delegation in Amman.[12]")]
    public void FindsNoCount(string sentence)
    {
        var (text, mentions) = Recognize(sentence);

        Assert.That(mentions, Is.Empty, () => Describe(text, mentions));
    }

    [TestCase("About 250 people were hurt and 40 were taken to hospital.", "250:approx|40:exact")]
    [TestCase("On October 7, 1,200 people were killed in the 2023 attacks.", "1200:exact")]
    [TestCase("Jane Roe, 53, and 12 others were hurt.", "12:exact")]
    [TestCase("The board voted twelve to three.", "12:exact|3:exact")]
    [TestCase("Of 240 hostages, 105 were freed in November and at least 4 died.", "240:exact|105:exact|4:at-least")]
    [TestCase("The envoys met [12 of them] in Amman (40 more waited).", "12:exact|40:exact")]
    public void FindsCountsInOrder(string sentence, string expected)
    {
        var (text, mentions) = Recognize(sentence);

        var actual = string.Join("|", mentions.Select(m =>
            m.Value.Value.ToString(CultureInfo.InvariantCulture) + ":" + m.Value.Qualifier.ToWire()));
        Assert.That(actual, Is.EqualTo(expected), () => Describe(text, mentions));
    }

    [Test]
    public void SpanCoversQualifierAndNumberSpanCoversNumberAlone()
    {
        var (text, mentions) = Recognize("Medics said more than 200 people were hurt.");

        Assert.That(mentions, Has.Length.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(Slice(text, mentions[0].Span), Is.EqualTo("more than 200"));
            Assert.That(Slice(text, mentions[0].NumberSpan), Is.EqualTo("200"));
            Assert.That(mentions[0].Span.Start, Is.EqualTo(Before.Length + "Medics said ".Length));
        });
    }

    [TestCase("Officials counted about 1,200 people.", "about 1,200: approximate (\"about\"), read as 1,080 to 1,320; against a bound, 1,140 to 1,260")]
    [TestCase("Officials counted about 200 people.", "about 200: approximate (\"about\"), read as 180 to 220")]
    [TestCase("Officials counted more than 200 people.", "more than 200: at least 201")]
    [TestCase("Officials counted three people.", "three: number word")]
    [TestCase("Officials counted 12 people.", "12: as written")]
    [TestCase("Officials counted fewer than 10 people.", "fewer than 10: at most 9")]
    [TestCase("Officials counted 2.5 million people.", "2.5 million: scaled, read as 2,500,000")]
    [TestCase("Officials counted up to 10 people.", "up to 10: at most 10")]
    [TestCase("Officials counted two hundred people.", "two hundred: number word, read as 200")]
    [TestCase("Officials counted more than\n 200 people.", "more than 200: at least 201")]
    public void DerivationExplainsTheReading(string sentence, string derivation)
    {
        var (_, mentions) = Recognize(sentence);

        Assert.That(mentions, Has.Length.EqualTo(1));
        Assert.That(mentions[0].Value.Derivation, Is.EqualTo(derivation));
    }

    [TestCase("about 1,200 people", "more than 1,300 people", false)]
    [TestCase("about 1,200 people", "at least 1,250 people", true)]
    [TestCase("about 1,200 people", "fewer than 1,100 people", false)]
    [TestCase("about 200 people", "more than 210 people", true)]
    [TestCase("about 240 people", "at least 250 people", true)]
    [TestCase("about 240 people", "more than 260 people", false)]
    public void An_approximate_count_against_a_bound_is_read_as_the_figure_rounded_to_it(string first, string second, bool compatible)
    {
        var a = Single(first);
        var b = Single(second);

        Assert.Multiple(() =>
        {
            Assert.That(a.IsCompatibleWith(b), Is.EqualTo(compatible));
            Assert.That(b.IsCompatibleWith(a), Is.EqualTo(compatible));
        });
    }

    [TestCase("about 250 people", "more than 200 people", true)]
    [TestCase("1,139 people", "1,200 people", false)]
    [TestCase("about 1,200 people", "1,139 people", true)]
    [TestCase("up to 10 people", "12 people", false)]
    [TestCase("up to 12 people", "12 people", true)]
    [TestCase("fewer than 12 people", "12 people", false)]
    [TestCase("at least 200 people", "200 people", true)]
    [TestCase("more than 200 people", "200 people", false)]
    [TestCase("nearly 1,000 people", "1,090 people", true)]
    [TestCase("about 1,000 people", "1,111 people", false)]
    [TestCase("more than 50 people", "fewer than 40 people", false)]
    public void CompatibilityIsIntervalIntersection(string first, string second, bool compatible)
    {
        var a = Single(first);
        var b = Single(second);

        Assert.Multiple(() =>
        {
            Assert.That(a.IsCompatibleWith(b), Is.EqualTo(compatible));
            Assert.That(b.IsCompatibleWith(a), Is.EqualTo(compatible));
        });
    }

    [TestCase(1200, "Approx", "about 1,200", 1080, 1320)]
    [TestCase(7, "Approx", "about 7", 6, 8)]
    [TestCase(200, "AtLeast", "more than 200", 201, null)]
    [TestCase(200, "AtLeast", "over 200", 201, null)]
    [TestCase(200, "AtLeast", "at least 200", 200, null)]
    [TestCase(10, "AtMost", "up to 10", 0, 10)]
    [TestCase(10, "AtMost", "fewer than 10", 0, 9)]
    [TestCase(10, "AtMost", "Under 10", 0, 9)]
    [TestCase(10, "AtMost", "no more than 10", 0, 10)]
    [TestCase(12, "Exact", "12", 12, 12)]
    public void IntervalFollowsQualifierPhrase(int value, string qualifier, string written, int low, int? high)
    {
        var interval = new CountValue(value, Enum.Parse<CountQualifier>(qualifier), written, "").Interval;

        Assert.That(interval, Is.EqualTo(((decimal)low, high is int h ? (decimal)h : decimal.MaxValue)));
    }

    [Test]
    public void IntervalAndCompatibilityDoNotThrowAtExtremes()
    {
        var values = new[] { decimal.MaxValue, decimal.MinValue, 0m, -5m, 0.5m };
        foreach (var v in values)
        {
            foreach (var q in Enum.GetValues<CountQualifier>())
            {
                foreach (var written in new[] { "more than", "under", "", "x" })
                {
                    var cv = new CountValue(v, q, written, "");
                    Assert.DoesNotThrow(() => _ = cv.IsCompatibleWith(cv));
                    Assert.That(cv.Interval.Low, Is.LessThanOrEqualTo(cv.Interval.High), () => $"{v} {q} '{written}'");
                }
            }
        }

        Assert.That(new CountValue(1, CountQualifier.Exact, "1", "").IsCompatibleWith(null), Is.False);
    }

    [TestCase("Exact", "exact")]
    [TestCase("Approx", "approx")]
    [TestCase("AtLeast", "at-least")]
    [TestCase("AtMost", "at-most")]
    public void WireNames(string qualifier, string wire)
    {
        Assert.That(Enum.Parse<CountQualifier>(qualifier).ToWire(), Is.EqualTo(wire));
    }

    [Test]
    public void OutOfRangeOrEmptyInputGivesNothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CountRecognizer.Recognize(null!, new TextSpan(0, 5)), Is.Empty);
            Assert.That(CountRecognizer.Recognize("", new TextSpan(0, 5)), Is.Empty);
            Assert.That(CountRecognizer.Recognize("12 people", new TextSpan(40, 50)), Is.Empty);
            Assert.That(CountRecognizer.Recognize("12 people", default), Is.Empty);
        });
        var clamped = CountRecognizer.Recognize("12 people", new TextSpan(0, 500));
        Assert.That(clamped.Select(m => m.Value.Value), Is.EqualTo(new[] { 12m }));
    }

    [Test]
    public void RandomInputNeverThrowsAndStaysInsideTheSentence()
    {
        string[] pieces =
        [
            "about", "more than", "some", "up to", "fewer", "than", "over", "~", "a", "dozen", "one", "twenty", "-",
            "five", "hundred", "and", "million", "thousand", "October", "Oct.", "7", "2023", "1,200", "1,2", ",", ".",
            "(", ")", "%", "$", "/", ":", "—", "year-old", "25", "Jane", "Roe", "al", "bin", "  ", " ", "\n", "999999999999999999999999999999",
            "9.9", "resolution", "half", "per", "cent", "days", "a.m.", "o'clock", "'", "S", "0", "120", "Ünï", "\u0663",
        ];
        var random = new Random(20240607);
        for (var n = 0; n < 400; n++)
        {
            var parts = Enumerable.Range(0, random.Next(0, 25)).Select(_ => random.Next(4) == 0
                ? ((char)random.Next(32, 0x2100)).ToString()
                : pieces[random.Next(pieces.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", parts);
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            var sentence = new TextSpan(start, end);

            var mentions = CountRecognizer.Recognize(text, sentence);

            foreach (var m in mentions)
            {
                Assert.That(sentence.Contains(m.Span) && m.Span.Contains(m.NumberSpan) && m.NumberSpan.Length > 0,
                    () => $"text '{text}' sentence {sentence} mention {m}");
            }
        }
    }

    // Sentences where passing over plain words could go wrong: an "a" before a number word however far and however
    // spaced, number words cut by the sentence's end or a block's, letters outside ASCII inside and around words,
    // long words that begin like number words, digits glued to words, and ages.
    [TestCase("They counted a million votes and a  thousand ballots.")]
    [TestCase("Officials said a\u00a0dozen homes and a\tmillion euros were lost.")]
    [TestCase("Residents of the town described long queues at petrol stations after a DOZEN people a")]
    [TestCase("A Hundred people; a hundredth of them, a thousands-strong crowd and a seventeenth were there.")]
    [TestCase("Seventeen seventeenth seventee seventeens eighteen nineteenth thousands trillions twentyfive")]
    [TestCase("The ıt wïll tw\u00f6 hundred café twenty\u00e9 one\u2019s \u00e9leven ONE child and \u0130 a m\u0130llion.")]
    [TestCase("Jane Roe, 53, and a 25-year-old man, a twenty-one-year-old and a Five-year-old girl were hurt.")]
    [TestCase("F16 a5 2,000 a 3 abcdefghijklmnopqrstuvwxyz twenty abcdefghijklmnopqrstuvwxyzabcdefghi one hostage")]
    [TestCase("half a million, half a dozen, a half million and a   \n  million.")]
    [TestCase("Someone often gave money to the forces of the military, nonetheless attentive to the network.")]
    [TestCase("Billionaires, millionths, dozens, hundreds, THOUSANDS of tens and Elevenses at forty-five past noon.")]
    [TestCase("Officials said the attack was serious and the talks went on for a long time in the capital")]
    [TestCase("a")]
    [TestCase("A dozen")]
    [TestCase("x two")]
    public void PassingOverPlainTextAgreesWithReadingEveryCharacter(string sentence)
    {
        // The sentence alone, inside a text, at the very end of a text, and cut at every length.
        var text = Before + sentence + After;
        AssertSameReading(sentence, new TextSpan(0, sentence.Length));
        AssertSameReading(text, new TextSpan(Before.Length, Before.Length + sentence.Length));
        AssertSameReading(Before + sentence, new TextSpan(Before.Length, Before.Length + sentence.Length));
        for (var end = 0; end <= sentence.Length; end++)
        {
            AssertSameReading(text, new TextSpan(Before.Length, Before.Length + end));
            AssertSameReading(Before + sentence, new TextSpan(Before.Length + sentence.Length - end, Before.Length + sentence.Length));
        }
    }

    [Test]
    public void PassingOverPlainTextAgreesWithReadingEveryCharacterOnRandomText()
    {
        string[] pieces =
        [
            "a", "A", "an", "dozen", "million", "Million", "thousand", "hundred", "and", "half", "one", "One", "two", "twenty",
            "seventeen", "seventeenth", "thousands", "the", "residents", "described", "queues", "stations", "year-old",
            "-", "Roe", ",", ".", " ", "  ", "\n", "\t", "\u00a0", "\u2019", "\u2014", "\u0130", "\u00e9", "\u00ef",
            "7", "25", "1,200", "2.5", "2023", "October", "about", "more than", "hostage", "people", "abcdefghijklmnopqrstu",
        ];
        AssertSameReadingOfRandomTexts(20240611, 40, random => random.Next(8) == 0
            ? ((char)random.Next(32, 0x250)).ToString()
            : pieces[random.Next(pieces.Length)]);
    }

    [Test]
    public void PassingOverPlainTextAgreesWithReadingEveryCharacterOnAsciiText()
    {
        // Only ASCII letters and punctuation, so that whole sentences are often passed over for want of any digit or
        // number word, next to words that hold a number word without being one.
        string[] pieces =
        [
            "a", "A", "an", "dozen", "Dozens", "million", "millionth", "thousand", "THOUSANDS", "hundred", "and", "one",
            "someone", "often", "ten", "Tension", "two", "network", "forty", "for", "forces", "seventeen", "seventeenth",
            "seventee", "eighteenth", "Nineteen", "the", "military", "several", "said", "people", "hostage", "half",
            "-", ",", ".", " ", "  ", "\n", "\t", "'", "(", ")",
        ];
        AssertSameReadingOfRandomTexts(20261121, 30, random => pieces[random.Next(pieces.Length)]);
    }

    [Test]
    public void DaysAndYearsOfDatesReadAsInTheReadingOfEveryRunOfDigits()
    {
        // Days and years beside months, scale words, qualifiers and other context, so that the runs settled early as
        // parts of dates meet every case the general reading decides differently.
        string[] pieces =
        [
            "October", "october", "OCTOBER", "Oct", "Oct.", "Sept", "September", "SEPTEMBER", "May", "may", "Jan", "Janu",
            "7", "07", "1", "0", "00", "31", "32", "99", "2023", "1899", "1900", "2100", "2101", "0203", "12,000", "1.5", "2023.5",
            "million", "Million", "thousand", "billions", "about", "more than", "in", "of", "over", "handed", "resolution",
            "aged", "Roe", "year-old", "percent", "people", "a.m.", "~", "(", ")", ",", ".", " ", "  ", "\n", "-", "/",
            "\u212a", "\u0130", "\u00e9", "octobre", "Octoberfest",
        ];
        AssertSameReadingOfRandomTexts(20261123, 16, random => pieces[random.Next(pieces.Length)]);
    }

    [Test]
    public void WordKeySetFindsExactlyTheWordsOfItsSet()
    {
        string[] words = ["january", "sept", "september", "may", "to", "of", "approximately", "million", "a"];
        var set = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var keys = new CountRecognizer.WordKeySet(words);
        string[] probes =
        [
            "January", "JANUARY", "januar", "januarys", "Sept", "sep", "September", "Septembe", "SEPTEMBERS", "May", "mAy",
            "to", "To", "t", "of", "o", "off", "Approximately", "approximatel", "MILLION", "millions", "a", "A", "", "b",
            "\u212a", "ma\u0130", "\u00e9", "\u212aay", "mil\u0130ion", "toto", "abcdefghijklmnopqrstuvwxyz",
        ];
        var random = new Random(20261124);
        var all = probes.Concat(words).Concat(Enumerable.Range(0, 2000).Select(_ => new string(
            Enumerable.Range(0, random.Next(0, 10)).Select(_ => "abcdefjmnoprstuyAEJMOPST\u212a\u0130"[random.Next(26)]).ToArray())));
        foreach (var probe in all)
        {
            var text = "(" + probe + ")";
            Assert.That(
                keys.Contains(text, 1, 1 + probe.Length, set),
                Is.EqualTo(set.Contains(probe.ToLowerInvariant())),
                probe);
        }
    }

    // 3,000 texts of up to maxParts pieces, joined by spaces or run together, each read over a random span and over
    // the rest of the text from the span's start.
    private static void AssertSameReadingOfRandomTexts(int seed, int maxParts, Func<Random, string> piece)
    {
        var random = new Random(seed);
        for (var n = 0; n < 3000; n++)
        {
            var parts = Enumerable.Range(0, random.Next(0, maxParts)).Select(_ => piece(random));
            var text = string.Join(random.Next(4) == 0 ? "" : " ", parts);
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            AssertSameReading(text, new TextSpan(start, end));
            AssertSameReading(text, new TextSpan(start, text.Length));
        }
    }

    [Test]
    public void EveryNumberWordStopsThePassOverPlainTextInAnyCaseAndAtEveryPlaceInABlock()
    {
        // Number words, in several cases, and words that begin as one does without being one, at every offset from a
        // sentence's start (and so at every place within the blocks the pass reads), with plain words around them.
        string[] numbers =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
            "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen",
            "for", "foreign", "several", "tense", "mild", "through", "thr", "fou", "tenth", "ones", "twos", "dozens",
        ];
        var random = new Random(20261122);
        foreach (var number in numbers)
        {
            string[] forms = [number, number.ToUpperInvariant(), char.ToUpperInvariant(number[0]) + number[1..], Mixed(number, random)];
            foreach (var form in forms)
            {
                for (var offset = 0; offset < 40; offset++)
                {
                    var lead = new string('x', offset % 7) + new string(' ', 1 + (offset / 7));
                    var sentence = offset == 0 ? form + " people waited" : lead + form + " people waited";
                    AssertSameReading(sentence, new TextSpan(0, sentence.Length));
                    AssertSameReading("The " + sentence + ".", new TextSpan(4, 4 + sentence.Length));
                }

                var plain = "Officials said the " + form + " residents left";
                Assert.That(
                    CountRecognizer.Recognize(plain, new TextSpan(0, plain.Length)).Length,
                    Is.EqualTo(CountRecognizer.RecognizeCharacterByCharacter(plain, new TextSpan(0, plain.Length), out _).Length),
                    plain);
            }
        }

        static string Mixed(string word, Random random) =>
            string.Concat(word.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c));
    }

    [Test]
    public void PassingOverPlainTextAgreesWithReadingEveryCharacterInTheSeeds()
    {
        // Every sentence of the seed articles, as the extractor segments them.
        var files = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt", SearchOption.AllDirectories);
        Assert.That(files, Is.Not.Empty);
        var sentences = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var sentence in SentenceSegmenter.Segment(text, 0))
            {
                AssertSameReading(text, sentence.Span);
                sentences++;
            }
        }

        Assert.That(sentences, Is.GreaterThan(100));
    }

    [TestCase("more than 200")]
    [TestCase("more than\n200")]
    [TestCase("more  than 200")]
    [TestCase(" more than 200")]
    [TestCase("more than 200 ")]
    [TestCase("more\u00a0than\t 200")]
    [TestCase("200")]
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("\n\n")]
    public void SingleSpacedIsSplitAndJoin(string written)
    {
        var expected = string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        Assert.That(CountRecognizer.SingleSpaced(written), Is.EqualTo(expected));
    }

    [TestCase("more than 200", "more than", true)]
    [TestCase("More Than 200", "more than", true)]
    [TestCase("  more\n\t than 200", "more than", true)]
    [TestCase("more than", "more than", true)]
    [TestCase("more than  ", "more than", true)]
    [TestCase("more thanks", "more than", false)]
    [TestCase("more than\u00e9", "more than", false)]
    [TestCase("more than-200", "more than", true)]
    [TestCase("more tha", "more than", false)]
    [TestCase("more ", "more than", false)]
    [TestCase("morethan 200", "more than", false)]
    [TestCase("over 200", "over", true)]
    [TestCase("OVER", "over", true)]
    [TestCase("overall 200", "over", false)]
    [TestCase("\u212Aover", "over", false)]
    [TestCase("", "under", false)]
    public void StartsWithPhraseReadsTheCollapsedLowerCaseText(string written, string phrase, bool expected)
    {
        // The plain reading: collapse the white space, lower-case, compare.
        var normalized = string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var plain = normalized.StartsWith(phrase, StringComparison.Ordinal)
            && (normalized.Length == phrase.Length || !char.IsLetter(normalized[phrase.Length]));

        Assert.Multiple(() =>
        {
            Assert.That(plain, Is.EqualTo(expected));
            Assert.That(CountValue.StartsWithPhrase(written, phrase), Is.EqualTo(expected));
        });
    }

    [TestCase("0")]
    [TestCase("000")]
    [TestCase("7")]
    [TestCase("007")]
    [TestCase("1995")]
    [TestCase("1200")]
    [TestCase("999999999999999999")]
    [TestCase("1000000000000000000")]
    [TestCase("999999999999999999999999")]
    [TestCase("2.5")]
    [TestCase("2.50")]
    [TestCase("0.0")]
    [TestCase("12.")]
    public void DigitsParseToTheSameDecimalAsDecimalTryParse(string digits)
    {
        var parsed = decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var expected);

        Assert.Multiple(() =>
        {
            Assert.That(CountRecognizer.TryParseDigits(digits, out var actual), Is.EqualTo(parsed));

            // Bit for bit, scale included: "2.50" and "2.5" are equal decimals but print differently.
            Assert.That(decimal.GetBits(actual), Is.EqualTo(decimal.GetBits(expected)));
        });
    }

    [TestCase("0")]
    [TestCase("-0")]
    [TestCase("0.000")]
    [TestCase("7")]
    [TestCase("999")]
    [TestCase("1000")]
    [TestCase("1200.00")]
    [TestCase("12345")]
    [TestCase("999999")]
    [TestCase("1000000")]
    [TestCase("2500000000")]
    [TestCase("999999999999999999")]
    [TestCase("1000000000000000000")]
    [TestCase("79228162514264337593543950335")]
    [TestCase("2.5")]
    [TestCase("1234.5678")]
    [TestCase("0.00000000001")]
    [TestCase("-1200")]
    [TestCase("-2.5")]
    public void GroupedNumbersAreWrittenAsTheFormatWritesThem(string number)
    {
        var value = decimal.Parse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var expected = value.ToString("#,0.##########", CultureInfo.InvariantCulture);

        Assert.Multiple(() =>
        {
            Assert.That(new CountRecognizer.GroupedNumber(value).ToString(), Is.EqualTo(expected));
            Assert.That(string.Create(CultureInfo.InvariantCulture, $"<{new CountRecognizer.GroupedNumber(value)}>"), Is.EqualTo($"<{expected}>"));
        });
    }

    [Test]
    public void GroupedNumbersAreWrittenAsTheFormatWritesThemAtEveryLength()
    {
        // Every number of digits, and around each power of ten, where the groups change.
        var random = new Random(20261121);
        var values = new List<decimal>();
        for (decimal p = 1m; p <= 10_000_000_000_000_000_000m; p *= 10m)
        {
            values.AddRange([p - 1m, p, p + 1m, p * 1.5m, Math.Floor(p * (decimal)random.NextDouble())]);
        }

        foreach (var value in values)
        {
            Assert.That(new CountRecognizer.GroupedNumber(value).ToString(), Is.EqualTo(value.ToString("#,0.##########", CultureInfo.InvariantCulture)), value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AssertSameReading(string text, TextSpan sentence)
    {
        var expected = CountRecognizer.RecognizeCharacterByCharacter(text, sentence, out var expectedAges);
        var actual = CountRecognizer.Recognize(text, sentence, out var actualAges);

        Assert.Multiple(() =>
        {
            Assert.That(actual, Is.EqualTo(expected), () => $"counts of '{text}' {sentence}");
            Assert.That(actualAges, Is.EqualTo(expectedAges), () => $"ages of '{text}' {sentence}");
            Assert.That(expectedAges, Is.EqualTo(AgeRecognizer.Recognize(text, sentence)), () => $"ages of '{text}' {sentence}");
        });
    }

    private static CountValue Single(string phrase)
    {
        var mentions = CountRecognizer.Recognize(phrase, new TextSpan(0, phrase.Length));
        Assert.That(mentions, Has.Length.EqualTo(1), phrase);
        return mentions[0].Value;
    }

    private static (string Text, IReadOnlyList<CountMention> Mentions) Recognize(string sentence)
    {
        var text = Before + sentence + After;
        var mentions = CountRecognizer.Recognize(text, new TextSpan(Before.Length, Before.Length + sentence.Length));
        return (text, mentions);
    }

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];

    private static string Describe(string text, IEnumerable<CountMention> mentions) =>
        "found: " + string.Join("; ", mentions.Select(m => $"'{Slice(text, m.Span)}' = {m.Value.Derivation}"));
}
