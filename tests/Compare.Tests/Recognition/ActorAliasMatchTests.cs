using System.Collections.Immutable;
using Compare.Recognition;
using Compare.Recognition.Names;
using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Recognition;

/// <summary>
/// The lexicon keeps its aliases end to end in one array, each group longest first with its last alias marked: the
/// alias it finds at a token must be the longest of all the actors' aliases, names and demonyms that starts with the
/// token as written and whose other words follow it. The earlier people's surnames are turned away by a key before
/// their strings are compared, so equal skeletons must always share a key.
/// </summary>
public sealed class ActorAliasMatchTests
{
    [Test]
    public void The_alias_found_at_a_token_is_the_longest_that_fits()
    {
        var rules = TestArticles.Rules;
        var lexicon = new ActorIndex(rules).Lexicon;
        var aliases = new List<string[]>();
        foreach (var actor in rules.Actors)
        {
            foreach (var alias in actor.Aliases.Append(actor.Name).Concat(actor.Demonyms))
            {
                var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                aliases.Add(words.Length > 1 && words[0] == "the" ? words[1..] : words);
            }
        }

        // Each alias whole, cut short, run on into another word, and run on into the words of every other alias
        // with the same first word.
        var sequences = new List<string[]>();
        foreach (var words in aliases)
        {
            sequences.Add(words);
            sequences.Add([.. words, "said"]);
            for (var cut = 1; cut < words.Length; cut++)
            {
                sequences.Add(words[..cut]);
                sequences.Add([.. words[..cut], "Other"]);
            }

            foreach (var other in aliases)
            {
                if (other[0] == words[0] && !ReferenceEquals(other, words))
                {
                    sequences.Add([.. words, .. other[1..]]);
                    sequences.Add([words[0], .. other[1..], .. words[1..]]);
                }
            }
        }

        var compared = 0;
        foreach (var sequence in sequences)
        {
            var expected = 0;
            foreach (var words in aliases)
            {
                if (words.Length > expected && words.Length <= sequence.Length && words.AsSpan().SequenceEqual(sequence.AsSpan(0, words.Length)))
                {
                    expected = words.Length;
                }
            }

            var found = FindAt(lexicon, Tokens(sequence));
            Assert.That(found?.Length ?? 0, Is.EqualTo(expected), string.Join(' ', sequence));
            if (found is { } alias)
            {
                Assert.That(alias.Tokens, Is.EqualTo(sequence[..expected]), string.Join(' ', sequence));
            }

            compared++;
        }

        Assert.That(compared, Is.GreaterThan(aliases.Count));
    }

    [Test]
    public void A_word_that_starts_no_alias_finds_none()
    {
        var lexicon = new ActorIndex(TestArticles.Rules).Lexicon;
        foreach (var word in new[] { "said", "The", "the", "hostages", "Zzyzx" })
        {
            Assert.That(FindAt(lexicon, Tokens([word, "Hamas"])), Is.Null, word);
        }
    }

    [Test]
    public void Equal_skeletons_share_a_key_that_is_never_zero()
    {
        var names = new List<string> { "", "a", "ab", "abc", "Zakharova", "Zaharova", "Trufanov", "Trufanova", "al-Zahar", "Haniyeh", "Haniya" };
        foreach (var actor in TestArticles.Rules.Actors)
        {
            names.AddRange(actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        var byKey = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            foreach (var skeleton in new[] { name, Transliteration.Skeleton(name) })
            {
                var key = MentionRecognizer.SkeletonKey(skeleton);
                Assert.That(key, Is.Not.Zero, skeleton);
                Assert.That(MentionRecognizer.SkeletonKey(new string(skeleton.AsSpan())), Is.EqualTo(key), skeleton);
                if (byKey.TryGetValue(skeleton, out var before))
                {
                    Assert.That(key, Is.EqualTo(before), skeleton);
                }

                byKey[skeleton] = key;
            }
        }

        Assert.That(MentionRecognizer.SkeletonKey("abc"), Is.Not.EqualTo(MentionRecognizer.SkeletonKey("abd")));
        Assert.That(MentionRecognizer.SkeletonKey("ab"), Is.Not.EqualTo(MentionRecognizer.SkeletonKey("abc")));
    }

    [Test]
    public void A_mention_of_several_words_has_the_text_as_written_however_it_is_spaced()
    {
        var rules = TestArticles.Rules;
        var alias = rules.Actors.SelectMany(a => a.Aliases.Append(a.Name)).First(a => a.Split(' ').Length == 2 && a.Split(' ')[0] != "the" && char.IsUpper(a[0]));
        var words = alias.Split(' ');
        // One character between the words that is not a space, two spaces, and a space that is not the plain one.
        foreach (var written in new[] { alias, words[0] + "  " + words[1], words[0] + "\u00a0" + words[1], words[0] + "\t" + words[1], words[0] + " \u00a0" + words[1] })
        {
            var article = new Compare.Articles.Article("alias", "alias.txt", "Officials said " + written + " met on Monday.\n", 0, null, null, null, null, null);
            var analysis = new Compare.Extraction.ClaimExtractor(rules, new ActorIndex(rules)).Analyse(article);
            var mention = analysis.Mentions.SelectMany(m => m.All).Single(m => m.Start == "Officials said ".Length);
            Assert.That(mention.Text, Is.EqualTo(written), alias);
            Assert.That(mention.End - mention.Start, Is.EqualTo(written.Length), alias);
        }
    }

    /// <summary>The alias the lexicon finds at the first of <paramref name="tokens"/>, as the recognizer looks it up.</summary>
    private static ActorAlias? FindAt(MentionLexicon lexicon, ImmutableArray<Token> tokens)
    {
        var word = tokens[0].Text;
        var facts = lexicon.Find(word.ToLowerInvariant());
        var group = facts?.AliasGroupOf(word) ?? -1;
        if (group < 0)
        {
            return null;
        }

        var at = lexicon.LongestAlias(tokens, 0, lexicon.AliasGroupStart(group));
        return at < 0 ? null : lexicon.Aliases[at].Alias;
    }

    private static ImmutableArray<Token> Tokens(string[] words)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>(words.Length);
        var at = 0;
        foreach (var word in words)
        {
            tokens.Add(new Token(new Word(word), at, at + word.Length, TokenKind.Word));
            at += word.Length + 1;
        }

        return tokens.MoveToImmutable();
    }
}
