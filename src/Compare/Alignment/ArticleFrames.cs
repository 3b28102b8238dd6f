using Compare.Extraction;

namespace Compare.Alignment;

/// <summary>Where an article's frame comes from (see <see cref="ArticleFrames"/>).</summary>
internal enum FrameSource
{
    /// <summary>The nearest claim of the article with a resolved date.</summary>
    Claim,

    /// <summary>The article's publication date.</summary>
    Publication,

    /// <summary>The dates of the events the article's claims joined when aligned without it.</summary>
    Events,
}

/// <summary>The time an undated claim's article points to (a day number), and where it comes from.</summary>
internal readonly record struct ArticleFrame(int Day, FrameSource Source);

/// <summary>
/// The time of each article that an undated claim of it is most likely about. A claim with no date of its own and
/// none from the sentences just before still belongs to its article's time: the nearest claim of the same article with
/// a resolved date (the one before it first, at equal distance), else the article's publication date, else, for an
/// article that gives no date at all, the middle one of the dates of the events its claims joined. Alignment tries the
/// events near that time first, so that "a delegation arrived in Moscow" in a story of 2023 joins the visit of that
/// autumn rather than a later, better-reported one with the same people.
/// </summary>
internal sealed class ArticleFrames
{
    private readonly Dictionary<string, List<(int Sentence, int Day)>> _dated = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, DateOnly> _published;
    private readonly Dictionary<string, int> _fromEvents = new(StringComparer.Ordinal);

    public ArticleFrames(IEnumerable<Claim> claims, IReadOnlyDictionary<string, DateOnly>? published)
    {
        _published = published ?? new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var undated = new HashSet<string>(StringComparer.Ordinal);
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
            else if (c.Date is null && c.ContextDate is null && !_published.ContainsKey(c.ArticleId))
            {
                undated.Add(c.ArticleId);
            }
        }

        foreach (var list in _dated.Values)
        {
            list.Sort();
        }

        undated.ExceptWith(_dated.Keys);
        Undated = undated;
    }

    private ArticleFrames(ArticleFrames frames, Dictionary<string, int> fromEvents)
    {
        _dated = frames._dated;
        _published = frames._published;
        _fromEvents = fromEvents;
        Undated = frames.Undated;
    }

    /// <summary>The articles with undated claims that give no resolved date and no publication date.</summary>
    public IReadOnlySet<string> Undated { get; }

    /// <summary>
    /// These frames, with the middle one of the given event days (the earlier of two middle ones) as the frame of
    /// each article of <see cref="Undated"/> that has some.
    /// </summary>
    public ArticleFrames WithEventDays(Dictionary<string, List<int>> days)
    {
        var fromEvents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (article, list) in days)
        {
            if (Undated.Contains(article) && list.Count > 0)
            {
                list.Sort();
                fromEvents[article] = list[(list.Count - 1) / 2];
            }
        }

        return new ArticleFrames(this, fromEvents);
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
                return new ArticleFrame(found.Day, FrameSource.Claim);
            }
        }

        if (Published(claim.ArticleId) is { } published)
        {
            return new ArticleFrame(published.DayNumber, FrameSource.Publication);
        }

        return _fromEvents.TryGetValue(claim.ArticleId, out var day) ? new ArticleFrame(day, FrameSource.Events) : null;
    }
}
