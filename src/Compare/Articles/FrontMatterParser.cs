using System.Collections.Immutable;
using System.Globalization;
using Compare.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compare.Articles;

/// <summary>
/// Reads the optional YAML front matter at the top of an article: a first line <c>---</c>, YAML key/value
/// lines, and a closing line <c>---</c>. Recognised keys are <c>title</c>, <c>outlet</c>, <c>url</c> and
/// <c>published</c> (<c>YYYY-MM-DD</c>); other keys are ignored. Values may be quoted. An empty value,
/// <c>null</c> or <c>~</c> means "not given".
/// </summary>
/// <remarks>
/// Lines may end with LF, CRLF or a lone CR; <see cref="FrontMatter.BodyStart"/> is an offset into the text as
/// given. Never throws for bad input, however hostile: problems (including YAML nested too deeply to read
/// safely) come back in <see cref="Result.Error"/> with the 1-based line of the file they are on.
/// </remarks>
internal static class FrontMatterParser
{
    private const string Fence = "---";

    private static readonly string[] KnownKeys = ["title", "outlet", "url", "published"];

    /// <summary>The recognised front matter values.</summary>
    /// <param name="Title">The <c>title</c> value, trimmed; null when absent or empty.</param>
    /// <param name="Outlet">The <c>outlet</c> value, trimmed; null when absent or empty.</param>
    /// <param name="Url">The <c>url</c> value, trimmed; null when absent or empty.</param>
    /// <param name="Published">The <c>published</c> date; null when absent, empty or <c>null</c>.</param>
    /// <param name="BodyStart">The offset just after the closing <c>---</c> line (and its line break).</param>
    /// <param name="Warnings">
    /// Problems that do not invalidate the front matter: the 1-based file line, a stable code and a full sentence.
    /// </param>
    internal sealed record FrontMatter(
        string? Title,
        string? Outlet,
        string? Url,
        DateOnly? Published,
        int BodyStart,
        ImmutableArray<(int Line, string Code, string Message)> Warnings);

    /// <summary>
    /// The outcome of <see cref="Parse(string)"/>: exactly one of three cases. No front matter:
    /// <see cref="FrontMatter"/> and <see cref="Error"/> are both null. Valid front matter:
    /// <see cref="FrontMatter"/> is set. Broken front matter: <see cref="Error"/> is a sentence saying what to
    /// fix and <see cref="ErrorLine"/> is the 1-based line of the file it is on.
    /// </summary>
    internal sealed record Result(FrontMatter? FrontMatter, string? Error, int? ErrorLine)
    {
        public bool Succeeded => Error is null;
    }

    /// <summary>Parses the front matter at the start of <paramref name="text"/>, if it has any.</summary>
    /// <param name="text">The whole article text, with any line endings.</param>
    public static Result Parse(string text) => Parse(text, simpleFirst: true);

    /// <summary>As <see cref="Parse(string)"/>; with <paramref name="simpleFirst"/> false, always by the YAML parser (tests compare the two).</summary>
    internal static Result Parse(string text, bool simpleFirst)
    {
        ArgumentNullException.ThrowIfNull(text);

        var firstLineEnd = LineEnd(text, 0);
        if (!IsFence(text, 0, firstLineEnd))
        {
            return new Result(null, null, null);
        }

        var contentStart = NextLineStart(text, firstLineEnd);
        var lineStart = contentStart;
        var lineNumber = 2;
        while (lineStart < text.Length)
        {
            var lineEnd = LineEnd(text, lineStart);
            if (IsFence(text, lineStart, lineEnd))
            {
                var yaml = text[contentStart..lineStart];
                return ParseYaml(yaml, NextLineStart(text, lineEnd), simpleFirst);
            }

            lineStart = NextLineStart(text, lineEnd);
            lineNumber++;
        }

        return new Result(
            null,
            "the front matter opened by '---' on line 1 is never closed; add a line '---' after the last key, " +
            "or remove the first line if the article has no front matter",
            1);
    }

    /// <summary>
    /// Front matter of plain <c>key: value</c> lines, each value plain or in double quotes without escapes, read
    /// without a YAML parser (most articles have nothing else); null when any line is anything more, so that the YAML
    /// parser reads it and reports its errors.
    /// </summary>
    private static Result? ParseSimple(string yaml, int bodyStart)
    {
        var values = new Dictionary<string, (string? Value, int Line)>(StringComparer.Ordinal);
        var line = 1;
        foreach (var raw in yaml.Split('\n'))
        {
            line++;
            var text = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (text.Length == 0 && line > 2)
            {
                // Only the final line break leaves an empty piece; an empty line inside is left to the parser.
                continue;
            }

            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 || !IsSimpleKey(text.AsSpan(0, colon)) || Array.IndexOf(KnownKeys, text[..colon]) < 0)
            {
                return null;
            }

            var value = text[(colon + 2)..].Trim(' ');
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"' && value.AsSpan(1, value.Length - 2).IndexOfAny('"', '\\') < 0)
            {
                value = value[1..^1].Trim();
            }
            else if (value.Length == 0 || "'\"[]{}>|*&!%@`#,?:-~".Contains(value[0], StringComparison.Ordinal)
                || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)
                || value is "null" or "Null" or "NULL" || value[^1] == ':')
            {
                return null;
            }

