using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>A compiled, immutable event rule.</summary>
internal sealed record EventRule(
    string Id,
    string EventType,
    ImmutableArray<TriggerPhrase> Triggers,
    ImmutableArray<string> CancelAfter,
    ImmutableArray<string> RequireAfter,
    ImmutableArray<RoleSpec> Roles,
    ImmutableArray<MeasureSpec> Measures,
    string? CountRole,
    string? Converse,
    bool Irrealis,
    ImmutableArray<RuleExample> Examples,
    SourceLocation Location)
{
    /// <summary>Words one of which must stand in the clause (the arms of an arms supply); the word found fills "item".</summary>
    public ImmutableArray<ImmutableArray<string>> RequireWords { get; init; } = [];

    /// <summary>
    /// Entity kinds a mention of which stands for the required words when none of them is there: a weapon model named
    /// without a weapon word ("thousands of Shaheds"); the mention fills "item".
    /// </summary>
    public ImmutableArray<string> RequireKinds { get; init; } = [];

    /// <summary>
    /// The support verbs (from the lexicon's <c>support</c> cues) before which this rule's noun triggers take the
    /// verb's subject ("Hamas carried out an attack"); empty for every one of them.
    /// </summary>
    public ImmutableArray<string> Supports { get; init; } = [];

    /// <summary>
    /// Phrases (lower case, whole words) one of which must stand before the trigger in its sentence or in the sentence
    /// before it: what the trigger's own words leave open is told there ("failed to adopt ... owing to the negative
    /// vote of a permanent member. The draft received 12 votes in favour to 1 against").
    /// </summary>
    public ImmutableArray<string> RequireContext { get; init; } = [];

    /// <summary>The trigger fires only with a count after it ("a list of eight").</summary>
    public bool RequireCount { get; init; }

    /// <summary>The trigger fires only in a passive clause ("is held by").</summary>
    public bool RequirePassive { get; init; }

    /// <summary>
    /// Words that cancel the trigger when one stands among the six words after it: another sense of the verb told
    /// after its object ("held NAME responsible").
    /// </summary>
    public ImmutableArray<string> CancelNear { get; init; } = [];

    /// <summary>
    /// The claim's date is when the event ended ("returned from Moscow on Sunday"): it may fall after a date the
    /// event is given by claims of other rules ("travelled to Moscow in late August") without contradicting it.
    /// </summary>
    public bool DatedAtEnd { get; init; }

    public RoleSpec? Role(string name)
    {
        foreach (var role in Roles)
        {
            if (role.Name == name)
            {
                return role;
            }
        }

        return null;
    }
}
