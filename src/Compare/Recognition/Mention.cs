using System.Collections.Immutable;
using System.Globalization;
using Compare.Recognition.Counts;

namespace Compare.Recognition;

/// <summary>
/// Something in a sentence that can fill a role: a dictionary actor, an unknown proper name, a described group
/// ("a Hamas delegation", "six hostages"), a title standing for a person ("Netanyahu's military secretary") or a
/// pronoun resolved to an earlier mention. Token indices are into the sentence's token list (end exclusive).
/// </summary>
/// <remarks>
/// An article has hundreds of mentions, most of them names and actors, for which the members that describe groups,
/// pronouns and inferred names stay empty. Those are kept together in a <see cref="Details"/> made only when one of
/// them is set, and two flags ride in the top bits of the token indices, so a mention takes 80 bytes instead of 128.
/// Equality is as the record's over every member: the details are value-compared, and a mention has none exactly
/// when each of their members is at its default.
/// </remarks>
internal sealed record Mention
{
    // The top bit of each token index holds one of the flags (a sentence has fewer than 2^31 tokens).
    private const int FlagBit = int.MinValue;

    private readonly Details? _details;
    private readonly int _firstAndAdjectival;
    private readonly int _endAndPronoun;

    public Mention(
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
        _firstAndAdjectival = Pack(FirstToken, Adjectival);
        _endAndPronoun = Pack(EndToken, Pronoun);
        this.Start = Start;
        this.End = End;
        this.Text = Text;
        this.Kind = Kind;
        this.ActorId = ActorId;
        this.Affiliations = Affiliations;
        _details = Details.Of(DescriptorClass, Members, Count, Title, null, null);
    }

    public int FirstToken
    {
        get => _firstAndAdjectival & ~FlagBit;
        init => _firstAndAdjectival = Pack(value, Adjectival);
    }

    public int EndToken
    {
        get => _endAndPronoun & ~FlagBit;
        init => _endAndPronoun = Pack(value, Pronoun);
    }

    public int Start { get; init; }

    public int End { get; init; }

    public string Text { get; init; }

    public string Kind { get; init; }

    public string? ActorId { get; init; }

    public string? DescriptorClass
    {
        get => _details?.DescriptorClass;
        init => _details = Details.Of((_details ?? Details.None) with { DescriptorClass = value });
    }

    public ImmutableArray<string> Affiliations { get; init; }

    public ImmutableArray<Mention> Members
    {
        get => _details is { } d ? d.Members : ImmutableArray<Mention>.Empty;
        init => _details = Details.Of((_details ?? Details.None) with { Members = value });
    }

    public CountValue? Count
    {
        get => _details?.Count;
        init => _details = Details.Of((_details ?? Details.None) with { Count = value });
    }

    public string? Title
    {
        get => _details?.Title;
        init => _details = Details.Of((_details ?? Details.None) with { Title = value });
    }

    public bool Adjectival
    {
        get => _firstAndAdjectival < 0;
        init => _firstAndAdjectival = Pack(FirstToken, value);
    }

    public bool Pronoun
    {
        get => _endAndPronoun < 0;
        init => _endAndPronoun = Pack(EndToken, value);
    }

    /// <summary>For a pronoun, the mention it was resolved to.</summary>
    public Mention? Antecedent
    {
        get => _details?.Antecedent;
        init => _details = Details.Of((_details ?? Details.None) with { Antecedent = value });
    }

    /// <summary>The mention a pronoun stands for, or this one.</summary>
    public Mention Resolved => Antecedent?.Resolved ?? this;

    /// <summary>The article-local key of a person named here (surname links resolved), set by the recognizer.</summary>
    public string? PersonKey { get; init; }

    /// <summary>
    /// For a first name given through a relative ("her son, Alexander"), how its family name was inferred; the
    /// person is then known by the full name in <see cref="PersonKey"/>, and the merge shows this as its reason.
    /// </summary>
    public string? KinNote
    {
        get => _details?.KinNote;
        init => _details = Details.Of((_details ?? Details.None) with { KinNote = value });
    }

    /// <summary>
    /// The kind, text and tokens, with the actor and what a pronoun stands for. The record's own form would print
    /// <see cref="Resolved"/>, which is the mention itself for all but pronouns, and never end.
    /// </summary>
    public override string ToString()
    {
        var actor = ActorId is null ? string.Empty : $" {ActorId}";
        var antecedent = Antecedent is { } a ? $" -> \"{a.Resolved.Text}\"" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Kind} \"{Text}\"{actor} [{FirstToken}, {EndToken}){antecedent}");
    }

    /// <summary>A token index with a flag in its top bit; an index that does not fit is refused.</summary>
    private static int Pack(int index, bool flag) =>
        index < 0 ? throw new ArgumentOutOfRangeException(nameof(index), index, "A token index is never negative.") : flag ? index | FlagBit : index;

    public void Deconstruct(out int FirstToken, out int EndToken, out int Start, out int End, out string Text, out string Kind,
        out string? ActorId, out string? DescriptorClass, out ImmutableArray<string> Affiliations, out ImmutableArray<Mention> Members,
        out CountValue? Count, out string? Title, out bool Adjectival, out bool Pronoun)
    {
        FirstToken = this.FirstToken;
        EndToken = this.EndToken;
        Start = this.Start;
        End = this.End;
        Text = this.Text;
        Kind = this.Kind;
        ActorId = this.ActorId;
        DescriptorClass = this.DescriptorClass;
        Affiliations = this.Affiliations;
        Members = this.Members;
        Count = this.Count;
        Title = this.Title;
        Adjectival = this.Adjectival;
        Pronoun = this.Pronoun;
    }

    /// <summary>
    /// The members of a mention that only groups, pronouns, compounds and inferred names set. Never mutated: a
    /// mention made from another with one of them changed gets details of its own.
    /// </summary>
    private sealed record Details(string? DescriptorClass, ImmutableArray<Mention> Members, CountValue? Count, string? Title, Mention? Antecedent, string? KinNote)
    {
        /// <summary>Every member at its default (no members is the empty list).</summary>
        public static readonly Details None = new(null, ImmutableArray<Mention>.Empty, null, null, null, null);

        /// <summary>Details with these members, or null when each is at its default (a mention keeps none then).</summary>
        public static Details? Of(string? descriptorClass, ImmutableArray<Mention> members, CountValue? count, string? title, Mention? antecedent, string? kinNote) =>
            descriptorClass is null && count is null && title is null && antecedent is null && kinNote is null && members.Equals(None.Members)
                ? null
                : new Details(descriptorClass, members, count, title, antecedent, kinNote);

        /// <summary><paramref name="details"/>, or null when it equals <see cref="None"/>.</summary>
        public static Details? Of(Details details) => details == None ? null : details;
    }
}
