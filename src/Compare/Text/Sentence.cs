using System.Collections.Immutable;

namespace Compare.Text;

/// <summary>
/// One sentence of an article. <see cref="Start"/> and <see cref="End"/> are offsets into the article text,
/// <see cref="Text"/> is exactly the text at that span (trimmed of surrounding white space), and every token's
/// offsets are also offsets into the article text.
/// </summary>
/// <remarks>
/// A sentence keeps the article's text and cuts its own out of it when first asked: most sentences are never quoted,
/// and a copy of each would double what the article text takes. Two sentences are equal when their numbers, offsets,
/// text and token array are.
/// </remarks>
public sealed record Sentence
{
    // The article's text until the sentence's own is first asked for, then that. The two are told apart by length:
    // an article text as long as the span is the sentence's text already (the span is then the whole article).
    private string _text;

    /// <param name="index">The sentence's number in its article, from 0.</param>
    /// <param name="paragraph">The number of its paragraph, from 0.</param>
    /// <param name="start">Where it starts in <paramref name="articleText"/>.</param>
    /// <param name="end">Where it ends in <paramref name="articleText"/>.</param>
    /// <param name="articleText">The whole text of the article.</param>
    /// <param name="tokens">Its tokens, with offsets into <paramref name="articleText"/>.</param>
    public Sentence(int index, int paragraph, int start, int end, string articleText, ImmutableArray<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        if (start < 0 || end < start || end > articleText.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Range [{start}, {end}) is outside a text of length {articleText.Length}.");
        }

        Index = index;
        Paragraph = paragraph;
        Start = start;
        End = end;
        _text = articleText;
        Tokens = tokens;
    }

    public int Index { get; }

    public int Paragraph { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The sentence's text: the article's text from <see cref="Start"/> to <see cref="End"/>.</summary>
    public string Text
    {
        get
        {
            var text = _text;
            if (text.Length != End - Start)
            {
                text = text.Substring(Start, End - Start);
                _text = text;
            }

            return text;
        }
    }

    public ImmutableArray<Token> Tokens { get; init; }

    public TextSpan Span => new(Start, End);

    public bool Equals(Sentence? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Index == other.Index && Paragraph == other.Paragraph && Start == other.Start && End == other.End
                && Tokens == other.Tokens && string.Equals(Text, other.Text, StringComparison.Ordinal)));

    public override int GetHashCode() => HashCode.Combine(Index, Paragraph, Start, End, Text, Tokens);
}
