using Compare.Recognition.Counts;
using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Recognition.Counts;

[TestFixture]
public sealed class AgeRecognizerTests
{
    // The surrounding text has an age of its own, so leaking past the sentence span fails the single-result checks.
    private const string Before = "Ben Other, 40, spoke. ";
    private const string After = " Then Zoe Other, 41, left.";

    [TestCase("Jane Roe, 53, was released on Friday.", "Jane Roe", "53", 53)]
    [TestCase("Among the dead was Omar bin Khalid Haddad, 61, a teacher.", "Omar bin Khalid Haddad", "61", 61)]
    [TestCase("The victims included her mother Ruth Example, 73 — a retired nurse.", "Ruth Example", "73", 73)]
    [TestCase("Survivors (Dov Levi-Katz, 44) spoke to reporters.", "Dov Levi-Katz", "44", 44)]
    [TestCase("Ali and Sara Example, 39, were detained.", "Sara Example", "39", 39)]
    [TestCase("Mr Roe, 53, declined to comment.", "Roe", "53", 53)]
    [TestCase("He spoke to Dana al-Masri, 30, at the scene.", "Dana al-Masri", "30", 30)]
    [TestCase("The oldest hostage was Ada Sample, 86.", "Ada Sample", "86", 86)]
    [TestCase("The singer was Noa O'Neill, 27—a local favourite.", "Noa O'Neill", "27", 27)]
    [TestCase("Police named 25-year-old Roni Example as the driver.", "Roni Example", "25-year-old", 25)]
    [TestCase("Doctors treated twenty-one-year-old Maya Sample overnight.", "Maya Sample", "twenty-one-year-old", 21)]
    [TestCase("The 102-year-old Lea de Vries survived.", "Lea de Vries", "102-year-old", 102)]
    public void FindsNamedAge(string sentence, string name, string ageText, int age)
    {
        var (text, ages) = Recognize(sentence);

        Assert.That(ages, Has.Length.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(Slice(text, ages[0].NameSpan), Is.EqualTo(name));
            Assert.That(Slice(text, ages[0].AgeSpan), Is.EqualTo(ageText));
            Assert.That(ages[0].Age, Is.EqualTo(age));
        });
    }

    [TestCase("A 25-year-old man was arrested near the scene.", "25-year-old", 25)]
    [TestCase("The five-year-old girl was found safe.", "five-year-old", 5)]
    [TestCase("A 19-year-old Israeli soldier was wounded.", "19-year-old", 19)]
    [TestCase("Two 7-year-olds were rescued.", "7-year-olds", 7)]
    public void FindsUnnamedAgeWithEmptyNameSpanAfterTheAge(string sentence, string ageText, int age)
    {
        var (text, ages) = Recognize(sentence);

        Assert.That(ages, Has.Length.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(Slice(text, ages[0].AgeSpan), Is.EqualTo(ageText));
            Assert.That(ages[0].NameSpan.Length, Is.Zero);
            Assert.That(ages[0].NameSpan.Start, Is.EqualTo(ages[0].AgeSpan.End));
            Assert.That(ages[0].Age, Is.EqualTo(age));
        });
    }

    [TestCase("In Gaza, 1,200 people were evacuated.")]
    [TestCase("Jane Roe, 530, was named.")]
    [TestCase("jane roe, 53, was named.")]
    [TestCase("Roe, 53 people were named.")]
    [TestCase("Jane Roe,53, was named.")]
    [TestCase("A 200-year-old building collapsed.")]
    [TestCase("The year-old dispute continued.")]
    [TestCase("Jane Roe, 0, was named.")]
    [TestCase("The S-25-year-old code is fake.")]
    [TestCase("The bin, 12, was full.")]
    public void FindsNoAge(string sentence)
    {
        var (_, ages) = Recognize(sentence);

        Assert.That(ages, Is.Empty);
    }

    [Test]
    public void FindsSeveralAgesInOrder()
    {
        var (text, ages) = Recognize("Jane Roe, 53, and her son Tal Roe, 19, were taken with a 4-year-old.");

        Assert.That(ages.Select(a => $"{Slice(text, a.NameSpan)}={a.Age}"), Is.EqualTo(new[] { "Jane Roe=53", "Tal Roe=19", "=4" }));
    }

    [Test]
    public void AtMostFourNameWords()
    {
        var (text, ages) = Recognize("Visitors Anna Beth Cara Dora Ella, 33, arrived.");

        Assert.That(ages, Has.Length.EqualTo(1));
        Assert.That(Slice(text, ages[0].NameSpan), Is.EqualTo("Beth Cara Dora Ella"));
    }

    [Test]
    public void RandomInputNeverThrowsAndStaysInsideTheSentence()
    {
        string[] pieces =
        [
            "Jane", "Roe", "al", "al-Masri", "bin", ",", ", ", "53", "120", "121", "0", ")", "(", "—", " —", "-year-old",
            "-years-old", "twenty", "-", "one", "year", "old", ".", " ", "\t", "O'", "'", "Mr", "1,200", "999", "A",
        ];
        var random = new Random(8675309);
        for (var n = 0; n < 400; n++)
        {
            var parts = Enumerable.Range(0, random.Next(0, 20)).Select(_ => random.Next(5) == 0
                ? ((char)random.Next(32, 0x2100)).ToString()
                : pieces[random.Next(pieces.Length)]);
            var text = string.Join(random.Next(2) == 0 ? "" : " ", parts);
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            var sentence = new TextSpan(start, end);

            var ages = AgeRecognizer.Recognize(text, sentence);

            foreach (var a in ages)
            {
                Assert.That(sentence.Contains(a.NameSpan) && sentence.Contains(a.AgeSpan) && a.Age is >= 1 and <= 120,
                    () => $"text '{text}' sentence {sentence} age {a}");
            }
        }
    }

    [Test]
    public void OutOfRangeOrEmptyInputGivesNothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AgeRecognizer.Recognize(null!, new TextSpan(0, 3)), Is.Empty);
            Assert.That(AgeRecognizer.Recognize("Jane Roe, 53,", new TextSpan(30, 40)), Is.Empty);
        });
    }

    private static (string Text, IReadOnlyList<AgeMention> Ages) Recognize(string sentence)
    {
        var text = Before + sentence + After;
        var ages = AgeRecognizer.Recognize(text, new TextSpan(Before.Length, Before.Length + sentence.Length));
        return (text, ages);
    }

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
