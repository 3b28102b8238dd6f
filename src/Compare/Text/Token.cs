namespace Compare.Text;

/// <summary>A token with its offsets into the article text.</summary>
public sealed record Token(string Text, int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public override string ToString() => Text;
}
