using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Compare;

/// <summary>
/// Wall time and memory allocated per stage of one run, in the order the stages ran (a stage that runs twice adds
/// up); the allocations are the whole process's, which is right as long as stages do not overlap. Shown by
/// <c>compare run --timings</c> on stderr; never part of a report, which must not depend on the clock.
/// </summary>
internal sealed class StageTimings
{
    // Two lists rather than a list of pairs: generic code over a pair of the engine's choosing is compiled at run
    // time, and this is used from the first moment of every run.
    private readonly List<string> _names = [];
    private readonly List<long> _elapsed = [];
    private readonly List<long> _allocated = [];
    private readonly List<long> _paused = [];

    /// <summary>Runs <paramref name="work"/> and adds its wall time to <paramref name="stage"/>.</summary>
    public T Measure<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        try
        {
            return work();
        }
        finally
        {
            Add(stage, clock.Elapsed, GC.GetTotalAllocatedBytes() - allocated, GC.GetTotalPauseDuration() - paused);
        }
    }

    /// <summary>Runs <paramref name="work"/> and adds its wall time to <paramref name="stage"/>.</summary>
    public void Measure(string stage, Action work)
    {
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        try
        {
            work();
        }
        finally
        {
            Add(stage, clock.Elapsed, GC.GetTotalAllocatedBytes() - allocated, GC.GetTotalPauseDuration() - paused);
        }
    }

    /// <summary>
    /// Adds <paramref name="elapsed"/>, <paramref name="allocated"/> bytes and the time the collector
    /// <paramref name="paused"/> the process to <paramref name="stage"/>.
    /// </summary>
    public void Add(string stage, TimeSpan elapsed, long allocated = 0, TimeSpan paused = default)
    {
        lock (_names)
        {
            var at = _names.IndexOf(stage);
            if (at < 0)
            {
                _names.Add(stage);
                _elapsed.Add(elapsed.Ticks);
                _allocated.Add(allocated);
                _paused.Add(paused.Ticks);
            }
            else
            {
                _elapsed[at] += elapsed.Ticks;
                _allocated[at] += allocated;
                _paused[at] += paused.Ticks;
            }
        }
    }

    /// <summary>
    /// The stages, their seconds, the megabytes they allocated and how long the collector paused them, e.g.
    /// "read 0.12 s 40 MB 0.01 s paused, extract 1.50 s 900 MB 0.20 s paused".
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        lock (_names)
        {
            for (var k = 0; k < _names.Count; k++)
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(_names[k]).Append(' ')
                    .Append(TimeSpan.FromTicks(_elapsed[k]).TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)).Append(" s ")
                    .Append((_allocated[k] / 1e6).ToString("F0", CultureInfo.InvariantCulture)).Append(" MB ")
                    .Append(TimeSpan.FromTicks(_paused[k]).TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)).Append(" s paused");
            }
        }

        return text.ToString();
    }
}
