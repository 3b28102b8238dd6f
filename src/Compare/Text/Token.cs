namespace Compare.Text;

/// <summary>
/// A token with its offsets into the article text. A value, stored inline in a sentence's token array: an article has
/// thousands of tokens, and one object each was a sixth of what extraction allocated.
/// </summary>
public readonly record struct Token(string Text, int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public override string ToString() => Text;
}
