namespace Compare;

/// <summary>
/// Where the command keeps what it can compute again but would rather not: rule folders whose examples held, and the
/// list of methods a run compiles at start. <c>COMPARE_CACHE_DIR</c> when set (empty turns caching off), else
/// <c>$XDG_CACHE_HOME/compare</c>, else <c>~/.cache/compare</c>. Nothing kept there changes a report.
/// </summary>
internal static class CacheFolder
{
    /// <summary>The cache folder, or null when caching is off or there is no home folder to put it in.</summary>
    public static string? Root()
    {
        if (Environment.GetEnvironmentVariable("COMPARE_CACHE_DIR") is { } set)
        {
            return set.Length == 0 ? null : set;
        }

        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg)
        {
            return Path.Combine(xdg, "compare");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : Path.Combine(home, ".cache", "compare");
    }

    /// <summary>A sub-folder of the cache, or null when caching is off.</summary>
    public static string? Sub(string name) => Root() is { } root ? Path.Combine(root, name) : null;
}
