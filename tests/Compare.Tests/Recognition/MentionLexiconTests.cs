using Compare.Recognition;
using NUnit.Framework;

namespace Compare.Tests.Recognition;

/// <summary>
/// The lexicon's lookup of an ASCII word as written must find exactly what the lookup of its lower-case form finds,
/// in whatever case the word is written.
/// </summary>
public sealed class MentionLexiconTests
{
    private static readonly string[] PlainWords =
    [
        "he", "She", "THEY", "which", "Who", "it", "its", "the", "The", "said", "a", "I", "x-ray", "Then-prime", "ex-minister",
        "U.S.", "al-Qaeda", "", "-", ",", "1,200", "government", "Government", "GOVERNMENT", "hostages",
    ];

    [Test]
    public void An_ascii_word_finds_what_its_lower_case_form_finds()
    {
        var rules = TestArticles.Rules;
        var lexicon = new ActorIndex(rules).Lexicon;
        var words = new List<string>(PlainWords);
        words.AddRange(rules.Lexicons.DescriptorClasses.Keys);
        words.AddRange(rules.Lexicons.Offices.Select(t => t.Split(' ')[0]));
        words.AddRange(rules.Lexicons.Roles.Select(t => t.Split(' ')[0]));
        foreach (var actor in rules.Actors)
        {
            words.AddRange(actor.Aliases.Append(actor.Name).Concat(actor.Demonyms).Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]));
        }

        var compared = 0;
        foreach (var word in words)
        {
            foreach (var form in new[] { word, word.ToLowerInvariant(), word.ToUpperInvariant(), Capitalised(word) })
            {
                if (!form.All(char.IsAscii))
                {
                    continue;
                }

                Assert.That(lexicon.FindAscii(form), Is.SameAs(lexicon.Find(form.ToLowerInvariant())), form);
                compared++;
            }
        }

        Assert.That(compared, Is.GreaterThan(100));
        Assert.That(lexicon.FindAscii("Hostages")?.DescriptorClass, Is.EqualTo(rules.Lexicons.DescriptorClasses["hostages"]));
        Assert.That(lexicon.FindAscii("They")?.Pronoun, Is.EqualTo(PronounKind.Group));
    }

    private static string Capitalised(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
