using System.Collections.Immutable;
using Compare.Recognition.Counts;

namespace Compare.Recognition;

/// <summary>
/// Something in a sentence that can fill a role: a dictionary actor, an unknown proper name, a described group
/// ("a Hamas delegation", "six hostages"), a title standing for a person ("Netanyahu's military secretary") or a
/// pronoun resolved to an earlier mention. Token indices are into the sentence's token list (end exclusive).
/// </summary>
internal sealed record Mention(
    int FirstToken,
    int EndToken,
    int Start,
    int End,
    string Text,
    string Kind,
    string? ActorId,
    string? DescriptorClass,
    ImmutableArray<string> Affiliations,
    ImmutableArray<Mention> Members,
    CountValue? Count,
    string? Title,
    bool Adjectival,
    bool Pronoun)
{
    /// <summary>For a pronoun, the mention it was resolved to.</summary>
    public Mention? Antecedent { get; init; }

    /// <summary>The mention a pronoun stands for, or this one.</summary>
    public Mention Resolved => Antecedent?.Resolved ?? this;

    /// <summary>The article-local key of a person named here (surname links resolved), set by the recognizer.</summary>
    public string? PersonKey { get; init; }

    /// <summary>
    /// For a first name given through a relative ("her son, Alexander"), how its family name was inferred; the
    /// person is then known by the full name in <see cref="PersonKey"/>, and the merge shows this as its reason.
    /// </summary>
    public string? KinNote { get; init; }
}
