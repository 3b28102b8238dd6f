using Compare.Extraction;

namespace Compare.Alignment;

/// <summary>The time an undated claim's article points to (a day number), and whether it is its publication date.</summary>
internal readonly record struct ArticleFrame(int Day, bool FromPublication);

/// <summary>
/// The time of each article that an undated claim of it is most likely about. A claim with no date of its own and
/// none from the sentences just before still belongs to its article's time: the nearest claim of the same article with
/// a resolved date (the one before it first, at equal distance), else the article's publication date. Alignment tries
/// the events near that time first, so that "a delegation arrived in Moscow" in a story of 2023 joins the visit of
/// that autumn rather than a later, better-reported one with the same people.
/// </summary>
internal sealed class ArticleFrames
{
    private readonly Dictionary<string, List<(int Sentence, int Day)>> _dated = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, DateOnly> _published;

    public ArticleFrames(IEnumerable<Claim> claims, IReadOnlyDictionary<string, DateOnly>? published)
    {
        _published = published ?? new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (c.Date is { IsResolved: true, From: { } from })
            {
                if (!_dated.TryGetValue(c.ArticleId, out var list))
                {
                    _dated[c.ArticleId] = list = [];
                }

                list.Add((c.Sentence.Index, from.DayNumber));
            }
        }

        foreach (var list in _dated.Values)
        {
            list.Sort();
        }
    }

    /// <summary>The day the claim's article was published, if known.</summary>
    public DateOnly? Published(string articleId) => _published.TryGetValue(articleId, out var day) ? day : null;

    /// <summary>The frame of a claim with no date and no context date; null for any other claim, or when its article gives none.</summary>
    public ArticleFrame? Of(Claim claim)
    {
        if (claim.Date is not null || claim.ContextDate is not null)
        {
            return null;
        }

        if (_dated.TryGetValue(claim.ArticleId, out var list))
        {
            var index = claim.Sentence.Index;
            (int Sentence, int Day)? best = null;
            foreach (var d in list)
            {
                // The list is sorted by sentence: the last one at or before the claim, or the first one after it
                // when that is nearer.
                if (d.Sentence <= index)
                {
                    best = d;
                }
                else
                {
                    if (best is null || d.Sentence - index < index - best.Value.Sentence)
                    {
                        best = d;
                    }

                    break;
                }
            }

            if (best is { } found)
            {
                return new ArticleFrame(found.Day, FromPublication: false);
            }
        }

        return Published(claim.ArticleId) is { } published ? new ArticleFrame(published.DayNumber, FromPublication: true) : null;
    }
}
