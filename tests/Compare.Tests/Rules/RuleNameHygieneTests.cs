using System.Globalization;
using System.Text.RegularExpressions;
using Compare.Rules;
using Compare.Text;
using NUnit.Framework;
using YamlDotNet.RepresentationModel;

namespace Compare.Tests.Rules;

/// <summary>
/// Rules stay general: proper names live only in the actor dictionary. Every rule example may name only dictionary
/// actors (by name, alias or demonym) and otherwise uses descriptions ("a hostage", "the envoy"); no list outside
/// the dictionary (triggers, lexicons, event types) names a person; and no example is lifted from a seed article.
/// </summary>
public sealed class RuleNameHygieneTests
{
    /// <summary>Capitalised words that may stand inside an example sentence without being a name, each with why.</summary>
    private static readonly IReadOnlyDictionary<string, string> CommonCapitalised = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["I"] = "the first-person pronoun is always capitalised",
        ["President"] = "an office written before a name is capitalised",
        ["Minister"] = "an office written before a name is capitalised",
        ["Prime"] = "part of the office \"Prime Minister\" written before a name",
        ["Foreign"] = "part of the office \"Foreign Minister\" written before a name",
    };

    private static readonly RuleSet Rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;

    public static IEnumerable<TestCaseData> Examples() =>
        Rules.Rules.SelectMany(r => r.Examples.Select((e, i) => new TestCaseData(r.Id, i).SetName($"{r.Id} example {i}: {e.Text}")));

    [TestCaseSource(nameof(Examples))]
    public void Example_names_only_dictionary_actors(string ruleId, int index)
    {
        var text = Rules.Rules.Single(r => r.Id == ruleId).Examples[index].Text;
        Assert.That(UnknownCapitalisedWords(text), Is.Empty,
            "capitalised words that are neither sentence-initial nor part of a dictionary actor's name, alias or demonym; use a dictionary actor or a description instead");
    }

    [Test]
    public void An_invented_name_is_caught()
    {
        Assert.That(UnknownCapitalisedWords("Hamas released Dana Levin on Monday."), Is.EqualTo(new[] { "Dana", "Levin" }));
        Assert.That(UnknownCapitalisedWords("The envoy met Vladimir Petrov in Moscow."), Is.EqualTo(new[] { "Vladimir", "Petrov" }));
        Assert.That(UnknownCapitalisedWords("In March, President Vladimir Putin's envoy met a U.S.-led mission from Kyiv."), Is.Empty);
    }

    [Test]
    public void No_list_outside_the_actor_dictionary_names_a_person()
    {
        var names = Rules.Actors.Where(a => a.Kind == EntityKinds.Person)
            .SelectMany(a => a.Aliases.Prepend(a.Name).Select(n => (Actor: a.Id, Name: n)))
            .ToList();
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Rules, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) == "actors.yaml")
            {
                continue;
            }

            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            foreach (var (path, value) in yaml.Documents.SelectMany(d => Scalars(d.RootNode, string.Empty)))
            {
                foreach (var (actor, name) in names.Where(n => ContainsWords(value, n.Name)))
                {
                    problems.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)} {path}: '{value}' names {actor} ('{name}')");
                }
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void No_example_is_lifted_from_a_seed_article()
    {
        const int LongestSharedRun = 6;
        var seedSentences = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => SentenceSegmenter.Segment(File.ReadAllText(f), 0).Select(s => (File: Path.GetFileName(f), Words: Shape(s.Text))))
            .ToList();
        var problems = new List<string>();
        foreach (var rule in Rules.Rules)
        {
            foreach (var example in rule.Examples)
            {
                var words = Shape(example.Text);
                foreach (var (file, seed) in seedSentences)
                {
                    if (LongestCommonRun(words, seed) >= LongestSharedRun)
                    {
                        problems.Add($"{rule.Id}: '{example.Text}' shares {LongestSharedRun} or more words in a row with a sentence of {file}");
                    }
                }
            }
        }

        Assert.That(problems, Is.Empty);
    }

    /// <summary>Capitalised words of <paramref name="text"/> not at a sentence start, not inside an actor's surface form and not common.</summary>
    private static List<string> UnknownCapitalisedWords(string text)
    {
        var covered = new bool[text.Length];
        // An alias written in lower case ("the Council") is capitalised at the start of a sentence.
        var forms = Rules.Actors.SelectMany(a => a.Aliases.Concat(a.Demonyms).Prepend(a.Name))
            .SelectMany(f => char.IsLower(f[0]) ? new[] { f, char.ToUpperInvariant(f[0]) + f[1..] } : [f]);
        foreach (var form in forms)
        {
            foreach (Match m in Regex.Matches(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(form) + @"(?![\p{L}\p{N}])"))
            {
                Array.Fill(covered, true, m.Index, m.Length);
            }
        }

        var initial = new HashSet<int>();
        foreach (var sentence in SentenceSegmenter.Segment(text, 0))
        {
            foreach (var token in sentence.Tokens)
            {
                if (token.IsWord)
                {
                    initial.Add(token.Start);
                    break;
                }
            }
        }

        var unknown = new List<string>();
        foreach (Match word in Regex.Matches(text, @"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]*"))
        {
            if (!covered[word.Index] && !initial.Contains(word.Index) && !CommonCapitalised.ContainsKey(word.Value) && !IsCalendarWord(word.Value))
            {
                unknown.Add(word.Value);
            }
        }

        return unknown;
    }

    private static bool IsCalendarWord(string word)
    {
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        return format.MonthNames.Concat(format.AbbreviatedMonthNames).Concat(format.DayNames).Concat(format.AbbreviatedDayNames)
            .Any(n => n.Length > 0 && string.Equals(n, word, StringComparison.Ordinal));
    }

    private static bool ContainsWords(string value, string name) =>
        Regex.IsMatch(value, @"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Every scalar with its path, leaving out rule examples (which may name dictionary actors).</summary>
    private static IEnumerable<(string Path, string Value)> Scalars(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlScalarNode scalar when scalar.Value is { } value:
                yield return (path, value);
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    foreach (var s in Scalars(sequence.Children[i], $"{path}[{i}]"))
                    {
                        yield return s;
                    }
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (key, child) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? "?";
                    if (name == "examples")
                    {
                        continue;
                    }

                    foreach (var s in Scalars(child, path.Length == 0 ? name : path + "." + name))
                    {
                        yield return s;
                    }
                }

                break;
        }
    }

    /// <summary>The words of a sentence, lower case, with numbers and capitalised words made alike, so that a sentence
    /// copied with other names or figures still shows.</summary>
    private static List<string> Shape(string sentence)
    {
        var words = new List<string>();
        foreach (Match m in Regex.Matches(sentence, @"[\p{L}\p{N}][\p{L}\p{N}\-]*"))
        {
            var w = m.Value;
            var shaped = char.IsDigit(w[0]) ? "#" : char.IsUpper(w[0]) && words.Count > 0 ? "N" : w.ToLowerInvariant();
            if (shaped == "N" && words.Count > 0 && words[^1] == "N")
            {
                continue;
            }

            words.Add(shaped);
        }

        return words;
    }

    private static int LongestCommonRun(List<string> a, List<string> b)
    {
        var best = 0;
        var previous = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            var current = new int[b.Count + 1];
            for (var j = 1; j <= b.Count; j++)
            {
                if (a[i - 1] == b[j - 1])
                {
                    current[j] = previous[j - 1] + 1;
                    best = Math.Max(best, current[j]);
                }
            }

            previous = current;
        }

        return best;
    }
}
