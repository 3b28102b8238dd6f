namespace Compare.Articles;

/// <summary>
/// An ingested article. <see cref="Text"/> is the whole decoded file; <see cref="BodyStart"/> is where the
/// article body begins (after any front matter). Every offset in the pipeline refers to <see cref="Text"/>.
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
}
