namespace Compare.Benchmarks;

/// <summary>The end-to-end figures of one corpus size: the median run of the command and the score of its report.</summary>
internal sealed record SizeResult(int Articles, long Bytes, ChildRun Run, double Precision, double Recall, int Planted, int Findings)
{
    /// <summary>Every run's wall time in seconds, in the order of the rounds.</summary>
    public IReadOnlyList<double> Walls { get; init; } = [];

    /// <summary>The fastest of the runs' wall times, in seconds.</summary>
    public double Fastest => Walls.Min();

    /// <summary>The slowest of the runs' wall times, in seconds.</summary>
    public double Slowest => Walls.Max();

    public double Megabytes => Bytes / 1e6;

    public double MegabytesPerSecond => Megabytes / Run.WallSeconds;

    public double ArticlesPerSecond => Articles / Run.WallSeconds;
}
