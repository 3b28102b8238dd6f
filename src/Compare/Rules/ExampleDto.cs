namespace Compare.Rules;

/// <summary>An example as written in YAML, before validation.</summary>
internal sealed class ExampleDto
{
    public string Text { get; set; } = string.Empty;
    public bool ShouldMatch { get; set; }
    public Dictionary<string, string> Expect { get; set; } = new(StringComparer.Ordinal);
    public string? Published { get; set; }
    public SourceLocation Location { get; set; } = new("", 0, 0);
}
