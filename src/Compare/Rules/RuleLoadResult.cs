using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>The outcome of loading a rules folder: a rule set, or every error found (never both).</summary>
internal sealed record RuleLoadResult(RuleSet? Rules, ImmutableArray<RuleError> Errors)
{
    public bool Succeeded => Rules is not null && Errors.IsEmpty;
}
