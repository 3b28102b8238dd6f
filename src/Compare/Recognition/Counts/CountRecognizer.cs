using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    /// <summary>The month names and their short forms, in lower case (a number beside one is a date, not a count).</summary>
    internal static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
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
        "aged", "age", "ages", "claim", "question", "part", "step",
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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BigScaleSetLookup =
        BigScales.Keys.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

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

    // The last words of the qualifier phrases ("than" of "more than"): the word right before a number ends any
    // phrase in front of it, so a number after some other word has no qualifier.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QualifierLastWordLookup =
        LastWords(Qualifiers.Keys).GetAlternateLookup<ReadOnlySpan<char>>();

    // Bit n is set when some word of the table has n letters: lower-casing keeps a word's length, so a word of
    // another length is known to be missing without lower-casing it.
    private static readonly uint BigScaleLengths = LengthsOf(BigScales.Keys);
    private static readonly uint MonthLengths = LengthsOf(Months);
    private static readonly uint IdentifierWordLengths = LengthsOf(IdentifierWords);

    // The same sets, for a word that is read without lower-casing it (see WordKeySet).
    private static readonly WordKeySet MonthKeys = new(Months);
    private static readonly WordKeySet QualifierLastWordKeys = new(LastWords(Qualifiers.Keys));
    private static readonly WordKeySet BigScaleKeys = new(BigScales.Keys);

    // Words are lower-cased on the stack for these lookups; no single word in the tables is longer.
    private const int MaxLookupLength = 16;

    private static readonly SearchValues<char> NumberInitials = SearchValues.Create(Initials(NumberStarts));

    // The number words ("a" aside) by their keys as KeyAt gives them, in a table of 2^NumberWordSlotBits slots that
    // one multiplicative hash indexes without collisions, so a word is looked up with one probe and no branch; a
    // free slot holds zero, which no word's key is. The multiplier is searched for from a fixed seed when the class
    // is set up, so every run builds the same table.
    private const int NumberWordSlotBits = 8;
    private static readonly ulong NumberWordMultiplier = FindNumberWordMultiplier();
    private static readonly ulong[] NumberWordSlots = BuildNumberWordSlots();

    // The places where a number word may begin (see NextMarkedBlock); set up from NumberStarts above.
    private static readonly PrefixFilter NumberPrefixes = new(NumberPrefixKeys());

    // Characters NextStop may read from the start of a block: the block, the next one, and a key from the block's end.
    private const int Window = (2 * AsciiBlock.Width) + AsciiBlock.KeyLength;

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
    public static ImmutableArray<CountMention> Recognize(string text, TextSpan sentence, out ImmutableArray<AgeMention> ages) =>
        Recognize(text, sentence, out ages, shortcuts: true);

    /// <summary>
    /// As <see cref="Recognize(string, TextSpan, out ImmutableArray{AgeMention})"/>, but looking at every character
    /// the scan reaches instead of passing over plain words and sentences a block at a time, and reading every run of
    /// digits in full instead of settling the days and years of dates first: the plain reading that the faster one
    /// must always agree with.
    /// </summary>
    internal static ImmutableArray<CountMention> RecognizeCharacterByCharacter(string text, TextSpan sentence, out ImmutableArray<AgeMention> ages) =>
        Recognize(text, sentence, out ages, shortcuts: false);

    private static ImmutableArray<CountMention> Recognize(string text, TextSpan sentence, out ImmutableArray<AgeMention> ages, bool shortcuts)
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

        // Most sentences hold no digit and no number word, and then neither counts nor ages: a count needs one of
        // them, "Roe, 53," a digit and "five-year-old" a number word. Such a sentence is done here.
        var i = shortcuts ? NextStop(text, hi, lo) : lo;
        if (i >= hi)
        {
            return [];
        }

        ages = AgeRecognizer.Recognize(text, new TextSpan(lo, hi));
        List<CountMention>? found = null;
        while (true)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                i = ScanWords(text, lo, hi, i, ages, ref found);
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ScanDigits(text, lo, hi, i, ages, shortcuts, ref found);
            }
            else if (c >= 128 && char.IsLetter(c))
            {
                i = ScanWords(text, lo, hi, i, ages, ref found);
            }
            else
            {
                i++;
            }

            if (i >= hi)
            {
                break;
            }

            i = shortcuts ? NextStop(text, hi, i) : i;
            if (i >= hi)
            {
                break;
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
    /// The first position from <paramref name="start"/> that the scan must look at itself, or <paramref name="hi"/>:
    /// a digit, a letter outside ASCII (from the start of its word), a word of ASCII letters that may be a number
    /// word, or an "a" before such a stop. Everything passed over is a word of ASCII letters that is no number word,
    /// an "a" that cannot start a number (none follows it), or a character that is neither letter nor digit; the
    /// scan would visit each without effect. <paramref name="start"/> must be a position the scan stops at, not
    /// inside a word, and the result is one too.
    /// </summary>
    /// <remarks>
    /// Reads the text a block of <see cref="AsciiBlock.Width"/> characters at a time, and with it the next block,
    /// so that every word starting in the block is measured whole; each word is then looked up by its key without a
    /// branch. A word of more than eight letters is looked up by its first eight, which may stop the skip where no
    /// number is, never the reverse. "a" is no stop of its own: it starts a number only when white space and a
    /// number word follow, and that number word stops the skip, which then steps back to the "a".
    /// </remarks>
    private static int NextStop(string t, int hi, int start)
    {
        var i = start;

        // Bit 0 is set when the word before the block at i goes on into it (that word has been looked up already).
        var carry = 0u;

        // Blocks from here on are read from a copy of the rest of the sentence, as the text may end within a window.
        var direct = Math.Min(hi, t.Length - Window + 1);
        while (i < direct)
        {
            var block = NextMarkedBlock(t, 0, hi, direct, ref i, ref carry, out var hits, out var stops);
            if (block < 0)
            {
                break;
            }

            var stop = FirstStop(t, start, block, hits, stops);
            if (stop >= 0)
            {
                return stop;
            }
        }

        return i < hi ? NextStopNearTextEnd(t, hi, start, i, carry) : hi;
    }

    /// <summary>As <see cref="NextStop"/> from the block at <paramref name="i"/>, which may lie within a window of the text's end.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NextStopNearTextEnd(string t, int hi, int start, int i, uint carry)
    {
        // The rest of the sentence is shorter than a window, so a copy padded with spaces holds every read.
        Span<char> pad = stackalloc char[2 * Window];
        var rest = t.AsSpan(i, hi - i);
        rest.CopyTo(pad);
        pad[rest.Length..].Fill(' ');
        var origin = i;
        while (i < hi)
        {
            var block = NextMarkedBlock(pad, origin, hi, hi, ref i, ref carry, out var hits, out var stops);
            if (block < 0)
            {
                break;
            }

            var stop = FirstStop(t, start, block, hits, stops);
            if (stop >= 0)
            {
                return stop;
            }
        }

        return hi;
    }

    /// <summary>
    /// Reads the blocks of <paramref name="source"/> (whose first character is the text's character at
    /// <paramref name="origin"/>) from text position <paramref name="i"/> while it is below <paramref name="end"/>,
    /// and returns the start of the first block where a word that may be a number word starts (bits in
    /// <paramref name="hits"/>) or that holds a digit or a character outside ASCII (bits in <paramref name="stops"/>),
    /// with <paramref name="i"/> and <paramref name="carry"/> moved past it; -1 when there is none before
    /// <paramref name="end"/>. Characters from <paramref name="hi"/> on count as spaces.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextMarkedBlock(ReadOnlySpan<char> source, int origin, int hi, int end, ref int i, ref uint carry, out uint hits, out uint stops)
    {
        var at = i;
        var before = carry;
        ClassifyBlock(source, at - origin, hi - at, out var letters, out var marks);
        while (at < end)
        {
            var b = at - origin;
            ClassifyBlock(source, b + AsciiBlock.Width, hi - at - AsciiBlock.Width, out var nextLetters, out var nextMarks);
            var run = letters | (nextLetters << AsciiBlock.Width);
            var found = 0u;

            // Only words of three letters or more whose first three letters begin some number word are looked up:
            // no number word is shorter ("a" is no stop of its own), and few other words pass, so most blocks hold none.
            var starts = letters & ~((letters << 1) | before) & (run >> 1) & (run >> 2);
            if (starts != 0)
            {
                starts &= NumberPrefixes.Mask(source[b..]);
            }

            for (; starts != 0; starts &= starts - 1)
            {
                var s = BitOperations.TrailingZeroCount(starts);
                var key = KeyAt(source, b + s, BitOperations.TrailingZeroCount(~(run >> s)));
                found |= (NumberWordSlots[NumberWordSlot(key)] == key ? 1u : 0u) << s;
            }

            before = letters >> (AsciiBlock.Width - 1);
            if ((found | marks) != 0)
            {
                i = at + AsciiBlock.Width;
                carry = before;
                hits = found;
                stops = marks;
                return at;
            }

            letters = nextLetters;
            marks = nextMarks;
            at += AsciiBlock.Width;
        }

        i = at;
        carry = before;
        hits = stops = 0;
        return -1;
    }

    // The keys of the first three letters of the number words, "a" aside.
    private static List<ushort> NumberPrefixKeys()
    {
        var keys = new List<ushort>();
        foreach (var word in NumberStarts)
        {
            if (word.Length >= 3)
            {
                keys.Add(PrefixFilter.KeyOf(word[0], word[1], word[2]));
            }
        }

        return keys;
    }

    /// <summary>
    /// The stop of the block at <paramref name="i"/> given its number-word starts and its digits and characters
    /// outside ASCII, or -1 when the block has none: a character outside ASCII that is no letter separates words
    /// as a space does.
    /// </summary>
    private static int FirstStop(string t, int start, int i, uint hits, uint stops)
    {
        for (var rest = stops; rest != 0; rest &= rest - 1)
        {
            var k = BitOperations.TrailingZeroCount(rest);
            if (!char.IsAscii(t[i + k]) && !char.IsLetter(t[i + k]))
            {
                stops &= ~(1u << k);
            }
        }

        var first = hits | stops;
        if (first == 0)
        {
            return -1;
        }

        var p = i + BitOperations.TrailingZeroCount(first);
        if (char.IsAsciiDigit(t[p]))
        {
            // Nothing starting before a digit reads it: an "a" needs a word after it.
            return p;
        }

        // A letter outside ASCII may be inside a word: the scan reads that word from its first letter.
        while (p > start && char.IsLetter(t[p - 1]))
        {
            p--;
        }

        // "a million", "a dozen": the number starts at the "a", which the scan reads first.
        var gap = p;
        while (gap > start && char.IsWhiteSpace(t[gap - 1]))
        {
            gap--;
        }

        var article = gap - 1;
        if (gap < p && article >= start && (t[article] | 0x20) == 'a' && (article == start || !char.IsLetter(t[article - 1])))
        {
            return article;
        }

        return p;
    }

    /// <summary>
    /// As <see cref="AsciiBlock.Classify(string, int, out uint, out uint, out uint)"/> for the block at
    /// <paramref name="start"/> of <paramref name="source"/>, keeping only its first <paramref name="count"/>
    /// characters (none when it is not positive): <paramref name="letters"/> marks ASCII letters,
    /// <paramref name="stops"/> digits and characters outside ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClassifyBlock(ReadOnlySpan<char> source, int start, int count, out uint letters, out uint stops)
    {
        AsciiBlock.Classify(source.Slice(start, AsciiBlock.Width), out letters, out var digits, out var nonAscii);
        var kept = (uint)((1UL << Math.Clamp(count, 0, AsciiBlock.Width)) - 1);
        letters &= kept;
        stops = (digits | nonAscii) & kept;
    }

    /// <summary>
    /// The first <paramref name="length"/> characters at <paramref name="start"/> (at most
    /// <see cref="AsciiBlock.KeyLength"/>), ASCII letters as far as the caller knows, as one number: each lower-cased
    /// (<c>| 0x20</c>) into a byte, the unused bytes zero, as <see cref="AsciiBlock.LowerKey(ReadOnlySpan{char}, int)"/> gives them. Reads
    /// <see cref="AsciiBlock.KeyLength"/> characters whatever the length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong KeyAt(ReadOnlySpan<char> source, int start, int length) =>
        AsciiBlock.LowerKey(source.Slice(start, AsciiBlock.KeyLength), length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NumberWordSlot(ulong key) => (int)((key * NumberWordMultiplier) >> (64 - NumberWordSlotBits));

    /// <summary>The keys of the number words, "a" aside; each word of eight letters or more by its first eight.</summary>
    private static HashSet<ulong> NumberWordKeys()
    {
        var keys = new HashSet<ulong>();
        foreach (var word in NumberStarts)
        {
            if (word != "a")
            {
                keys.Add(KeyAt(word.PadRight(AsciiBlock.KeyLength), 0, word.Length));
            }
        }

        return keys;
    }

    private static ulong FindNumberWordMultiplier() => FindSlotMultiplier(NumberWordKeys(), NumberWordSlotBits, "the number words");

    /// <summary>
    /// An odd multiplier that sends each of <paramref name="keys"/> to its own slot of a table of
    /// 2^<paramref name="slotBits"/> (the top bits of key times multiplier), searched for along a fixed sequence
    /// (Knuth's MMIX generator) so that every run builds the same table.
    /// </summary>
    private static ulong FindSlotMultiplier(IReadOnlyCollection<ulong> keys, int slotBits, string what)
    {
        var taken = new bool[1 << slotBits];
        var candidate = 0x9E3779B97F4A7C15UL;
        for (var attempt = 0; attempt < 1_000_000; attempt++)
        {
            candidate = (candidate * 6364136223846793005UL) + 1442695040888963407UL;
            var multiplier = candidate | 1;
            Array.Clear(taken);
            var clash = false;
            foreach (var key in keys)
            {
                var slot = (int)((key * multiplier) >> (64 - slotBits));
                clash |= taken[slot];
                taken[slot] = true;
            }

            if (!clash)
            {
                return multiplier;
            }
        }

        throw new InvalidOperationException($"No multiplier places {what} in distinct slots.");
    }

    private static ulong[] BuildNumberWordSlots()
    {
        var slots = new ulong[1 << NumberWordSlotBits];
        foreach (var key in NumberWordKeys())
        {
            slots[NumberWordSlot(key)] = key;
        }

        return slots;
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

    private static int ScanDigits(string t, int lo, int hi, int start, ImmutableArray<AgeMention> ages, bool shortcuts, ref List<CountMention>? found)
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

        // Most runs of digits in news copy are the days and years of dates: settled here, before the general reading.
        if (shortcuts && !grouped && !hasFraction && digitsEnd - start is <= 2 or 4 && IsDayOrYearOfDate(t, lo, hi, start, digitsEnd))
        {
            return digitsEnd;
        }

        return ReadDigits(t, lo, hi, start, digitsEnd, grouped, hasFraction, ages, ref found);
    }

    /// <summary>
    /// The general reading of the digits <c>t[start..digitsEnd]</c>, which nothing glues to a code, date, range or
    /// sum; apart from <see cref="ScanDigits"/>, so that its buffers are set up only for the runs the dates leave.
    /// </summary>
    private static int ReadDigits(string t, int lo, int hi, int start, int digitsEnd, bool grouped, bool hasFraction, ImmutableArray<AgeMention> ages, ref List<CountMention>? found)
    {
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

        if (!TryParseDigits(raw[..rawLength], out var value))
        {
            return digitsEnd;
        }

        var numberEnd = digitsEnd;
        var scaled = false;
        Span<char> lower = stackalloc char[MaxLookupLength];
        if (TryWordAfter(t, hi, digitsEnd, out var sws, out var swe) && HasLength(BigScaleLengths, swe - sws)
            && BigScaleLookup.TryGetValue(LowerInto(t, sws, swe, lower), out var scale))
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

        // Unqualified four-digit numbers in this range are years in news copy; a count this size is normally
        // written with a thousands separator ("2,000"). Such a year is no count whatever its context, so the
        // qualifier is looked for first: the context of the many years is then not read at all.
        var yearLike = plain && digitsEnd - start == 4 && value is >= 1900m and <= 2100m;
        var qualifier = yearLike ? FindQualifier(t, lo, start) : null;
        if (yearLike && qualifier is null)
        {
            return numberEnd;
        }

        if (IsExcludedByContext(t, lo, hi, start, numberEnd, integerValue, ages))
        {
            return numberEnd;
        }

        if (!yearLike)
        {
            qualifier = FindQualifier(t, lo, start);
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

            // As IsMonth does, with the word lower-cased already.
            if (IsDayOfMonth(integerValue) && char.IsUpper(t[aws]) && MonthLookup.Contains(after))
            {
                return true;
            }
        }

        if ((IsDayOfMonth(integerValue) || integerValue is >= 1000m and <= 2100m) && IsAfterMonth(t, lo, start))
        {
            return true;
        }

        if (TryWordBefore(t, lo, start, out var bws, out var bwe) && HasLength(IdentifierWordLengths, bwe - bws)
            && IdentifierWordLookup.Contains(LowerInto(t, bws, bwe, lower)))
        {
            return true;
        }

        return IsParenthesisedAfterIdentifier(t, lo, start);
    }

    /// <summary>Whether a capitalised month name ends right before the number at <paramref name="start"/>: "October 7", "Oct. 18".</summary>
    private static bool IsAfterMonth(string t, int lo, int start)
    {
        // "Oct. 18" has a full stop between the month and the number.
        var before = SkipSpaceBack(t, lo, start);
        var monthEnd = before > lo && t[before - 1] == '.' ? before - 1 : before;
        return monthEnd < start && monthEnd > lo && char.IsLetter(t[monthEnd - 1]) && IsMonth(t, LetterRunStart(t, lo, monthEnd), monthEnd);
    }

    /// <summary>
    /// Whether the plain digits <c>t[start..end]</c> (one, two or four, neither glued to anything nor grouped) are
    /// what <see cref="ScanDigits"/> would read as no count and pass over to <paramref name="end"/>, for the reason
    /// that most of them are: a day of 1 to 31 beside a month ("7 October", "October 7", "Oct. 18"), or a year
    /// 1900–2100 with no qualifier before it. False leaves the run to the general reading, which also finds these
    /// two in the end; no scale word may follow, as it would make the number longer.
    /// </summary>
    private static bool IsDayOrYearOfDate(string t, int lo, int hi, int start, int end)
    {
        var value = 0;
        for (var k = start; k < end; k++)
        {
            value = (value * 10) + (t[k] - '0');
        }

        var wordAfter = TryWordAfter(t, hi, end, out var ws, out var we);
        if (end - start == 4)
        {
            return value is >= 1900 and <= 2100 && !(wordAfter && IsBigScale(t, ws, we)) && FindQualifier(t, lo, start) is null;
        }

        if (value is < 1 or > 31)
        {
            return false;
        }

        // A month is no scale word, so after a month the number ends where its digits do.
        return (wordAfter && IsMonth(t, ws, we)) || (!(wordAfter && IsBigScale(t, ws, we)) && IsAfterMonth(t, lo, start));
    }

    private static bool IsBigScale(string t, int ws, int we) =>
        HasLength(BigScaleLengths, we - ws) && BigScaleKeys.Contains(t, ws, we, BigScaleSetLookup);

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

    private static bool IsMonth(string t, int ws, int we) =>
        we > ws && char.IsUpper(t[ws]) && HasLength(MonthLengths, we - ws) && MonthKeys.Contains(t, ws, we, MonthLookup);

    private static FrozenSet<string> LastWords(IEnumerable<string> phrases)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            words.Add(phrase[(phrase.LastIndexOf(' ') + 1)..]);
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The ASCII letters <c>t[start..end]</c> (at most <see cref="AsciiBlock.KeyLength"/>) as one number: each
    /// lower-cased (<c>| 0x20</c>) into a byte, the first lowest, the unused bytes zero.
    /// </summary>
    private static ulong LetterKey(string t, int start, int end)
    {
        var key = 0UL;
        for (var k = start; k < end; k++)
        {
            key |= (ulong)(byte)(t[k] | 0x20) << (8 * (k - start));
        }

        return key;
    }

    private static bool HasLength(uint lengths, int length) => (lengths & (1u << Math.Min(length, 31))) != 0;

    private static uint LengthsOf(IEnumerable<string> words)
    {
        var lengths = 0u;
        foreach (var word in words)
        {
            // No word in the tables comes near 31 letters, the bit that also stands for every longer length.
            lengths |= 1u << Math.Min(word.Length, 31);
        }

        return lengths;
    }

    /// <summary>
    /// <c>decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)</c> for
    /// ASCII digits with at most one decimal point; digits that fit a long, the common case, are added up directly,
    /// which gives the same decimal (scale zero).
    /// </summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> digits, out decimal value)
    {
        if (digits.Length is > 0 and <= 18 && !digits.Contains('.'))
        {
            var whole = 0L;
            foreach (var c in digits)
            {
                whole = (whole * 10) + (c - '0');
            }

            value = whole;
            return true;
        }

        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
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

        if (!TryWordBefore(t, lo, numberStart, out var nearestStart, out var nearestEnd)
            || !QualifierLastWordKeys.Contains(t, nearestStart, nearestEnd, QualifierLastWordLookup))
        {
            return null;
        }

        return FindQualifierPhrase(t, lo, numberStart);
    }

    /// <summary>
    /// As <see cref="FindQualifier"/> once the word right before the number is known to end some qualifier phrase;
    /// apart, so that its buffers are set up only for the few numbers after such a word.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Start, CountQualifier Qualifier, string Phrase)? FindQualifierPhrase(string t, int lo, int numberStart)
    {
        // Up to three words before the number, nearest first, each lower-cased into its own part of one buffer.
        Span<char> lowerWords = stackalloc char[3 * MaxLookupLength];
        Span<int> starts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
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
        var (low, high) = CountValue.IntervalOf(value, q, written);

        // The derivation is a one-line explanation, so a line break inside "more than\n200" must not leak into it.
        var shown = SingleSpaced(written);
        var (roundedLow, roundedHigh) = q == CountQualifier.Approx ? CountValue.RoundedInterval(value) : (low, high);
        var againstBound = (roundedLow, roundedHigh) == (low, high)
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"; against a bound, {new GroupedNumber(roundedLow)} to {new GroupedNumber(roundedHigh)}");
        var derivation = q switch
        {
            CountQualifier.Approx => string.Create(CultureInfo.InvariantCulture, $"{shown}: approximate (\"{qualifier?.Phrase}\"), read as {new GroupedNumber(low)} to {new GroupedNumber(high)}{againstBound}"),
            CountQualifier.AtLeast => string.Create(CultureInfo.InvariantCulture, $"{shown}: at least {new GroupedNumber(low)}"),
            CountQualifier.AtMost => string.Create(CultureInfo.InvariantCulture, $"{shown}: at most {new GroupedNumber(high)}"),
            _ => $"{shown}: {reading}",
        };
        return new CountMention(new TextSpan(spanStart, numberEnd), new TextSpan(numberStart, numberEnd), new CountValue(value, q, written, derivation));
    }

    /// <summary>
    /// The words of <paramref name="written"/> joined by single spaces (<c>string.Join(' ', written.Split(null,
    /// RemoveEmptyEntries))</c>); <paramref name="written"/> itself when it is so already, as it nearly always is.
    /// </summary>
    internal static string SingleSpaced(string written)
    {
        var previousWasSpace = true;
        foreach (var c in written)
        {
            var space = char.IsWhiteSpace(c);
            if (space && (previousWasSpace || c != ' '))
            {
                return string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }

            previousWasSpace = space;
        }

        return previousWasSpace && written.Length > 0
            ? string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : written;
    }

    private static string Format(decimal d) => new GroupedNumber(d).ToString();

    /// <summary>
    /// A number as <c>ToString("#,0.##########", CultureInfo.InvariantCulture)</c> writes it, to be put into an
    /// interpolated string: nearly every count and bound is a whole number, written here digit by digit, which is
    /// several times quicker than reading the format; any other number is formatted as before.
    /// </summary>
    internal readonly struct GroupedNumber(decimal value) : ISpanFormattable
    {
        private const string Pattern = "#,0.##########";

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (decimal.IsNegative(value) || value >= 1_000_000_000_000_000_000m || value != decimal.Truncate(value))
            {
                return value.TryFormat(destination, out charsWritten, Pattern, CultureInfo.InvariantCulture);
            }

            var whole = (ulong)value;
            var digits = 1;
            for (var rest = whole / 10; rest != 0; rest /= 10)
            {
                digits++;
            }

            // A comma before every group of three digits but the first.
            var length = digits + ((digits - 1) / 3);
            if (destination.Length < length)
            {
                charsWritten = 0;
                return false;
            }

            var at = length;
            var written = 0;
            do
            {
                if (written > 0 && written % 3 == 0)
                {
                    destination[--at] = ',';
                }

                destination[--at] = (char)('0' + (int)(whole % 10));
                whole /= 10;
                written++;
            }
            while (whole != 0);

            charsWritten = length;
            return true;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");
    }

    /// <summary>The number is glued to something before it that makes it part of a code, date, range or sum.</summary>
    private static bool BadBefore(string t, int lo, int start)
    {
        if (start - 1 < lo)
        {
            return false;
        }

        var c = t[start - 1];

        // A footnote mark glued to the word or stop before it ("Moscow[14]", "said.[3]") counts nothing.
        if (c == '[' && start - 2 >= lo && !char.IsWhiteSpace(t[start - 2]) && t[start - 2] is not ('(' or '[' or '"' or '\u201C'))
        {
            return true;
        }

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

    /// <summary>
    /// A set of lower-case words looked up straight from the text, without lower-casing the word first: a word of at
    /// most eight ASCII letters is taken as one number (see <see cref="LetterKey"/>) and found with one probe of a
    /// table that a multiplicative hash indexes without collisions, as the number words are; any other word is
    /// lower-cased and looked up in the set itself, so that the answer is always the set's.
    /// </summary>
    internal sealed class WordKeySet
    {
        private const int SlotBits = 8;

        private readonly ulong _multiplier;
        private readonly ulong[] _slots = new ulong[1 << SlotBits];

        public WordKeySet(IEnumerable<string> words)
        {
            var keys = new HashSet<ulong>();
            foreach (var word in words)
            {
                if (word.Length <= AsciiBlock.KeyLength && word.All(char.IsAsciiLetterLower))
                {
                    keys.Add(LetterKey(word, 0, word.Length));
                }
            }

            _multiplier = FindSlotMultiplier(keys, SlotBits, "the words");
            foreach (var key in keys)
            {
                _slots[Slot(key, _multiplier)] = key;
            }
        }

        /// <summary>
        /// Whether the lower-case form of the letters <c>t[ws..we]</c> is in the set, which <paramref name="set"/> holds
        /// as well, for the words the table does not.
        /// </summary>
        public bool Contains(string t, int ws, int we, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
        {
            if (we - ws <= AsciiBlock.KeyLength)
            {
                var ascii = true;
                for (var k = ws; k < we; k++)
                {
                    ascii &= char.IsAsciiLetter(t[k]);
                }

                var key = LetterKey(t, ws, we);

                // A free slot holds zero, which no word's key is.
                if (ascii && we > ws)
                {
                    return _slots[Slot(key, _multiplier)] == key;
                }
            }

            Span<char> lower = stackalloc char[MaxLookupLength];
            return set.Contains(LowerInto(t, ws, we, lower));
        }

        private static int Slot(ulong key, ulong multiplier) => (int)((key * multiplier) >> (64 - SlotBits));
    }
}
