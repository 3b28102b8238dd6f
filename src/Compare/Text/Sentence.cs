using System.Collections.Immutable;

namespace Compare.Text;

/// <summary>
/// One sentence of an article. <see cref="Start"/> and <see cref="End"/> are offsets into the article text,
/// <see cref="Text"/> is exactly the text at that span (trimmed of surrounding white space), and every token's
/// offsets are also offsets into the article text.
/// </summary>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text, ImmutableArray<Token> Tokens)
{
    public TextSpan Span => new(Start, End);
}
