using NUnit.Framework;

namespace Compare.Generator.Tests;

public sealed class CorpusGeneratorTests
{
    private static Dictionary<string, string> Compose(int articles, ulong seed)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var (key, _) = CorpusGenerator.Compose(articles, seed, CorpusGenerator.RuleWords(Repository.Rules), (id, text) => texts.Add(id, text));
        texts.Add("answer-key.json", System.Text.Encoding.UTF8.GetString(AnswerKeyFile.Serialize(key)));
        return texts;
    }

    [Test]
    public void The_same_seed_gives_the_same_bytes_on_disk()
    {
        var (a, b) = (Repository.NewTemporaryFolder(), Repository.NewTemporaryFolder());
        try
        {
            CorpusGenerator.Generate(150, 42, Repository.Rules, a);
            CorpusGenerator.Generate(150, 42, Repository.Rules, b);
            var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
            Assert.That(Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal), Is.EqualTo(files));
            Assert.That(files, Does.Contain("answer-key.json").And.Contain(Path.Combine("rules", "actors.yaml")).And.Contain(Path.Combine("articles", "a000150.txt")));
            foreach (var file in files)
            {
                Assert.That(File.ReadAllBytes(Path.Combine(b, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(a, file))), file);
            }
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }

    [Test]
    public void A_second_run_into_the_same_folder_replaces_the_first()
    {
        var folder = Repository.NewTemporaryFolder();
        try
        {
            CorpusGenerator.Generate(40, 1, Repository.Rules, folder);
            CorpusGenerator.Generate(20, 1, Repository.Rules, folder);
            Assert.That(Directory.GetFiles(Path.Combine(folder, "articles")), Has.Length.EqualTo(20));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Test]
    public void Another_seed_gives_another_corpus()
    {
        var a = Compose(50, 1);
        var b = Compose(50, 2);
        Assert.That(b["a000001"], Is.Not.EqualTo(a["a000001"]));
        Assert.That(b["answer-key.json"], Is.Not.EqualTo(a["answer-key.json"]));
    }

    [Test]
    public void In_memory_and_on_disk_give_the_same_articles()
    {
        var folder = Repository.NewTemporaryFolder();
        try
        {
            CorpusGenerator.Generate(30, 9, Repository.Rules, folder);
            foreach (var (id, text) in Compose(30, 9).Where(kv => kv.Key != "answer-key.json"))
            {
                Assert.That(File.ReadAllText(Path.Combine(folder, "articles", id + ".txt")), Is.EqualTo(text), id);
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Test]
    public void The_answer_key_is_consistent_with_the_articles()
    {
        var ids = new List<string>();
        var (key, cast) = CorpusGenerator.Compose(400, 3, CorpusGenerator.RuleWords(Repository.Rules), (id, _) => ids.Add(id));
        var reported = key.Events.SelectMany(e => e.Articles).ToHashSet(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.Count.EqualTo(400));
            Assert.That(ids, Is.All.Matches<string>(reported.Contains), "every article reports an event");
            Assert.That(key.Conflicts, Is.Not.Empty);
            Assert.That(key.Conflicts.Select(c => c.Id), Is.Unique);
            foreach (var c in key.Conflicts)
            {
                Assert.That(c.Planted, Is.Not.EqualTo(c.Expected), c.Id);
                if (c.Event is not null)
                {
                    var ev = key.Events.Single(e => e.Id == c.Event);
                    Assert.That(ev.Articles, Does.Contain(c.Deviant), c.Id);
                    Assert.That(ev.Articles.Length, Is.GreaterThanOrEqualTo(2), c.Id);
                }
                else
                {
                    Assert.That(cast[c.Person!].Office, Is.EqualTo(c.Expected), c.Id);
                }
            }
        });
    }

    [Test]
    public void Every_planted_conflict_appears_in_its_deviant_article()
    {
        var texts = Compose(200, 5);
        var key = System.Text.Json.JsonDocument.Parse(texts["answer-key.json"]).RootElement;
        foreach (var c in key.GetProperty("conflicts").EnumerateArray())
        {
            var deviant = texts[c.GetProperty("deviant").GetString()!];
            var planted = c.GetProperty("planted").GetString()!;
            var attribute = c.GetProperty("attribute").GetString();
            var expectedText = attribute switch
            {
                "polarity" => planted == "denied" ? " denied that " : " did not condemn ",
                "title" => CastBuilder.Offices.Single(o => o.Title == planted).Written + " " + c.GetProperty("person_name").GetString(),
                "date" => DateOnly.ParseExact(planted, "yyyy-MM-dd").ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture),
                _ => planted,
            };
            Assert.That(deviant, Does.Contain(expectedText), c.GetProperty("id").GetString());
        }
    }
}
