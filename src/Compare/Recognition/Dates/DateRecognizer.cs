using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.RegularExpressions;
using Compare.Text;

namespace Compare.Recognition.Dates;

/// <summary>
/// Finds dates in an article's sentences and normalises them to day intervals with a derivation.
/// </summary>
/// <remarks>
/// <para>Contracts:</para>
/// <list type="bullet">
/// <item>Never throws on any text, sentence list or published date; a sentence whose matching times out is skipped.</item>
/// <item>Mentions are returned in text order, do not overlap, and their spans are absolute offsets into the text.</item>
/// <item>Nothing depends on the clock: relative dates are read against the published date or other mentions only.</item>
/// <item>What cannot be resolved is returned unresolved (written parts kept, a derivation saying why), never guessed.</item>
/// </list>
/// <para>Missing years of month-day dates, in order: the year of a heading line above; the one earlier year that the
/// paragraph's other dates of the same month name, when they name one ("the 7 October attack ... on 26 October 2023");
/// the published date's year (one year earlier if the date would fall after the published date; but a date that would so
/// fall more than three months before publication in the year before it, and near the nearest earlier explicit full
/// date of another year, takes that date's year: "On 26 October 2023 ... waited until 16 October" in a review of 2025); else a <see cref="YearHint"/> with the same month and day; else the year of the
/// nearest explicit full date earlier in the article, when the date is not before it; else unresolved ("year unknown").
/// A month-day date with a weekday ("Sunday, September 1") instead takes the first of: the years of the article's
/// explicit full dates, the published-date year, the hints' years, on which the weekday agrees.</para>
/// <para>A weekday alone is resolved only after on/last/this/this past/since/by/until/till/early on/late on/early/late
/// or a time of day ("2 a.m. local time Wednesday"),
/// against the published date (the latest such weekday on or before it; strictly before for "last"/"this past").
/// When no published date is given, the explicit date of a dateline (see <see cref="DateMentionKind.Dateline"/>) stands in for it.
/// A weekday after any other word ("the following Sunday", "Final Sunday") yields no mention at all.</para>
/// </remarks>
internal static partial class DateRecognizer
{
    // Generous for linear patterns on one sentence, yet bounds any pathological input: a sentence longer than
    // UntimedSentenceLength is matched with this timeout (see SentencePattern), and skipped when it runs out.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    // Sentences up to this length are matched by source-generated patterns without a timeout: the patterns are linear,
    // so even the worst such sentence takes a few milliseconds, far inside the timeout, while checking the clock during
    // every match would cost about as much as the matching itself.
    private const int UntimedSentenceLength = 2_000;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string MonthFull = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string WeekdayFull = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string WeekdayAny = WeekdayFull + "|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun";

    // Years are limited to 1900-2100 everywhere so that counts ("October 7, 1200 people") rarely pass for years.
    private const string YearPart = @"(?<year>19[0-9]{2}|20[0-9]{2}|2100)(?![0-9]|[.,][0-9])";
    private const string DayPart = @"(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])";
    private const string MonthAbbrev = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    // Only an abbreviation takes a dot, so that "on 7 October." leaves the full stop to the sentence.
    private const string MonthPart = @"(?:(?<month>" + MonthFull + @")\b|(?<month>" + MonthAbbrev + @")\b\.?)";
    private const string WeekdayPrefix = @"(?:(?<wd>" + WeekdayAny + @")\b\.?,?\s+)?";
    private const string MdyCore = WeekdayPrefix + MonthPart + @"\s+" + DayPart + @"(?:,?\s+" + YearPart + ")?";
    private const string DmyCore = WeekdayPrefix + DayPart + @"(?:\s+of)?\s+" + MonthPart + @"(?:,?\s+" + YearPart + ")?";
    private const string IsoCore = @"(?<year>[12][0-9]{3})-(?<mnum>0[1-9]|1[0-2])-(?<day>0[1-9]|[12][0-9]|3[01])(?![\w-])";

    private const string MdyPattern = @"(?<!\w)" + MdyCore;

    [GeneratedRegex(MdyPattern, Options)]
    private static partial Regex MdyRegex { get; }

    private static readonly SentencePattern Mdy = new(MdyRegex, MdyPattern);

    private const string DmyPattern = @"(?<![\w.,])" + DmyCore;

    [GeneratedRegex(DmyPattern, Options)]
    private static partial Regex DmyRegex { get; }

    private static readonly SentencePattern Dmy = new(DmyRegex, DmyPattern);

    private const string IsoPattern = @"(?<![\w-])" + IsoCore;

    [GeneratedRegex(IsoPattern, Options)]
    private static partial Regex IsoRegex { get; }

    private static readonly SentencePattern Iso = new(IsoRegex, IsoPattern);

    private const string WeekdayParenPattern =
        @"(?<!\w)(?<wd>" + WeekdayFull + @")\s*\(\s*" + MonthPart + @"\s+" + DayPart + @"(?:,?\s+" + YearPart + @")?\s*\)";

    [GeneratedRegex(WeekdayParenPattern, Options)]
    private static partial Regex WeekdayParenRegex { get; }

    private static readonly SentencePattern WeekdayParen = new(WeekdayParenRegex, WeekdayParenPattern);

    private const string PartialPattern =
        @"(?<!\w)(?<part>(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of))(?:\s*-\s*|\s+)"
        + @"(?:(?<month>" + MonthFull + @")\b(?:,?\s+" + YearPart + ")?|" + YearPart + ")";

    [GeneratedRegex(PartialPattern, Options)]
    private static partial Regex PartialRegex { get; }

    private static readonly SentencePattern Partial = new(PartialRegex, PartialPattern);

    private const string MonthYearPattern = @"(?<!\w)" + MonthPart + @",?\s+" + YearPart;

    [GeneratedRegex(MonthYearPattern, Options)]
    private static partial Regex MonthYearRegex { get; }

    private static readonly SentencePattern MonthYear = new(MonthYearRegex, MonthYearPattern);

    private const string LastMonthPattern = @"(?<!\w)(?i:last|this\s+past)\s+(?<month>" + MonthFull + @")\b(?!\s*[0-9])";

    [GeneratedRegex(LastMonthPattern, Options)]
    private static partial Regex LastMonthRegex { get; }

    private static readonly SentencePattern LastMonth = new(LastMonthRegex, LastMonthPattern);

    // "The next morning, Sunday, ...": a weekday set after a relative phrase names that day itself. American copy
    // writes the day after the time of day or "early" without "on" ("at about 2 a.m. local time Wednesday", "10 p.m.
    // ET Tuesday", "early Wednesday").
    private const string BareWeekdayPattern =
        @"(?<!\w)(?<trig>(?i:early\s+on|late\s+on|this\s+past|on|last|this|since|by|until|till|early|late"
        + @"|(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night)\s*,)"
        + @"|(?:\d{1,2}(?:[:.]\d{2})?\s*(?i:a\.m\.|p\.m\.|am|pm)|(?i:noon|midnight))(?:\s+(?i:local\s+time)|\s+[A-Z]{2,4}\b)?)\s+(?<wd>" + WeekdayFull + @")\b";

    [GeneratedRegex(BareWeekdayPattern, Options)]
    private static partial Regex BareWeekdayRegex { get; }

    private static readonly SentencePattern BareWeekday = new(BareWeekdayRegex, BareWeekdayPattern);

    // "on the 18th": a day of the month alone, followed by the end of a clause or a word that cannot be what the
    // ordinal counts ("the 18th floor", "the 18th century" are no dates).
    private const string DayOfMonthPattern =
        @"(?<!\w)(?i:on|since|by|until|till)\s+(?<date>(?i:the)\s+(?<day>3[01]|[12][0-9]|[1-9])(?i:st|nd|rd|th))(?![\w-])"
        + @"(?=\s*(?:[,.;:!?)]|$)|\s+(?i:that|when|and|but|after|before|in|at|with|as|to|by|for|from|which|while|amid|during|following|the|a|an)\b)";

    [GeneratedRegex(DayOfMonthPattern, Options)]
    private static partial Regex DayOfMonthRegex { get; }

    private static readonly SentencePattern DayOfMonth = new(DayOfMonthRegex, DayOfMonthPattern);

    // "yesterday", "today", "this morning": days named from the published date.
    private const string DayWordPattern =
        @"(?<!\w)(?<word>(?i:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)))(?![\w-])";

    [GeneratedRegex(DayWordPattern, Options)]
    private static partial Regex DayWordRegex { get; }

    private static readonly SentencePattern DayWord = new(DayWordRegex, DayWordPattern);

    private const string BareYearPattern =
        @"(?<!\w)(?:(?<prep>(?i:in|since|until|till|of|by|from|before|after))\s+)?(?<![\w,.$-])"
        + @"(?<year>19[0-9]{2}|20[0-9]{2}|2100)(?![\w%-]|[.,][0-9])";

    [GeneratedRegex(BareYearPattern, Options)]
    private static partial Regex BareYearRegex { get; }

    private static readonly SentencePattern BareYear = new(BareYearRegex, BareYearPattern);

    private const string NumberWords = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty";

    private const string RelativeCountPattern =
        @"(?<!\w)(?:(?<guard>(?i:for|within|over|during|in|the|past|next|first|last|the\s+first|the\s+last|the\s+past|the\s+next))\s+)?"
        + @"(?:(?<approx>(?i:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|fewer\s+than|over|under|barely|approximately))\s+"
        + @"|(?i:a\s+full|fully|just|only|exactly)\s+)?"
        + @"(?<n>[0-9]{1,3}|(?i:" + NumberWords + @"))\s+(?<unit>(?i:days?|weeks?|months?|years?))\s+"
        + @"(?<dir>(?i:after|before|later|earlier|ago|prior\s+to))\b";

    [GeneratedRegex(RelativeCountPattern, Options)]
    private static partial Regex RelativeCountRegex { get; }

    private static readonly SentencePattern RelativeCount = new(RelativeCountRegex, RelativeCountPattern);

    private const string RelativeThePattern =
        @"(?<!\w)(?i:the)\s+(?:(?<which>(?i:next|following|previous|preceding|prior))\s+(?<unit>(?i:day|morning|evening|night|month|year))"
        + @"|(?i:day)\s+(?<dir>(?i:before|after|earlier|later|prior))"
        + @"|(?<same>(?i:same))\s+(?i:day|morning|evening|night))\b";

    [GeneratedRegex(RelativeThePattern, Options)]
    private static partial Regex RelativeTheRegex { get; }

    private static readonly SentencePattern RelativeThe = new(RelativeTheRegex, RelativeThePattern);

    // The patterns below read at most 200 characters (80 before a date, 60 around a dateline, one dateline line), far
    // fewer than UntimedSentenceLength, so they too run without a timeout.

    // A reporting verb followed by at most four words that can only be its object or "on": "told Reuters news agency on".
    [GeneratedRegex(
        @"(?<!\w)(?i:said|says|reported|reports|told|tells|announced|announces|stated|states|wrote|writes|tweeted|posted|confirmed|confirms|added|declared|claimed|claims|noted)"
        + @"(?<words>(?:\s+[\w'’.-]+){0,4}?)\s*,?\s*$",
        Options)]
    private static partial Regex ReportBefore { get; }

