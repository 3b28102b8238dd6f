namespace Compare.Rules;

/// <summary>A role as written in YAML, before validation.</summary>
internal sealed class RoleDto
{
    public string Name { get; set; } = string.Empty;
    public List<string> Kinds { get; set; } = [];
    public List<string> Classes { get; set; } = [];
    public List<string> NotRoles { get; set; } = [];
    public List<string> Active { get; set; } = [];
    public List<string> Passive { get; set; } = [];
    public List<string> Noun { get; set; } = [];
    public bool Required { get; set; }
    public bool Many { get; set; }
    public SourceLocation Location { get; set; } = new("", 0, 0);
}
