using System.Globalization;
using Humanizer;

namespace Compare.Reporting;

/// <summary>The one place report wording goes through Humanizer, with the culture pinned.</summary>
/// <remarks>
/// Humanizer writes number words in the current UI culture ("Sekiz" under tr-TR) and its sentence case upper-cases
/// with the current culture ("İdentity" under tr-TR), so the culture is passed explicitly and casing is invariant:
/// the report must read the same on every machine.
/// </remarks>
internal static class Wording
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Count(int n, string noun) => $"{n.ToWords(English)} {(n == 1 ? noun : noun.Pluralize(inputIsKnownToBeSingular: true))}";

    public static string Title(string text) => SentenceCase(text);

    public static string Summary(int articles, int events, int conflicts, int agreements, int singles, int skipped) =>
        string.Format(Culture, "{0} compared: {1}, {2}, {3} and {4} found; {5}.",
            SentenceCase(Count(articles, "article")), Count(events, "event"), Count(conflicts, "conflict"),
            Count(agreements, "agreement"), Count(singles, "single-source event"), skipped == 0 ? "no file skipped" : Count(skipped, "file") + " skipped");

    private static string SentenceCase(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]);
}
