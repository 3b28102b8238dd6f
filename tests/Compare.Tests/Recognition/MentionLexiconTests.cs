using Compare.Recognition;
using Compare.Text;
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

    /// <summary>
    /// Before a token that is no later word of any alias, the longest alias of a group is the one found when only
    /// its one-word aliases are tried; a token that continues one of the group's longer aliases is such a word.
    /// </summary>
    [Test]
    public void Only_one_word_aliases_fit_before_a_word_no_alias_continues_with()
    {
        var lexicon = new ActorIndex(TestArticles.Rules).Lexicon;
        var aliases = lexicon.Aliases;
        string[] others = ["said", "and", ",", "the", "Minister", "of", "Hamas", "forces", "1,200", "Al"];
        var compared = 0;
        var single = 0;
        for (var start = 0; start < aliases.Length; start++)
        {
            if (start > 0 && !aliases[start - 1].Last)
            {
                continue;
            }

            var first = aliases[start].Alias.Tokens[0];
            var followers = new List<string> { string.Empty };
            followers.AddRange(others.Select(o => " " + o + " today"));
            for (var a = start; a < aliases.Length; a++)
            {
                followers.Add(" " + string.Join(' ', aliases[a].Alias.Tokens.Skip(1)) + " today");
                if (aliases[a].Last)
                {
                    break;
                }
            }

            foreach (var follower in followers)
            {
                var tokens = SentenceSegmenter.Segment(first + follower + ".", 0)[0].Tokens;
                var full = lexicon.LongestAlias(tokens, 0, start);
                if (tokens.Length > 1 && lexicon.AliasTailWords.Contains(tokens[1].Text))
                {
                    continue;
                }

                Assert.That(lexicon.LongestAlias(tokens, 0, start, singleOnly: true), Is.EqualTo(full), first + follower);
                Assert.That(full < 0 || aliases[full].Alias.Length == 1, Is.True, first + follower);
                compared++;
                single += full >= 0 ? 1 : 0;
            }
        }

        Assert.That(compared, Is.GreaterThan(1000));
        Assert.That(single, Is.GreaterThan(100));
    }

    /// <summary>Every word of an alias after its first is one of the lexicon's alias tail words.</summary>
    [Test]
    public void Every_later_word_of_an_alias_is_a_tail_word()
    {
        var lexicon = new ActorIndex(TestArticles.Rules).Lexicon;
        var later = lexicon.Aliases.SelectMany(a => a.Alias.Tokens.Skip(1)).ToList();
        Assert.That(later, Is.Not.Empty);
        Assert.That(later.Where(w => !lexicon.AliasTailWords.Contains(w)), Is.Empty);
        Assert.That(lexicon.AliasTailWords, Has.Count.EqualTo(later.Distinct(StringComparer.Ordinal).Count()));
    }

    private static string Capitalised(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
