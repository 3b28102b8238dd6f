namespace Compare.Tests;

/// <summary>Finds the repository root (the folder holding Compare.sln) from the test output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compare.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Compare.sln not found above " + AppContext.BaseDirectory);
    }
}
