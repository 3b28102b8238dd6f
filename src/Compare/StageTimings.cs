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
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

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

    /// <summary>Adds <paramref name="elapsed"/> to <paramref name="stage"/>.</summary>
    public void Add(string stage, TimeSpan elapsed)
    {
        lock (_stages)
        {
            var at = _stages.FindIndex(s => s.Stage == stage);
            if (at < 0)
            {
                _stages.Add((stage, elapsed));
            }
            else
            {
                _stages[at] = (stage, _stages[at].Elapsed + elapsed);
            }
        }
    }

    /// <summary>The stages and their seconds, e.g. "read 0.12 s, extract 1.50 s".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        lock (_stages)
        {
            foreach (var (stage, elapsed) in _stages)
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(stage).Append(' ')
                    .Append(elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)).Append(" s");
            }
        }

        return text.ToString();
    }
}
