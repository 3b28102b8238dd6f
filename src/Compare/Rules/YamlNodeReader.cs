using YamlDotNet.RepresentationModel;

namespace Compare.Rules;

/// <summary>
/// Reads YAML representation nodes into plain values while remembering where each value stood, so that
/// validation errors can name the file, line and column. Unknown keys are reported, never ignored.
/// </summary>
internal sealed class YamlNodeReader
{
    private readonly List<RuleError> _errors;

    public YamlNodeReader(string file, List<RuleError> errors)
    {
        File = file;
        _errors = errors;
    }

    public string File { get; }

    public SourceLocation Where(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string code, string message, string? ruleId = null, string? path = null) =>
        _errors.Add(new RuleError(Where(node), code, message, ruleId, path));

    /// <summary>Returns the mapping's entries by key, reporting keys outside <paramref name="allowed"/>.</summary>
    public Dictionary<string, YamlNode> Mapping(YamlNode node, string path, string? ruleId, params string[] allowed)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            Error(node, "rules.type", $"{path} must be a mapping of keys to values.", ruleId, path);
            return result;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (allowed.Length > 0 && Array.IndexOf(allowed, key) < 0)
            {
                Error(keyNode, "rules.unknown-field", $"Unknown field '{key}' in {path}; allowed: {string.Join(", ", allowed)}.", ruleId, $"{path}.{key}");
                continue;
            }

            result[key] = valueNode;
        }

        return result;
    }

    public string? Scalar(Dictionary<string, YamlNode> map, string key, string path, string? ruleId)
    {
        if (!map.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, "rules.type", $"{path}.{key} must be a single value.", ruleId, $"{path}.{key}");
        return null;
    }

    public List<string> Strings(Dictionary<string, YamlNode> map, string key, string path, string? ruleId)
    {
        var list = new List<string>();
        if (!map.TryGetValue(key, out var node))
        {
            return list;
        }

        if (node is YamlScalarNode single && single.Value is { } one)
        {
            list.Add(one);
            return list;
        }

        if (node is not YamlSequenceNode seq)
        {
            Error(node, "rules.type", $"{path}.{key} must be a list of values.", ruleId, $"{path}.{key}");
            return list;
        }

        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode scalar && scalar.Value is { } value)
            {
                list.Add(value);
            }
            else
            {
                Error(item, "rules.type", $"{path}.{key} must hold plain values only.", ruleId, $"{path}.{key}");
            }
        }

        return list;
    }

    public IEnumerable<YamlNode> Sequence(Dictionary<string, YamlNode> map, string key, string path, string? ruleId)
    {
        if (!map.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is YamlSequenceNode seq)
        {
            return seq.Children;
        }

        Error(node, "rules.type", $"{path}.{key} must be a list.", ruleId, $"{path}.{key}");
        return [];
    }
}
