namespace Compare.Recognition;

/// <summary>
/// A title given to a named person in one sentence: the words as written ("Israeli Prime Minister"), the title
/// found in the lexicon ("prime minister", or a rank's reported form: "major general" for "Maj. Gen."), its kind,
/// the actor it is of when stated, and whether it is marked as past ("then-", "former").
/// </summary>
internal sealed record TitleMention(Mention Person, string Written, string Title, TitleKind Kind, string? Of, bool Past, int SentenceIndex, int Start, int End)
{
    /// <summary>True for a ranked office, which is compared and checked against the dictionary's record.</summary>
    public bool IsOffice => Kind == TitleKind.Office;
}

/// <summary>What kind of title a lexicon entry is.</summary>
internal enum TitleKind
{
    /// <summary>A descriptive role ("member", "deputy head"): shown, never set against another.</summary>
    Role,

    /// <summary>A ranked office ("prime minister"): two different offices of one person conflict.</summary>
    Office,

    /// <summary>A military rank ("major general"): two different ranks of one person conflict, a rank and an office do not.</summary>
    Rank,
}
