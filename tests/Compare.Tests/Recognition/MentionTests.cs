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
