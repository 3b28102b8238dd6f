using System.Security.Cryptography;
using System.Text;

namespace Compare.Rules;

/// <summary>
/// Remembers rule folders whose examples all held, so that the check of every example (<see cref="RuleExampleChecker"/>)
/// runs once per version of the rules and of the engine, not on every run. A folder is known by a hash of every
/// <c>.yaml</c> file in it (path and bytes) and of the engine build; any change to either checks the examples again.
/// Only success is remembered: failing examples are reported on every run.
/// </summary>
/// <remarks>
/// The cache is a folder of empty files named by the hash: <c>COMPARE_CACHE_DIR</c> when set (empty turns the cache
/// off), else <c>$XDG_CACHE_HOME/compare</c>, else <c>~/.cache/compare</c>. A cache that cannot be read or written is
/// ignored, so it can never stop a run.
/// </remarks>
internal static class RuleCheckCache
{
    /// <summary>The hash naming the rules in <paramref name="folder"/> and this engine build, or null when a file cannot be read.</summary>
    public static string? Key(string folder)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(typeof(RuleCheckCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
            var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories)
                .Select(f => (Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'), Full: f))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach (var (relative, full) in files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
                var bytes = File.ReadAllBytes(full);
                hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
                hash.AppendData(bytes);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when the examples of the rules named by <paramref name="key"/> are known to hold.</summary>
    public static bool IsKnownGood(string key) => Folder() is { } dir && File.Exists(Path.Combine(dir, key));

    /// <summary>Records that the examples of the rules named by <paramref name="key"/> hold.</summary>
    public static void RememberGood(string key)
    {
        if (Folder() is not { } dir)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, key), []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only means the examples are checked again next time.
        }
    }

    private static string? Folder()
    {
        if (Environment.GetEnvironmentVariable("COMPARE_CACHE_DIR") is { } set)
        {
            return set.Length == 0 ? null : Path.Combine(set, "rule-checks");
        }

        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg)
        {
            return Path.Combine(xdg, "compare", "rule-checks");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : Path.Combine(home, ".cache", "compare", "rule-checks");
    }
}
