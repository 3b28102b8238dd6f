namespace Compare.Rules;

/// <summary>
/// One problem in the rule files, with a stable <see cref="Code"/> (e.g. <c>rules.unknown-field</c>), the place it
/// stands, the rule id when known and the property path (<c>roles.agent.kinds[1]</c>).
/// </summary>
public sealed record RuleError(SourceLocation Location, string Code, string Message, string? RuleId, string? Path)
{
    public override string ToString()
    {
        var rule = RuleId is null ? string.Empty : $" rule '{RuleId}'";
        var path = Path is null ? string.Empty : $" at {Path}";
        return $"{Location}: {Code}:{rule}{path}: {Message}";
    }
}
