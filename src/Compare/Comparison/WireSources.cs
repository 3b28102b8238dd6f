using System.Collections.Immutable;
using Compare.Articles;
using Compare.Recognition;
using Compare.Rules;

namespace Compare.Comparison;

/// <summary>
/// Which articles carry a wire service's copy: the outlet names one (<c>CNA (Reuters)</c>), or the body opens with
/// its dateline tag (<c>DOHA, October 24 (TASS):</c>). Two articles carrying one service's copy are one source, so an
/// agreement counts them once. Wire services are the actors the dictionary gives the <c>wire-service</c> role.
/// </summary>
internal sealed class WireSources
{
    private const int DatelineReach = 300;
    private readonly Dictionary<string, (string Wire, string Reason)> _byArticle = new(StringComparer.Ordinal);
    private readonly ActorIndex _actors;

    public WireSources(ActorIndex actors, IEnumerable<Article> articles)
    {
        _actors = actors;
        var wires = actors.Rules.Actors.Where(a => a.IsWireService)
            .SelectMany(a => a.Aliases.Prepend(a.Name).Select(n => new WireName(n, a)))
            .OrderByDescending(x => x.Name.Length).ThenBy(x => x.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var article in articles)
        {
            var found = wires.FirstOrDefault(w => article.Outlet is { } o && ContainsWord(o, w.Name));
            if (found is not null)
            {
                _byArticle[article.Id] = (found.Actor.Id, $"the outlet \"{article.Outlet}\" names {found.Actor.Name}");
                continue;
            }

            // The opening of the body, read in place: a copy of every article's body would be made only to be dropped.
            var head = article.Text.AsSpan(article.BodyStart);
            head = head[..Math.Min(head.Length, DatelineReach)];
            found = null;
            foreach (var w in wires)
            {
                if (head.Contains(w.Tag, StringComparison.Ordinal))
                {
                    found = w;
                    break;
                }
            }

            if (found is not null)
            {
                _byArticle[article.Id] = (found.Actor.Id, $"its dateline carries \"({found.Name})\"");
            }
        }
    }

    /// <summary>The wire service whose copy the article carries, or null.</summary>
    public string? WireOf(string articleId) => _byArticle.TryGetValue(articleId, out var w) ? w.Wire : null;

    /// <summary>How many independent sources the articles are: one per wire service, one per other article.</summary>
    public int Independent(IEnumerable<string> articleIds) =>
        articleIds.Select(a => WireOf(a) ?? "\u0001" + a).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// For an agreement among <paramref name="articleIds"/>: a sentence saying which of them share a wire service and
    /// how many independent sources remain, or null when every article is its own source.
    /// </summary>
    public string? Note(IReadOnlyCollection<string> articleIds)
    {
        var shared = articleIds.Where(a => WireOf(a) is not null).GroupBy(a => WireOf(a)!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (shared.Count == 0)
        {
            return null;
        }

        var parts = shared.Select(g => $"{string.Join(" and ", g.Order(StringComparer.Ordinal))} carry {_actors[g.Key]!.Name} copy ({string.Join("; ", g.Order(StringComparer.Ordinal).Select(a => a + ": " + _byArticle[a].Reason))})");
        return $"{string.Join("; ", parts)}, so they count once: {Independent(articleIds)} independent sources.";
    }

    /// <summary>A name of a wire service.</summary>
    /// <remarks>A class rather than a value tuple: LINQ over value tuples is compiled at run time.</remarks>
    private sealed record WireName(string Name, Actor Actor)
    {
        /// <summary>The name as a dateline tag carries it: <c>(TASS)</c>.</summary>
        public string Tag { get; } = "(" + Name + ")";
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var after = i + word.Length >= text.Length || !char.IsLetterOrDigit(text[i + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
