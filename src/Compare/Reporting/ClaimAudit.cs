using System.Globalization;
using Compare.Extraction;
using Compare.Recognition.Counts;

namespace Compare.Reporting;

/// <summary>
/// The audit trail of one claim in plain words, the same in every report format: the rule that fired and where it
/// is written, the words that triggered it, the roles and where in the clause each was read, the derivation of every
/// normalised value, and the cues around it. Returns plain text; renderers escape it.
/// </summary>
internal static class ClaimAudit
{
    /// <summary>"rule attack.assault (rules/events/attack.yaml line 12) fired on “attack” (noun form) at 61-67".</summary>
    public static string Rule(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return string.Create(CultureInfo.InvariantCulture,
            $"rule {claim.Rule.Id} ({RuleLocation(claim)}) fired on \u201C{claim.Trigger}\u201D ({Form(claim)} form) at {claim.TriggerSpan.Start}-{claim.TriggerSpan.End}");
    }

    /// <summary>Where the rule is written: its file relative to the rules folder's parent, and line ("rules/events/attack.yaml line 12").</summary>
    public static string RuleLocation(Claim claim) =>
        string.Create(CultureInfo.InvariantCulture, $"{claim.Rule.Location.File} line {claim.Rule.Location.Line}");

    /// <summary>The form the trigger was read in, which decides where roles were looked for: "active", "passive" or "noun".</summary>
    public static string Form(Claim claim) => claim.Form switch
    {
        Rules.TriggerForm.Passive => "passive",
        Rules.TriggerForm.Noun => "noun",
        _ => "active",
    };

    /// <summary>
    /// Every line of the claim's audit trail, rule first; lines for absent values are left out, and so is an
    /// asserted polarity, which is the default reading. <paramref name="shownAttribute"/> names a compared attribute
    /// whose reading is already shown beside the claim ("date", "count ...", "polarity"); its line is left out too.
    /// </summary>
    public static IReadOnlyList<string> Lines(Claim claim, string? shownAttribute = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var lines = new List<string> { Rule(claim) };
        if (!claim.Roles.IsEmpty)
        {
            lines.Add("roles: " + string.Join("; ", claim.Roles.OrderBy(r => r.Role, StringComparer.Ordinal)
                .Select(r => $"{r.Role} = {string.Join(", ", r.Mentions.Select(m => m.Resolved.Text))} ({Source(r.Source)})")));
        }

        if (claim.Item is not null)
        {
            lines.Add($"item: {claim.Item}");
        }

        if (claim.Designation is not null)
        {
            lines.Add($"text named: {claim.Designation}");
        }

        if (claim.Date is { } date && shownAttribute != "date")
        {
            lines.Add($"date: {date.Derivation}");
        }
        else if (claim.Date is null && claim.ContextDate is { } context)
        {
            lines.Add($"no date in the sentence; context date for alignment only: {context.Derivation}");
        }

        if (claim.Count is { } count && shownAttribute?.StartsWith("count", StringComparison.Ordinal) != true)
        {
            lines.Add($"count: {count.Derivation} ({count.Qualifier.ToWire()})" + (claim.Measure is null ? string.Empty : $", measure {claim.Measure}"));
        }

        if (claim.Polarity != Polarity.Asserted && shownAttribute != "polarity")
        {
            lines.Add($"{(claim.Polarity == Polarity.Denied ? "denied" : "negated")}: cue \u201C{claim.PolarityCue}\u201D");
        }
        if (claim.Hedged)
        {
            lines.Add($"hedged: cue \u201C{claim.HedgeCue}\u201D");
        }

        if (claim.Attribution is not null)
        {
            lines.Add($"attributed to: {claim.Attribution}");
        }

        if (claim.Note is not null)
        {
            lines.Add($"note: {claim.Note}");
        }

        return lines;
    }

    /// <summary>Where in the clause a role was read, in words: "the subject", "after \u201Cby\u201D", "anywhere in the sentence".</summary>
    public static string Source(string source) => source switch
    {
        "subject" => "the subject",
        "object" => "the object",
        "possessor" => "the possessive before the trigger",
        "modifier" => "the word before the trigger",
        "compound" => "an \u201CX-led\u201D compound",
        "as" => "before \u201Cas\u201D",
        "sentence" => "anywhere in the sentence",
        _ => $"after \u201C{source}\u201D",
    };
}
