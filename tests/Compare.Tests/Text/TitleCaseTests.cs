using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Text;

[TestFixture]
public sealed class TitleCaseTests
{
    [TestCase("Islamic Jihad Denies Report Of Jordanian Envoy Visit (4 May 2022)")]
    [TestCase("Hezbollah Ready to Free Two Thai Farmers as a Priority")]
    [TestCase("- [Qatar Says Talks With Hezbollah Are Over (2 June 2021)](https://example.org/2021/06/02/qatar-says-talks-are-over)")]
    [TestCase("HEZBOLLAH FREES TWO THAI FARMERS")]
    [TestCase("Jordan Hosts Bashar al-Assad in Amman for Talks")]
    public void A_headline_or_link_title_is_title_case(string text)
    {
        Assert.That(TitleCase.Is(Tokens(text)), Is.True);
    }

    [TestCase("Hezbollah freed two Thai farmers in Amman on Monday.")]
    [TestCase("In May Putin met Erdogan in Sochi.")]
    [TestCase("On 2 May Jordan and Qatar signed in Doha.")]
    [TestCase("Jordan Hosts Hezbollah")]
    [TestCase("- [Qatar: talks with Hezbollah are over](https://example.org/Qatar-Says-Talks-Are-Over-In-Doha)")]
    public void Prose_and_short_lines_are_not(string text)
    {
        Assert.That(TitleCase.Is(Tokens(text)), Is.False);
    }

    private static Token[] Tokens(string text) => [.. Tokenizer.Tokenize(text, 0, text.Length)];
}
