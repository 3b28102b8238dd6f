using System.Text;
using Compare.Articles;
using Compare.Recognition.Dates;
using NUnit.Framework;

namespace Compare.Tests.Articles;

[TestFixture]
internal sealed class InvisibleCharactersTests
{
    [TestCase("Mar\u200Bzouk", "Marzouk")]
    [TestCase("Net\u00ADan\u00ADyahu", "Netanyahu")]
    [TestCase("\u202Eevil\u202C text", "evil text")]
    [TestCase("\u2067\u05e9\u05dc\u05d5\u05dd\u2069 \u200F", "\u05e9\u05dc\u05d5\u05dd ")]
    [TestCase("\uFEFFstart\u2060end", "startend")]
    public void Removes_zero_width_soft_hyphen_and_direction_controls_but_keeps_letters(string text, string expected) =>
        Assert.That(InvisibleCharacters.Remove(text).Text, Is.EqualTo(expected));

    [Test]
    public void Text_without_any_is_returned_as_the_same_instance()
    {
        var text = "\u0645\u0631\u062d\u0628\u0627 plain text\r\n";

        var (result, removed, first) = InvisibleCharacters.Remove(text);

        Assert.That(result, Is.SameAs(text));
        Assert.That((removed, first), Is.EqualTo((0, -1)));
    }

    [Test]
    public void A_file_with_them_is_read_without_them_the_front_matter_included()
    {
        var folder = Path.Combine(Path.GetTempPath(), "invisible-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "a.md");
            File.WriteAllText(path, "---\ntitle: Ha\u200Bmas\n---\nHeadline\nThe \u202Eenvoy\u202C arrived.\n", new UTF8Encoding(false));

            var result = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([path]);

            var article = result.Articles.Single();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(article.Text, Is.EqualTo("---\ntitle: Hamas\n---\nHeadline\nThe envoy arrived.\n"));
                Assert.That(article.Title, Is.EqualTo("Hamas"));
                Assert.That(article.Body, Is.EqualTo("Headline\nThe envoy arrived.\n"));
                Assert.That(article.TextDerivation, Is.EqualTo("3 invisible formatting character(s) removed"));
                Assert.That(result.Warnings.Select(w => (w.Line, w.Code)), Is.EqualTo(new (int?, string)[] { (2, "input.invisible-characters") }));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