            if (value.AsSpan().ContainsAnyInRange('\u0000', '\u001f') || value.Contains('\u0085') || value.Contains('\u2028') || value.Contains('\u2029')
                || !values.TryAdd(text[..colon], (value.Length == 0 ? null : value, line)))
            {
                return null;
            }
        }

        return line > 2 ? Success(values, bodyStart, []) : null;
    }

    private static bool IsSimpleKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (c is not (>= 'a' and <= 'z'))
            {
                return false;
            }
        }

        return true;
    }

    private static Result ParseYaml(string yaml, int bodyStart, bool simpleFirst)
    {
        if (simpleFirst && ParseSimple(yaml, bodyStart) is { } simple)
        {
            return simple;
        }

        // The YAML starts on line 2 of the file; YamlDotNet counts lines from 1 within the YAML text.
        const int lineOffset = 1;

        YamlStream stream;
        try
        {
            stream = YamlDepthGuard.Load(yaml);
        }
        catch (YamlDepthGuard.TooDeepException deep)
        {
            var deepLine = deep.Line + lineOffset;
            return new Result(
                null,
                $"the front matter nests lists or mappings more than {YamlDepthGuard.MaxDepth} levels deep on line " +
                $"{deepLine}; front matter is plain 'key: value' lines, so rewrite it that way",
                deepLine);
        }
        catch (YamlException e)
        {
            var line = Math.Max(1, (int)e.Start.Line) + lineOffset;
            return new Result(
                null,
                $"the front matter is not valid YAML ({FirstSentence(e.Message)}); fix line {line} so that " +
                "every line reads 'key: value' and quote values that contain ': ' or start with a special character",
                line);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return Success(new Dictionary<string, (string? Value, int Line)>(), bodyStart, []);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var line = (int)stream.Documents[0].RootNode.Start.Line + lineOffset;
            return new Result(
                null,
                $"the front matter on line {line} is not a list of 'key: value' lines; write it as e.g. " +
                "'title: ...' and 'published: 2024-03-04'",
                line);
        }

        var values = new Dictionary<string, (string? Value, int Line)>(StringComparer.Ordinal);
        var warnings = ImmutableArray.CreateBuilder<(int, string, string)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                continue;
            }

            var line = (int)keyNode.Start.Line + lineOffset;
            if (Array.IndexOf(KnownKeys, key) < 0)
            {
                // YAML keys are case-sensitive, so "Title" would otherwise vanish without a trace.
                var meant = KnownKeys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                if (meant is not null)
                {
                    warnings.Add((
                        line,
                        "input.front-matter-key",
                        $"the front matter key '{key}' on line {line} is ignored because keys are case-sensitive; " +
                        $"write '{meant}' instead"));
                }

                continue;
            }

            if (valueNode is not YamlScalarNode scalar)
            {
                return new Result(
                    null,
                    $"the front matter key '{key}' on line {line} must have a single value; write it on one line, " +
                    "quoted if it contains ': '",
                    line);
            }

            values[key] = (ScalarValue(scalar), (int)scalar.Start.Line + lineOffset);
        }

        return Success(values, bodyStart, warnings.ToImmutable());
    }

    private static Result Success(
        Dictionary<string, (string? Value, int Line)> values,
        int bodyStart,
        ImmutableArray<(int Line, string Code, string Message)> warnings)
    {
        DateOnly? published = null;
        if (values.TryGetValue("published", out var date) && date.Value is { } dateText)
        {
            if (!DateOnly.TryParseExact(
                    dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return new Result(
                    null,
                    $"the front matter value published: '{dateText}' on line {date.Line} is not a date in the form " +
                    "YYYY-MM-DD; write it like 'published: 2024-03-04', or remove the line if the date is unknown",
                    date.Line);
            }

            published = parsed;
        }

        return new Result(
            new FrontMatter(Get("title"), Get("outlet"), Get("url"), published, bodyStart, warnings),
            null,
            null);

        string? Get(string key) => values.TryGetValue(key, out var entry) ? entry.Value : null;
    }

    /// <summary>Trimmed value, or null for a plain <c>null</c>/<c>~</c> and for anything empty.</summary>
    private static string? ScalarValue(YamlScalarNode scalar)
    {
        // Only unquoted null/~ mean "no value": a quoted "null" is a deliberate string.
        if (scalar.Style == ScalarStyle.Plain && scalar.Value is "null" or "Null" or "NULL" or "~")
        {
            return null;
        }

        var value = scalar.Value?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string FirstSentence(string message)
    {
        var trimmed = message.Trim();
        return trimmed.Length > 0 ? char.ToLowerInvariant(trimmed[0]) + trimmed[1..].TrimEnd('.') : "syntax error";
    }

    private static bool IsFence(string text, int start, int end) =>
        text.AsSpan(start, end - start).TrimEnd(" \t").SequenceEqual(Fence);

    private static int LineEnd(string text, int start)
    {
        var newline = text.AsSpan(start).IndexOfAny('\n', '\r');
        return newline < 0 ? text.Length : start + newline;
    }

    /// <summary>The start of the line after the one ending at <paramref name="lineEnd"/>; CRLF is one break.</summary>
    private static int NextLineStart(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }
}
