using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Compare;

/// <summary>
/// Wall time per stage of one run, in the order the stages ran (a stage that runs twice adds up). Shown by
/// <c>compare run --timings</c> on stderr; never part of a report, which must not depend on the clock.
/// </summary>
internal sealed class StageTimings
{
    // Two lists rather than a list of pairs: generic code over a pair of the engine's choosing is compiled at run
    // time, and this is used from the first moment of every run.
    private readonly List<string> _names = [];
    private readonly List<long> _elapsed = [];

    /// <summary>Runs <paramref name="work"/> and adds its wall time to <paramref name="stage"/>.</summary>
    public T Measure<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            Add(stage, clock.Elapsed);
        }
    }

    /// <summary>Runs <paramref name="work"/> and adds its wall time to <paramref name="stage"/>.</summary>
    public void Measure(string stage, Action work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            work();
        }
        finally
        {
            Add(stage, clock.Elapsed);
        }
    }

    /// <summary>Adds <paramref name="elapsed"/> to <paramref name="stage"/>.</summary>
    public void Add(string stage, TimeSpan elapsed)
    {
        lock (_names)
        {
            var at = _names.IndexOf(stage);
            if (at < 0)
            {
                _names.Add(stage);
                _elapsed.Add(elapsed.Ticks);
            }
            else
            {
                _elapsed[at] += elapsed.Ticks;
            }
        }
    }

    /// <summary>The stages and their seconds, e.g. "read 0.12 s, extract 1.50 s".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        lock (_names)
        {
            for (var k = 0; k < _names.Count; k++)
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(_names[k]).Append(' ')
                    .Append(TimeSpan.FromTicks(_elapsed[k]).TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)).Append(" s");
            }
        }

        return text.ToString();
    }
}
