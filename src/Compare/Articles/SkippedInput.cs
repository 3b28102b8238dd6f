namespace Compare.Articles;

/// <summary>
/// An input that was not turned into an <see cref="Article"/>, with the reason why.
/// </summary>
/// <param name="Path">The path as the caller named it, or as found inside a named folder.</param>
/// <param name="Reason">
/// A full sentence that says what is wrong and what to do about it,
/// e.g. "the file is empty; remove it or add the article text".
/// </param>
/// <param name="Line">The 1-based line in the file the problem is on, when there is one.</param>
/// <param name="Code">
/// A stable, machine-readable code: "input.missing", "input.empty", "input.binary", "input.unreadable",
/// "input.front-matter", "input.duplicate-id", "input.no-articles", "input.unsupported", "input.too-large",
/// "input.html-too-complex", or "input.analysis-failed" (the engine failed on the article).
/// Codes never change once published; the wording of <paramref name="Reason"/> may.
/// </param>
internal sealed record SkippedInput(string Path, string Reason, int? Line, string Code)
{
    /// <summary>The skip as one line for a terminal: <c>path:line: reason (code)</c>.</summary>
    public override string ToString() => Line is { } line
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path}:{line}: {Reason} ({Code})")
        : $"{Path}: {Reason} ({Code})";
}
