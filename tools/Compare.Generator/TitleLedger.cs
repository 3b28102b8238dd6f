namespace Compare.Generator;

/// <summary>
/// Decides the office each article gives an official and plants title conflicts: once an official has been given
/// an office in one article, a later article may give them a different one (at most one such article per
/// official, used for every mention in that article). Articles must be composed in order.
/// </summary>
internal sealed class TitleLedger
{
    private const double DeviantRate = 0.08;

    private readonly Dictionary<string, int> _firstTitled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Article, string Office)> _deviants = new(StringComparer.Ordinal);
    private readonly List<PlantedConflict> _planted = [];

    /// <summary>The title conflicts planted so far, in the order they were planted (ids are given later).</summary>
    public IReadOnlyList<PlantedConflict> Planted => _planted;

    /// <summary>The office (lexicon spelling) that <paramref name="article"/> gives <paramref name="official"/>.</summary>
    public string OfficeIn(SyntheticActor official, int article, Rng rng)
    {
        if (_deviants.TryGetValue(official.Id, out var deviant))
        {
            return deviant.Article == article ? deviant.Office : official.Office!;
        }

        if (!_firstTitled.TryGetValue(official.Id, out var first))
        {
            _firstTitled[official.Id] = article;
            return official.Office!;
        }

        if (first != article && rng.Chance(DeviantRate))
        {
            string office;
            do
            {
                office = rng.Pick(CastBuilder.Offices).Title;
            }
            while (office == official.Office);

            _deviants[official.Id] = (article, office);
            _planted.Add(new PlantedConflict(string.Empty, "title", null, official.Id, official.Name, [], CorpusGenerator.ArticleId(article), official.Office!, office));
            return office;
        }

        return official.Office!;
    }
}
