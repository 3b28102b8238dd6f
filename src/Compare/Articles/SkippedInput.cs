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
/// "input.front-matter", "input.duplicate-id", "input.no-articles" or "input.unsupported".
/// Codes never change once published; the wording of <paramref name="Reason"/> may.
/// </param>
internal sealed record SkippedInput(string Path, string Reason, int? Line, string Code);