    [GeneratedRegex(
        @"^\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s*[,—–-]\s*)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix { get; }

    [GeneratedRegex(@"^\s*(?:\([^)]{1,40}\))?\s*(?:[:—–-]|[.,]?\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineSuffix { get; }

    [GeneratedRegex(
        @"^\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s*[,—–-]\s*)?"
        + @"(?:" + MdyCore + "|" + DmyCore + "|" + IsoCore + @")\s*(?:\([^)]{1,40}\))?\s*[:—–.-]?\s*$",
        Options)]
    private static partial Regex DatelineLine { get; }

    // The verbs of ReportBefore, compared in any case (none holds a "k", whose Kelvin sign the pattern would also take).
    private static readonly string[] ReportVerbs =
    [
        "said", "says", "reported", "reports", "told", "tells", "announced", "announces", "stated", "states", "wrote",
        "writes", "tweeted", "posted", "confirmed", "confirms", "added", "declared", "claimed", "claims", "noted",
    ];

    // The last four letters of each verb (see EndsWithReportVerb).
    private static readonly ulong[] ReportVerbEndings = EndingsOf(ReportVerbs);

    private static readonly FrozenSet<string> ReportObjectWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "on", "early", "late", "last", "this", "in", "at", "a", "an", "the", "statement", "interview", "press", "news",
        "conference", "briefing", "reporters", "journalists", "media", "agency", "him", "her", "them", "us", "me",
        "state", "television", "tv", "radio", "parliament", "lawmakers", "officials");

    // Words that may follow a bare year; any other lowercase word suggests a count ("by 2000 votes").
    private static readonly FrozenSet<string> WordsAfterYear = FrozenSet.Create(
        StringComparer.Ordinal,
        "and", "or", "when", "while", "after", "before", "as", "to", "until", "but", "that", "which", "where", "at", "in",
        "on", "with", "for", "through", "amid", "under", "the", "a", "an", "he", "she", "they", "it", "we", "i", "is",
        "was", "were", "had", "has", "have", "did", "saw", "onward", "onwards", "alone", "already", "also", "there",
        "this", "its", "his", "her", "their", "because", "since", "then", "of", "by", "from", "during");

    // The words after a year are looked up as they stand in the text, without being cut out.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsAfterYearLookup =
        WordsAfterYear.GetAlternateLookup<ReadOnlySpan<char>>();

    // "of 1991" is a year only after a period word; otherwise "of 2000" is usually a count.
    private static readonly FrozenSet<string> PeriodWordsBeforeOf = FrozenSet.Create(
        StringComparer.Ordinal,
        "summer", "spring", "autumn", "fall", "winter", "year", "end", "beginning", "start", "middle", "rest", "half", "course");

    // Necessary conditions of the patterns, looked for before any pattern runs (see FindCues). Month and weekday names
    // are case-sensitive in every pattern; the keyword lists are not, and none of their letters has a case variant
    // outside ASCII in the patterns' case-insensitive matching (only "k" has one, the Kelvin sign). Digits and names
    // are found by FindCues itself; the words are these.

    // The direction words of RelativeCount and RelativeThe: each of those patterns ends with, or names, one of them.
    private static readonly SearchValues<string> RelativeCues = SearchValues.Create(
        ["after", "before", "later", "earlier", "ago", "prior", "next", "following", "previous", "preceding", "same"],
        StringComparison.OrdinalIgnoreCase);

    // Every part word of Partial contains one of these ("middle" holds "mid").
    private static readonly SearchValues<string> PartCues = SearchValues.Create(
        ["early", "mid", "late", "end", "beginning", "start"],
        StringComparison.OrdinalIgnoreCase);

    // The unit words of RelativeCount and RelativeThe ("wee" for "week", whose "k" may also be the Kelvin sign).
    private static readonly SearchValues<string> UnitCues = SearchValues.Create(
        ["day", "wee", "month", "year", "morning", "evening", "night"],
        StringComparison.OrdinalIgnoreCase);

    // The words of UnitCues, RelativeCues and PartCues, for HasCueWord to tell which one was found.
    private static readonly string[] UnitWords = ["day", "wee", "month", "year", "morning", "evening", "night"];

    private static readonly string[] RelativeWords =
        ["after", "before", "later", "earlier", "ago", "prior", "next", "following", "previous", "preceding", "same"];

    private static readonly string[] PartWords = ["early", "mid", "late", "end", "beginning", "start"];

    // Every word of DayWord contains one of these.
    private static readonly SearchValues<string> DayWordCues = SearchValues.Create(
        ["yesterday", "today", "tonight", "morning", "afternoon", "evening"],
        StringComparison.OrdinalIgnoreCase);

    // "last" and "this past" before a month (LastMonth).
    private static readonly SearchValues<string> LastCues = SearchValues.Create(["last", "past"], StringComparison.OrdinalIgnoreCase);

    // Word starts of the sentence being read (see FindCues), kept between sentences to spare an allocation each.
    [ThreadStatic]
    private static int[]? t_starts;

    // What each of those word starts begins, in step with t_starts.
    [ThreadStatic]
    private static StartKind[]? t_kinds;

    // The candidate lists of the article being read, kept between articles to spare allocating them for each.
    [ThreadStatic]
    private static CandidateLists? t_lists;

    /// <summary>
    /// Finds every date mention in <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The article body; null is treated as empty.</param>
    /// <param name="sentences">Sentence spans into <paramref name="text"/>, in order; spans outside the text are clipped or skipped.
    /// When null, the whole text is one sentence.</param>
    /// <param name="published">The article's published date, the reference for missing years, weekdays and "N days ago".</param>
    /// <param name="hints">Years for month-day dates found by aligning with other articles; used after the published date,
    /// except by a date that names an event (see <paramref name="names"/>), which takes them first.</param>
    /// <param name="names">The nouns after which a yearless month-day date names an event ("the October 7 attack"), and
    /// whether such a date waits for the other articles; null when no date is read so.</param>
    /// <returns>Non-overlapping mentions in text order; SentenceIndex is the index into <paramref name="sentences"/>.</returns>
    public static ImmutableArray<DateMention> Recognize(
        string text,
        IReadOnlyList<TextSpan> sentences,
        DateOnly? published,
        IReadOnlyList<YearHint>? hints = null,
        EventDateNames? names = null)
        => Guarded(text, sentences, published, hints, names, byPatterns: false);

    /// <summary>
    /// As <see cref="Recognize"/>, with every pattern run as its regular expression instead of the hand-written
    /// readers: the reference that <see cref="Recognize"/> must agree with to the character.
    /// </summary>
    internal static ImmutableArray<DateMention> RecognizeByPatterns(
        string text,
        IReadOnlyList<TextSpan>? sentences,
        DateOnly? published,
        IReadOnlyList<YearHint>? hints = null,
        EventDateNames? names = null)
        => Guarded(text, sentences, published, hints, names, byPatterns: true);

    private static ImmutableArray<DateMention> Guarded(
        string text,
        IReadOnlyList<TextSpan>? sentences,
        DateOnly? published,
        IReadOnlyList<YearHint>? hints,
        EventDateNames? names,
        bool byPatterns)
    {
        try
        {
            return RecognizeCore(text ?? string.Empty, sentences, published, hints ?? [], names, byPatterns);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or RegexMatchTimeoutException)
        {
            // A defect must not take the whole comparison down; no dates is the honest fallback.
            return [];
        }
    }

    /// <summary>
    /// Parses a line that is a dateline or only a date: "Thu. Feb 22nd, 2024", "Monday, March 4, 2024", "2024-02-22",
    /// "22 February 2024", "MOSCOW, November 30, 2023 (TASS) -". A written weekday is accepted but not checked.
    /// </summary>
    /// <returns>The date, or null when the line is not such a line, names no year, or names an impossible day.</returns>
    public static DateOnly? ParseDateline(string line) => ParseDateline(line, null);

    /// <summary>As <see cref="ParseDateline(string)"/>, using <paramref name="yearIfMissing"/> when the line names no year.</summary>
    public static DateOnly? ParseDateline(string line, int? yearIfMissing)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 200)
        {
            return null;
        }

        try
        {
            var m = DatelineLine.Match(line);
            if (!m.Success)
            {
                return null;
            }

            int month = m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value) : Parse(m.Groups["mnum"].Value);
            int day = Parse(m.Groups["day"].Value);
            int? year = m.Groups["year"].Success ? Parse(m.Groups["year"].Value) : yearIfMissing;
            return year is { } y && TryDate(y, month, day, out var date) ? date : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static ImmutableArray<DateMention> RecognizeCore(
        string text,
        IReadOnlyList<TextSpan>? sentences,
        DateOnly? published,
        IReadOnlyList<YearHint> hints,
        EventDateNames? names,
        bool byPatterns)
    {
        IReadOnlyList<TextSpan> spans = sentences ?? [new TextSpan(0, text.Length)];
        var lists = t_lists ??= new CandidateLists();
        var all = lists.All;
        var found = lists.Found;
        all.Clear();
        var units = new UnitWordCursor(text);
        var starts = t_starts ??= new int[256];
        var kinds = t_kinds ??= new StartKind[256];
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            int start = Math.Min(span.Start, text.Length);
            int end = Math.Min(span.End, text.Length);
            if (end <= start)
            {
                continue;
            }

            if (byPatterns)
            {
                // The reference runs every pattern, so that it also checks that the cues are necessary conditions.
                CollectSentence(found, all, AllCues, default, default, text, start, end, i, byPatterns: true);
                continue;
            }

            var s = text.AsSpan(start, end - start);
            int capacity = (s.Length / 2) + 1;
            if (starts.Length < capacity || kinds.Length < capacity)
            {
                t_starts = starts = new int[capacity];
                t_kinds = kinds = new StartKind[capacity];
            }

            var cues = FindCues(s, starts, kinds, out int startCount);
            if (s.ContainsAny(DayWordCues))
            {
                cues |= Cues.DayWord;
            }

            if (units.InSentence(start, end) && HasCueWord(s, RelativeCues, RelativeWords, CueWordKind.Direction))
            {
                cues |= Cues.Relative | Cues.Unit;
            }

            if (cues != Cues.None)
            {
                CollectSentence(found, all, cues, starts.AsSpan(0, startCount), kinds.AsSpan(0, startCount), text, start, end, i, byPatterns: false);
            }
        }

        if (all.Count == 0)
        {
            return [];
        }

        if (!StrictlyInTextOrder(all))
        {
            all.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        var context = new Context(text, spans, published, hints, all) { Names = names };
        if (published is null)
        {
            UseDatelineAsPublished(context);
        }

        // Absolute dates first, so that relative phrases can lean on dates written later in their sentence.
        foreach (var c in all)
        {
            if (!IsRelative(c))
            {
                c.Value = Guard(c, context);
            }
        }

        foreach (var c in all)
        {
            if (IsRelative(c))
            {
                c.Value = Guard(c, context);
            }
        }

        int count = 0;
        foreach (var c in all)
        {
            count += c.Value is null ? 0 : 1;
        }

        var result = new DateMention[count];
        count = 0;
        foreach (var c in all)
        {
            if (c.Value is not null)
            {
                result[count++] = new DateMention(c.Sentence, new TextSpan(c.Start, c.End), c.Value, KindOf(c, context))
                {
                    Scope = c.ScopeEnd is { } scopeEnd ? new TextSpan(c.Start, scopeEnd) : null,
                    DatesScope = c.DatesScope,
                };
            }
        }

        // The lists are kept for the next article, but not what they hold.
        all.Clear();
        found.Clear();
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    // Whether every candidate starts after the one before: then sorting by start would leave them as they are, as no
    // two are equal. Sentences in text order with one candidate each, the usual case, are.
    private static bool StrictlyInTextOrder(List<Candidate> all)
    {
        for (int i = 1; i < all.Count; i++)
        {
            if (all[i - 1].Start >= all[i].Start)
            {
                return false;
            }
        }

        return true;
    }

    // Without a published date, a dateline's explicit date is the best stand-in: it is when the article was written.
    private static void UseDatelineAsPublished(Context ctx)
    {
        foreach (var c in ctx.All.Where(c => c.Sentence <= 2 && c.Date is not null))
        {
            if (KindOf(c, ctx) == DateMentionKind.Dateline)
            {
                ctx.Published = c.Date;
                ctx.PublishedLabel = "the dateline date";
                return;
            }
        }
    }

    private static bool IsRelative(Candidate c) => c.Kind is CandidateKind.RelativeCount or CandidateKind.RelativeThe;

    private static DateValue? Guard(Candidate c, Context context)
    {
        try
        {
            return IsRelative(c) ? ResolveRelative(c, context) : ResolveAbsolute(c, context);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Arithmetic beyond DateOnly's range: keep the mention, unresolved.
            return Unresolved(c, c.Written + ": out of the calendar's range");
        }
    }

    // The candidates of one sentence that do not overlap, into "all"; none when its matching times out.
    private static void CollectSentence(
        List<Candidate> found,
        List<Candidate> all,
        Cues cues,
        ReadOnlySpan<int> starts,
        ReadOnlySpan<StartKind> kinds,
        string text,
        int start,
        int end,
        int sentence,
        bool byPatterns)
    {
        try
        {
            found.Clear();
            if (byPatterns)
            {
                CollectByPatterns(found, cues, text, start, end, sentence);
            }
            else
            {
                Collect(found, cues, starts, kinds, text, start, end, sentence);
            }

            if (found.Count > 0)
            {
                AddNonOverlapping(found, all);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological sentence: losing its dates is better than stalling the article.
        }
    }

    // The candidates of one sentence with these cues and word starts (see FindCues), into "found", in the order of
    // the patterns.
    private static void Collect(
        List<Candidate> found, Cues cues, ReadOnlySpan<int> starts, ReadOnlySpan<StartKind> kinds, string text, int start, int end, int sentence)
    {
        var s = text.AsSpan(start, end - start);
        bool digit = (cues & Cues.Digit) != 0;
        bool month = (cues & Cues.Month) != 0;
        bool weekday = (cues & Cues.Weekday) != 0;
        bool year = (cues & Cues.Year) != 0;

        // Matching a slice keeps lookbehinds from seeing the previous sentence; indices are then relative to its start.
        // The frequent patterns are read from the span instead, so the slice is cut only for the rarer ones.
        string? slice = null;
        string Slice() => slice ??= text.Substring(start, end - start);

        if (digit && month)
        {
            ReadDayDates(found, starts, kinds, s, DayDateForm.Mdy, start, text, sentence);
            ReadDayDates(found, starts, kinds, s, DayDateForm.Dmy, start, text, sentence);
        }

        if (year && (cues & Cues.Hyphen) != 0)
        {
            ReadDayDates(found, starts, kinds, s, DayDateForm.Iso, start, text, sentence);
        }

        if (digit && month && weekday && (cues & Cues.Parenthesis) != 0)
        {
            AddDayDates(found, WeekdayParen, Slice(), start, text, sentence);
        }

        // Day dates rank first, so when those found do not overlap one another all are kept (see AddNonOverlapping),
        // and a month-year or year inside one ("January 1995" of "6 January 1995") would lose to it: such candidates
        // are not made at all.
        int dayDates = found.Count;
        bool dayDatesKept = Disjoint(found);

        if ((year || month) && (cues & Cues.PartWord) != 0)
        {
            AddPartials(found, Slice(), start, text, sentence);
        }

        if (year && month)
        {
            int next = 0;
            for (int k = 0; k < starts.Length; k++)
            {
                int p = starts[k];
                if (kinds[k] == StartKind.Month && p >= next && TryMonthYear(s, p, out int m, out int y, out int e))
                {
                    if (!(dayDatesKept && Overlaps(found, 0, dayDates, start + p, start + e)))
                    {
                        found.Add(new Candidate(CandidateKind.MonthYear, sentence, start + p, start + e, text) { Month = m, Year = y });
                    }

                    next = e;
                }
            }
        }

        if (month && (cues & Cues.LastWord) != 0)
        {
            AddLastMonths(found, Slice(), start, text, sentence);
        }

        if (weekday)
        {
            AddBareWeekdays(found, Slice(), start, text, sentence);
        }

        if (year)
        {
            int next = 0;
            for (int k = 0; k < starts.Length; k++)
            {
                int y = starts[k];
                if (kinds[k] == StartKind.Digit && y >= next && TryBareYear(s, y, out int prepStart, out int prepLength) && (prepStart < 0 ? y : prepStart) >= next)
                {
                    next = y + 4;
                    if (!(dayDatesKept && Overlaps(found, 0, dayDates, start + y, start + y + 4))
                        && IsBareYear(text, prepStart < 0 ? -1 : start + prepStart, prepLength, start + y + 4))
                    {
                        found.Add(new Candidate(CandidateKind.Year, sentence, start + y, start + y + 4, text) { Year = Parse(text.AsSpan(start + y, 4)) });
                    }
                }
            }
        }

        if ((cues & Cues.Relative) != 0 && (cues & Cues.Unit) != 0)
        {
            AddRelatives(found, Slice(), start, end, text, sentence);
        }

        // DayOfMonth needs digits with an ordinal ending ("the 18th"); most sentences with digits have none, and are
        // then spared the slice and the pattern.
        if (digit && HasOrdinalNumber(s))
        {
            AddDaysOfMonth(found, Slice(), start, text, sentence);
        }

        if ((cues & Cues.DayWord) != 0)
        {
            AddDayWords(found, Slice(), start, text, sentence);
        }
    }

    /// <summary>
    /// True when a run of digits in <paramref name="s"/> is followed by "st", "nd", "rd" or "th" (any case): what
    /// every match of DayOfMonth holds, as its day is a whole run of digits with the ending right after it.
    /// </summary>
    internal static bool HasOrdinalNumber(ReadOnlySpan<char> s)
    {
        int i = s.IndexOfAnyInRange('0', '9');
        while (i >= 0)
        {
            int j = i + 1;
            while (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                j++;
            }

            if (j + 1 < s.Length && (char.ToLowerInvariant(s[j]), char.ToLowerInvariant(s[j + 1])) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h'))
            {
                return true;
            }

            if (j >= s.Length)
            {
                return false;
            }

            int next = s[j..].IndexOfAnyInRange('0', '9');
            i = next < 0 ? -1 : j + next;
        }

        return false;
    }

    /// <summary>
    /// What <see cref="Collect"/> finds, with every pattern run as its regular expression: the reference the readers
    /// of DateRecognizer.Parsing.cs must agree with.
    /// </summary>
    private static void CollectByPatterns(List<Candidate> found, Cues cues, string text, int start, int end, int sentence)
    {
        string slice = text.Substring(start, end - start);
        bool digit = (cues & Cues.Digit) != 0;
        bool month = (cues & Cues.Month) != 0;
        bool weekday = (cues & Cues.Weekday) != 0;
        bool year = (cues & Cues.Year) != 0;

        if (digit && month)
        {
            AddDayDates(found, Mdy, slice, start, text, sentence);
            AddDayDates(found, Dmy, slice, start, text, sentence);
        }

        if (year && (cues & Cues.Hyphen) != 0)
        {
            AddDayDates(found, Iso, slice, start, text, sentence);
        }

        if (digit && month && weekday && (cues & Cues.Parenthesis) != 0)
        {
            AddDayDates(found, WeekdayParen, slice, start, text, sentence);
        }

        if ((year || month) && (cues & Cues.PartWord) != 0)
        {
            AddPartials(found, slice, start, text, sentence);
        }

        if (year && month)
        {
            foreach (Match m in MonthYear.Matches(slice))
            {
                var c = NewCandidate(CandidateKind.MonthYear, m, start, text, sentence);
                c.Month = MonthNumber(m.Groups["month"].Value);
                c.Year = Parse(m.Groups["year"].Value);
                found.Add(c);
            }
        }

        if (month && (cues & Cues.LastWord) != 0)
        {
            AddLastMonths(found, slice, start, text, sentence);
        }

        if (weekday)
        {
            AddBareWeekdays(found, slice, start, text, sentence);
        }

        if (year)
        {
            foreach (Match m in BareYear.Matches(slice))
            {
                var prep = m.Groups["prep"];
                var y = m.Groups["year"];
                if (IsBareYear(text, prep.Success ? start + prep.Index : -1, prep.Length, start + y.Index + y.Length))
                {
                    found.Add(new Candidate(CandidateKind.Year, sentence, start + y.Index, start + y.Index + y.Length, text) { Year = Parse(y.Value) });
                }
            }
        }

        if ((cues & Cues.Relative) != 0 && (cues & Cues.Unit) != 0)
        {
            AddRelatives(found, slice, start, end, text, sentence);
        }

        if (digit)
        {
            AddDaysOfMonth(found, slice, start, text, sentence);
        }

        if ((cues & Cues.DayWord) != 0)
        {
            AddDayWords(found, slice, start, text, sentence);
        }
    }

    private static void ReadDayDates(
        List<Candidate> found, ReadOnlySpan<int> starts, ReadOnlySpan<StartKind> kinds, ReadOnlySpan<char> s, DayDateForm form, int start, string text, int sentence)
    {
        // Mdy starts with a month or weekday name, Dmy with a day or weekday name, Iso with a digit.
        var skipped = form switch
        {
            DayDateForm.Mdy => StartKind.Digit,
            DayDateForm.Dmy => StartKind.Month,
            _ => StartKind.None,
        };
        int next = 0;
        for (int k = 0; k < starts.Length; k++)
        {
            int p = starts[k];
            if (p < next || kinds[k] == skipped || (form == DayDateForm.Iso && kinds[k] != StartKind.Digit))
            {
                continue;
            }

            DayDateMatch m;
            bool matched = form switch
            {
                DayDateForm.Mdy => TryMdy(s, p, out m),
                DayDateForm.Dmy => TryDmy(s, p, out m),
                _ => TryIso(s, p, out m),
            };
            if (matched)
            {
                found.Add(new Candidate(CandidateKind.DayDate, sentence, start + m.Start, start + m.End, text)
                {
                    Month = m.Month,
                    Day = m.Day,
                    Year = m.Year == 0 ? null : m.Year,
                    Weekday = m.Weekday < 0 ? null : (DayOfWeek)m.Weekday,
                });
                next = m.End;
            }
        }
    }

    private static void AddPartials(List<Candidate> found, string slice, int start, string text, int sentence)
    {
        foreach (Match m in Partial.Matches(slice))
        {
            var c = NewCandidate(CandidateKind.Partial, m, start, text, sentence);
            c.Part = CollapseWhiteSpace(m.Groups["part"].Value.ToLowerInvariant());
            c.Month = m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value) : null;
            c.Year = m.Groups["year"].Success ? Parse(m.Groups["year"].Value) : null;
            found.Add(c);
        }
    }

    private static void AddLastMonths(List<Candidate> found, string slice, int start, string text, int sentence)
    {
        foreach (Match m in LastMonth.Matches(slice))
        {
            var c = NewCandidate(CandidateKind.LastMonth, m, start, text, sentence);
            c.Month = MonthNumber(m.Groups["month"].Value);
            found.Add(c);
        }
    }

    private static void AddBareWeekdays(List<Candidate> found, string slice, int start, string text, int sentence)
    {
        foreach (Match m in BareWeekday.Matches(slice))
        {
            var trig = CollapseWhiteSpace(m.Groups["trig"].Value.ToLowerInvariant());
            bool strict = trig is "last" or "this past";
            // After a relative phrase the mention takes the phrase in, so that the phrase is not read again on its own.
            bool appositive = trig.EndsWith(',');
            var wd = m.Groups["wd"];
            var c = new Candidate(CandidateKind.Weekday, sentence, start + (strict || appositive ? m.Index : wd.Index), start + wd.Index + wd.Length, text)
            {
                Weekday = WeekdayOf(wd.Value),
                Strict = strict,
            };
            found.Add(c);
        }
    }

    private static void AddDaysOfMonth(List<Candidate> found, string slice, int start, string text, int sentence)
    {
        foreach (Match m in DayOfMonth.Matches(slice))
        {
            var date = m.Groups["date"];
            found.Add(new Candidate(CandidateKind.DayOfMonth, sentence, start + date.Index, start + date.Index + date.Length, text)
            {
                Day = Parse(m.Groups["day"].ValueSpan),
            });
        }
    }

    private static void AddDayWords(List<Candidate> found, string slice, int start, string text, int sentence)
    {
        foreach (Match m in DayWord.Matches(slice))
        {
            var word = m.Groups["word"];
            // Capitalised inside a sentence, the word is part of a name ("USA Today", "Russia Today").
            if (char.IsUpper(word.Value[0]) && !slice.AsSpan(0, word.Index).Trim().IsEmpty)
            {
                continue;
            }

            found.Add(new Candidate(CandidateKind.DayWord, sentence, start + word.Index, start + word.Index + word.Length, text)
            {
                Count = word.Value.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase) ? 1 : 0,
            });
        }
    }

    private static void AddRelatives(List<Candidate> found, string slice, int start, int end, string text, int sentence)
    {
        foreach (Match m in RelativeCount.Matches(slice))
        {
            if (m.Groups["guard"].Success)
            {
                // "for 10 days after" is a duration, not a point in time.
                continue;
            }

            var c = NewCandidate(CandidateKind.RelativeCount, m, start, text, sentence);
            c.Count = NumberValue(m.Groups["n"].Value);
            c.Unit = Singular(m.Groups["unit"].Value);
            c.Direction = CollapseWhiteSpace(m.Groups["dir"].Value.ToLowerInvariant());
            c.Approximate = m.Groups["approx"].Success;
            c.Prepositional = IsPrepositional(c.Direction, text, c.End, end);
            if (c.Direction == "before" && PreviousWord(text, c.Start) is "waited" or "wait" or "waits")
            {
                // "waited nine days before calling": the call came nine days after the time told before, as
                // "nine days later" would say.
                c.Direction = "later";
                c.Prepositional = false;
            }

            found.Add(c);
        }

        foreach (Match m in RelativeThe.Matches(slice))
        {
            var c = NewCandidate(CandidateKind.RelativeThe, m, start, text, sentence);
            c.Count = 1;
            if (m.Groups["same"].Success)
            {
                // "the same day": the day of the date told before it, moved by nothing.
                c.Count = 0;
                c.Direction = "after";
                c.Unit = "day";
                c.Prepositional = false;
            }
            else if (m.Groups["which"].Success)
            {
                var which = m.Groups["which"].Value.ToLowerInvariant();
                c.Direction = which is "next" or "following" ? "after" : "before";
                var unit = m.Groups["unit"].Value.ToLowerInvariant();
                c.Unit = unit is "month" or "year" ? unit : "day";
                c.WholeUnit = unit is "month" or "year";
                c.Prepositional = false;
            }
            else
            {
                var dir = m.Groups["dir"].Value.ToLowerInvariant();
                c.Direction = dir is "after" or "later" ? "after" : "before";
                c.Unit = "day";
                c.Prepositional = IsPrepositional(dir, text, c.End, end);
            }

            found.Add(c);
        }
    }

    /// <summary>
    /// Which of the <see cref="Cues"/> <paramref name="sentence"/> holds. Every cue is a necessary condition of some
    /// patterns, so a sentence without any is passed over without running a single pattern. Digits and the capitals
    /// that month and weekday names start with are found a block at a time; the word starts among them where a
    /// hand-written reader can match (a digit, or the first three letters of a month or weekday name, as written) are
    /// written to <paramref name="starts"/> and what they begin to <paramref name="kinds"/> (room for
    /// <c>sentence.Length / 2 + 1</c> each), with their count in <paramref name="startCount"/>. The unit and direction
    /// words (<see cref="Cues.Unit"/>, <see cref="Cues.Relative"/>) are left to the caller: see <see cref="UnitWordCursor"/>.
    /// </summary>
    private static Cues FindCues(ReadOnlySpan<char> sentence, Span<int> starts, Span<StartKind> kinds, out int startCount)
    {
        var cues = Cues.None;
        int count = 0;
        int length = sentence.Length;
        if (length >= CueBlock && Vector128.IsHardwareAccelerated)
        {
            // Block by block, the last one moved back to end with the sentence and its already-read part masked off:
            // most characters are none of these, and a mask skips them without a branch each.
            var chars = MemoryMarshal.Cast<char, ushort>(sentence);
            for (int i = 0; i < length; i += CueBlock)
            {
                int block = Math.Min(i, length - CueBlock);
                CueMasks(chars.Slice(block, CueBlock), out uint digits, out uint capitals);

                // Most capitals start no month or weekday name: they are passed over without reading their letters.
                if (capitals != 0 && length - block >= PrefixFilter.Span)
                {
                    capitals &= NamePrefixes.Mask(sentence[block..]);
                }

                // Only the first digit of a run is looked at: CueAt reads the run whole there.
                uint carry = block > 0 && char.IsAsciiDigit(sentence[block - 1]) ? 1u : 0u;
                uint mask = ((digits & ~((digits << 1) | carry)) | capitals) & (uint.MaxValue << (i - block));
                while (mask != 0)
                {
                    int at = block + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    cues |= CueAt(sentence, at, starts, kinds, ref count);
                }
            }
        }
        else
        {
            for (int at = 0; at < length; at++)
            {
                char c = sentence[at];
                if ((char.IsAsciiDigit(c) && (at == 0 || !char.IsAsciiDigit(sentence[at - 1]))) || char.IsAsciiLetterUpper(c))
                {
                    cues |= CueAt(sentence, at, starts, kinds, ref count);
                }
            }
        }

        startCount = count;

        // The remaining cues are looked for only where a pattern that needs them could run at all (see Collect).
        bool year = (cues & Cues.Year) != 0;
        bool month = (cues & Cues.Month) != 0;
        if (year && sentence.Contains('-'))
        {
            cues |= Cues.Hyphen;
        }

        if ((cues & Cues.Digit) != 0 && month && (cues & Cues.Weekday) != 0 && sentence.Contains('('))
        {
            cues |= Cues.Parenthesis;
        }

        if ((year || month) && HasCueWord(sentence, PartCues, PartWords, CueWordKind.Part))
        {
            cues |= Cues.PartWord;
        }

        if (month && sentence.IndexOfAny(LastCues) >= 0)
        {
            cues |= Cues.LastWord;
        }

        return cues;
    }

    // Characters per block of FindCues: what one 256-bit vector, or two 128-bit ones, hold.
    private const int CueBlock = 16;

    // Bit k of "digits" is set when chars[k] is an ASCII digit, of "capitals" when it is an ASCII capital; characters
    // outside ASCII are neither, whatever their low byte, as the comparisons are made on the whole 16 bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CueMasks(ReadOnlySpan<ushort> chars, out uint digits, out uint capitals)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            var v = Vector256.Create(chars);
            digits = Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10)).ExtractMostSignificantBits();
            capitals = Vector256.LessThan(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26)).ExtractMostSignificantBits();
            return;
        }

        var lo = Vector128.Create(chars);
        var hi = Vector128.Create(chars[8..]);
        digits = DigitMask(lo) | (DigitMask(hi) << 8);
        capitals = CapitalMask(lo) | (CapitalMask(hi) << 8);
    }

    private static uint DigitMask(Vector128<ushort> v) =>
        Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10)).ExtractMostSignificantBits();

    private static uint CapitalMask(Vector128<ushort> v) =>
        Vector128.LessThan(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26)).ExtractMostSignificantBits();

    /// <summary>
    /// The cues of the first ASCII digit of a run, or of an ASCII capital, at <paramref name="at"/>, and the word
    /// start there, if any reader may match at it. A digit run is read whole: every written year is a run of exactly
    /// four ASCII digits, as no pattern lets a year touch another digit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Cues CueAt(ReadOnlySpan<char> s, int at, Span<int> starts, Span<StartKind> kinds, ref int count)
    {
        char c = s[at];
        if (char.IsAsciiDigit(c))
        {
            int end = at + 1;
            while (end < s.Length && char.IsAsciiDigit(s[end]))
            {
                end++;
            }

            // No digit precedes the run's first.
            if (at == 0 || !char.IsAsciiLetter(s[at - 1]))
            {
                starts[count] = at;
                kinds[count++] = StartKind.Digit;
            }

            return end - at == 4 ? Cues.Digit | Cues.Year : Cues.Digit;
        }

        if (s.Length - at < 3)
        {
            return Cues.None;
        }

        int name = NameOfPrefix(c, s[at + 1], s[at + 2]);
        if (name == 0)
        {
            return Cues.None;
        }

        var cues = Cues.None;
        StartKind kind;
        if (name < WeekdayName)
        {
            cues = Cues.Month;
            kind = StartKind.Month;
        }
        else
        {
            kind = StartKind.Weekday;
            if (s[at..].StartsWith(WeekdayForms[name - WeekdayName][0], StringComparison.Ordinal))
            {
                cues = Cues.Weekday;
            }
        }

        if (at == 0 || !char.IsAsciiLetterOrDigit(s[at - 1]))
        {
            starts[count] = at;
            kinds[count++] = kind;
        }

        return cues;
    }

    // What NameOfPrefix returns for a weekday: this plus its DayOfWeek.
    private const int WeekdayName = 16;


    /// <summary>
    /// Whether one of <paramref name="words"/> (found with <paramref name="cues"/>, the same words) stands in
    /// <paramref name="sentence"/> where its pattern could take it: a bare substring search would also stop at
    /// "attend", "amid", "today" or "Chicago", and run the pattern on such sentences for nothing. Only what is certain
    /// from the pattern rules a place out, so that no sentence a pattern matches is passed over.
    /// </summary>
    private static bool HasCueWord(ReadOnlySpan<char> sentence, SearchValues<string> cues, string[] words, CueWordKind kind)
    {
        int i = 0;
        while (i < sentence.Length)
        {
            int at = sentence[i..].IndexOfAny(cues);
            if (at < 0)
            {
                return false;
            }

            at += i;
            bool known = false;
            char first = sentence[at];
            foreach (var word in words)
            {
                if (OtherInitial(first, word))
                {
                    continue;
                }

                if (sentence[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    known = true;
                    if (MayStandAt(sentence, at, word, kind))
                    {
                        return true;
                    }
                }
            }

            if (!known)
            {
                // The search and StartsWith should agree on every cue; if they do not, the pattern must still run.
                return true;
            }

            i = at + 1;
        }

        return false;
    }

    // Whether an ASCII character is no case of the first letter of a cue word (all are lower-case ASCII): then the
    // word does not start there, and the comparison in any case need not be made. Any other character is compared.
    private static bool OtherInitial(char first, string word) => char.IsAscii(first) && (first | 0x20) != word[0];

    // The neighbours each pattern demands of a cue word at "at". After a unit or direction word, a character is ruled
    // out only when it is an ASCII letter, digit or "_": the "s" or "k" that may follow has case variants outside ASCII.
    private static bool MayStandAt(ReadOnlySpan<char> s, int at, string word, CueWordKind kind)
    {
        int next = at + word.Length;
        bool end = next >= s.Length;
        switch (kind)
        {
            case CueWordKind.Part:
                // Partial: the part word follows (?<!\w) or "the\s+", and is followed by "\s*-\s*" or "\s+"
                // ("end", "beginning", "start" and "middle" by "\s+of"); "mid" may also be the start of "middle".
                if (at > 0 && IsWordChar(s[at - 1]))
                {
                    return false;
                }

                if (end)
                {
                    return false;
                }

                char after = s[next];
                return word switch
                {
                    "early" or "late" => char.IsWhiteSpace(after) || after == '-',
                    "mid" => char.IsWhiteSpace(after) || after is '-' or 'd' or 'D',
                    _ => char.IsWhiteSpace(after),
                };

            case CueWordKind.Unit:
                // RelativeCount and RelativeThe: a unit word follows "\s+" and ends at "\b", "s" aside (days, weeks, ...);
                // "wee" goes on with the "k" of "week".
                if (at == 0 || !char.IsWhiteSpace(s[at - 1]))
                {
                    return false;
                }

                if (word == "wee")
                {
                    return !end && (!IsAsciiWordChar(s[next]) || s[next] is 'k' or 'K');
                }

                return end || !IsAsciiWordChar(s[next]) || (word is "day" or "month" or "year" && s[next] is 's' or 'S');

            default:
                // The direction words (and "next", "following", ... of RelativeThe) follow "\s+" and end at "\b" or "\s".
                return at > 0 && char.IsWhiteSpace(s[at - 1]) && (end || !IsAsciiWordChar(s[next]));
        }
    }

    /// <summary>
    /// Whether the cue-word checks of <see cref="FindCues"/> let <paramref name="sentence"/> through whenever Partial,
    /// RelativeCount or RelativeThe matches it: those checks must never pass over a sentence the patterns would read.
    /// </summary>
    internal static bool CueWordsAdmitPatternMatches(string sentence) =>
        (!PartialRegex.IsMatch(sentence) || HasCueWord(sentence, PartCues, PartWords, CueWordKind.Part))
        && (!(RelativeCountRegex.IsMatch(sentence) || RelativeTheRegex.IsMatch(sentence))
            || (HasCueWord(sentence, UnitCues, UnitWords, CueWordKind.Unit)
                && HasCueWord(sentence, RelativeCues, RelativeWords, CueWordKind.Direction)));

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// "the  end of" as "the end of": white-space runs (as the patterns' <c>\s</c> defines it, which is what
    /// <see cref="char.IsWhiteSpace(char)"/> accepts) become one space.
    /// </summary>
    private static string CollapseWhiteSpace(string words)
    {
        if (!NeedsCollapsing(words))
        {
            return words;
        }

        var collapsed = new StringBuilder(words.Length);
        bool inRun = false;
        foreach (char ch in words)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!inRun)
                {
                    collapsed.Append(' ');
                }

                inRun = true;
            }
            else
            {
                collapsed.Append(ch);
                inRun = false;
            }
        }

        return collapsed.ToString();
    }

    // Single plain spaces, the usual case, are already collapsed.
    private static bool NeedsCollapsing(string words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (char.IsWhiteSpace(words[i]) && (words[i] != ' ' || (i + 1 < words.Length && char.IsWhiteSpace(words[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddDayDates(List<Candidate> found, SentencePattern regex, string slice, int start, string text, int sentence)
    {
        foreach (Match m in regex.Matches(slice))
        {
            var c = NewCandidate(CandidateKind.DayDate, m, start, text, sentence);
            c.Month = m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value) : Parse(m.Groups["mnum"].Value);
            c.Day = Parse(m.Groups["day"].Value);
            c.Year = m.Groups["year"].Success ? Parse(m.Groups["year"].Value) : null;
            c.Weekday = m.Groups["wd"].Success ? WeekdayOf(m.Groups["wd"].Value) : null;
            found.Add(c);
        }
    }

    private static Candidate NewCandidate(CandidateKind kind, Match m, int offset, string text, int sentence) =>
        new(kind, sentence, offset + m.Index, offset + m.Index + m.Length, text);

    // Higher-ranked and then longer candidates win; rank orders by how specific the pattern is. The winners are
    // appended to "into" in that order.
    private static void AddNonOverlapping(List<Candidate> candidates, List<Candidate> into)
    {
        if (candidates.Count == 1)
        {
            into.Add(candidates[0]);
            return;
        }

        // Both orders are stable (equal candidates keep the order found); the insertion sort, in place, is quicker on the
        // few found in most sentences, the library sort safe on the many a long one may hold.
        if (candidates.Count <= 16)
        {
            InOrder.InsertionSort(CollectionsMarshal.AsSpan(candidates), CompareForOverlaps);
        }
        else
        {
            SortManyForOverlaps(candidates);
        }

        int first = into.Count;
        foreach (var c in candidates)
        {
            if (!Overlaps(into, first, c))
            {
                into.Add(c);
            }
        }
    }

    // Apart from AddNonOverlapping, so that the closures over the list are made only for a sentence with many
    // candidates, not at every call.
    private static void SortManyForOverlaps(List<Candidate> candidates)
    {
        var order = InOrder.StableOrder(candidates.Count, (x, y) => CompareForOverlaps(candidates[x], candidates[y]));
        var sorted = order.Select(i => candidates[i]).ToList();
        candidates.Clear();
        candidates.AddRange(sorted);
    }

    private static int CompareForOverlaps(Candidate a, Candidate b)
    {
        int byRank = ((int)a.Kind).CompareTo((int)b.Kind);
        if (byRank != 0)
        {
            return byRank;
        }

        int byLength = (b.End - b.Start).CompareTo(a.End - a.Start);
        if (byLength != 0)
        {
            return byLength;
        }

        return a.Start.CompareTo(b.Start);
    }

    private static bool Overlaps(List<Candidate> chosen, int first, Candidate c) => Overlaps(chosen, first, chosen.Count, c.Start, c.End);

    // Whether one of candidates[first..last) overlaps the span from "start" to "end".
    private static bool Overlaps(List<Candidate> candidates, int first, int last, int start, int end)
    {
        for (int i = first; i < last; i++)
        {
            var o = candidates[i];
            if (o.Start < end && start < o.End)
            {
                return true;
            }
        }

        return false;
    }

    // Whether no two of the candidates overlap.
    private static bool Disjoint(List<Candidate> candidates)
    {
        for (int i = 1; i < candidates.Count; i++)
        {
            if (Overlaps(candidates, 0, i, candidates[i].Start, candidates[i].End))
            {
                return false;
            }
        }

        return true;
    }

    // The checks after a BareYear match: the preposition (or -1) and the year's end are absolute offsets into the text.
    private static bool IsBareYear(string text, int prepStart, int prepLength, int after)
    {
        if (prepStart < 0)
        {
            return after < text.Length && text[after] == ',' && !CitationYear(text, after - 4);
        }

        if (text.AsSpan(prepStart, prepLength).Equals("of", StringComparison.OrdinalIgnoreCase)
            && !PeriodWordsBeforeOf.Contains(PreviousWord(text, prepStart)))
        {
            return false;
        }

        var next = NextWord(text, after);
        return next.Length == 0 || !char.IsLower(next[0]) || WordsAfterYearLookup.Contains(next);
    }

    /// <summary>
    /// True when the year at <paramref name="year"/> is a reference's, in brackets after an author and a comma
    /// ("(cf. Haddad, 2023, pp. 44-47)", "(Petrov et al., 2024, p. 3)"): it tells when a source was written, not when
    /// anything happened.
    /// </summary>
    private static bool CitationYear(string text, int year)
    {
        var k = year - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        if (k < 1 || text[k] != ',')
        {
            return false;
        }

        k--;
        var end = k + 1;
        while (k >= 0 && (char.IsLetter(text[k]) || text[k] is '.' or '-' or '\''))
        {
            k--;
        }

        var author = text.AsSpan(k + 1, end - k - 1);
        if (author.Length == 0 || !(char.IsUpper(author[0]) || author.SequenceEqual("al.")))
        {
            return false;
        }

        for (var p = k; p >= 0 && p >= year - 120; p--)
        {
            if (text[p] is ')' or '\n')
            {
                return false;
            }

            if (text[p] == '(')
            {
                return true;
            }
        }

        return false;
    }

    // "the day after the attack on October 7" takes its anchor from later in the sentence; "the day after," does not.
    private static bool IsPrepositional(string direction, string text, int end, int sentenceEnd)
    {
        if (direction is not ("after" or "before" or "prior to"))
        {
            return false;
        }

        int i = end;
        while (i < sentenceEnd && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < sentenceEnd && char.IsLetterOrDigit(text[i]);
    }

    private static DateValue? ResolveAbsolute(Candidate c, Context ctx) => c.Kind switch
    {
        CandidateKind.DayDate => ResolveDayDate(c, ctx),
        CandidateKind.Partial => ResolvePartial(c, ctx),
        CandidateKind.MonthYear => Interval(c, new DateOnly(c.Year!.Value, c.Month!.Value, 1), EndOfMonth(c.Year.Value, c.Month.Value), "as written"),
        CandidateKind.LastMonth => ResolveLastMonth(c, ctx),
        CandidateKind.Weekday => ResolveWeekday(c, ctx),
        CandidateKind.DayOfMonth => ResolveDayOfMonth(c, ctx),
        CandidateKind.DayWord => ResolveDayWord(c, ctx),
        CandidateKind.Year => Interval(c, new DateOnly(c.Year!.Value, 1, 1), new DateOnly(c.Year.Value, 12, 31), "as written"),
        _ => null,
    };

    private static DateValue ResolveDayDate(Candidate c, Context ctx)
    {
        int month = c.Month!.Value;
        int day = c.Day!.Value;
        // Written into the derivations as they are put together, never cut out on its own.
        var monthDay = new DateValue.MonthDayText(month, day);

        if (c.Year is { } written)
        {
            if (!TryDate(written, month, day, out var date))
            {
                return Unresolved(c, $"{c.Written}: no such day");
            }

            return Day(c, date, "as written" + WeekdayNote(c.Weekday, date));
        }

        if (c.Weekday is { } weekday)
        {
            return ResolveByWeekday(c, ctx, month, day, weekday);
        }

        if (ctx.HeadingYearBefore(c.Start) is { } heading)
        {
            return TryDate(heading, month, day, out var underHeading)
                ? Day(c, underHeading, $"{monthDay}, year from the heading {heading.ToString(CultureInfo.InvariantCulture)} above it")
                : Unresolved(c, $"{monthDay}: no such day in {heading.ToString(CultureInfo.InvariantCulture)}", month, day);
        }

        if (ctx.Published is { } pub)
        {
            int year = pub.Year;
            string how = $"{monthDay}, year from {ctx.PublishedLabel} {new DateValue.IsoDayText(pub)}";
            if (TryDate(year, month, day, out var date) && date > pub)
            {
                year--;
                how = $"{monthDay}, year before {ctx.PublishedLabel} {new DateValue.IsoDayText(pub)}, as {new DateValue.LongDayText(date)} would be after it";
            }

            // The same day of an earlier year is also past: a paragraph whose own dates in that month all name one such
            // year ("the 7 October attack ... On 26 October 2023 ...") tells of that month of that year.
            if (ctx.ParagraphYear(c) is { } told && told < year && TryDate(told, month, day, out var inTold))
            {
                return Day(c, inTold, $"{monthDay}, year from the dates of its paragraph ({told.ToString(CultureInfo.InvariantCulture)}), not {ctx.PublishedLabel}'s");
            }

            // "the October 7 attack" names an event the reader knows: a year on it is still that event, whatever the
            // published date. The other articles' report of the same event gives its year; until they are read the
            // date waits, and when none of them dates it the published date does.
            if (ctx.Names is { } names && NamesEvent(c, ctx.Text, names.Nouns))
            {
                if (ctx.Hints.FirstOrDefault(h => h.Month == month && h.Day == day) is { } named)
                {
                    return TryDate(named.Year, month, day, out var ofEvent)
                        ? Day(c, ofEvent, $"{monthDay}, the date of a named event, {named.Reason}")
                        : Unresolved(c, $"{monthDay}: no such day in {named.Year}", month, day);
                }

                if (names.AwaitOtherArticles)
                {
                    return Unresolved(c, $"{monthDay}: the date of a named event, its year from the other articles' report of it", month, day) with { AwaitsOtherArticles = true };
                }
            }

            // A date of the year before publication, months before it, would carry its year in news copy: without one,
            // in a telling of another year's events ("on 26 October 2023 ... waited until 16 October"), it is a day of
            // the year the telling has reached, when it falls near the date that the telling last wrote in full.
            if (year < pub.Year && TryDate(year, month, day, out var lastYears) && pub.DayNumber - lastYears.DayNumber > NarrativeAfterDays
                && ctx.NearestEarlierFullDate(c.Start) is { Year: { } toldYear, Date: { } fullDate } && toldYear != year
                && TryDate(toldYear, month, day, out var inTelling) && inTelling <= pub && Math.Abs(inTelling.DayNumber - fullDate.DayNumber) <= NarrativeNearDays)
            {
                return Day(c, inTelling, $"{monthDay}, year from the earlier date {Describe(fullDate)} in the article, not from {ctx.PublishedLabel} {new DateValue.IsoDayText(pub)}, which would make it a day of the year before publication left without its year");
            }

            return TryDate(year, month, day, out var resolved) ? Day(c, resolved, how) : Unresolved(c, $"{monthDay}: no such day in {year}", month, day);
        }

        var hint = ctx.Hints.FirstOrDefault(h => h.Month == month && h.Day == day);
        if (hint is not null)
        {
            return TryDate(hint.Year, month, day, out var date)
                ? Day(c, date, $"{monthDay}, {hint.Reason}")
                : Unresolved(c, $"{monthDay}: no such day in {hint.Year}", month, day);
        }

        var earlier = ctx.NearestEarlierFullDate(c.Start);
        if (earlier is not null && TryDate(earlier.Year!.Value, month, day, out var fromEarlier) && fromEarlier >= earlier.Date!.Value)
        {
            return Day(c, fromEarlier, $"{monthDay}, year from the earlier date {Describe(earlier.Date!.Value)} in the article");
        }

        return Unresolved(c, $"{monthDay}: year unknown", month, day);
    }

    // A yearless date of the year before publication that lies more than this many days before it is read in the year
    // of the telling (see ResolveDayDate): within about three months, writers leave out even the previous year.
    private const int NarrativeAfterDays = 90;

    // How near the date that the telling last wrote in full such a date must fall to be read in its year.
    private const int NarrativeNearDays = 45;

    /// <summary>
    /// True when the month-day date <paramref name="c"/> names an event: after "the" or a possessive, and before one of
    /// <paramref name="nouns"/> with at most two other words between, none of them a function word ("the October 7
    /// attack", "Hamas's 7 October assault", "the Oct. 7 terror attacks"; not "the October 7 deadline").
    /// </summary>
    private static bool NamesEvent(Candidate c, string text, IReadOnlySet<string> nouns)
    {
        var before = text.AsSpan(0, c.Start).TrimEnd(" \t");
        var determined = before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("\u2019s", StringComparison.Ordinal)
            || before.EndsWith("s'", StringComparison.Ordinal) || before.EndsWith("s\u2019", StringComparison.Ordinal)
            || (before.EndsWith("the", StringComparison.OrdinalIgnoreCase) && (before.Length == 3 || !char.IsLetterOrDigit(before[^4])));
        if (!determined)
        {
            return false;
        }

        int i = c.End;
        for (int words = 0; words < 3; words++)
        {
            if (i >= text.Length || text[i] != ' ')
            {
                return false;
            }

            i++;
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (i > start && text[i] is '-' or '\'' or '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }

            var word = text[start..i].ToLowerInvariant();
            if (nouns.Contains(word))
            {
                return true;
            }

            if (word is "and" or "or" or "but" or "the" or "a" or "an" or "of" or "for" or "on" or "in" or "at" or "to" or "by" or "with" or "from"
                or "was" or "were" or "is" or "are" or "had" or "has" or "have" or "that" or "which" or "who")
            {
                return false;
            }
        }

        return false;
    }

    private static DateValue ResolveByWeekday(Candidate c, Context ctx, int month, int day, DayOfWeek weekday)
    {
        var tried = new List<int>();
        var options = new List<(int Year, string Reason)>();
        foreach (var y in ctx.ExplicitYears)
        {
            options.Add((y, "from the article's other dates"));
        }

        if (ctx.Published is { } pub)
        {
            options.Add((pub.Year, $"from {ctx.PublishedLabel} {IsoDay(pub)}"));
            options.Add((pub.Year - 1, $"(the year before {ctx.PublishedLabel} {IsoDay(pub)})"));
        }

        foreach (var h in ctx.Hints.Where(h => h.Month == month && h.Day == day))
        {
            options.Add((h.Year, h.Reason));
        }

        foreach (var (year, reason) in options)
        {
            if (tried.Contains(year))
            {
                continue;
            }

            tried.Add(year);
            if (TryDate(year, month, day, out var date) && date.DayOfWeek == weekday)
            {
                return Day(c, date, $"{MonthDay(month, day)}, year {year.ToString(CultureInfo.InvariantCulture)} {reason}, {weekday} agrees");
            }
        }

        string why = tried.Count == 0
            ? "year unknown"
            : $"year unknown, {weekday} does not agree with {MonthDay(month, day)} in {string.Join(", ", tried.Order().Select(y => y.ToString(CultureInfo.InvariantCulture)))}";
        return Unresolved(c, $"{c.Written}: {why}", month, day);
    }

    /// <summary>A part of a month or a year ("late October", "the end of 2023"), marked as approximate at its edges.</summary>
    private static DateValue ResolvePartial(Candidate c, Context ctx)
    {
        var value = ResolvePartialInterval(c, ctx);
        return value.IsResolved ? value with { Approximate = true } : value;
    }

    private static DateValue ResolvePartialInterval(Candidate c, Context ctx)
    {
        string part = c.Part!.StartsWith("the ", StringComparison.Ordinal) ? c.Part[4..] : c.Part;
        if (c.Month is not { } month)
        {
            int year = c.Year!.Value;
            (int first, int last) = part switch
            {
                "early" => (1, 4),
                "mid" or "middle of" => (5, 8),
                "late" => (9, 12),
                "end of" => (12, 12),
                _ => (1, 1),
            };
            string meaning = first == last ? "the last month" : $"months {first}-{last}";
            if (part is "beginning of" or "start of")
            {
                meaning = "the first month";
            }

            return Interval(c, new DateOnly(year, first, 1), EndOfMonth(year, last), $"{c.Written}, \"{part}\" read as {meaning}");
        }

        (int fromDay, int toDay) = part switch
        {
            "early" or "beginning of" or "start of" => (1, 10),
            "mid" or "middle of" => (11, 20),
            _ => (21, 31),
        };

        DateOnly Make(int y, int d) => new(y, month, Math.Min(d, DateTime.DaysInMonth(y, month)));

        if (c.Year is { } written)
        {
            return Interval(c, Make(written, fromDay), Make(written, toDay), $"{c.Written}, as written");
        }

        string plain = $"{part} {MonthName(month)}";
        if (ctx.HeadingYearBefore(c.Start) is { } heading)
        {
            return Interval(c, Make(heading, fromDay), Make(heading, toDay), $"{plain}, year from the heading {heading.ToString(CultureInfo.InvariantCulture)} above it");
        }

        if (ctx.Published is { } pub)
        {
            int y = pub.Year;
            if (Make(y, fromDay) > pub)
            {
                y--;
            }

            return Interval(c, Make(y, fromDay), Make(y, toDay), $"{plain}, year from {ctx.PublishedLabel} {IsoDay(pub)}");
        }

        var hint = ctx.Hints.FirstOrDefault(h => h.Month == month && h.Day >= fromDay && h.Day <= toDay);
        if (hint is not null)
        {
            return Interval(c, Make(hint.Year, fromDay), Make(hint.Year, toDay), $"{plain}, {hint.Reason}");
        }

        var earlier = ctx.NearestEarlierFullDate(c.Start);
        if (earlier is not null && Make(earlier.Year!.Value, toDay) >= earlier.Date!.Value)
        {
            int y = earlier.Year.Value;
            return Interval(c, Make(y, fromDay), Make(y, toDay), $"{plain}, year from the earlier date {Describe(earlier.Date.Value)} in the article");
        }

        return Unresolved(c, $"{plain}: year unknown", month, null);
    }

    private static DateValue ResolveLastMonth(Candidate c, Context ctx)
    {
        int month = c.Month!.Value;
        if (ctx.Published is not { } pub)
        {
            return Unresolved(c, $"{c.Written}: no published date to count back from", month, null);
        }

        int year = month < pub.Month ? pub.Year : pub.Year - 1;
        return Interval(
            c,
            new DateOnly(year, month, 1),
            EndOfMonth(year, month),
            $"{c.Written}, the most recent {MonthName(month)} before the month of {ctx.PublishedLabel} {IsoDay(pub)}");
    }

    private static DateValue ResolveWeekday(Candidate c, Context ctx)
    {
        var weekday = c.Weekday!.Value;
        if (ctx.Published is not { } pub)
        {
            return Unresolved(c, $"{c.Written}: no published date to count back from");
        }

        int back = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
        if (back == 0 && c.Strict)
        {
            back = 7;
        }

        var date = pub.AddDays(-back);
        string how = back == 0
            ? $"{weekday}, {ctx.PublishedLabel} {IsoDay(pub)} itself"
            : $"the {weekday} before {ctx.PublishedLabel} {pub.DayOfWeek} {IsoDay(pub)}";
        return Day(c, date, how);
    }

    private static DateValue ResolveDayOfMonth(Candidate c, Context ctx)
    {
        int day = c.Day!.Value;
        if (ctx.Published is not { } pub)
        {
            return Unresolved(c, $"{c.Written}: no published date to read the month from");
        }

        // The latest such day on or before the published date; a month too short for it is passed over.
        var month = new DateOnly(pub.Year, pub.Month, 1);
        for (int back = 0; back < 3; back++, month = month.AddMonths(-1))
        {
            if (TryDate(month.Year, month.Month, day, out var date) && date <= pub)
            {
                string how = $"{c.Written}, the latest day {day.ToString(CultureInfo.InvariantCulture)} of a month on or before {ctx.PublishedLabel} {IsoDay(pub)}";
                return Day(c, date, how);
            }
        }

        return Unresolved(c, $"{c.Written}: no such day before {ctx.PublishedLabel} {IsoDay(pub)}");
    }

    private static DateValue ResolveDayWord(Candidate c, Context ctx)
    {
        // Posts, wire alerts and diary entries each under a line of their own time stamp ("23.10.2024 14:05"): their
        // "today" is the stamp's day, not the day the collection was published.
        if (StampBefore(ctx.Text, c.Start) is ({ } day, { } stamp))
        {
            return c.Count == 1
                ? Day(c, day.AddDays(-1), $"{c.Written}, the day before the time stamp \u201C{stamp}\u201D above it")
                : Day(c, day, $"{c.Written}, the day of the time stamp \u201C{stamp}\u201D above it");
        }

        if (ctx.Published is not { } pub)
        {
            return Unresolved(c, $"{c.Written}: no published date to count from");
        }

        return c.Count == 1
            ? Day(c, pub.AddDays(-1), $"{c.Written}, the day before {ctx.PublishedLabel} {IsoDay(pub)}")
            : Day(c, pub, $"{c.Written}, {ctx.PublishedLabel} {IsoDay(pub)} itself");
    }

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})(?<sep>[./])(?<m>\d{1,2})\k<sep>(?<y>\d{4})|(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2}))(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?$", Options)]
    private static partial Regex StampLineRegex { get; }

    // A stamp with the month in words, as posts on X and diary lines give it: "2:05 PM · Oct 23, 2024", "23 October
    // 2024, 14:05", "Wednesday, 23 October 2024", "Oct 23, 2024 at 9:30 am". The weekday and the time may be left out.
    [GeneratedRegex(@"^(?:\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[·•|,–—-]?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(?<d>\d{1,2})\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?|(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2}),?)\s+(?<y>\d{4})(?:\s*[·•|,–—-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?$", Options)]
    private static partial Regex WrittenStampLineRegex { get; }

    /// <summary>
    /// The day of the nearest line before <paramref name="position"/> that holds nothing but a numeric date, perhaps
    /// with a time ("23.10.2024 14:05", "2024-10-23 09:30"), and that line; (null, null) without one. Dotted dates are
    /// day first; a slashed date only when its day is over 12, as otherwise it may be month first.
    /// </summary>
    internal static (DateOnly? Day, string? Stamp) StampBefore(string text, int position)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1));
        while (lineStart > 0)
        {
            var previous = text.LastIndexOf('\n', lineStart - 1);
            var line = text.AsSpan(previous + 1, lineStart - previous - 1).Trim();
            if (IsStampLine(line, out var day))
            {
                return day is null ? (null, null) : (day, line.ToString());
            }

            lineStart = previous;
        }

        return (null, null);
    }

    /// <summary>The most characters a trimmed stamp line can have (see <see cref="IsStampLine"/>).</summary>
    internal const int LongestStampLine = 48;

    /// <summary>
    /// Whether <paramref name="line"/> (trimmed) holds nothing but a numeric date, perhaps with a time ("23.10.2024
    /// 14:05"); <paramref name="day"/> is its day, null when it is no valid date or may be read month first.
    /// </summary>
    internal static bool IsStampLine(ReadOnlySpan<char> line, out DateOnly? day)
    {
        day = null;
        // Both patterns end in a year or a time ("2024", "14:05", "2:05 p.m."): most lines are ruled out here.
        if (line.Length is 0 or > LongestStampLine || !char.IsAsciiLetterOrDigit(line[0]) || !(char.IsAsciiDigit(line[^1]) || line[^1] is 'm' or 'M' or '.'))
        {
            return false;
        }

        if (WrittenStampLineRegex.Match(line.ToString()) is { Success: true } written)
        {
            int wd = int.Parse(written.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            int wm = MonthNumber(written.Groups["month"].Value);
            int wy = int.Parse(written.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            if (wd >= 1 && wd <= DateTime.DaysInMonth(wy, wm))
            {
                day = new DateOnly(wy, wm, wd);
            }

            return true;
        }

        if (line.Length > 40 || !char.IsAsciiDigit(line[0]) || StampLineRegex.Match(line.ToString()) is not { Success: true } m)
        {
            return false;
        }

        int d = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        int y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        if (!(m.Groups["sep"].Value == "/" && d <= 12) && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
        {
            day = new DateOnly(y, mo, d);
        }

        return true;
    }

    private static DateValue ResolveRelative(Candidate c, Context ctx)
    {
        int count = c.Count!.Value;
        string unit = c.Unit!;
        bool forward = c.Direction is "after" or "later";
        string phrase = c.WholeUnit
            ? $"the {unit} {(forward ? "after" : "before")}"
            : count == 0 ? "the same day as"
            : $"{(count == 1 && unit == "day" ? "the day" : Quantity(count, unit))} {(forward ? "after" : "before")}";

        if (c.Approximate)
        {
            return Unresolved(c, $"{c.Written}: approximate, not resolved");
        }

        if (c.Direction == "ago")
        {
            return ctx.Published is { } p
                ? Shifted(c, Whole(p), count, unit, false, false, $"{phrase} {ctx.PublishedLabel} {IsoDay(p)}")
                : Unresolved(c, $"{c.Written}: no published date to count back from");
        }

        Candidate? anchor = null;
        if (c.Prepositional)
        {
            anchor = ctx.All.FirstOrDefault(o => o.Sentence == c.Sentence && o.Start >= c.End && IsAbsolute(o));
            if (anchor is not null)
            {
                c.ScopeEnd = anchor.End;
            }

            if (anchor is { Value.IsResolved: false })
            {
                return Unresolved(c, $"{c.Written}: its anchor \"{anchor.Written}\" is unresolved");
            }
        }

        // "The report came a day after X met Y": what came is what was dated before, in this sentence or the three
        // before it, so the clause after the phrase happened that long before that date, and the phrase dates it.
        if (anchor is null && c.Prepositional && c.Kind == CandidateKind.RelativeCount && !c.WholeUnit
            && PreviousWord(ctx.Text, c.Start) is "came" or "comes" or "come" or "coming"
            && ctx.All.LastOrDefault(o => o.End <= c.Start && o.Sentence <= c.Sentence && o.Sentence >= c.Sentence - 3 && Usable(o, unit)) is { } came)
        {
            c.ScopeEnd = Math.Min(ctx.Sentences[c.Sentence].End, ctx.Text.Length);
            c.DatesScope = true;
            var v = came.Value!;
            var back = count == 1 && unit == "day" ? "the day" : Quantity(count, unit);
            return Shifted(c, (v.From!.Value, v.To!.Value), count, unit, !forward, false,
                $"{back} {(forward ? "before" : "after")} {Describe(v.From.Value, v.To.Value)}, the date told before of what came {c.Written}");
        }

        if (anchor is null && c.Prepositional && !c.WholeUnit && count > 0
            && ctx.All.LastOrDefault(o => o.Sentence == c.Sentence && o.End <= c.Start && IsAbsolute(o) && Usable(o, unit)) is { } main
            && ctx.Text.AsSpan(main.End, c.Start - main.End).Trim().SequenceEqual(","))
        {
            // "On 24 October, a day after meeting X, he said": the date right before the comma dates the clause, which
            // happened a day after what the phrase names; the phrase's own event is a day before that date.
            var m = main.Value!;
            var back = $"{Quantity(count, unit)} {(forward ? "before" : "after")} {Describe(m.From!.Value, m.To!.Value)}, which is \u201C{c.Written}\u201D it";
            return Shifted(c, (m.From.Value, m.To.Value), count, unit, !forward, false, back);
        }

        anchor ??= ctx.All.LastOrDefault(o => o.Sentence == c.Sentence && o.End <= c.Start && Usable(o, unit));

        // "The same day" goes back to the day the story is about: the date of the sentence before, else the first day
        // the article names (its lede's), rather than whatever date a background sentence mentioned last.
        if (anchor is null && count == 0)
        {
            anchor = ctx.All.LastOrDefault(o => o.Sentence == c.Sentence - 1 && IsAbsolute(o) && Usable(o, unit))
                ?? ctx.All.FirstOrDefault(o => o.Sentence < c.Sentence && IsAbsolute(o) && Usable(o, unit));
        }

        if (anchor is null && !c.Prepositional || (anchor is null && c.Kind == CandidateKind.RelativeThe))
        {
            anchor = ctx.All.LastOrDefault(o => o.Sentence < c.Sentence && o.Sentence >= c.Sentence - 3 && Usable(o, unit));
        }

        if (anchor is not null)
        {
            var v = anchor.Value!;
            return Shifted(c, (v.From!.Value, v.To!.Value), count, unit, forward, c.WholeUnit, $"{phrase} {Describe(v.From.Value, v.To.Value)}");
        }

        if (ctx.Published is { } pub && unit is "day" or "week" && (!c.Prepositional || c.Kind == CandidateKind.RelativeThe))
        {
            return Shifted(c, Whole(pub), count, unit, forward, false, $"{phrase} {ctx.PublishedLabel} {IsoDay(pub)}");
        }

        return Unresolved(c, $"{c.Written}: no date to count from");
    }

    private static bool IsAbsolute(Candidate o) =>
        o.Value is not null && o.Kind is not (CandidateKind.RelativeCount or CandidateKind.RelativeThe);

    // Counting days from a whole year would only look precise, so day, week and month offsets need a short anchor.
    private static bool Usable(Candidate o, string unit) =>
        o.Value is { IsResolved: true } v
        && (unit == "year" || v.To!.Value.DayNumber - v.From!.Value.DayNumber <= 31);

    private static (DateOnly, DateOnly) Whole(DateOnly d) => (d, d);

    // How many days either way a count of two or more weeks may be off.
    private const int RoughWeekDays = 3;

    private static DateValue Shifted(Candidate c, (DateOnly From, DateOnly To) anchor, int count, string unit, bool forward, bool whole, string how)
    {
        int k = forward ? count : -count;
        DateOnly from, to;
        if (whole && unit == "month")
        {
            var first = new DateOnly(anchor.From.Year, anchor.From.Month, 1).AddMonths(k);
            (from, to) = (first, EndOfMonth(first.Year, first.Month));
        }
        else if (whole)
        {
            int year = anchor.From.Year + k;
            (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        else
        {
            (from, to) = unit switch
            {
                "day" => (anchor.From.AddDays(k), anchor.To.AddDays(k)),
                "week" => (anchor.From.AddDays(7 * k), anchor.To.AddDays(7 * k)),
                "month" => (anchor.From.AddMonths(k), anchor.To.AddMonths(k)),
                _ => (anchor.From.AddYears(k), anchor.To.AddYears(k)),
            };

            if (unit == "week" && count >= 2)
            {
                // "Three weeks after" is a round figure: news copy says it of anything from about 18 to 24 days.
                (from, to) = (from.AddDays(-RoughWeekDays), to.AddDays(RoughWeekDays));
                how += $", give or take {RoughWeekDays} days (weeks are counted roughly)";
            }
        }

        return from == to ? Day(c, from, how) : Interval(c, from, to, how);
    }

    private static DateMentionKind KindOf(Candidate c, Context ctx)
    {
        var sentence = ctx.Sentences[c.Sentence];
        int sStart = Math.Min(sentence.Start, ctx.Text.Length);
        int sEnd = Math.Min(sentence.End, ctx.Text.Length);
        try
        {
            if (c.Kind == CandidateKind.DayDate && c.Sentence <= 2
                && c.Start - sStart <= 60
                && MayBeDatelinePrefix(ctx.Text.AsSpan(sStart, c.Start - sStart))
                && DatelinePrefix.IsMatch(ctx.Text.AsSpan(sStart, c.Start - sStart))
                && DatelineSuffix.IsMatch(ctx.Text.AsSpan(c.End, Math.Min(sEnd - c.End, 60))))
            {
                return DateMentionKind.Dateline;
            }

            // Most dates follow no reporting verb: looking for one first spares running the pattern and cutting out the
            // words before the date.
            int from = Math.Max(sStart, c.Start - 80);
            var before = ctx.Text.AsSpan(from, c.Start - from);
            var m = MayEndWithReportVerb(before) && ReportBefore.IsMatch(before) ? ReportBefore.Match(before.ToString()) : Match.Empty;
            // A verb in title case is a name's word or a noun ("the United States on Oct. 18", "Reports on Monday"),
            // not a reporting verb; in capitals it may be a headline's.
            if (m.Success && !(char.IsUpper(m.Value[0]) && m.Value.Length > 1 && char.IsLower(m.Value[1])))
            {
                var words = m.Groups["words"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (words.All(w => char.IsUpper(w[0]) || ReportObjectWords.Contains(w.ToLowerInvariant())))
                {
                    return DateMentionKind.Report;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Unknown role: Event is the default that keeps the date in comparisons.
        }

        return DateMentionKind.Event;
    }

    /// <summary>
    /// A necessary condition of DatelinePrefix: after white space, the text ends, or starts with an ASCII capital
    /// followed by another or by one of <c>.'’-</c>, as the pattern's place name does. Most dates early in an article
    /// follow an ordinary sentence start ("The ...", "On ..."), which is ruled out here without running the pattern.
    /// </summary>
    private static bool MayBeDatelinePrefix(ReadOnlySpan<char> before)
    {
        int i = 0;
        while (i < before.Length && char.IsWhiteSpace(before[i]))
        {
            i++;
        }

        return i == before.Length
            || (char.IsAsciiLetterUpper(before[i]) && i + 1 < before.Length
                && (char.IsAsciiLetterUpper(before[i + 1]) || before[i + 1] is '.' or '\'' or '’' or '-'));
    }

    /// <summary>
    /// Whether DatelinePrefix matches <paramref name="before"/>, and whether <see cref="MayBeDatelinePrefix"/> lets
    /// it through: the check must never pass over a prefix the pattern would take.
    /// </summary>
    internal static (bool Matched, bool Admitted) DatelinePrefixCheck(string before) => (DatelinePrefix.IsMatch(before), MayBeDatelinePrefix(before));

    /// <summary>
    /// Whether a verb of ReportBefore ends one of the last five words of <paramref name="before"/> (runs of
    /// characters between white space, once a trailing comma and white space are set aside), with no word character
    /// right before it: the pattern takes at most four words between its verb and the end, each after white space,
    /// so a verb anywhere else cannot start a match. A necessary condition of the pattern, checked on a few words
    /// instead of searching all the characters before a date, which most dates are not reported with.
    /// </summary>
    private static bool MayEndWithReportVerb(ReadOnlySpan<char> before)
    {
        int end = SkipWhiteSpaceBack(before, before.Length);
        if (end > 0 && before[end - 1] == ',')
        {
            end = SkipWhiteSpaceBack(before, end - 1);
        }

        for (int word = 0; word < 5 && end > 0; word++)
        {
            int start = end;
            while (start > 0 && !char.IsWhiteSpace(before[start - 1]))
            {
                start--;
            }

            if (EndsWithReportVerb(before[start..end]))
            {
                return true;
            }

            end = SkipWhiteSpaceBack(before, start);
        }

        return false;
    }

    // Whether the word ends with a verb of ReportBefore, in any case, that no word character comes right before.
    private static bool EndsWithReportVerb(ReadOnlySpan<char> word)
    {
        // Every verb has four letters or more, and most words are passed over on their last four: those of ASCII
        // letters are compared with the verbs' endings at once. A character outside ASCII among them may still match
        // a letter in some case, so such a word is left to the pattern.
        if (word.Length < 4)
        {
            return false;
        }

        var tail = word[^4..];
        if (!Ascii.IsValid(tail))
        {
            return true;
        }

        if (!ReportVerbEndings.AsSpan().Contains(LowerEnding(tail)))
        {
            return false;
        }

        foreach (var verb in ReportVerbs)
        {
            if (word.Length >= verb.Length
                && word[^verb.Length..].Equals(verb, StringComparison.OrdinalIgnoreCase)
                && (word.Length == verb.Length || !IsWordChar(word[^(verb.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    // Four ASCII characters as one number, each with its case bit set, so that an ASCII letter gives the same in either
    // case and no other character gives that of a letter.
    private static ulong LowerEnding(ReadOnlySpan<char> tail) =>
        (ulong)(ushort)(tail[0] | 0x20) | ((ulong)(ushort)(tail[1] | 0x20) << 16)
        | ((ulong)(ushort)(tail[2] | 0x20) << 32) | ((ulong)(ushort)(tail[3] | 0x20) << 48);

    private static ulong[] EndingsOf(string[] words) => Array.ConvertAll(words, word => LowerEnding(word.AsSpan(word.Length - 4)));

    private static int SkipWhiteSpaceBack(ReadOnlySpan<char> s, int end)
    {
        while (end > 0 && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Whether ReportBefore matches <paramref name="before"/>, and whether <see cref="MayEndWithReportVerb"/> lets it
    /// through: the check must never pass over a date the pattern would read as reported.
    /// </summary>
    internal static (bool Matched, bool Admitted) ReportVerbCheck(string before) => (ReportBefore.IsMatch(before), MayEndWithReportVerb(before));

    private static DateValue Day(Candidate c, DateOnly date, string how)
    {
        // The day is written on the stack and joined to the rest in one string of the exact length, without the
        // rented buffer and copy of an interpolated string.
        Span<char> day = stackalloc char[LongDayLength];
        new DateValue.LongDayText(date).TryFormat(day, out int length, default, CultureInfo.InvariantCulture);
        return new(date, date, date.Year, date.Month, date.Day, c.Written, string.Concat(day[..length], ": ", how));
    }

    // Room to spare for the longest day LongDayText writes, "September 30, 9999" (18 characters).
    private const int LongDayLength = 32;

    private static DateValue Interval(Candidate c, DateOnly from, DateOnly to, string how)
    {
        int? day = from == to ? from.Day : null;
        int? month = from.Year == to.Year && from.Month == to.Month ? from.Month : c.Month;
        int? year = from.Year == to.Year ? from.Year : null;
        return new DateValue(from, to, year, month, day, c.Written, $"{Describe(from, to)}: {how}");
    }

    private static DateValue Unresolved(Candidate c, string derivation, int? month = null, int? day = null) =>
        new(null, null, null, month, day, c.Written, derivation);

    private static string WeekdayNote(DayOfWeek? written, DateOnly date) => written switch
    {
        null => string.Empty,
        { } w when w == date.DayOfWeek => $", {w} agrees",
        { } w => $"; weekday does not agree ({w} written, but it was a {date.DayOfWeek})",
    };

    private static string Describe(DateOnly date) => DateValue.Describe(date, date);

    private static string Describe(DateOnly from, DateOnly to) => DateValue.Describe(from, to);

    private static string IsoDay(DateOnly d) => DateValue.IsoDay(d);

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static string MonthDay(int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{MonthName(month)} {day}");

    private static string Quantity(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Parse(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    private static DayOfWeek WeekdayOf(string name) => name[..2].ToLowerInvariant() switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static int NumberValue(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        var digits => Parse(digits),
    };

    private static string Singular(string unit)
    {
        var u = unit.ToLowerInvariant();
        return u.EndsWith('s') ? u[..^1] : u;
    }

    private static string PreviousWord(string text, int index)
    {
        int end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end].ToLowerInvariant();
    }

    private static ReadOnlySpan<char> NextWord(string text, int index)
    {
        int start = index;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>
    /// A pattern run over whole sentences: the source-generated form without a timeout for ordinary sentences, and
    /// the same pattern interpreted with <see cref="MatchTimeout"/> for sentences longer than
    /// <see cref="UntimedSentenceLength"/>, so that a pathological sentence still times out and is skipped.
    /// </summary>
    private sealed class SentencePattern(Regex untimed, string pattern)
    {
        private Regex? _timed;

        public MatchCollection Matches(string sentence) =>
            sentence.Length <= UntimedSentenceLength
                ? untimed.Matches(sentence)
                : (_timed ??= new Regex(pattern, Options, MatchTimeout)).Matches(sentence);
    }

    private const Cues AllCues = Cues.Digit | Cues.Month | Cues.Weekday | Cues.Relative | Cues.Hyphen | Cues.Parenthesis
        | Cues.PartWord | Cues.LastWord | Cues.Year | Cues.Unit | Cues.DayWord;

    /// <summary>What a sentence holds that some pattern needs; see <see cref="FindCues"/>.</summary>
    [Flags]
    private enum Cues
    {
        None = 0,

        /// <summary>An ASCII digit: every day, month-year, ISO and year pattern needs one.</summary>
        Digit = 1,

        /// <summary>The first three letters of a capitalised month name; abbreviations start the same way.</summary>
        Month = 2,

        /// <summary>A capitalised full weekday name (BareWeekday, WeekdayParen).</summary>
        Weekday = 4,

        /// <summary>A direction word of RelativeCount or RelativeThe, in any case; set together with <see cref="Unit"/>.</summary>
        Relative = 8,

        /// <summary>A hyphen (ISO dates).</summary>
        Hyphen = 16,

        /// <summary>An opening parenthesis (WeekdayParen).</summary>
        Parenthesis = 32,

        /// <summary>A part word of Partial ("early", "mid", "end", ...), in any case.</summary>
        PartWord = 64,

        /// <summary>"last" or "past", in any case (LastMonth).</summary>
        LastWord = 128,

        /// <summary>A run of exactly four ASCII digits, which every written year is (ISO dates, years, month-year).</summary>
        Year = 256,

        /// <summary>A unit word of RelativeCount or RelativeThe ("days", "week", "morning", ...), in any case.</summary>
        Unit = 512,

        /// <summary>A word of DayWord ("yesterday", "today", "morning", ...), in any case.</summary>
        DayWord = 1024,
    }

    /// <summary>Which pattern's neighbours <see cref="MayStandAt"/> checks around a cue word.</summary>
    private enum CueWordKind
    {
        /// <summary>A part word of Partial.</summary>
        Part,

        /// <summary>A unit word of RelativeCount or RelativeThe.</summary>
        Unit,

        /// <summary>A direction word of RelativeCount or RelativeThe.</summary>
        Direction,
    }

    /// <summary>The day-date patterns read by hand: which reader <see cref="ReadDayDates"/> runs.</summary>
    private enum DayDateForm
    {
        Mdy,
        Dmy,
        Iso,
    }

    /// <summary>
    /// The unit words of RelativeCount and RelativeThe in a text, searched for over the whole text once instead of in
    /// every sentence: most sentences hold none, and each search costs something besides the characters it reads.
    /// </summary>
    private struct UnitWordCursor(string text)
    {
        // The first place at or after _from where a unit cue stands in the text, or -1 when there is none; nothing is
        // searched until the first sentence.
        private int _from = int.MaxValue;
        private int _at = -1;

        /// <summary>
        /// Whether a unit word stands in the sentence from <paramref name="start"/> to <paramref name="end"/> where
        /// RelativeCount or RelativeThe could take it, as <see cref="HasCueWord"/> tells. Sentences in text order
        /// are cheapest, as the search then goes on from where it stopped.
        /// </summary>
        public bool InSentence(int start, int end)
        {
            if (start < _from || (_at >= 0 && _at < start))
            {
                Seek(start);
            }

            var sentence = text.AsSpan(start, end - start);
            while (_at >= 0 && _at < end)
            {
                bool known = false;
                char first = text[_at];
                foreach (var word in UnitWords)
                {
                    if (OtherInitial(first, word))
                    {
                        continue;
                    }

                    if (text.AsSpan(_at).StartsWith(word, StringComparison.OrdinalIgnoreCase))
                    {
                        // A word that runs on past the sentence's end is not in the sentence.
                        known = true;
                        int at = _at - start;
                        if (sentence.Length - at >= word.Length && MayStandAt(sentence, at, word, CueWordKind.Unit))
                        {
                            return true;
                        }
                    }
                }

                if (!known)
                {
                    // As in HasCueWord: should the search and StartsWith disagree, the patterns must still run.
                    return true;
                }

                Seek(_at + 1);
            }

            return false;
        }

        private void Seek(int from)
        {
            _from = from;
            int at = text.AsSpan(from).IndexOfAny(UnitCues);
            _at = at < 0 ? -1 : from + at;
        }
    }

    /// <summary>What a word start found by <see cref="FindCues"/> begins: which readers may match there.</summary>
    private enum StartKind : byte
    {
        None,

        /// <summary>An ASCII digit: Dmy, Iso and BareYear.</summary>
        Digit,

        /// <summary>The first three letters of a month name: Mdy and MonthYear.</summary>
        Month,

        /// <summary>The first three letters of a weekday name, its shortest form: Mdy and Dmy, after the weekday.</summary>
        Weekday,
    }

    private enum CandidateKind
    {
        // Declaration order is the rank used to settle overlaps: more specific patterns first.
        DayDate,
        Partial,
        MonthYear,
        LastMonth,
        Weekday,
        DayOfMonth,
        DayWord,
        Year,
        RelativeCount,
        RelativeThe,
    }

    /// <summary>Working state for one match while an article is processed; never escapes this class.</summary>
    private sealed class Candidate(CandidateKind kind, int sentence, int start, int end, string text)
    {
        private string? _written;

        public CandidateKind Kind { get; } = kind;

        public int Sentence { get; } = sentence;

        public int Start { get; } = start;

        public int End { get; } = end;

        // Cut out on first use: most candidates that lose to an overlapping one are never written out.
        public string Written => _written ??= text[Start..End];

        public int? Year { get; set; }

        public int? Month { get; set; }

        public int? Day { get; set; }

        public DayOfWeek? Weekday { get; set; }

        public bool Strict { get; set; }

        public string? Part { get; set; }

        public int? Count { get; set; }

        public string? Unit { get; set; }

        public string? Direction { get; set; }

        public bool Approximate { get; set; }

        public bool Prepositional { get; set; }

        /// <summary>For "10 days after [the attack on October 7]", where the anchored clause ends.</summary>
        public int? ScopeEnd { get; set; }

        /// <summary>The value dates what happens inside the scope, not outside it (see <see cref="DateMention.DatesScope"/>).</summary>
        public bool DatesScope { get; set; }

        public bool WholeUnit { get; set; }

        public DateValue? Value { get; set; }

        public DateOnly? Date =>
            Kind == CandidateKind.DayDate && Year is { } y && Month is { } m && Day is { } d && TryDate(y, m, d, out var date) ? date : null;
    }

    /// <summary>The lists <see cref="RecognizeCore"/> works with, emptied after each article.</summary>
    private sealed class CandidateLists
    {
        /// <summary>The kept candidates of the article, in text order once all sentences are read.</summary>
        public List<Candidate> All { get; } = [];

        /// <summary>The candidates of one sentence, before overlaps are settled.</summary>
        public List<Candidate> Found { get; } = [];
    }

    private sealed class Context(string text, IReadOnlyList<TextSpan> sentences, DateOnly? published, IReadOnlyList<YearHint> hints, List<Candidate> all)
    {
        // Explicit full dates are those with a written year; only they may lend their year to other dates. Most
        // articles never ask (their dates have years, or the published date supplies them), so they are picked out
        // on first use; the candidates' parts do not change meanwhile.
        private List<Candidate>? _fullDates;
        private List<(int End, int Year)>? _headingYears;

        public string Text { get; } = text;

        public IReadOnlyList<TextSpan> Sentences { get; } = sentences;

        /// <summary>The reference date: the published date, or the dateline's date when there is none.</summary>
        public DateOnly? Published { get; set; } = published;

        /// <summary>How derivations name <see cref="Published"/>.</summary>
        public string PublishedLabel { get; set; } = "the published date";

        public IReadOnlyList<YearHint> Hints { get; } = hints;

        /// <summary>How dates that name an event are read; null when none is.</summary>
        public EventDateNames? Names { get; init; }

        public List<Candidate> All { get; } = all;

        public IEnumerable<int> ExplicitYears => FullDates.Select(c => c.Year!.Value).Distinct();

        public Candidate? NearestEarlierFullDate(int position) => FullDates.LastOrDefault(c => c.End <= position);

        /// <summary>
        /// The one year that every other date of <paramref name="c"/>'s paragraph (its line) in the same month with a
        /// written year names ("the 7 October attack ... On 26 October 2023"), or null when there is no such date or
        /// they name different years. A date of another month tells nothing ("in May 2022 ... after the Oct. 7 attack").
        /// </summary>
        public int? ParagraphYear(Candidate c)
        {
            var lineStart = c.Start > 0 ? Text.LastIndexOf('\n', c.Start - 1) + 1 : 0;
            var lineEnd = Text.IndexOf('\n', c.End);
            if (lineEnd < 0)
            {
                lineEnd = Text.Length;
            }

            int? year = null;
            foreach (var other in All)
            {
                if (other == c || other.Start < lineStart || other.End > lineEnd || other.Year is not { } y || other.Month != c.Month)
                {
                    continue;
                }

                if (year is not null && year != y)
                {
                    return null;
                }

                year = y;
            }

            return year;
        }

        /// <summary>
        /// The year of the nearest year heading before <paramref name="position"/>: a line that holds only a year, as a
        /// timeline's "2023" above its "Oct 7: ..." entries. The dates under it are of that year, whatever the
        /// published date.
        /// </summary>
        public int? HeadingYearBefore(int position)
        {
            _headingYears ??= HeadingYearsOf(Text, Sentences);
            for (int i = _headingYears.Count - 1; i >= 0; i--)
            {
                if (_headingYears[i].End <= position)
                {
                    return _headingYears[i].Year;
                }
            }

            return null;
        }

        private static List<(int End, int Year)> HeadingYearsOf(string text, IReadOnlyList<TextSpan> sentences)
        {
            var found = new List<(int End, int Year)>();
            foreach (var span in sentences)
            {
                int start = Math.Min(span.Start, text.Length);
                int end = Math.Min(span.End, text.Length);
                var line = text.AsSpan(start, Math.Max(0, end - start)).Trim().TrimStart('#').Trim().TrimEnd(':').TrimEnd();
                if (line.Length != 4 || line[0] is not ('1' or '2') || !int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year is < 1900 or > 2100)
                {
                    continue;
                }

                var before = text.AsSpan(0, start).TrimEnd(" \t");
                var after = text.AsSpan(end).TrimStart(" \t");
                if ((before.IsEmpty || before[^1] is '\n' or '\r') && (after.IsEmpty || after[0] is '\n' or '\r'))
                {
                    found.Add((end, year));
                }
            }

            return found;
        }

        private List<Candidate> FullDates => _fullDates ??= FullDatesOf(All);

        private static List<Candidate> FullDatesOf(List<Candidate> all)
        {
            var full = new List<Candidate>();
            foreach (var c in all)
            {
                if (c.Date is not null)
                {
                    full.Add(c);
                }
            }

            return full;
        }
    }
}
