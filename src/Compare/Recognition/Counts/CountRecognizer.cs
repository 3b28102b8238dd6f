using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Compare.Text;

namespace Compare.Recognition.Counts;

/// <summary>
/// Finds counts ("more than 200", "about 1,200", "three", "2.5 million", "a dozen") in one sentence.
/// </summary>
/// <remarks>
/// A hand-written character scan rather than a regex, so that the many context exclusions below can look at
/// neighbouring words cheaply and nothing can time out. What is deliberately <em>not</em> a count:
/// <list type="bullet">
/// <item>dates ("October 7", "7 October", "Oct. 18", "2023-10-07") and plain four-digit numbers 1900–2100,
/// which in news copy are years ("in 2023", "the 1948 war"); a qualifier in front ("about 2000") keeps them;</item>
/// <item>times ("10 a.m.", "10:30", "1400 GMT"), ordinals ("7th"; "first" is not a number word), percentages,
/// durations ("10 days", "five years"), measurements, money ("$5 million");</item>
/// <item>identifiers: numbers glued to letters or joined by "-" or "/" ("S-300", "SC/15496", "F-16"), numbers after
/// "resolution", "article", "No." and similar, and a parenthesised number right after such an identifier ("(2023)");</item>
/// <item>compound modifiers ("three-day", "25-year-old", "two-thirds") and ages (see <see cref="AgeRecognizer"/>;
/// they are reported separately);</item>
/// <item>vague quantities without a number ("dozens", "several thousand", "tens of thousands", "half a million");</item>
/// <item>the bare word "one", which is far more often a pronoun ("one of them", "one is") than a count; it counts
/// only before a scale word or one of a few person nouns ("one hostage", "one child").</item>
/// </list>
/// </remarks>
internal static class CountRecognizer
{
    private const int MaxDigits = 24;

