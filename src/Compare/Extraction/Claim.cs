using System.Collections.Immutable;
using Compare.Recognition.Counts;
using Compare.Recognition.Dates;
using Compare.Rules;
using Compare.Text;

namespace Compare.Extraction;

/// <summary>
/// One claim read from one sentence by one rule: the roles filled, the date and count with their derivations,
/// and the cues around it (negation, denial, hedging, attribution). <see cref="ContextDate"/> is a date taken from
/// the sentences before when the sentence itself has none, or the date of the denial of the claim ("X on Friday
/// denied that ..."); it helps alignment and is never reported as the date.
/// </summary>
internal sealed record Claim(
    string ArticleId,
    Sentence Sentence,
    EventRule Rule,
    string Trigger,
    TextSpan TriggerSpan,
    TriggerForm Form,
    ImmutableArray<RoleFill> Roles,
    DateValue? Date,
    DateMentionKind? DateKind,
    DateValue? ContextDate,
    CountValue? Count,
    string? Measure,
    Polarity Polarity,
    string? PolarityCue,
    bool Hedged,
    string? HedgeCue,
    string? Attribution,
    string? Item,
    string? Note)
{
    public string EventType => Rule.EventType;

    /// <summary>
    /// The number or symbol that names the text the claim is about ("resolution 2712", "document S/2023/773"), or
    /// null: claims naming different ones are about different texts, claims naming the same one about one text.
    /// </summary>
    public string? Designation { get; init; }

    public RoleFill? Role(string name) => Roles.FirstOrDefault(r => r.Role == name);
}
