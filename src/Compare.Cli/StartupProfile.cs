using System.Runtime;

namespace Compare.Cli;

/// <summary>
/// Records which methods a run compiles just in time, and on the next run compiles them ahead of need on the second
/// core (the runtime's multicore JIT, <see cref="ProfileOptimization"/>). ReadyToRun code cannot cover generic code
/// over types from other assemblies (lists and dictionaries of the engine's records, immutable arrays), so a short
/// run such as one story's five articles otherwise spends half its time waiting for the compiler.
/// </summary>
/// <remarks>
/// The profile is kept in <c>startup</c> under the <see cref="CacheFolder"/>, one file per build of the command and
/// engine (named by their module version ids), so a profile from another build is never replayed; profiles of other
/// builds are removed. A profile that cannot be read or written only means the run compiles as it goes.
/// </remarks>
internal static class StartupProfile
{
    public static void Start()
    {
        if (CacheFolder.Sub("startup") is not { } dir)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(dir);
            var name = $"run-{Build()}.jitprofile";
            foreach (var old in Directory.EnumerateFiles(dir, "run-*.jitprofile"))
            {
                if (!string.Equals(Path.GetFileName(old), name, StringComparison.Ordinal))
                {
                    File.Delete(old);
                }
            }

            ProfileOptimization.SetProfileRoot(dir);
            ProfileOptimization.StartProfile(name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No profile: the run compiles methods as it meets them.
        }
    }

    private static string Build()
    {
        var command = typeof(StartupProfile).Assembly.ManifestModule.ModuleVersionId;
        var engine = typeof(CacheFolder).Assembly.ManifestModule.ModuleVersionId;
        return string.Concat(command.ToString("N")[..12], engine.ToString("N")[..12]);
    }
}
