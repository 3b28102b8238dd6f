namespace Compare.Articles;

/// <summary>
/// An ingested article. <see cref="Text"/> is the text every offset in the pipeline refers to: for plain-text and
/// Markdown files the decoded file itself (line endings as in the file), for HTML pages the extracted article text;
/// <see cref="BodyStart"/> is where the article body begins (after any front matter).
/// </summary>
public sealed record Article(
    string Id,
    string Path,
    string Text,
    int BodyStart,
    string? Title,
    string? Outlet,
    string? Url,
    DateOnly? Published,
    string? PublishedSource)
{
    public string Body => TextReleased
        ? throw new InvalidOperationException($"The text of article '{Id}' was let go after its analysis; read the file '{Path}'.")
        : Text[BodyStart..];

    /// <summary>
    /// How <see cref="Text"/> was made from the file when it is not simply the file's decoded characters (text
    /// extracted from HTML, invisible characters removed), as a phrase for the report; null when it is.
    /// Whenever this is set, offsets and quotes can only be checked against <see cref="Text"/>, which the JSON
    /// report therefore includes.
    /// </summary>
    public string? TextDerivation { get; init; }

    /// <summary>
    /// True when <see cref="Text"/> was let go (it is then empty) after the article was analysed: a comparison keeps
    /// for each article only what its later stages and the report read, and the text of a plain file is the file
    /// itself. Offsets still refer to the text as it was; a text that was made (see <see cref="TextDerivation"/>) is
    /// never let go, for the JSON report gives it.
    /// </summary>
    public bool TextReleased { get; private init; }

    /// <summary>The article without its text (see <see cref="TextReleased"/>).</summary>
    internal Article WithoutText() => this with { Text = string.Empty, TextReleased = true };
}
