using System.Collections.Immutable;
using Compare.Articles;
using Compare.Recognition;
using Compare.Recognition.Counts;
using Compare.Recognition.Dates;
using Compare.Text;

namespace Compare.Extraction;

/// <summary>Everything read from one article: sentences, mentions, dates, counts, ages, titles and claims.</summary>
/// <remarks>
/// The analysis a comparison keeps is compacted: it keeps only what the later stages and the report read. Its
/// <see cref="Sentences"/> are then those the report may quote, <see cref="SentenceCount"/> still counts them all,
/// and its article may have let its text go (see <see cref="Articles.Article.TextReleased"/>).
/// </remarks>
internal sealed record ArticleAnalysis(
    Article Article,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<SentenceMentions> Mentions,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<AgeMention> Ages,
    ImmutableArray<Claim> Claims)
{
    /// <summary>
    /// Where the article's lede describes one person without naming them ("A 25-year-old Israeli ... was freed"), and
    /// the name that opens the next paragraph; null when it does not open so.
    /// </summary>
    public (TextSpan Description, Mention Named)? Lede { get; init; }

    /// <summary>How many sentences the article has, whether or not <see cref="Sentences"/> still holds them all.</summary>
    public int SentenceCount
    {
        get => _sentenceCount ?? Sentences.Length;
        init => _sentenceCount = value;
    }

    private readonly int? _sentenceCount;
}
