using System.Globalization;

namespace Compare.Articles;

/// <summary>
/// A problem that did not stop an input from being read, e.g. bytes that were not valid UTF-8 and were replaced.
/// </summary>
/// <param name="Path">The path as the caller named it, or as found inside a named folder.</param>
/// <param name="Line">The 1-based line in the file the problem is (first) on, when there is one.</param>
/// <param name="Code">
/// A stable, machine-readable code: "input.invalid-utf8", "input.invalid-utf16", "input.legacy-encoding",
/// "input.invisible-characters", "input.named-twice", "input.front-matter-key", "input.published-mismatch"
/// or "input.html-date". Codes never change once published; the wording of <paramref name="Message"/> may.
/// </param>
/// <param name="Message">A full sentence that says what happened and what to do about it.</param>
internal sealed record IngestWarning(string Path, int? Line, string Code, string Message)
{
    /// <summary>The warning as one line for a terminal: <c>path:line: message (code)</c>.</summary>
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{Path}:{line}: {Message} ({Code})")
        : $"{Path}: {Message} ({Code})";
}
