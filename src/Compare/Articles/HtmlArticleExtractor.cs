using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Compare.Articles;

/// <summary>
/// Reads a saved web page (parsed with AngleSharp): the article text, and the title, published date, outlet and
/// address from the page's metadata. Never throws for bad input.
/// </summary>
/// <remarks>
/// <para>
/// The text comes from the page's <c>&lt;article&gt;</c> (the one with the most text when there are several),
/// else its <c>&lt;main&gt;</c> (or <c>role="main"</c>), else its body. Scripts, styles, forms, navigation, headers,
/// footers, asides, hidden elements and the ARIA landmarks for those are left out. Each block element (paragraph,
/// heading, list item, ...) becomes its own line, separated by a blank line; white space inside a block is collapsed
/// to single spaces, except inside <c>&lt;pre&gt;</c>. Entities are decoded. The result is the article's text:
/// every character offset in a report refers to it, and it is shown in the JSON report.
/// </para>
/// <para>
/// Metadata, first found wins: the title from <c>og:title</c>, the first <c>&lt;h1&gt;</c> of the article, then
/// <c>&lt;title&gt;</c>; published date candidates from <c>article:published_time</c>, <c>itemprop="datePublished"</c>,
/// JSON-LD <c>datePublished</c>, then the first <c>&lt;time datetime&gt;</c> in the article (then in the page), and
/// after those and a dateline in the text, <c>article:modified_time</c> (the page was written by then);
/// the outlet from <c>og:site_name</c>; the address from <c>og:url</c> or the canonical link.
/// </para>
/// </remarks>
internal static class HtmlArticleExtractor
{
    /// <summary>
    /// Parsing is linear for real pages but not for deliberately broken ones (thousands of unclosed elements);
    /// a page that takes longer than this is refused rather than left to hang the run.
    /// </summary>
    public static readonly TimeSpan ParseTimeLimit = TimeSpan.FromSeconds(20);

