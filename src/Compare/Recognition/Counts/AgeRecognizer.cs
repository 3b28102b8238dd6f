using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Compare.Text;

namespace Compare.Recognition.Counts;

/// <summary>
/// Finds stated ages of people in one sentence, in two forms:
/// <list type="bullet">
/// <item>a capitalised name of one to four words directly followed by ", NN" where NN is 1–120 and is followed by
/// ",", ")", a dash ("—" or "–", with or without a space before it), or the end of the sentence (a final full stop
/// is allowed): "Jane Roe, 53, was", "(Ali bin Omar, 73)";</item>
/// <item>"NN-year-old" with digits or number words ("25-year-old", "five-year-old", "twenty-one-year-old"),
/// optionally followed by a capitalised name ("a 25-year-old man", "25-year-old Dana Example").</item>
/// </list>
/// </summary>
/// <remarks>
/// Name words are consecutive capitalised words (hyphenated and apostrophised parts allowed: "Abu-Salem",
/// "O'Neill", "al-Masri"); the lower-case particles al, el, bin, bint, ibn, ben, de, da, del, der, van and von may
/// sit inside a name. Common capitalised function words, titles and nationality adjectives are not names, so
/// "Mr Roe, 53," gives the name "Roe". Heuristic by nature: a capitalised place before ", 20," would be read as a
/// name, and "aged 53" or "25 years old" are not reported.
/// </remarks>
internal static class AgeRecognizer
{
    private const int MaxNameWords = 4;

    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["al", "el", "bin", "bint", "ibn", "ben", "de", "da", "del", "der", "van", "von"], StringComparer.Ordinal);

    // Capitalised words that are not part of a person's name.
    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "and", "but", "or", "nor", "in", "on", "at", "of", "for", "from", "to", "with", "by", "as",
        "after", "before", "among", "including", "like", "when", "while", "where", "yesterday", "today", "tonight",
        "i", "he", "she", "they", "we", "it", "his", "her", "their", "its", "our", "this", "that", "these", "those",
        "said", "says", "according", "also", "then", "now", "mr", "mrs", "ms", "miss", "dr", "prof", "professor",
        "sir", "dame", "rabbi", "sheikh", "sgt", "capt", "col", "gen", "lt", "maj", "cpl", "pte",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "israeli", "palestinian", "american", "british", "french", "german", "arab", "jewish", "muslim", "christian",
        "thai", "nepali", "russian", "ukrainian", "lebanese", "syrian", "egyptian", "iranian", "bedouin", "gazan",
        "argentine", "filipino", "mexican", "canadian", "italian", "spanish", "chinese", "indian",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Returns the ages stated in <c>text[sentence.Start..sentence.End]</c>, ordered by position, with absolute
    /// offsets inside the sentence span (clamped to the text). Never throws; null or empty text gives no ages.
    /// </summary>
    public static ImmutableArray<AgeMention> Recognize(string text, TextSpan sentence)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var lo = Math.Min(sentence.Start, text.Length);
        var hi = Math.Clamp(sentence.End, lo, text.Length);
        List<AgeMention>? found = null;

        // Both forms hinge on one character: the comma before the age or the hyphen before "year".
        var i = lo;
        while (i < hi)
        {
            var next = text.AsSpan(i, hi - i).IndexOfAny(',', '-');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (text[i] == ',')
            {
                TryCommaAge(text, lo, hi, i, ref found);
            }
            else
            {
                TryYearOld(text, lo, hi, i, ref found);
            }

            i++;
        }

        if (found is null || found.Count == 0)
        {
            return [];
        }

        found.Sort((a, b) => a.AgeSpan.Start.CompareTo(b.AgeSpan.Start));
        return [.. found];
    }

    /// <summary>"Jane Roe, 53," with <paramref name="comma"/> at the comma after the name.</summary>
    private static void TryCommaAge(string t, int lo, int hi, int comma, ref List<AgeMention>? found)
    {
        if (comma - 1 < lo || !char.IsLetter(t[comma - 1]))
        {
            return;
        }

        var ds = comma + 1;
        while (ds < hi && t[ds] == ' ')
        {
            ds++;
        }

        var de = ds;
        while (de < hi && char.IsAsciiDigit(t[de]))
        {
            de++;
        }

        if (ds == comma + 1 || de == ds || de - ds > 3 || !EndsAge(t, hi, de))
        {
            return;
        }

        var age = int.Parse(t.AsSpan(ds, de - ds), NumberStyles.None, CultureInfo.InvariantCulture);
        if (age is < 1 or > 120)
        {
            return;
        }

        var nameStart = NameStartBefore(t, lo, comma);
        if (nameStart < 0)
        {
            return;
        }

        (found ??= []).Add(new AgeMention(new TextSpan(nameStart, comma), new TextSpan(ds, de), age));
    }

    private static bool EndsAge(string t, int hi, int de)
    {
        if (de >= hi)
        {
            return true;
        }

        var c = t[de];

        // "Roe, 1,200 people" is a count, not an age.
        if (c == ',')
        {
            return de + 1 >= hi || !char.IsAsciiDigit(t[de + 1]);
        }

        if (c is ')' or '\u2014' or '\u2013')
        {
            return true;
        }

        if (c == ' ')
        {
            var k = de;
            while (k < hi && t[k] == ' ')
            {
                k++;
            }

            return k < hi && t[k] is '\u2014' or '\u2013';
        }

        if (c == '.')
        {
            var k = de + 1;
            while (k < hi && char.IsWhiteSpace(t[k]))
            {
                k++;
            }

            return k >= hi;
        }

        return false;
    }

    /// <summary>Start of the capitalised name ending at <paramref name="end"/>, or -1 when there is none.</summary>
    private static int NameStartBefore(string t, int lo, int end)
    {
        var nameStart = -1;
        var capitalised = 0;
        var cursor = end;
        var lastWasParticle = false;
        while (capitalised < MaxNameWords)
        {
            var ws = NameWordStart(t, lo, cursor);
            if (ws >= cursor)
            {
                break;
            }

            var kind = Classify(t, ws, cursor);
            if (kind == NameWordKind.Capitalised)
            {
                capitalised++;
                nameStart = ws;
                lastWasParticle = false;
            }
            else if (kind == NameWordKind.Particle && nameStart >= 0)
            {
                lastWasParticle = true;
            }
            else
            {
                break;
            }

            // Words of one name are separated by plain spaces; anything else ends the name.
            var gap = ws;
            while (gap > lo && t[gap - 1] == ' ')
            {
                gap--;
            }

            if (gap == ws || gap <= lo || !char.IsLetter(t[gap - 1]))
            {
                break;
            }

            cursor = gap;
            if (lastWasParticle)
            {
                // Keep the particle only if a capitalised word precedes it ("Omar bin Ali"); decided next round.
                var pws = NameWordStart(t, lo, cursor);
                if (pws >= cursor || Classify(t, pws, cursor) != NameWordKind.Capitalised)
                {
                    break;
                }
            }
        }

        return nameStart;
    }

    /// <summary>"25-year-old" with <paramref name="dash"/> at the hyphen before "year".</summary>
    private static void TryYearOld(string t, int lo, int hi, int dash, ref List<AgeMention>? found)
    {
        var suffixEnd = MatchYearOldSuffix(t, hi, dash);
        if (suffixEnd < 0 || dash - 1 < lo)
        {
            return;
        }

        int numberStart;
        int age;
        if (char.IsAsciiDigit(t[dash - 1]))
        {
            numberStart = dash;
            while (numberStart > lo && char.IsAsciiDigit(t[numberStart - 1]))
            {
                numberStart--;
            }

            if (dash - numberStart > 3)
            {
                return;
            }

            age = int.Parse(t.AsSpan(numberStart, dash - numberStart), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else if (char.IsLetter(t[dash - 1]))
        {
            numberStart = dash;
            while (numberStart > lo && char.IsLetter(t[numberStart - 1]))
            {
                numberStart--;
            }

            if (!CountRecognizer.TryGetSmallNumberWord(t[numberStart..dash], out age))
            {
                return;
            }

            // "twenty-one-year-old"
            if (age is >= 1 and <= 9 && numberStart - 2 >= lo && t[numberStart - 1] == '-' && char.IsLetter(t[numberStart - 2]))
            {
                var ts = numberStart - 1;
                while (ts > lo && char.IsLetter(t[ts - 1]))
                {
                    ts--;
                }

                if (CountRecognizer.TryGetSmallNumberWord(t[ts..(numberStart - 1)], out var tens) && tens >= 20)
                {
                    age += tens;
                    numberStart = ts;
                }
            }
        }
        else
        {
            return;
        }

        if (age is < 1 or > 120 || (numberStart > lo && (char.IsLetterOrDigit(t[numberStart - 1]) || t[numberStart - 1] == '-')))
        {
            return;
        }

        var nameSpan = NameAfter(t, hi, suffixEnd) ?? new TextSpan(suffixEnd, suffixEnd);
        (found ??= []).Add(new AgeMention(nameSpan, new TextSpan(numberStart, suffixEnd), age));
    }

    /// <summary>End of "-year-old", "-years-old" or "-year-olds" starting at <paramref name="dash"/>, or -1.</summary>
    private static int MatchYearOldSuffix(string t, int hi, int dash)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["-year-olds", "-years-old", "-year-old"])
        {
            if (dash + suffix.Length <= hi
                && string.Compare(t, dash, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (dash + suffix.Length >= hi || !char.IsLetter(t[dash + suffix.Length])))
            {
                return dash + suffix.Length;
            }
        }

        return -1;
    }

    /// <summary>Capitalised name words directly after <paramref name="end"/> (one or more spaces between).</summary>
    private static TextSpan? NameAfter(string t, int hi, int end)
    {
        var i = end;
        while (i < hi && t[i] == ' ')
        {
            i++;
        }

        if (i == end)
        {
            return null;
        }

        int? first = null;
        var lastEnd = -1;
        var capitalised = 0;
        while (i < hi && char.IsLetter(t[i]) && capitalised < MaxNameWords)
        {
            var we = NameWordEnd(t, hi, i);
            var kind = Classify(t, i, we);
            if (kind == NameWordKind.Capitalised)
            {
                first ??= i;
                lastEnd = we;
                capitalised++;
            }
            else if (kind != NameWordKind.Particle || first is null)
            {
                break;
            }

            var next = we;
            while (next < hi && t[next] == ' ')
            {
                next++;
            }

            if (next == we)
            {
                break;
            }

            i = next;
        }

        return first is int s ? new TextSpan(s, lastEnd) : null;
    }

    private enum NameWordKind { Other, Capitalised, Particle }

    private static NameWordKind Classify(string t, int ws, int we)
    {
        var word = t[ws..we];
        var lower = word.ToLowerInvariant();
        if (Particles.Contains(lower) && char.IsLower(word[0]))
        {
            return NameWordKind.Particle;
        }

        if (NotNames.Contains(lower))
        {
            return NameWordKind.Other;
        }

        if (char.IsUpper(word[0]))
        {
            return NameWordKind.Capitalised;
        }

        // "al-Masri": a particle joined by a hyphen to a capitalised part.
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && dash + 1 < word.Length && Particles.Contains(lower[..dash]) && char.IsUpper(word[dash + 1]))
        {
            return NameWordKind.Capitalised;
        }

        return NameWordKind.Other;
    }

    private static bool IsNameChar(char c) => char.IsLetter(c) || c is '-' or '\'' or '\u2019';

    /// <summary>Start of the name word ending at <paramref name="end"/>; trims leading hyphens and apostrophes.</summary>
    private static int NameWordStart(string t, int lo, int end)
    {
        var s = end;
        while (s > lo && IsNameChar(t[s - 1]))
        {
            s--;
        }

        while (s < end && !char.IsLetter(t[s]))
        {
            s++;
        }

        return s;
    }

    private static int NameWordEnd(string t, int hi, int start)
    {
        var e = start;
        while (e < hi && IsNameChar(t[e]))
        {
            e++;
        }

        while (e > start && !char.IsLetter(t[e - 1]))
        {
            e--;
        }

        return e;
    }
}
