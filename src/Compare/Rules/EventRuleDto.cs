namespace Compare.Rules;

/// <summary>An event rule as written in YAML, before validation.</summary>
internal sealed class EventRuleDto
{
    public string? Id { get; set; }
    public string? Event { get; set; }
    public string? Converse { get; set; }
    public List<string> Verbs { get; set; } = [];
    public List<string> Nouns { get; set; } = [];
    public List<string> WeakVerbs { get; set; } = [];
    public List<string> WeakNouns { get; set; } = [];
    public List<string> CancelAfter { get; set; } = [];
    public List<string> RequireAfter { get; set; } = [];
    public List<string> CancelNear { get; set; } = [];
    public List<string> Supports { get; set; } = [];
    public List<string> RequireWords { get; set; } = [];
    public List<string> RequireKinds { get; set; } = [];
    public List<string> RequireContext { get; set; } = [];
    public bool RequireCount { get; set; }
    public bool RequirePassive { get; set; }
    public bool Irrealis { get; set; }
    public bool DatedAtEnd { get; set; }
    public string? CountRole { get; set; }
    public List<RoleDto> Roles { get; set; } = [];
    public Dictionary<string, List<string>> Measures { get; set; } = new(StringComparer.Ordinal);
    public List<ExampleDto> Examples { get; set; } = [];
    public SourceLocation Location { get; set; } = new("", 0, 0);
}
