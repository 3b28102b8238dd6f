namespace Compare.Benchmarks;

/// <summary>The end-to-end figures of one corpus size: the median run of the command and the score of its report.</summary>
internal sealed record SizeResult(int Articles, long Bytes, ChildRun Run, double Precision, double Recall, int Planted, int Findings)
{
    public double Megabytes => Bytes / 1e6;

    public double MegabytesPerSecond => Megabytes / Run.WallSeconds;

    public double ArticlesPerSecond => Articles / Run.WallSeconds;
}
