using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Compare.Recognition.Names;

/// <summary>
/// Folds Latin-script spellings of names (typically transliterated from Arabic, Russian, Ukrainian or Hebrew)
/// onto a phonetic skeleton, so that spellings the outlets' house styles produce for the same original compare
/// equal. The folds are deliberately few: each one merges spellings that real transliteration schemes produce
/// for one original sound, and none merges letters that distinguish names (e/a, i/e, s/z, c/k stay apart).
/// Deterministic and culture-independent.
/// </summary>
internal static class Transliteration
{
    private const string Vowels = "aeiou";

    // Latin letters with diacritics and the dotted letters of scholarly Arabic transliteration (ḥ, ṣ …), mapped
    // to plain letters: outlets differ in whether they keep them at all. Written by hand because string
    // normalisation is unavailable under invariant globalisation.
    private static readonly FrozenDictionary<char, string> Plain = BuildPlainTable();

    // Sun letters assimilate the Arabic article ("as-Sisi", "ash-Sharaa", "an-Nahyan"); these spell the same
    // "al-" and are folded onto it, but only when the next letters really repeat the assimilated consonant.
    private static readonly ImmutableArray<string> ArticleSpellings =
        ["al", "el", "ash", "ath", "adh", "ad", "an", "ar", "as", "at", "az"];

    // Skeletons already built from whole written names, shared by every thread.
    private static readonly ConcurrentDictionary<string, string> SkeletonCache = new(StringComparer.Ordinal);
    private const int SkeletonCacheLimit = 50_000;

