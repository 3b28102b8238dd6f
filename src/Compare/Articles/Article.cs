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
    public string Body => Text[BodyStart..];

    /// <summary>
    /// How <see cref="Text"/> was made from the file when it is not simply the file's decoded characters (text
    /// extracted from HTML, invisible characters removed), as a phrase for the report; null when it is.
    /// Whenever this is set, offsets and quotes can only be checked against <see cref="Text"/>, which the JSON
    /// report therefore includes.
    /// </summary>
    public string? TextDerivation { get; init; }
}