    private static readonly FrozenDictionary<string, int> SmallNumbers = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, decimal> BigScales = new Dictionary<string, decimal>
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Longest phrases first is not needed: matching tries three words, then two, then one.
    private static readonly FrozenDictionary<string, CountQualifier> Qualifiers = new Dictionary<string, CountQualifier>
    {
        ["about"] = CountQualifier.Approx, ["around"] = CountQualifier.Approx, ["roughly"] = CountQualifier.Approx,
        ["some"] = CountQualifier.Approx, ["approximately"] = CountQualifier.Approx, ["an estimated"] = CountQualifier.Approx,
        ["estimated"] = CountQualifier.Approx, ["close to"] = CountQualifier.Approx,

        // "nearly 1,200" is in practice a rounded figure a little under 1,200, not a strict upper bound;
        // reading it as approximate keeps it compatible with the exact figure other outlets print.
        ["nearly"] = CountQualifier.Approx, ["almost"] = CountQualifier.Approx,

        ["more than"] = CountQualifier.AtLeast, ["over"] = CountQualifier.AtLeast, ["greater than"] = CountQualifier.AtLeast,
        ["at least"] = CountQualifier.AtLeast, ["upwards of"] = CountQualifier.AtLeast, ["in excess of"] = CountQualifier.AtLeast,
        ["no fewer than"] = CountQualifier.AtLeast, ["no less than"] = CountQualifier.AtLeast, ["not less than"] = CountQualifier.AtLeast,

        ["up to"] = CountQualifier.AtMost, ["fewer than"] = CountQualifier.AtMost, ["less than"] = CountQualifier.AtMost,
        ["at most"] = CountQualifier.AtMost, ["no more than"] = CountQualifier.AtMost, ["not more than"] = CountQualifier.AtMost,
        ["under"] = CountQualifier.AtMost,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ], StringComparer.Ordinal);

    // Words after which a number names something rather than counting it.
    private static readonly FrozenSet<string> IdentifierWords = FrozenSet.ToFrozenSet(
    [
        "resolution", "resolutions", "article", "articles", "paragraph", "section", "chapter", "clause", "no", "nos",
        "number", "page", "pages", "flight", "route", "highway", "road", "gate", "platform", "room", "unit", "brigade",
        "battalion", "division", "regiment", "squadron", "building", "block", "phase", "stage", "round", "level",
        "sector", "zone", "version", "season", "episode", "volume", "vol", "model", "code", "protocol", "annex",
        "aged", "age", "ages",
    ], StringComparer.Ordinal);

    // A word after the number that makes it a duration, time, percentage, measurement or sum of money.
    private static readonly FrozenSet<string> NonCountUnits = FrozenSet.ToFrozenSet(
    [
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
        "weeks", "month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries", "night",
        "nights", "weekend", "weekends", "fortnight", "fortnights",
        "am", "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "idt",
        "percent", "percentage", "pc",
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "mile", "miles", "metre", "metres", "meter",
        "meters", "cm", "mm", "kg", "kilograms", "kilogram", "tonne", "tonnes", "ton", "tons", "foot", "feet", "ft",
        "inch", "inches", "acre", "acres", "hectare", "hectares", "degree", "degrees", "mph", "kph", "litres", "liters",
        "dollar", "dollars", "euro", "euros", "shekel", "shekels", "pound", "pounds", "cents", "yen", "usd", "eur", "nis",
    ], StringComparer.Ordinal);

    // The only nouns that make a bare "one" a count; see the class remarks.
    private static readonly FrozenSet<string> OneNouns = FrozenSet.ToFrozenSet(
    [
        "person", "hostage", "child", "soldier", "civilian", "man", "woman", "boy", "girl", "baby", "journalist",
        "worker", "resident", "officer", "policeman", "paramedic", "victim", "captive", "fighter", "militant",
    ], StringComparer.Ordinal);

    // Every word a number can start with: "a" and the number words above. Looked up without allocating, so that
    // the common case, a word that starts no number, costs no more than lower-casing it on the stack.
    private static readonly FrozenSet<string> NumberStarts = SmallNumbers.Keys
        .Concat(Tens.Keys)
        .Concat(BigScales.Keys)
        .Concat(["hundred", "dozen", "a"])
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberStartLookup =
        NumberStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestNumberStart = NumberStarts.Max(w => w.Length);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> SmallNumberLookup =
        SmallNumbers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TensLookup =
        Tens.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> BigScaleLookup =
        BigScales.GetAlternateLookup<ReadOnlySpan<char>>();

    // The qualifier phrases as a set, whose lookup also gives the phrase's own string.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QualifierPhraseLookup =
        Qualifiers.Keys.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IdentifierWordLookup =
        IdentifierWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonCountUnitLookup =
        NonCountUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OneNounLookup =
        OneNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words are lower-cased on the stack for these lookups; no single word in the tables is longer.
    private const int MaxLookupLength = 16;

    private static readonly SearchValues<char> NumberInitials = SearchValues.Create(Initials(NumberStarts));

    // NumberStarts as AsciiBlock.LowerKey gives them, in an open-addressed table (zero marks a free slot). Every
    // number start but "seventeen" fits a key; that one is looked up by its first eight letters.
    private const int NumberStartKeyBits = 7;
    private static readonly ulong[] NumberStartKeys = BuildNumberStartKeys();

    // Bit n is set when some number start has n letters; most words are ruled out by their length alone.
    private static readonly uint NumberStartLengths = NumberStarts.Aggregate(0u, (bits, w) => bits | (1u << w.Length));

    private enum WordKind { Start, Article, Unit, Tens, Hundred, Big, Dozen }

    /// <summary>
    /// Returns the counts in <c>text[sentence.Start..sentence.End]</c>, ordered by position, with absolute offsets.
    /// Every returned span lies inside the sentence span (clamped to the text). Never throws: a null or empty text
    /// or a span outside the text gives an empty result.
    /// </summary>
    public static ImmutableArray<CountMention> Recognize(string text, TextSpan sentence) => Recognize(text, sentence, out _);

    /// <summary>
    /// As <see cref="Recognize(string, TextSpan)"/>, also giving the ages of the sentence exactly as
    /// <see cref="AgeRecognizer.Recognize"/> gives them for the same span: counts read the ages anyway (to keep an
    /// age from reading as a count), and a caller that needs both then reads the sentence for ages once.
    /// </summary>
    public static ImmutableArray<CountMention> Recognize(string text, TextSpan sentence, out ImmutableArray<AgeMention> ages)
    {
        ages = [];
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var lo = Math.Min(sentence.Start, text.Length);
        var hi = Math.Clamp(sentence.End, lo, text.Length);
        if (lo >= hi)
        {
            // No ages either: the age recogniser clamps the span the same way and finds nothing in an empty one.
            return [];
        }

        ages = AgeRecognizer.Recognize(text, new TextSpan(lo, hi));
        List<CountMention>? found = null;

        // Where a whole block can still be read; beyond it every word takes the general path.
        var lastBlockStart = text.Length - AsciiBlock.Width;
        var i = lo;
        while (i < hi)
        {
            if (i <= lastBlockStart)
            {
                i = SkipPlainWords(text, hi, i, lastBlockStart);
                if (i >= hi)
                {
                    break;
                }
            }

            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                i = ScanWords(text, lo, hi, i, ages, ref found);
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ScanDigits(text, lo, hi, i, ages, ref found);
            }
            else if (c >= 128 && char.IsLetter(c))
            {
                i = ScanWords(text, lo, hi, i, ages, ref found);
            }
            else
            {
                i++;
            }
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>
    /// Value of a single number word from "zero" to "ninety" (case-insensitive), so that age phrases such as
    /// "five-year-old" read number words the same way counts do.
    /// </summary>
    public static bool TryGetSmallNumberWord(string word, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(word))
        {
            return false;
        }

        // No number word is longer; a shorter word is lower-cased on the stack, as ToLowerInvariant would.
        if (word.Length > LongestNumberStart)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return SmallNumberLookup.TryGetValue(lower, out value) || TensLookup.TryGetValue(lower, out value);
    }

    /// <summary>
    /// Skips, a block at a time, what the scan would pass over without effect: ASCII punctuation and white space,
    /// and words of ASCII letters that start no number. Returns the first position from <paramref name="start"/>
    /// that needs a closer look (a digit, a character outside ASCII, a word that may start a number, a word that
    /// may go on beyond the block), or <paramref name="hi"/>. <paramref name="start"/> must be a position the scan
    /// stops at, not inside a word, and the result is one too.
    /// </summary>
    private static int SkipPlainWords(string t, int hi, int start, int lastBlockStart)
    {
        var i = start;
        while (i <= lastBlockStart)
        {
            AsciiBlock.Classify(t, i, out var letters, out var digits, out var nonAscii);
            var available = hi - i;
            var inRange = available >= AsciiBlock.Width ? uint.MaxValue : (1u << available) - 1;

            // The first character that is not plain ASCII punctuation or a letter: up to there words can be skipped.
            var stop = Math.Min(BitOperations.TrailingZeroCount((digits | nonAscii | ~inRange) & 0xFFFF), AsciiBlock.Width);
            var wordLetters = AsciiBlock.Below(letters, stop);

            // A word reaching the stop is whole when the range ends there or a digit stops it; not so before a
            // character outside ASCII (it may be a letter) or at the end of the block.
            var lastWordIsWhole = stop >= available || (stop < AsciiBlock.Width && (digits & (1u << stop)) != 0);
            var next = i + AsciiBlock.Width;
            for (var starts = wordLetters & ~(wordLetters << 1); starts != 0; starts &= starts - 1)
            {
                var s = BitOperations.TrailingZeroCount(starts);
                var length = AsciiBlock.LeadingRun(wordLetters >> s);
                if (s + length == stop && !lastWordIsWhole)
                {
                    // A word cut by the block end is read again from its start by the next block.
                    if (stop == AsciiBlock.Width && s > 0)
                    {
                        next = i + s;
                        break;
                    }

                    return i + s;
                }

                if (CanStartNumberAt(t, i + s, length))
                {
                    return i + s;
                }
            }

            if (stop < AsciiBlock.Width)
            {
                return Math.Min(i + stop, hi);
            }

            i = next;
        }

        return i;
    }

    /// <summary>Whether the word of <paramref name="length"/> ASCII letters at <paramref name="start"/> may start a number.</summary>
    private static bool CanStartNumberAt(string t, int start, int length)
    {
        if ((NumberStartLengths & (1u << Math.Min(length, 31))) == 0)
        {
            return false;
        }

        // Near the end of the text the key cannot be read; the general path decides.
        return start + AsciiBlock.KeyLength > t.Length
            || IsNumberStartKey(AsciiBlock.LowerKey(t, start, Math.Min(length, AsciiBlock.KeyLength)));
    }

    private static bool IsNumberStartKey(ulong key)
    {
        var keys = NumberStartKeys;
        var mask = keys.Length - 1;
        for (var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - NumberStartKeyBits)); keys[slot] != 0; slot = (slot + 1) & mask)
        {
            if (keys[slot] == key)
            {
                return true;
            }
        }

        return false;
    }

    // The different first letters of the words, in their order; a loop, since LINQ over chars is generic code that
    // is compiled at run time.
    private static string Initials(IEnumerable<string> words)
    {
        var initials = string.Empty;
        foreach (var word in words)
        {
            if (!initials.Contains(word[0], StringComparison.Ordinal))
            {
                initials += word[0];
            }
        }

        return initials;
    }

    private static ulong[] BuildNumberStartKeys()
    {
        var keys = new ulong[1 << NumberStartKeyBits];
        foreach (var word in NumberStarts)
        {
            var key = AsciiBlock.LowerKey(word.PadRight(AsciiBlock.KeyLength), 0, Math.Min(word.Length, AsciiBlock.KeyLength));
            var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - NumberStartKeyBits));
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & (keys.Length - 1);
            }

            keys[slot] = key;
        }

        return keys;
    }

    private static int ScanDigits(string t, int lo, int hi, int start, ImmutableArray<AgeMention> ages, ref List<CountMention>? found)
    {
        var j = start;
        while (j < hi && char.IsAsciiDigit(t[j]))
        {
            j++;
        }

        var grouped = false;
        if (j - start <= 3)
        {
            while (j < hi && t[j] == ',' && IsDigitRun(t, j + 1, 3, hi) && (j + 4 >= hi || !char.IsAsciiDigit(t[j + 4])))
            {
                j += 4;
                grouped = true;
            }
        }

        var hasFraction = false;
        if (j + 1 < hi && t[j] == '.' && char.IsAsciiDigit(t[j + 1]))
        {
            j++;
            while (j < hi && char.IsAsciiDigit(t[j]))
            {
                j++;
            }

            hasFraction = true;
        }

        var digitsEnd = j;
        if (BadBefore(t, lo, start) || BadAfter(t, hi, digitsEnd) || digitsEnd - start > MaxDigits)
        {
            return SkipRun(t, hi, digitsEnd);
        }

        // The digits without their thousands separators.
        Span<char> raw = stackalloc char[MaxDigits];
        var rawLength = 0;
        foreach (var c in t.AsSpan(start, digitsEnd - start))
        {
            if (c != ',')
            {
                raw[rawLength++] = c;
            }
        }

        if (!decimal.TryParse(raw[..rawLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return digitsEnd;
        }

        var numberEnd = digitsEnd;
        var scaled = false;
        Span<char> lower = stackalloc char[MaxLookupLength];
        if (TryWordAfter(t, hi, digitsEnd, out var sws, out var swe) && BigScaleLookup.TryGetValue(LowerInto(t, sws, swe, lower), out var scale))
        {
            if (value > decimal.MaxValue / scale)
            {
                return swe;
            }

            value *= scale;
            numberEnd = swe;
            scaled = true;
            if (BadAfter(t, hi, numberEnd))
            {
                return numberEnd;
            }
        }

        var plain = !grouped && !hasFraction && !scaled;
        var integerValue = plain && value == decimal.Truncate(value) ? value : -1m;
        if (IsExcludedByContext(t, lo, hi, start, numberEnd, integerValue, ages))
        {
            return numberEnd;
        }

        var qualifier = FindQualifier(t, lo, start);

        // Unqualified four-digit numbers in this range are years in news copy; a count this size is normally
        // written with a thousands separator ("2,000").
        if (qualifier is null && plain && digitsEnd - start == 4 && value is >= 1900m and <= 2100m)
        {
            return numberEnd;
        }

        var reading = scaled ? "scaled, read as " + Format(value) : "as written";
        (found ??= []).Add(Build(t, start, numberEnd, value, qualifier, reading));
        return numberEnd;
    }

    private static int ScanWords(string t, int lo, int hi, int start, ImmutableArray<AgeMention> ages, ref List<CountMention>? found)
    {
        var firstEnd = LetterRunEnd(t, hi, start);
        if (!CanStartNumber(t.AsSpan(start, firstEnd - start)))
        {
            // Most words: neither "a" nor a number word, so no number starts here.
            return firstEnd;
        }

        if (!TryParseNumberWords(t, lo, hi, start, out var value, out var numberEnd, out var words, out var startsWithOne))
        {
            return firstEnd;
        }

        if (BadBefore(t, lo, start) || BadAfter(t, hi, numberEnd))
        {
            return numberEnd;
        }

        Span<char> lower = stackalloc char[MaxLookupLength];
        if (words == 1 && startsWithOne
            && !(TryWordAfter(t, hi, numberEnd, out var nws, out var nwe) && OneNounLookup.Contains(LowerInto(t, nws, nwe, lower))))
        {
            return numberEnd;
        }

        var integerValue = value == decimal.Truncate(value) ? value : -1m;
        if (IsExcludedByContext(t, lo, hi, start, numberEnd, integerValue, ages))
        {
            return numberEnd;
        }

        var reading = words == 1 ? "number word" : "number word, read as " + Format(value);
        (found ??= []).Add(Build(t, start, numberEnd, value, FindQualifier(t, lo, start), reading));
        return numberEnd;
    }

    /// <summary>
    /// Reads "three", "twenty-five", "two hundred and fifty", "one million", "a dozen", "a thousand".
    /// Stops before the first word that would not continue a well-formed number, so "two three" is two numbers.
    /// <paramref name="startsWithOne"/> tells whether the first word is "one" (in any case).
    /// </summary>
    private static bool TryParseNumberWords(string t, int lo, int hi, int start, out decimal value, out int end, out int words, out bool startsWithOne)
    {
        value = 0m;
        end = start;
        words = 0;
        decimal total = 0m, group = 0m, lastBig = decimal.MaxValue;
        var last = WordKind.Start;
        var pos = start;
        var consumedNumber = false;
        Span<char> lower = stackalloc char[MaxLookupLength];
        var first = LowerInto(t, start, LetterRunEnd(t, hi, start), lower);
        startsWithOne = first is "one";
        var startsWithArticle = first is "a";

        if (startsWithArticle)
        {
            // "half a dozen" / "half a million" are not a dozen or a million.
            if (TryWordBefore(t, lo, start, out var hws, out var hwe) && LowerInto(t, hws, hwe, lower) is "half")
            {
                return false;
            }

            group = 1m;
            last = WordKind.Article;
            end = start + 1;
            if (!TryWordAfter(t, hi, end, out pos, out _))
            {
                return false;
            }
        }

        while (pos < hi && char.IsLetter(t[pos]))
        {
            var we = LetterRunEnd(t, hi, pos);
            var w = LowerInto(t, pos, we, lower);
            WordKind kind;
            decimal v;
            if (SmallNumberLookup.TryGetValue(w, out var small))
            {
                kind = WordKind.Unit;
                v = small;
            }
            else if (TensLookup.TryGetValue(w, out var tens))
            {
                kind = WordKind.Tens;
                v = tens;
            }
            else if (w is "hundred")
            {
                kind = WordKind.Hundred;
                v = 100m;
            }
            else if (BigScaleLookup.TryGetValue(w, out var big))
            {
                kind = WordKind.Big;
                v = big;
            }
            else if (w is "dozen")
            {
                kind = WordKind.Dozen;
                v = 12m;
            }
            else
            {
                break;
            }

            if (!Allowed(last, kind, v, group, lastBig, separatedByHyphen: pos > 0 && t[pos - 1] == '-'))
            {
                break;
            }

            switch (kind)
            {
                case WordKind.Unit:
                case WordKind.Tens:
                    group += v;
                    break;
                case WordKind.Hundred:
                    group *= 100m;
                    break;
                case WordKind.Big:
                    total += group * v;
                    group = 0m;
                    lastBig = v;
                    break;
                case WordKind.Dozen:
                    group *= 12m;
                    break;
            }

            last = kind;
            end = we;
            words++;
            consumedNumber = true;
            if (kind == WordKind.Dozen)
            {
                break;
            }

            if (!TryNextNumberWordStart(t, hi, we, last, out pos))
            {
                break;
            }
        }

        if (!consumedNumber)
        {
            return false;
        }

        if (startsWithArticle)
        {
            words++;
        }

        value = total + group;
        return true;
    }

    private static bool Allowed(WordKind last, WordKind next, decimal v, decimal group, decimal lastBig, bool separatedByHyphen)
    {
        // Only "twenty-five" style joins use a hyphen; "three-day" must stop after "three".
        if (separatedByHyphen && !(last == WordKind.Tens && next == WordKind.Unit))
        {
            return false;
        }

        return (last, next) switch
        {
            (WordKind.Start, WordKind.Unit or WordKind.Tens) => true,
            (WordKind.Article, WordKind.Hundred or WordKind.Big or WordKind.Dozen) => true,
            (WordKind.Unit, WordKind.Hundred) => group < 100m,
            (WordKind.Unit, WordKind.Big) => v < lastBig,
            (WordKind.Unit, WordKind.Dozen) => group < 20m,
            (WordKind.Tens, WordKind.Unit) => v is >= 1m and <= 9m,
            (WordKind.Tens, WordKind.Big) => v < lastBig,
            (WordKind.Hundred, WordKind.Unit or WordKind.Tens) => true,
            (WordKind.Hundred, WordKind.Big) => v < lastBig,
            (WordKind.Big, WordKind.Unit or WordKind.Tens) => true,
            _ => false,
        };
    }

    private static bool TryNextNumberWordStart(string t, int hi, int we, WordKind last, out int next)
    {
        next = we;
        if (we + 1 < hi && t[we] == '-' && char.IsLetter(t[we + 1]))
        {
            next = we + 1;
            return true;
        }

        if (!TryWordAfter(t, hi, we, out var ws, out var wEnd))
        {
            return false;
        }

        // British "two hundred and fifty": "and" may join only after a hundred or a scale word.
        Span<char> lower = stackalloc char[MaxLookupLength];
        if (LowerInto(t, ws, wEnd, lower) is "and" && last is WordKind.Hundred or WordKind.Big)
        {
            if (!TryWordAfter(t, hi, wEnd, out var aws, out var awe))
            {
                return false;
            }

            var after = LowerInto(t, aws, awe, lower);
            if (!SmallNumberLookup.ContainsKey(after) && !TensLookup.ContainsKey(after))
            {
                return false;
            }

            next = aws;
            return true;
        }

        next = ws;
        return true;
    }

    private static bool IsExcludedByContext(string t, int lo, int hi, int start, int end, decimal integerValue, ImmutableArray<AgeMention> ages)
    {
        var span = new TextSpan(start, end);
        foreach (var age in ages)
        {
            if (age.AgeSpan.Overlaps(span))
            {
                return true;
            }
        }

        Span<char> lower = stackalloc char[MaxLookupLength];
        if (TryWordAfter(t, hi, end, out var aws, out var awe))
        {
            var after = LowerInto(t, aws, awe, lower);
            if (NonCountUnitLookup.Contains(after))
            {
                return true;
            }

            Span<char> lowerNext = stackalloc char[MaxLookupLength];
            if (after is "per" && TryWordAfter(t, hi, awe, out var cws, out var cwe) && LowerInto(t, cws, cwe, lowerNext) is "cent")
            {
                return true;
            }

            // "10 a.m.", "3 p.m.", "6 o'clock".
            if ((after is "a" or "p" && awe + 1 < hi && t[awe] == '.' && char.ToLowerInvariant(t[awe + 1]) == 'm')
                || (after is "o" && awe + 1 < hi && t[awe] is '\'' or '\u2019'))
            {
                return true;
            }

            if (IsDayOfMonth(integerValue) && IsMonth(t, aws, awe))
            {
                return true;
            }
        }

        // "Oct. 18" has a full stop between the month and the number.
        var before = SkipSpaceBack(t, lo, start);
        var monthEnd = before > lo && t[before - 1] == '.' ? before - 1 : before;
        if (monthEnd < start && monthEnd > lo && char.IsLetter(t[monthEnd - 1]))
        {
            var mws = LetterRunStart(t, lo, monthEnd);
            if (IsMonth(t, mws, monthEnd) && (IsDayOfMonth(integerValue) || integerValue is >= 1000m and <= 2100m))
            {
                return true;
            }
        }

        if (TryWordBefore(t, lo, start, out var bws, out var bwe) && IdentifierWordLookup.Contains(LowerInto(t, bws, bwe, lower)))
        {
            return true;
        }

        return IsParenthesisedAfterIdentifier(t, lo, start);
    }

    /// <summary>"resolution 2712 (2023)": the year in parentheses qualifies the identifier before it.</summary>
    private static bool IsParenthesisedAfterIdentifier(string t, int lo, int start)
    {
        if (start - 1 < lo || t[start - 1] != '(')
        {
            return false;
        }

        var p = SkipSpaceBack(t, lo, start - 1);
        if (p <= lo || !char.IsAsciiDigit(t[p - 1]))
        {
            return false;
        }

        var q = p;
        while (q > lo && (char.IsAsciiDigit(t[q - 1]) || t[q - 1] is ',' or '/' or '-' || char.IsLetter(t[q - 1])))
        {
            q--;
        }

        if (q < p && (char.IsLetter(t[q]) || t[q] is '/' or '-'))
        {
            return true;
        }

        Span<char> lower = stackalloc char[MaxLookupLength];
        return TryWordBefore(t, lo, q, out var ws, out var we) && IdentifierWordLookup.Contains(LowerInto(t, ws, we, lower));
    }

    private static bool IsDayOfMonth(decimal integerValue) => integerValue is >= 1m and <= 31m;

    private static bool IsMonth(string t, int ws, int we)
    {
        if (we <= ws || !char.IsUpper(t[ws]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxLookupLength];
        return MonthLookup.Contains(LowerInto(t, ws, we, lower));
    }

    // Verbs whose particle "over" is no qualifier ("handed over two women").
    private static readonly FrozenSet<string> ParticleVerbs = new[]
    {
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "give", "gives", "gave", "giving",
        "pass", "passes", "passed", "passing", "take", "takes", "took", "taking", "bring", "brings", "brought", "send", "sent",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleVerbLookup =
        ParticleVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds a qualifier phrase ending right before <paramref name="numberStart"/>.</summary>
    private static (int Start, CountQualifier Qualifier, string Phrase)? FindQualifier(string t, int lo, int numberStart)
    {
        var p = SkipSpaceBack(t, lo, numberStart);
        if (p > lo && t[p - 1] == '~')
        {
            return (p - 1, CountQualifier.Approx, "~");
        }

        // Up to three words before the number, nearest first, each lower-cased into its own part of one buffer.
        Span<int> starts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        Span<char> lowerWords = stackalloc char[3 * MaxLookupLength];
        var count = 0;
        var cursor = numberStart;
        while (count < 3 && TryWordBefore(t, lo, cursor, out var ws, out var we))
        {
            starts[count] = ws;
            lengths[count] = LowerInto(t, ws, we, lowerWords.Slice(count * MaxLookupLength, MaxLookupLength)).Length;
            count++;
            cursor = ws;
        }

        Span<char> phraseBuffer = stackalloc char[(3 * MaxLookupLength) + 2];
        for (var n = count; n >= 1; n--)
        {
            // The phrase of the n nearest words in text order, joined by single spaces.
            var phraseLength = 0;
            for (var k = n - 1; k >= 0; k--)
            {
                if (k < n - 1)
                {
                    phraseBuffer[phraseLength++] = ' ';
                }

                lowerWords.Slice(k * MaxLookupLength, lengths[k]).CopyTo(phraseBuffer[phraseLength..]);
                phraseLength += lengths[k];
            }

            if (QualifierPhraseLookup.TryGetValue(phraseBuffer[..phraseLength], out var phrase))
            {
                // "handed over two women": "over" is the verb's particle, not "more than".
                if (n == 1 && phrase is "over" or "under" && count >= 2
                    && ParticleVerbLookup.Contains(lowerWords.Slice(MaxLookupLength, lengths[1])))
                {
                    continue;
                }

                return (starts[n - 1], Qualifiers[phrase], phrase);
            }
        }

        return null;
    }

    private static CountMention Build(string t, int numberStart, int numberEnd, decimal value, (int Start, CountQualifier Qualifier, string Phrase)? qualifier, string reading)
    {
        var spanStart = qualifier?.Start ?? numberStart;
        var written = t[spanStart..numberEnd];
        var q = qualifier?.Qualifier ?? CountQualifier.Exact;
        var draft = new CountValue(value, q, written, string.Empty);
        var (low, high) = draft.Interval;

        // The derivation is a one-line explanation, so a line break inside "more than\n200" must not leak into it.
        var shown = string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var derivation = q switch
        {
            CountQualifier.Approx => $"{shown}: approximate (\"{qualifier?.Phrase}\"), read as {Format(low)} to {Format(high)}",
            CountQualifier.AtLeast => $"{shown}: at least {Format(low)}",
            CountQualifier.AtMost => $"{shown}: at most {Format(high)}",
            _ => $"{shown}: {reading}",
        };
        return new CountMention(new TextSpan(spanStart, numberEnd), new TextSpan(numberStart, numberEnd), draft with { Derivation = derivation });
    }

    private static string Format(decimal d) => d.ToString("#,0.##########", CultureInfo.InvariantCulture);

    /// <summary>The number is glued to something before it that makes it part of a code, date, range or sum.</summary>
    private static bool BadBefore(string t, int lo, int start)
    {
        if (start - 1 < lo)
        {
            return false;
        }

        var c = t[start - 1];
        return char.IsLetterOrDigit(c)
            || c is '-' or '\u2013' or '/' or ':' or '#' or '$' or '\u20ac' or '\u00a3' or '\u00a5' or '\u20aa'
                or '_' or '.' or '@' or '+' or '\'' or '\u2019' or '&' or '\\' or '^' or '*' or '=';
    }

    /// <summary>The number is glued to something after it: "7th", "12%", "10:30", "three-day", "2023-10-07".</summary>
    private static bool BadAfter(string t, int hi, int end)
    {
        if (end >= hi)
        {
            return false;
        }

        var c = t[end];
        if (char.IsLetterOrDigit(c) || c is '%' or '\u00b0' or '_' or '$' or '\u20ac' or '\u00a3')
        {
            return true;
        }

        var next = end + 1 < hi ? t[end + 1] : '\0';
        return c is '-' or '\u2013' or '/' or ':' or '.' or ',' && char.IsLetterOrDigit(next);
    }

    private static bool IsDigitRun(string t, int start, int length, int hi)
    {
        if (start + length > hi)
        {
            return false;
        }

        for (var k = start; k < start + length; k++)
        {
            if (!char.IsAsciiDigit(t[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipRun(string t, int hi, int i)
    {
        while (i < hi && (char.IsLetterOrDigit(t[i]) || t[i] is ',' or '.') && i + 1 <= hi)
        {
            if (t[i] is ',' or '.' && (i + 1 >= hi || !char.IsAsciiDigit(t[i + 1])))
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static int LetterRunEnd(string t, int hi, int i)
    {
        while (i < hi && char.IsLetter(t[i]))
        {
            i++;
        }

        return i;
    }

    private static int LetterRunStart(string t, int lo, int end)
    {
        while (end > lo && char.IsLetter(t[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int SkipSpaceBack(string t, int lo, int i)
    {
        while (i > lo && char.IsWhiteSpace(t[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>The word after <paramref name="end"/>, separated from it by at least one white-space character.</summary>
    private static bool TryWordAfter(string t, int hi, int end, out int ws, out int we)
    {
        ws = we = end;
        var i = end;
        while (i < hi && char.IsWhiteSpace(t[i]))
        {
            i++;
        }

        if (i == end || i >= hi || !char.IsLetter(t[i]))
        {
            return false;
        }

        ws = i;
        we = LetterRunEnd(t, hi, i);
        return true;
    }

    /// <summary>The word before <paramref name="start"/>, separated from it by at least one white-space character.</summary>
    private static bool TryWordBefore(string t, int lo, int start, out int ws, out int we)
    {
        ws = we = start;
        var i = SkipSpaceBack(t, lo, start);
        if (i == start || i <= lo || !char.IsLetter(t[i - 1]))
        {
            return false;
        }

        we = i;
        ws = LetterRunStart(t, lo, i);
        return true;
    }

    /// <summary>
    /// <c>t[start..end].ToLowerInvariant()</c> written into <paramref name="buffer"/>, so that a word is looked up
    /// without a new string; empty when the word is longer than the buffer, as no word in the tables is.
    /// </summary>
    private static ReadOnlySpan<char> LowerInto(string t, int start, int end, Span<char> buffer)
    {
        var word = t.AsSpan(start, end - start);
        if (word.Length > buffer.Length)
        {
            return [];
        }

        word.ToLowerInvariant(buffer);
        return buffer[..word.Length];
    }

    /// <summary>
    /// Whether the lower-case form of <paramref name="word"/> (as <see cref="string.ToLowerInvariant()"/> gives it)
    /// is "a" or a number word.
    /// </summary>
    private static bool CanStartNumber(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > LongestNumberStart)
        {
            return false;
        }

        // Number words start with few letters: an ASCII initial settles most words without lower-casing them.
        if (char.IsAscii(word[0]) && !NumberInitials.Contains(char.ToLowerInvariant(word[0])))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return NumberStartLookup.Contains(lower);
    }
}