    /// <summary>Builds the key of a name part written as one string; whitespace separates its words.</summary>
    public static NameKey Key(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return Key(written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Builds the key of a name part given as its words ("Abu", "Marzouk"). The skeleton is the concatenation of
    /// each word's skeleton, so "Abu Marzouk", "Abu-Marzouk" and "Abumarzouk" share one. An Arabic article
    /// (a word "al"/"el" followed by another word, or a prefix such as "al-", "el-", "ash-") becomes "al"; only an
    /// article on the first word sets <see cref="NameKey.HasArticle"/>.
    /// </summary>
    public static NameKey Key(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var folds = new List<(string From, string To)>();
        var skeleton = new StringBuilder();
        var hasArticle = false;
        for (var i = 0; i < words.Count; i++)
        {
            var lowered = Lower(words[i], folds);
            var rest = lowered;
            string? article;
            if (IsStandaloneArticle(lowered, isLast: i == words.Count - 1))
            {
                article = lowered;
                rest = string.Empty;
            }
            else
            {
                article = PrefixedArticle(lowered, out rest);
            }

            if (article is not null)
            {
                hasArticle |= i == 0;
                Note(folds, article, "al");
                skeleton.Append("al");
            }

            // Folding each word on its own keeps a fold from reaching across a word or article boundary
            // ("al-Lahham" must not lose its "l" to the doubled-letter fold).
            skeleton.Append(Fold(LettersOnly(rest), folds));
        }

        return new NameKey(skeleton.ToString(), hasArticle, [.. folds]);
    }

    /// <summary>The skeleton of <paramref name="written"/> (see <see cref="Key(string)"/>).</summary>
    public static string Skeleton(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        if (SkeletonCache.TryGetValue(written, out var known))
        {
            return known;
        }

        var skeleton = Key(written).Skeleton;

        // Names repeat across the articles of a corpus; the cache stops growing at its limit rather than evicting,
        // which keeps every answer the same as computing it afresh.
        if (SkeletonCache.Count < SkeletonCacheLimit)
        {
            SkeletonCache.TryAdd(written, skeleton);
        }

        return skeleton;
    }

    private static string Lower(string word, List<(string From, string To)> folds)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var original in word)
        {
            var c = char.ToLowerInvariant(original);
            if (Plain.TryGetValue(c, out var plain))
            {
                Note(folds, c.ToString(), plain);
                builder.Append(plain);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // A separate word "al"/"el" is an article only when a name word follows it ("Bashar Al Assad").
    private static bool IsStandaloneArticle(string lowered, bool isLast) => !isLast && lowered is ("al" or "el");

    private static string? PrefixedArticle(string lowered, out string rest)
    {
        rest = lowered;
        foreach (var spelling in ArticleSpellings)
        {
            if (lowered.Length <= spelling.Length + 1
                || !lowered.StartsWith(spelling, StringComparison.Ordinal)
                || !IsJoiner(lowered[spelling.Length]))
            {
                continue;
            }

            var after = lowered[(spelling.Length + 1)..];
            var assimilated = spelling[1..];
            if (spelling is "al" or "el" || after.StartsWith(assimilated, StringComparison.Ordinal))
            {
                rest = after;
                return spelling;
            }
        }

        return null;
    }

    private static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019';

    // Hyphens, apostrophes and the ayn/hamza marks (ʿ ʾ, modifier letters) are dropped: outlets use them
    // inconsistently and they carry no letter of their own in English text.
    private static string LettersOnly(string lowered)
    {
        var builder = new StringBuilder(lowered.Length);
        foreach (var c in lowered)
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.ModifierLetter)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Fold(string s, List<(string From, string To)> folds)
    {
        // Russian/Arabic "кс"/"ks" is written x or ks (Maxim/Maksim, Alexei/Aleksei).
        s = Replace(s, "x", "ks", folds);

        // English and German spellings of one sound (Philip/Filip, Jack-style "ck").
        s = Replace(s, "ph", "f", folds);
        s = Replace(s, "ck", "k", folds);

        // Arabic qaf is written q or k (Qassem/Kassem).
        s = Replace(s, "q", "k", folds);

        // German and Polish transliterations write Russian "в" as w (Wassili/Vasily).
        s = Replace(s, "w", "v", folds);

        // Russian "х" and Arabic "خ" are kh in English styles and h in many others (Kharkin/Harkin, Khaled/Haled).
        s = Replace(s, "kh", "h", folds);

        // French-influenced Arabic transliteration writes the long u as ou, English sometimes as oo
        // (Marzouk/Marzook/Marzuk, Moussa/Musa).
        s = Replace(s, "ou", "u", folds);
        s = Replace(s, "oo", "u", folds);

        // The Arabic feminine ending (ta marbuta) is written -a, -ah or, in Persian-influenced styles, -eh
        // (Haniya/Haniyah/Haniyeh, Fatima/Fatimah): a final "ah" or "eh" becomes a. Only at the end of a word of
        // five letters or more, so short names (Shah, Leh) keep their letters. Turkish spellings write the same
        // ending after the glide as -iye with no h (Haniye/Haniyeh, Rukiye/Rukiya); a final "iye" folds the same
        // way. A bare final "e" is left alone elsewhere: Marie/Maria and Louise/Louisa are different names.
        s = FinalTaMarbuta(s, folds);

        // Russian "е" at the start of a word or after a vowel is pronounced "ye" and written either way
        // (Yelena/Elena, Yevgeny/Evgeny, Andreyev/Andreev).
        s = InitialOrPostVocalicYe(s, folds);

        // English spellings of Hebrew and Russian short forms end in a doubled consonant and "ie" where others write
        // one consonant and "i" or "y" (Ronnie/Roni/Rony, Dannie/Dani): that final "ie" becomes i. A single consonant
        // before it is left alone, so Marie and Mari stay apart.
        s = DiminutiveIe(s, folds);

        // Russian endings "-ий", "-ый", "-ей" come out as y, iy, ii, yi or i (Sergey/Sergei, Dmitriy/Dmitry,
        // Zelenskyy/Zelensky, Krivoy/Krivoi): any final run of i/y that contains a y or is longer than one letter
        // becomes a single i.
        s = FinalIy(s, folds);

        // Next to a vowel, y is the glide that other schemes write as i (Nebenzya/Nebenzia, Yuri/Iuri). Between
        // consonants it is a vowel of its own and is kept, so Smyth and Smith stay apart.
        s = GlideY(s, folds);

        // Doubled consonants and vowels mark length or stress that English spellings keep or drop at random
        // (Vassily/Vasily, Moussa/Mousa, Mohammed/Mohamed).
        s = CollapseDoubles(s, folds);
        return s;
    }

    private static string Replace(string s, string from, string to, List<(string From, string To)> folds)
    {
        if (!s.Contains(from, StringComparison.Ordinal))
        {
            return s;
        }

        Note(folds, from, to);
        return s.Replace(from, to, StringComparison.Ordinal);
    }

    private static string DiminutiveIe(string s, List<(string From, string To)> folds)
    {
        if (s.Length < 5 || !s.EndsWith("ie", StringComparison.Ordinal) || s[^3] != s[^4] || IsVowel(s[^3]))
        {
            return s;
        }

        Note(folds, "ie", "i");
        return s[..^2] + "i";
    }

    private static string FinalTaMarbuta(string s, List<(string From, string To)> folds)
    {
        if (s.Length >= 5 && s.EndsWith("iye", StringComparison.Ordinal))
        {
            Note(folds, "e", "a");
            return s[..^1] + "a";
        }

        if (s.Length < 5 || s[^1] != 'h' || s[^2] is not ('a' or 'e'))
        {
            return s;
        }

        Note(folds, s[^2..], "a");
        return s[..^2] + "a";
    }

    private static string InitialOrPostVocalicYe(string s, List<(string From, string To)> folds)
    {
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == 'y' && i + 1 < s.Length && s[i + 1] == 'e' && (i == 0 || IsVowel(s[i - 1])))
            {
                Note(folds, "ye", "e");
                continue;
            }

            builder.Append(s[i]);
        }

        return builder.ToString();
    }

    private static string FinalIy(string s, List<(string From, string To)> folds)
    {
        var start = s.Length;
        while (start > 0 && s[start - 1] is 'i' or 'y')
        {
            start--;
        }

        var run = s[start..];
        if (run.Length == 0 || (run.Length == 1 && run[0] == 'i') || start == 0)
        {
            return s;
        }

        Note(folds, run, "i");
        return s[..start] + "i";
    }

    private static string GlideY(string s, List<(string From, string To)> folds)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var nextToVowel = (i > 0 && IsVowel(s[i - 1])) || (i + 1 < s.Length && IsVowel(s[i + 1]));
            if (s[i] == 'y' && nextToVowel)
            {
                Note(folds, "y", "i");
                chars[i] = 'i';
            }
        }

        return new string(chars);
    }

    private static string CollapseDoubles(string s, List<(string From, string To)> folds)
    {
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (i > 0 && s[i] == s[i - 1])
            {
                Note(folds, new string(s[i], 2), s[i].ToString());
                continue;
            }

            builder.Append(s[i]);
        }

        return builder.ToString();
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static void Note(List<(string From, string To)> folds, string from, string to)
    {
        if (!string.Equals(from, to, StringComparison.Ordinal) && !NameKey.Holds(CollectionsMarshal.AsSpan(folds), (from, to)))
        {
            folds.Add((from, to));
        }
    }

    private static FrozenDictionary<char, string> BuildPlainTable()
    {
        (string Accented, string Plain)[] groups =
        [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđḍ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħḥ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšșṣ", "s"), ("ţťŧțṭ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżžẓ", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"),
        ];
        var table = new Dictionary<char, string>();
        foreach (var (accented, plain) in groups)
        {
            foreach (var c in accented)
            {
                table.Add(c, plain);
            }
        }

        return table.ToFrozenDictionary();
    }
}
