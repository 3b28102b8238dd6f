using System.Globalization;
using System.Runtime.CompilerServices;
using Compare.Text;

namespace Compare.Recognition.Dates;

/// <summary>
/// Hand-written readers for the most frequent patterns (Mdy, Dmy, Iso, MonthYear, BareYear). Each one answers, for
/// one start position in a sentence, exactly what the pattern's regular expression would match there, including the
/// order in which the expression tries its alternatives and gives characters back; the patterns stay the reference,
/// and tests compare both on varied sentences.
/// </summary>
/// <remarks>
/// Positions are indices into the sentence alone, as the expressions ran on the sentence cut out of the text: what
/// precedes the sentence is out of sight of lookbehinds, and its end is the end of input for lookaheads and <c>\b</c>.
/// Every match of these patterns starts with an ASCII digit, or with the capital of a month or weekday name, that no
/// ASCII letter or digit precedes (BareYear's preposition is looked for backwards from the year), so only such word
/// starts are tried; FindCues collects them.
/// </remarks>
internal static partial class DateRecognizer
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    // The WeekdayAny alternatives of each weekday, in the order the pattern lists them, indexed by DayOfWeek.
    private static readonly string[][] WeekdayForms =
    [
        ["Sunday", "Sun"],
        ["Monday", "Mon"],
        ["Tuesday", "Tues", "Tue"],
        ["Wednesday", "Wed"],
        ["Thursday", "Thurs", "Thur", "Thu"],
        ["Friday", "Fri"],
        ["Saturday", "Sat"],
    ];

    // The prep alternatives of BareYear, matched in any ASCII case (none holds a "k", whose Kelvin sign would also match).
    private static readonly string[] YearPrepositions = ["in", "since", "until", "till", "of", "by", "from", "before", "after"];

    private const int LongestYearPreposition = 6;

    /// <summary>A day date read by <see cref="TryMdy"/>, <see cref="TryDmy"/> or <see cref="TryIso"/>.</summary>
    private struct DayDateMatch
    {
        public int Start;
        public int End;
        public int Month;
        public int Day;
        public int Year;
        public int Weekday;
    }

    /// <summary>
    /// The regular expressions' <c>\w</c>: letters, non-spacing marks, decimal digits and connector punctuation.
    /// </summary>
    internal static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }

    /// <summary>Whether the regular expressions' <c>\b</c> holds at <paramref name="i"/>, just after a word character.</summary>
    private static bool BoundaryAfterWord(ReadOnlySpan<char> s, int i) =>
        i >= s.Length || !(IsWordChar(s[i]) || s[i] == '\u200C' || s[i] == '\u200D');

    private static bool NotAfterWordChar(ReadOnlySpan<char> s, int i) => i == 0 || !IsWordChar(s[i - 1]);

    private static bool IsDigit(ReadOnlySpan<char> s, int i) => i < s.Length && char.IsAsciiDigit(s[i]);

    private static int SkipWhiteSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static bool StartsWithAt(ReadOnlySpan<char> s, int i, string word) =>
        s.Length - i >= word.Length && s.Slice(i, word.Length).SequenceEqual(word);

    /// <summary>
    /// MonthPart at <paramref name="i"/>: a full month name followed by <c>\b</c>, or an abbreviation followed by
    /// <c>\b</c> and an optional dot. Only one alternative can satisfy <c>\b</c>, so the first that does is the match.
    /// </summary>
    private static bool TryMonth(ReadOnlySpan<char> s, int i, out int month, out int end)
    {
        month = 0;
        end = i;
        if (s.Length - i < 3)
        {
            return false;
        }

        month = MonthOfPrefix(s[i], s[i + 1], s[i + 2]);
        if (month == 0)
        {
            return false;
        }

        string full = MonthNames[month - 1];
        if (StartsWithAt(s, i, full) && BoundaryAfterWord(s, i + full.Length))
        {
            end = i + full.Length;
            return true;
        }

        if (month == 5)
        {
            return false;
        }

        if (month == 9 && StartsWithAt(s, i, "Sept") && BoundaryAfterWord(s, i + 4))
        {
            end = i + 4;
        }
        else if (BoundaryAfterWord(s, i + 3))
        {
            end = i + 3;
        }
        else
        {
            return false;
        }

        if (end < s.Length && s[end] == '.')
        {
            end++;
        }

        return true;
    }

    // The month whose name starts with these three letters (case as written), or 0.
    private static int MonthOfPrefix(char a, char b, char c) => (a, b, c) switch
    {
        ('J', 'a', 'n') => 1,
        ('F', 'e', 'b') => 2,
        ('M', 'a', 'r') => 3,
        ('A', 'p', 'r') => 4,
        ('M', 'a', 'y') => 5,
        ('J', 'u', 'n') => 6,
        ('J', 'u', 'l') => 7,
        ('A', 'u', 'g') => 8,
        ('S', 'e', 'p') => 9,
        ('O', 'c', 't') => 10,
        ('N', 'o', 'v') => 11,
        ('D', 'e', 'c') => 12,
        _ => 0,
    };

    /// <summary>
    /// What the three letters a, b, c (case as written) begin: the number of the month whose name starts with them
    /// (see <see cref="MonthOfPrefix"/>), <see cref="WeekdayName"/> plus the weekday whose shortest form they are
    /// (see <see cref="WeekdayOfPrefix"/>), or 0. Most capitals in a text begin neither, so a single comparison with
    /// the one name that may sit in their slot of <see cref="NameSlots"/> settles nearly all of them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NameOfPrefix(char a, char b, char c)
    {
        var slot = NameSlots[NameSlot(a, b, c)];
        return slot.Key == NameKey(a, b, c) ? slot.Name : 0;
    }

    // The three letters as one number; no name's is 0, the key of an empty slot.
    private static ulong NameKey(char a, char b, char c) => a | ((ulong)b << 16) | ((ulong)c << 32);

    // Where the names' first three letters go in NameSlots: no two of the 19 share a slot (checked as it is built).
    private static int NameSlot(char a, char b, char c) => (a + (5 * b) + c) & 63;

    private static readonly (ulong Key, int Name)[] NameSlots = BuildNameSlots();

    // The places where a month or weekday name may begin, ahead of NameOfPrefix (see FindCues).
    private static readonly PrefixFilter NamePrefixes = new(NamePrefixKeys());

    // The keys (see PrefixFilter.KeyOf) of the names' first three letters.
    private static List<ushort> NamePrefixKeys()
    {
        var keys = new List<ushort>();
        foreach (var (key, name) in NameSlots)
        {
            if (name != 0)
            {
                var a = (char)(key & 0xFFFF);
                var b = (char)((key >> 16) & 0xFFFF);
                var c = (char)((key >> 32) & 0xFFFF);
                keys.Add(PrefixFilter.KeyOf(a, b, c));
            }
        }

        return keys;
    }

    private static (ulong Key, int Name)[] BuildNameSlots()
    {
        var slots = new (ulong Key, int Name)[64];
        void Put(string name, int value)
        {
            int slot = NameSlot(name[0], name[1], name[2]);
            if (slots[slot].Key != 0)
            {
                throw new InvalidOperationException($"Two names share slot {slot}.");
            }

            slots[slot] = (NameKey(name[0], name[1], name[2]), value);
        }

        for (int month = 1; month <= 12; month++)
        {
            Put(MonthNames[month - 1], month);
        }

        for (int weekday = 0; weekday < 7; weekday++)
        {
            Put(WeekdayForms[weekday][^1], WeekdayName + weekday);
        }

        return slots;
    }

    // The weekday (as DayOfWeek) whose shortest form is these three letters (case as written), or -1: every form of a
    // weekday starts with its shortest one.
    private static int WeekdayOfPrefix(char a, char b, char c) => (a, b, c) switch
    {
        ('S', 'u', 'n') => 0,
        ('M', 'o', 'n') => 1,
        ('T', 'u', 'e') => 2,
        ('W', 'e', 'd') => 3,
        ('T', 'h', 'u') => 4,
        ('F', 'r', 'i') => 5,
        ('S', 'a', 't') => 6,
        _ => -1,
    };

    /// <summary>
    /// WeekdayPrefix at <paramref name="i"/> without its optionality: a weekday form and <c>\b</c>, an optional dot and
    /// comma, and white space. What follows always starts with a letter or digit, so the white space is taken whole.
    /// </summary>
    private static bool TryWeekdayPrefix(ReadOnlySpan<char> s, int i, out int weekday, out int end)
    {
        weekday = -1;
        end = i;
        if (!TryWeekdayWord(s, i, out weekday, out int j))
        {
            return false;
        }

        if (j < s.Length && s[j] == '.')
        {
            j++;
        }

        if (j < s.Length && s[j] == ',')
        {
            j++;
        }

        end = SkipWhiteSpace(s, j);
        return end > j;
    }

    // One of the WeekdayAny forms followed by \b; only one form can be.
    private static bool TryWeekdayWord(ReadOnlySpan<char> s, int i, out int weekday, out int end)
    {
        weekday = -1;
        end = i;
        if (s.Length - i < 3)
        {
            return false;
        }

        weekday = (s[i], s[i + 1]) switch
        {
            ('S', 'u') => 0,
            ('M', 'o') => 1,
            ('T', 'u') => 2,
            ('W', 'e') => 3,
            ('T', 'h') => 4,
            ('F', 'r') => 5,
            ('S', 'a') => 6,
            _ => -1,
        };
        if (weekday < 0)
        {
            return false;
        }

        foreach (string form in WeekdayForms[weekday])
        {
            if (StartsWithAt(s, i, form) && BoundaryAfterWord(s, i + form.Length))
            {
                end = i + form.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ways DayPart's digits can be read at <paramref name="i"/>, in the order the expression tries them
    /// (<c>3[01]</c>, <c>[12][0-9]</c>, <c>0?[1-9]</c> with the zero first); returns how many.
    /// </summary>
    private static int DayDigitOptions(ReadOnlySpan<char> s, int i, Span<(int Day, int End)> options)
    {
        int count = 0;
        if (!IsDigit(s, i))
        {
            return 0;
        }

        int d1 = s[i] - '0';
        bool second = IsDigit(s, i + 1);
        int d2 = second ? s[i + 1] - '0' : -1;
        if (d1 == 3 && d2 is 0 or 1)
        {
            options[count++] = (30 + d2, i + 2);
        }

        if (d1 is 1 or 2 && second)
        {
            options[count++] = ((d1 * 10) + d2, i + 2);
        }

        if (d1 == 0 && d2 >= 1)
        {
            options[count++] = (d2, i + 2);
        }
        else if (d1 >= 1)
        {
            options[count++] = (d1, i + 1);
        }

        return count;
    }

    // The ordinal suffix DayPart allows after the digits, as written (lower case only).
    private static bool HasOrdinalSuffix(ReadOnlySpan<char> s, int i) =>
        s.Length - i >= 2 && (s[i], s[i + 1]) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');

    // DayPart's closing lookahead (?![0-9A-Za-z]).
    private static bool DayEnds(ReadOnlySpan<char> s, int i) => i >= s.Length || !char.IsAsciiLetterOrDigit(s[i]);

    /// <summary>YearPart at <paramref name="i"/>: 1900-2100 not followed by a digit, nor by a dot or comma and a digit.</summary>
    private static bool TryYear(ReadOnlySpan<char> s, int i, out int year)
    {
        year = 0;
        if (s.Length - i < 4 || !IsDigit(s, i) || !IsDigit(s, i + 1) || !IsDigit(s, i + 2) || !IsDigit(s, i + 3))
        {
            return false;
        }

        int value = ((s[i] - '0') * 1000) + ((s[i + 1] - '0') * 100) + ((s[i + 2] - '0') * 10) + (s[i + 3] - '0');
        if (value is < 1900 or > 2100)
        {
            return false;
        }

        int after = i + 4;
        if (IsDigit(s, after) || (after < s.Length && s[after] is '.' or ',' && IsDigit(s, after + 1)))
        {
            return false;
        }

        year = value;
        return true;
    }

    /// <summary>The optional <c>(?:,?\s+YearPart)?</c> after a day or month: the year and where it ends, or 0.</summary>
    private static int OptionalYear(ReadOnlySpan<char> s, int i, out int end)
    {
        end = i;
        int j = i < s.Length && s[i] == ',' ? i + 1 : i;
        int k = SkipWhiteSpace(s, j);
        if (k > j && TryYear(s, k, out int year))
        {
            end = k + 4;
            return year;
        }

        return 0;
    }

    /// <summary>The Mdy pattern at <paramref name="p"/>: "Sunday, September 1, 2024", "Oct. 7".</summary>
    private static bool TryMdy(ReadOnlySpan<char> s, int p, out DayDateMatch match)
    {
        match = default;
        if (!NotAfterWordChar(s, p))
        {
            return false;
        }

        // With the weekday first; without it the match would have to start with a month at a weekday's name.
        if (TryWeekdayPrefix(s, p, out int weekday, out int afterWeekday) && TryMdyFrom(s, afterWeekday, ref match))
        {
            match.Start = p;
            match.Weekday = weekday;
            return true;
        }

        if (TryMdyFrom(s, p, ref match))
        {
            match.Start = p;
            match.Weekday = -1;
            return true;
        }

        return false;
    }

    private static bool TryMdyFrom(ReadOnlySpan<char> s, int i, ref DayDateMatch match)
    {
        if (!TryMonth(s, i, out int month, out int afterMonth))
        {
            return false;
        }

        int dayStart = SkipWhiteSpace(s, afterMonth);
        if (dayStart == afterMonth)
        {
            return false;
        }

        Span<(int Day, int End)> options = stackalloc (int, int)[3];
        int count = DayDigitOptions(s, dayStart, options);
        for (int o = 0; o < count; o++)
        {
            var (day, digitsEnd) = options[o];
            int dayEnd;
            if (HasOrdinalSuffix(s, digitsEnd) && DayEnds(s, digitsEnd + 2))
            {
                dayEnd = digitsEnd + 2;
            }
            else if (DayEnds(s, digitsEnd))
            {
                dayEnd = digitsEnd;
            }
            else
            {
                continue;
            }

            match.Month = month;
            match.Day = day;
            match.Year = OptionalYear(s, dayEnd, out match.End);
            return true;
        }

        return false;
    }

    /// <summary>The Dmy pattern at <paramref name="p"/>: "7 October 2023", "Monday, 1st of March".</summary>
    private static bool TryDmy(ReadOnlySpan<char> s, int p, out DayDateMatch match)
    {
        match = default;
        if (p > 0 && (IsWordChar(s[p - 1]) || s[p - 1] is '.' or ','))
        {
            return false;
        }

        if (TryWeekdayPrefix(s, p, out int weekday, out int afterWeekday) && TryDmyFrom(s, afterWeekday, ref match))
        {
            match.Start = p;
            match.Weekday = weekday;
            return true;
        }

        if (TryDmyFrom(s, p, ref match))
        {
            match.Start = p;
            match.Weekday = -1;
            return true;
        }

        return false;
    }

    private static bool TryDmyFrom(ReadOnlySpan<char> s, int i, ref DayDateMatch match)
    {
        Span<(int Day, int End)> options = stackalloc (int, int)[3];
        int count = DayDigitOptions(s, i, options);
        for (int o = 0; o < count; o++)
        {
            var (day, digitsEnd) = options[o];

            // The suffix is optional and greedy: with it first, then without.
            if (HasOrdinalSuffix(s, digitsEnd) && DayEnds(s, digitsEnd + 2) && TryDmyMonth(s, digitsEnd + 2, day, ref match))
            {
                return true;
            }

            if (DayEnds(s, digitsEnd) && TryDmyMonth(s, digitsEnd, day, ref match))
            {
                return true;
            }
        }

        return false;
    }

    // (?:\s+of)?\s+MonthPart(?:,?\s+YearPart)? after the day.
    private static bool TryDmyMonth(ReadOnlySpan<char> s, int i, int day, ref DayDateMatch match)
    {
        int j = SkipWhiteSpace(s, i);
        if (j == i)
        {
            return false;
        }

        int month, afterMonth;
        if (StartsWithAt(s, j, "of"))
        {
            int k = SkipWhiteSpace(s, j + 2);
            if (k > j + 2 && TryMonth(s, k, out month, out afterMonth))
            {
                Complete(s, ref match, month, day, afterMonth);
                return true;
            }
        }

        if (TryMonth(s, j, out month, out afterMonth))
        {
            Complete(s, ref match, month, day, afterMonth);
            return true;
        }

        return false;

        static void Complete(ReadOnlySpan<char> s, ref DayDateMatch match, int month, int day, int afterMonth)
        {
            match.Month = month;
            match.Day = day;
            match.Year = OptionalYear(s, afterMonth, out match.End);
        }
    }

    /// <summary>The Iso pattern at <paramref name="p"/>: "2023-10-07", any year from 1000 to 2999.</summary>
    private static bool TryIso(ReadOnlySpan<char> s, int p, out DayDateMatch match)
    {
        match = default;
        if (s.Length - p < 10 || (p > 0 && (IsWordChar(s[p - 1]) || s[p - 1] == '-')))
        {
            return false;
        }

        if (s[p] is not ('1' or '2') || !IsDigit(s, p + 1) || !IsDigit(s, p + 2) || !IsDigit(s, p + 3) || s[p + 4] != '-'
            || !IsDigit(s, p + 5) || !IsDigit(s, p + 6) || s[p + 7] != '-' || !IsDigit(s, p + 8) || !IsDigit(s, p + 9))
        {
            return false;
        }

        int month = ((s[p + 5] - '0') * 10) + (s[p + 6] - '0');
        int day = ((s[p + 8] - '0') * 10) + (s[p + 9] - '0');
        if (month is < 1 or > 12 || day is < 1 or > 31 || (p + 10 < s.Length && (IsWordChar(s[p + 10]) || s[p + 10] == '-')))
        {
            return false;
        }

        match.Start = p;
        match.End = p + 10;
        match.Month = month;
        match.Day = day;
        match.Year = ((s[p] - '0') * 1000) + ((s[p + 1] - '0') * 100) + ((s[p + 2] - '0') * 10) + (s[p + 3] - '0');
        match.Weekday = -1;
        return true;
    }

    /// <summary>The MonthYear pattern at <paramref name="p"/>: "July 2024", "Sept., 2022".</summary>
    private static bool TryMonthYear(ReadOnlySpan<char> s, int p, out int month, out int year, out int end)
    {
        year = 0;
        end = p;
        if (!NotAfterWordChar(s, p) || !TryMonth(s, p, out month, out int afterMonth))
        {
            month = 0;
            return false;
        }

        int j = afterMonth < s.Length && s[afterMonth] == ',' ? afterMonth + 1 : afterMonth;
        int k = SkipWhiteSpace(s, j);
        if (k == j || !TryYear(s, k, out year))
        {
            return false;
        }

        end = k + 4;
        return true;
    }

    /// <summary>
    /// The BareYear pattern for the year at <paramref name="y"/>: the year alone, or a preposition, white space and
    /// the year. The preposition's start is <paramref name="prepStart"/>, or -1 when the match is the year alone.
    /// </summary>
    /// <remarks>
    /// Looking back from the year finds what a scan from the left would: a preposition can only be the word that ends
    /// where the white space before the year begins, and an earlier match cannot reach into it, as a year followed
    /// by a letter is no match.
    /// </remarks>
    private static bool TryBareYear(ReadOnlySpan<char> s, int y, out int prepStart, out int prepLength)
    {
        prepStart = -1;
        prepLength = 0;
        if (!IsBareYearAt(s, y))
        {
            return false;
        }

        int wordEnd = y;
        while (wordEnd > 0 && char.IsWhiteSpace(s[wordEnd - 1]))
        {
            wordEnd--;
        }

        if (wordEnd < y)
        {
            // A preposition is the whole of the run of ASCII letters that ends there: a shorter one would follow a
            // letter, a longer one would take in a character that is none. So only prepositions of the run's length
            // are compared, and the run is counted no further than the longest of them. Counting ASCII letters alone
            // also keeps out what OrdinalIgnoreCase would fold to ASCII (the dotless i), which the pattern does not take.
            int run = 0;
            while (run < LongestYearPreposition && run < wordEnd && char.IsAsciiLetter(s[wordEnd - run - 1]))
            {
                run++;
            }

            int p = wordEnd - run;
            if (run > 0 && NotAfterWordChar(s, p))
            {
                var word = s.Slice(p, run);
                foreach (string prep in YearPrepositions)
                {
                    if (prep.Length == run && word.Equals(prep, StringComparison.OrdinalIgnoreCase))
                    {
                        prepStart = p;
                        prepLength = run;
                        return true;
                    }
                }
            }
        }

        // The year alone, after (?<!\w) and (?<![\w,.$-]).
        return y == 0 || !(IsWordChar(s[y - 1]) || s[y - 1] is ',' or '.' or '$' or '-');
    }

    // The year of BareYear with its lookahead (?![\w%-]|[.,][0-9]); white space or the start precede it.
    private static bool IsBareYearAt(ReadOnlySpan<char> s, int i)
    {
        if (s.Length - i < 4 || !IsDigit(s, i) || !IsDigit(s, i + 1) || !IsDigit(s, i + 2) || !IsDigit(s, i + 3))
        {
            return false;
        }

        bool century = (s[i], s[i + 1]) is ('1', '9') or ('2', '0') || (s[i], s[i + 1], s[i + 2], s[i + 3]) is ('2', '1', '0', '0');
        if (!century)
        {
            return false;
        }

        int after = i + 4;
        if (after < s.Length && (IsWordChar(s[after]) || s[after] is '%' or '-'))
        {
            return false;
        }

        return !(after < s.Length && s[after] is '.' or ',' && IsDigit(s, after + 1));
    }
}
