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
    ImmutableArray<Claim> Claims);
