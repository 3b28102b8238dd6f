using System.Collections.Immutable;
using Compare.Articles;
using Compare.Recognition;
using Compare.Recognition.Counts;
using Compare.Recognition.Dates;
using Compare.Text;

namespace Compare.Extraction;

/// <summary>Everything read from one article: sentences, mentions, dates, counts, ages, titles and claims.</summary>
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
}
