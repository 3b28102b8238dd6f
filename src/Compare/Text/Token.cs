namespace Compare.Text;

/// <summary>
/// A token with its offsets into the article text. A value, stored inline in a sentence's token array: an article has
/// thousands of tokens, and one object each was a sixth of what extraction allocated. Its text is a <see cref="Word"/>
/// that tokens of the same text share; two tokens are equal when their text, offsets and kind are.
/// </summary>
public readonly record struct Token(Word Word, int Start, int End, TokenKind Kind)
{
    /// <summary>The token's characters.</summary>
    public string Text => Word.Text;

    public TextSpan Span => new(Start, End);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool Equals(Token other) =>
        Start == other.Start && End == other.End && Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Text, Start, End, Kind);

    public override string ToString() => Text;
}
