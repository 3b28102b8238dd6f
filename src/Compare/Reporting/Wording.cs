using System.Globalization;
using Humanizer;

namespace Compare.Reporting;

/// <summary>The one place report wording goes through Humanizer, with the culture pinned.</summary>
internal static class Wording
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Count(int n, string noun) => noun.ToQuantity(n, ShowQuantityAs.Words);

    public static string Title(string text) => text.Transform(To.SentenceCase);

    public static string Summary(int articles, int events, int conflicts, int agreements, int singles, int skipped) =>
        string.Format(Culture, "{0} compared: {1}, {2}, {3} and {4} found; {5}.",
            Count(articles, "article").Transform(To.SentenceCase), Count(events, "event"), Count(conflicts, "conflict"),
            Count(agreements, "agreement"), Count(singles, "single-source event"), skipped == 0 ? "no file skipped" : Count(skipped, "file") + " skipped");
}
