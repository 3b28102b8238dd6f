using System.Text;

namespace Compare.Reporting;

/// <summary>
/// Turns data into HTML that can only ever be read as text: article text, titles, paths and URLs never become
/// markup, and only absolute http(s) URLs ever become links.
/// </summary>
internal static class HtmlText
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c> so the result is safe both as element content and inside a quoted
    /// attribute; every other character is kept as it is (the page is UTF-8). Null gives the empty string.
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped as by <see cref="Encode"/>, without an intermediate string.</summary>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;

                // A stray NUL or other control character would only confuse the parser; it carries no meaning in prose.
                case < ' ' and not '\n' and not '\t': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
    }

    /// <summary>
    /// The href for <paramref name="url"/>, or null when it must not be a link: anything that is not an absolute
    /// http or https URL (<c>javascript:</c>, <c>data:</c>, <c>file:</c>, relative paths, garbage). The returned value
    /// is the normalised absolute URI, not yet HTML-escaped.
    /// </summary>
    public static string? SafeHref(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri : null;
    }

    /// <summary>A fragment identifier made of ASCII letters, digits and hyphens only, so it needs no escaping anywhere.</summary>
    public static string Id(string prefix, string key)
    {
        var sb = new StringBuilder(prefix);
        foreach (var c in key)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return sb.ToString();
    }
}
