using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>
/// Rules ready for a run: loaded from the folder and every example checked, or the errors of either. Rules that
/// loaded and checked cleanly before, unchanged and with the same engine, are read back from their kept binary form
/// (<see cref="RuleSetCache"/>) without parsing YAML or checking examples again (<see cref="RuleCheckCache"/>).
/// </summary>
internal static class CheckedRules
{
    /// <summary>The rules in <paramref name="folder"/>, or the errors that stop a run; <paramref name="timings"/> tells which path served.</summary>
    public static (RuleSet? Rules, ImmutableArray<RuleError> Errors) Load(string folder, StageTimings timings)
    {
        var key = Directory.Exists(folder) ? timings.Measure("hash rules", () => RuleCheckCache.Key(folder)) : null;
        var name = key is null ? null : RuleSetCache.Name(key, folder);
        if (key is not null && name is not null && RuleCheckCache.IsKnownGood(key)
            && timings.Measure("read kept rules", () => RuleSetCache.TryRead(name)) is { } known)
        {
            return (known, []);
        }

        var loaded = timings.Measure("load rules", () => RuleLoader.Load(folder));
        if (!loaded.Succeeded)
        {
            return (null, loaded.Errors);
        }

        var rules = loaded.Rules!;
        if (key is not null && RuleCheckCache.IsKnownGood(key))
        {
            timings.Measure("keep rules", () => RuleSetCache.Write(name!, rules));
            return (rules, []);
        }

        var errors = timings.Measure("check rule examples", () => RuleExampleChecker.Check(rules));
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        if (key is not null)
        {
            RuleCheckCache.RememberGood(key);
            timings.Measure("keep rules", () => RuleSetCache.Write(name!, rules));
        }

        return (rules, []);
    }
}
