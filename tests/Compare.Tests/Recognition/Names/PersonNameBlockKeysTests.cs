using Compare.Recognition.Names;
using NUnit.Framework;

namespace Compare.Tests.Recognition.Names;

/// <summary>Block keys may only narrow the search: every pair the matcher calls one person must share a key.</summary>
public sealed class PersonNameBlockKeysTests
{
    private static readonly string[] Names =
    [
        "Musa Abu Marzouk", "Mousa Abu Marzook", "Musa Abu Marzuk", "Mousa Mohammed Abu Marzook", "Abu Marzouk", "Marzouk",
        "Roni Krivoi", "Ron Krivoy", "Maxim Kharkin", "Maxim Harkin", "Elena Trufanova", "Yelena Yulianovna Trufanova",
        "Jelena Trufanova", "Yelena Trufanova", "Sergei Lavrov", "Sergey Lavrov", "Vassily Nebenzia", "Vasily Nebenzya",
        "Nebenzia", "Nebenzya", "Bashar al-Assad", "Bashar Assad", "Bashar Al Assad", "Assad", "al-Assad",
        "Abdel Fattah el-Sissi", "Abdel Fattah al-Sisi", "Mohammed bin Salman", "Muhammad bin Salman", "Salman",
        "Volodymyr Zelenskyy", "Vladimir Zelensky", "Dmitry Medvedev", "Dmitri Medvediev", "John F. Kennedy",
        "John Fitzgerald Kennedy", "John Patrick Kennedy", "Alexander Trufanov", "Vitaly Trufanov", "Alex Sokolov",
        "Alexander Sokolov", "Oleksandr Sokolov", "Aleksandr Sokolov", "Nikolai Petrov", "Mykola Petrov", "Yuri Gagarin",
        "Iurii Gagarin", "Daniel Cohen", "Dani Cohen", "Dan Cohen", "Daniel Cohn", "Ismail Haniyeh", "Ismail Haniya",
        "Albright", "Madeleine Bright", "Madeleine Albright", "Agnieszka Kowalska", "Agnieszka Kowalski",
        "Elena Trufanov", "Anna Petrova", "Anna Petrov", "Natalia Levitskaya", "Natalia Levitsky", "Sofia Tolstaya",
        "Sofia Tolstoy",
    ];

    [Test]
    public void Every_pair_the_matcher_joins_shares_a_block_key()
    {
        var checkedPairs = 0;
        foreach (var a in Names)
        {
            foreach (var b in Names)
            {
                var (pa, pb) = (PersonName.Parse(a), PersonName.Parse(b));
                if (!PersonNameMatcher.Match(pa, pb).Same)
                {
                    continue;
                }

                checkedPairs++;
                var (ka, kb) = (PersonNameMatcher.BlockKeys(pa), PersonNameMatcher.BlockKeys(pb));
                Assert.That(ka.Where(k => !k.Contains('|')).Intersect(kb), Is.Not.Empty, $"{a} / {b}: no shared surname key");
                if (!pa.Given.IsEmpty && !pb.Given.IsEmpty)
                {
                    Assert.That(ka.Where(k => k.Contains('|')).Intersect(kb), Is.Not.Empty, $"{a} / {b}: no shared full key");
                }
            }
        }

        Assert.That(checkedPairs, Is.GreaterThan(Names.Length));
    }

    [Test]
    public void Different_surname_endings_never_share_a_key()
    {
        var a = PersonNameMatcher.BlockKeys(PersonName.Parse("Daniel Cohen"));
        var b = PersonNameMatcher.BlockKeys(PersonName.Parse("Daniel Cohar"));
        Assert.That(a.Intersect(b), Is.Empty);
    }
}
