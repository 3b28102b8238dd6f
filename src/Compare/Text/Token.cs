namespace Compare.Text;

/// <summary>
/// A token with its offsets into the article text. A value, stored inline in a sentence's token array: an article has
/// thousands of tokens, and one object each was a sixth of what extraction allocated. Its text is a <see cref="Word"/>
/// that tokens of the same text share; two tokens are equal when their text, offsets and kind are.
/// </summary>
/// <remarks>
/// The kind is kept in the top two bits of the end offset, which no string reaches (a string holds fewer than 2^30
/// characters), so a token takes 16 bytes instead of 24: the token arrays are most of what tokenizing allocates.
/// </remarks>
public readonly record struct Token
{
    private const int EndBits = 30;
    private const int EndMask = (1 << EndBits) - 1;

    private readonly int _start;
    private readonly int _endAndKind;

    public Token(Word word, int start, int end, TokenKind kind)
    {
        Word = word;
        _start = start;
        _endAndKind = Pack(end, kind);
    }

    /// <summary>A token whose end offset and kind its maker already knows to fit (see the remarks), unchecked.</summary>
    internal Token(Word word, int start, int end, TokenKind kind, bool _)
    {
        Word = word;
        _start = start;
        _endAndKind = end | ((int)kind << EndBits);
    }

    public Word Word { get; init; }

    public int Start
    {
        get => _start;
        init => _start = value;
    }

    public int End
    {
        get => _endAndKind & EndMask;
        init => _endAndKind = Pack(value, Kind);
    }

    public TokenKind Kind
    {
        get => (TokenKind)((uint)_endAndKind >> EndBits);
        init => _endAndKind = Pack(End, value);
    }

    /// <summary>The token's characters.</summary>
    public string Text => Word.Text;

    public TextSpan Span => new(Start, End);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public void Deconstruct(out Word word, out int start, out int end, out TokenKind kind)
    {
        word = Word;
        start = Start;
        end = End;
        kind = Kind;
    }

    public bool Equals(Token other) =>
        Start == other.Start && End == other.End && Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Text, Start, End, Kind);

    public override string ToString() => Text;

    private static int Pack(int end, TokenKind kind)
    {
        if ((uint)end > EndMask)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"End {end} is outside what a string can reach.");
        }

        if ((uint)kind > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), $"Unknown token kind {kind}.");
        }

        return end | ((int)kind << EndBits);
    }
}
