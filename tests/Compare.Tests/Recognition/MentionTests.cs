using System.Collections.Immutable;
using Compare.Recognition;
using Compare.Recognition.Counts;
using Compare.Rules;
using NUnit.Framework;

namespace Compare.Tests.Recognition;

/// <summary>
/// A mention keeps the members that only groups, pronouns and inferred names set apart from the rest; it must still
/// read and compare as a record of all its members would. The recognizer's surname reading without splitting must
/// find the word the splitting one finds.
/// </summary>
public sealed class MentionTests
{
    private static Mention Name(string text) =>
        new(0, 2, 0, text.Length, text, EntityKinds.Person, null, null, [], [], null, null, false, false) { PersonKey = text };

    [Test]
    public void A_plain_mention_reads_its_rare_members_as_defaults()
    {
        var m = Name("Maria Zakharova");
        Assert.That(m.DescriptorClass, Is.Null);
        Assert.That(m.Count, Is.Null);
        Assert.That(m.Title, Is.Null);
        Assert.That(m.Antecedent, Is.Null);
        Assert.That(m.KinNote, Is.Null);
        Assert.That(m.Members.IsDefault, Is.False);
        Assert.That(m.Members, Is.Empty);
        Assert.That(m.Resolved, Is.SameAs(m));
    }

    [Test]
    public void A_mention_prints_its_kind_text_and_tokens_and_a_pronoun_what_it_stands_for()
    {
        var name = Name("Maria Zakharova") with { ActorId = "zakharova" };
        var pronoun = new Mention(5, 6, 30, 33, "she", EntityKinds.Person, null, null, [], [], null, null, false, true) { Antecedent = name };

        Assert.That(name.ToString(), Is.EqualTo($"{EntityKinds.Person} \"Maria Zakharova\" zakharova [0, 2)"));
        Assert.That(pronoun.ToString(), Is.EqualTo($"{EntityKinds.Person} \"she\" [5, 6) -> \"Maria Zakharova\""));
    }

    [Test]
    public void Mentions_compare_by_every_member()
    {
        var count = new CountValue(3, CountQualifier.Exact, "three", "three");
        // Arrays compare by identity, as in any record of immutable arrays.
        ImmutableArray<string> affiliations = ["hamas"];
        var group = new Mention(0, 3, 0, 16, "three hostages", EntityKinds.Group, null, "captive", affiliations, [], count, null, false, false);
        var same = new Mention(0, 3, 0, 16, "three hostages", EntityKinds.Group, null, "captive", affiliations, group.Members, count, null, false, false);
        Assert.That(same, Is.EqualTo(group));
        Assert.That(group with { DescriptorClass = "people" }, Is.Not.EqualTo(group));
        Assert.That(group with { Count = null }, Is.Not.EqualTo(group));
        Assert.That((group with { DescriptorClass = "people" }).DescriptorClass, Is.EqualTo("people"));
        Assert.That(group.DescriptorClass, Is.EqualTo("captive"));

        // A member set and then cleared leaves a mention equal to one where it was never set.
        var plain = Name("Maria Zakharova");
        var titled = plain with { Title = "compound:led" };
        Assert.That(titled, Is.Not.EqualTo(plain));
        Assert.That(titled.Title, Is.EqualTo("compound:led"));
        Assert.That(titled with { Title = null }, Is.EqualTo(plain));

        var pronoun = new Mention(5, 6, 30, 33, "she", EntityKinds.Person, null, null, [], [], null, null, false, true) { Antecedent = plain };
        Assert.That(pronoun.Resolved, Is.SameAs(plain));
        Assert.That(pronoun with { Antecedent = Name("Maria Zakharova") }, Is.EqualTo(pronoun));
        Assert.That(pronoun with { Antecedent = Name("Anna Trufanova") }, Is.Not.EqualTo(pronoun));
    }

    [TestCase(0, 1, false, false)]
    [TestCase(3, 7, true, false)]
    [TestCase(3, 7, false, true)]
    [TestCase(0, 0, true, true)]
    [TestCase(int.MaxValue - 1, int.MaxValue, true, true)]
    public void Token_indices_and_flags_kept_together_read_back_apart(int first, int end, bool adjectival, bool pronoun)
    {
        var m = new Mention(first, end, 10, 20, "Hamas", EntityKinds.Organisation, "hamas", null, [], [], null, null, adjectival, pronoun);
        Assert.That((m.FirstToken, m.EndToken, m.Adjectival, m.Pronoun), Is.EqualTo((first, end, adjectival, pronoun)));

        // Each member set alone leaves the others as they were, and mentions equal exactly when all four are.
        Assert.That((m with { FirstToken = 5 }).FirstToken, Is.EqualTo(5));
        Assert.That((m with { FirstToken = 5 }).Adjectival, Is.EqualTo(adjectival));
        Assert.That((m with { EndToken = 9 }).Pronoun, Is.EqualTo(pronoun));
        Assert.That((m with { Adjectival = !adjectival }).FirstToken, Is.EqualTo(first));
        Assert.That((m with { Pronoun = !pronoun }).EndToken, Is.EqualTo(end));
        Assert.That(m with { Adjectival = !adjectival }, Is.Not.EqualTo(m));
        Assert.That(m with { Pronoun = !pronoun }, Is.Not.EqualTo(m));
        Assert.That(m with { Adjectival = !adjectival, Pronoun = !pronoun }, Is.Not.EqualTo(m));
        Assert.That(m with { Adjectival = !adjectival } with { Adjectival = adjectival }, Is.EqualTo(m));
        Assert.That((m with { Pronoun = !pronoun } with { Pronoun = pronoun }).GetHashCode(), Is.EqualTo(m.GetHashCode()));
    }

    [Test]
    public void A_negative_token_index_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Mention(-1, 1, 0, 5, "Hamas", EntityKinds.Organisation, null, null, [], [], null, null, false, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = Name("Maria Zakharova") with { EndToken = -2 });
    }

    [TestCase("Maria Zakharova")]
    [TestCase("Zakharova")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(" Maria  Zakharova ")]
    [TestCase("Mahmoud al Zahar")]
    [TestCase("Ismail Haniyeh  ")]
    [TestCase("  Haniyeh")]
    [TestCase("Maria\tZakharova")]
    [TestCase("Maria\u00a0Zakharova Smith")]
    public void The_last_word_of_a_full_name_is_the_last_word_of_its_surname(string fullName)
    {
        var expected = MentionRecognizer.SurnameOf(fullName)?.Split(' ')[^1];
        var found = MentionRecognizer.LastOfFullName(fullName);
        Assert.That(found.IsEmpty ? null : found.ToString(), Is.EqualTo(expected));
    }
}
