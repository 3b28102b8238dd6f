namespace Compare.Generator.Tests;

/// <summary>Paths of the repository the tests run in, and temporary folders that clean up after themselves.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Rules => Path.Combine(Root, "rules");

    public static string NewTemporaryFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "compare-generator-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

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
