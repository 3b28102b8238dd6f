namespace Compare.Rules;

/// <summary>
/// Where in a sentence a role may be filled from, relative to the trigger. Prepositions name the mention that
/// follows that preposition after the trigger; <c>subject</c> is the nearest eligible mention before the trigger
/// that is not the object of a preposition (appositives between commas are skipped); <c>object</c> the first
/// after it; <c>possessor</c> a mention with 's right before the trigger; <c>modifier</c> a mention right before a
/// noun trigger ("Hamas attack", "Israeli condemnation"); <c>compound</c> a hyphenated "X-led" or "X-drafted"
/// word after the trigger; <c>as</c> the mention before "as a/an TRIGGER"; <c>indirect</c> the mention between a
/// verb and a noun trigger ("handed Hamas a list": Hamas); <c>item-modifier</c> the owner of the rule's required
/// item word ("a Russian resolution failed": Russia); <c>sentence</c> any eligible mention.
/// </summary>
internal static class RoleSources
{
    public static readonly IReadOnlySet<string> Prepositions = new HashSet<string>(StringComparer.Ordinal)
    {
        "by", "of", "with", "to", "in", "from", "at", "on", "near", "into", "inside", "against", "for", "over", "between", "under",
    };

    public static readonly IReadOnlySet<string> Positional = new HashSet<string>(StringComparer.Ordinal)
    {
        "subject", "object", "possessor", "modifier", "compound", "as", "indirect", "item-modifier", "sentence",
    };

    public static bool IsKnown(string source) => Positional.Contains(source) || Prepositions.Contains(source);
}