    private static readonly FrozenSet<string> Excluded = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video",
        "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "input", "dialog", "menu", "head",
        "title", "meta", "link");

    private static readonly FrozenSet<string> ExcludedRoles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog");

    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "body", "html");

    /// <summary>What was read from a page.</summary>
    /// <param name="Text">The article text (see the class remarks), ending with a line break; empty when there is none.</param>
    /// <param name="From">Which part of the page the text came from, e.g. "the article element".</param>
    /// <param name="Title">The title, trimmed and with white space collapsed; null when the page gives none.</param>
    /// <param name="PublishedCandidates">Published-date values as written, each with where it came from, best first.</param>
    /// <param name="Outlet">The <c>og:site_name</c>; null when absent.</param>
    /// <param name="Url">The <c>og:url</c> or canonical link; null when absent.</param>
    internal sealed record Page(
        string Text,
        string From,
        string? Title,
        ImmutableArray<(string Value, string Source)> PublishedCandidates,
        string? Outlet,
        string? Url)
    {
        /// <summary>
        /// The <c>article:modified_time</c>, as written, when the page has one: when it was last changed, the published
        /// date's stand-in for a page that gives none, nor a dateline; null when absent.
        /// </summary>
        public string? Modified { get; init; }
    }

    /// <summary>Reads <paramref name="html"/>; null when parsing took longer than <paramref name="timeLimit"/>.</summary>
    /// <param name="html">The page as decoded text.</param>
    /// <param name="timeLimit">How long parsing may take; <see cref="ParseTimeLimit"/> when null.</param>
    public static Page? Extract(string html, TimeSpan? timeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        IHtmlDocument document;
        using (var deadline = new CancellationTokenSource(timeLimit ?? ParseTimeLimit))
        {
            try
            {
                var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
                document = parser.ParseDocumentAsync(html, deadline.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        using (document)
        {
            var (root, from) = ChooseRoot(document);
            var text = TextOf(root);
            if (text.Length == 0 && document.Body is { } body && !ReferenceEquals(body, root))
            {
                (root, from, text) = (body, "the page body", TextOf(body));
            }

            return new Page(
                text,
                from,
                Title(document, root),
                PublishedCandidates(document, root),
                Meta(document, "og:site_name"),
                Meta(document, "og:url") ?? Clean(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")))
            {
                Modified = Meta(document, "article:modified_time"),
            };
        }
    }

    private static (IElement Root, string From) ChooseRoot(IHtmlDocument document)
    {
        IElement? best = null;
        var bestLength = -1;
        foreach (var article in document.QuerySelectorAll("article"))
        {
            // A nested article (a comment, a related story) is part of its outer one, never the article itself.
            if (article.ParentElement?.Closest("article") is not null || IsExcluded(article) || HasExcludedAncestor(article))
            {
                continue;
            }

            var length = TextOf(article).Length;
            if (length > bestLength)
            {
                (best, bestLength) = (article, length);
            }
        }

        if (best is not null && bestLength > 0)
        {
            return (best, "the article element");
        }

        if ((document.QuerySelector("main") ?? document.QuerySelector("[role=main]")) is { } main && !HasExcludedAncestor(main))
        {
            return (main, "the main element");
        }

        return document.Body is { } body ? (body, "the page body") : (document.DocumentElement, "the page");
    }

    private static bool IsExcluded(IElement element) =>
        Excluded.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("role") is { } role && ExcludedRoles.Contains(role.Trim()));

    private static bool HasExcludedAncestor(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (IsExcluded(parent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of <paramref name="root"/> as described in the class remarks.</summary>
    private static string TextOf(IElement root)
    {
        var writer = new BlockWriter();

        // An explicit stack, because pages can nest elements far deeper than the call stack allows.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (closing)
                {
                    writer.EndElement(name, Blocks.Contains(name));
                    continue;
                }

                if (!ReferenceEquals(element, root) && IsExcluded(element))
                {
                    continue;
                }

                writer.StartElement(name, Blocks.Contains(name));
                stack.Push((element, true));
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node is IText text)
            {
                writer.Text(text.Data);
            }
        }

        return writer.ToString();
    }

    private static string? Title(IHtmlDocument document, IElement root) =>
        Meta(document, "og:title")
        ?? Clean((root.QuerySelector("h1") ?? document.QuerySelector("h1"))?.TextContent)
        ?? Clean(document.Title);

    private static ImmutableArray<(string Value, string Source)> PublishedCandidates(IHtmlDocument document, IElement root)
    {
        var found = ImmutableArray.CreateBuilder<(string, string)>();
        if (Meta(document, "article:published_time") is { } meta)
        {
            found.Add((meta, "the page's article:published_time"));
        }

        if (Clean(document.QuerySelector("[itemprop=datePublished]") is { } item
                ? item.GetAttribute("content") ?? item.GetAttribute("datetime") ?? item.TextContent
                : null) is { } itemprop)
        {
            found.Add((itemprop, "the page's itemprop datePublished"));
        }

        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (JsonLdDatePublished(script.TextContent) is { } jsonLd)
            {
                found.Add((jsonLd, "the page's JSON-LD datePublished"));
                break;
            }
        }

        var time = root.QuerySelector("time[datetime]") ?? document.QuerySelector("time[datetime]");
        if (Clean(time?.GetAttribute("datetime")) is { } datetime)
        {
            found.Add((datetime, "the page's <time datetime>"));
        }

        return found.ToImmutable();
    }

    private static string? JsonLdDatePublished(string json)
    {
        try
        {
            // JsonDocument refuses nesting deeper than 64, so the walk below is shallow too.
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var pending = new Stack<JsonElement>();
            pending.Push(parsed.RootElement);
            while (pending.Count > 0)
            {
                var element = pending.Pop();
                if (element.ValueKind == JsonValueKind.Object)
                {
                    if (element.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String)
                    {
                        return Clean(date.GetString());
                    }

                    foreach (var property in element.EnumerateObject().Reverse())
                    {
                        pending.Push(property.Value);
                    }
                }
                else if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in element.EnumerateArray().Reverse())
                    {
                        pending.Push(item);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common on real pages; the other sources still count.
        }

        return null;
    }

    /// <summary>The content of the first <c>meta</c> whose <c>property</c> or <c>name</c> is <paramref name="key"/>.</summary>
    private static string? Meta(IHtmlDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            if (string.Equals(meta.GetAttribute("property")?.Trim(), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(meta.GetAttribute("name")?.Trim(), key, StringComparison.OrdinalIgnoreCase))
            {
                if (Clean(meta.GetAttribute("content")) is { } content)
                {
                    return content;
                }
            }
        }

        return null;
    }

    /// <summary>Trimmed, with runs of white space as one space; null for nothing.</summary>
    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        var cleaned = sb.ToString().TrimEnd();
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>Builds the text: blocks on lines of their own with a blank line between, spaces collapsed.</summary>
    private sealed class BlockWriter
    {
        private readonly StringBuilder _text = new();
        private int _preDepth;
        private int _pendingBreaks;

        public void StartElement(string name, bool isBlock)
        {
            if (name == "br")
            {
                _pendingBreaks = Math.Max(_pendingBreaks, 1);
                return;
            }

            if (isBlock)
            {
                _pendingBreaks = 2;
            }
            else if (name is "td" or "th")
            {
                Space();
            }

            if (name == "pre")
            {
                _preDepth++;
            }
        }

        public void EndElement(string name, bool isBlock)
        {
            if (name == "pre")
            {
                _preDepth--;
            }

            if (isBlock)
            {
                _pendingBreaks = 2;
            }
        }

        public void Text(string data)
        {
            for (var i = 0; i < data.Length; i++)
            {
                var c = data[i];
                if (_preDepth == 0 && c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    Space();
                    continue;
                }

                if (_pendingBreaks > 0)
                {
                    if (_text.Length > 0)
                    {
                        TrimTrailingSpace();
                        _text.Append('\n', _pendingBreaks);
                    }

                    _pendingBreaks = 0;
                }

                // Inside <pre> the page's own line breaks are kept, as LF, so lines stay lines.
                if (c == '\r' && i + 1 < data.Length && data[i + 1] == '\n')
                {
                    continue;
                }

                _text.Append(c == '\r' ? '\n' : c);
            }
        }

        public override string ToString()
        {
            TrimTrailingSpace();
            return _text.Length == 0 ? string.Empty : _text.Append('\n').ToString();
        }

        private void Space()
        {
            if (_pendingBreaks == 0 && _text.Length > 0 && _text[^1] is not (' ' or '\n'))
            {
                _text.Append(' ');
            }
        }

        private void TrimTrailingSpace()
        {
            while (_text.Length > 0 && _text[^1] == ' ')
            {
                _text.Length--;
            }
        }
    }
}
