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
/// The cache is a folder of empty files named by the hash, <c>rule-checks</c> in the <see cref="CacheFolder"/>. A cache
/// that cannot be read or written is ignored, so it can never stop a run.
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
            // Sorted by the path inside the folder, so the same files give the same key wherever the folder is. (A plain
            // array and loop: this runs at every start, before anything else is compiled.)
            var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories);
            var relative = new string[files.Length];
            for (var k = 0; k < files.Length; k++)
            {
                relative[k] = Path.GetRelativePath(folder, files[k]).Replace('\\', '/');
            }

            Array.Sort(relative, files, StringComparer.Ordinal);
            for (var k = 0; k < files.Length; k++)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(relative[k] + "\0"));
                var bytes = File.ReadAllBytes(files[k]);
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

    private static string? Folder() => CacheFolder.Sub("rule-checks");
}
