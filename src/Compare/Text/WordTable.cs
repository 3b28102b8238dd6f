using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Compare.Text;

/// <summary>
/// One thread's recent <see cref="Word"/>s by their text, so that the tokenizer gives tokens of equal text one word.
/// </summary>
/// <remarks>
/// <para>
/// Almost every token is a short run of ASCII characters, and such a run is its own key: its characters, one byte
/// each, zero-padded. Since no keyed character is U+0000, equal keys mean equal text, and a lookup compares one or
/// two numbers without reading the word. Single ASCII characters (most punctuation) index an array directly; runs of
/// up to <see cref="MaxShortLength"/> characters fit one 64-bit key, longer runs up to <see cref="MaxKeyedLength"/>
/// two. Anything else up to <see cref="MaxLength"/> characters (text outside ASCII, longer words) is found by a hash
/// of its characters and then compared with the word's text. Longer tokens always get a new word: they rarely repeat,
/// and the table should not keep big strings alive.
/// </para>
/// <para>
/// The tables are two-way, so two frequent words that happen to share a bucket do not keep replacing each other. The
/// word found first is the one last found in its bucket: a word found second changes places with the first, and a
/// new word takes the second place. A frequent word is then nearly always found by the first comparison, which
/// matters because the branch on it is taken for every word; when a new word went first instead, every word it
/// pushed to the second place was found there, by a mispredicted branch, until the next new word came. Slots are
/// small (16 or 24 bytes) and the short-word table, where nearly all lookups go, takes 64 KB, so the slots of the
/// frequent words stay in the cache.
/// </para>
/// <para>
/// Which equal word a token gets does not matter to the output: everything a word keeps is a function of its text
/// (and of an owner kept beside it), so a word that dropped out of the table is merely made again.
/// </para>
/// </remarks>
internal sealed class WordTable
{
    /// <summary>Longest ASCII run kept by a one-number key.</summary>
    public const int MaxShortLength = 8;

    /// <summary>Longest ASCII run kept by a two-number key.</summary>
    public const int MaxKeyedLength = 16;

    /// <summary>Longest token whose word is kept at all.</summary>
    public const int MaxLength = 32;

    private const int ShortBucketBits = 11;
    private const int LongBucketBits = 9;

    // Set in the second number of a hashed key; never set in a keyed run's, whose bytes are all below 0x80.
    private const ulong HashedTag = 1UL << 63;

    private readonly Word?[] _ascii = new Word?[128];
    private readonly ShortSlot[] _short = new ShortSlot[2 << ShortBucketBits];
    private readonly LongSlot[] _long = new LongSlot[2 << LongBucketBits];

    /// <summary>
    /// The word of the <paramref name="length"/> (at least 1) characters at <paramref name="start"/>, which must be
    /// inside <paramref name="text"/>: a recent word of equal text, or a new one, then kept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Word WordOf(string text, int start, int length)
    {
        if (length == 1 && text[start] < 128)
        {
            return AsciiWordOf(text[start], text, start);
        }

        if (length <= MaxKeyedLength && start <= text.Length - MaxKeyedLength)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
            var low = Vector128.LoadUnsafe(ref chars);
            var high = Vector128.LoadUnsafe(ref chars, 8);

            // One subtraction sends U+0000 and everything outside ASCII above 0x7E.
            var one = Vector128.Create((ushort)1);
            var limit = Vector128.Create((ushort)0x7E);
            var unkeyable = Vector128.GreaterThan(low - one, limit).ExtractMostSignificantBits()
                | (Vector128.GreaterThan(high - one, limit).ExtractMostSignificantBits() << 8);
            if ((unkeyable & ((1u << length) - 1)) == 0)
            {
                var key = (Vector128.Narrow(low, high) & Vector128.LessThan(Vector128<byte>.Indices, Vector128.Create((byte)length))).AsUInt64();
                return length <= MaxShortLength
                    ? ShortWordOf(text, start, length, key.ToScalar())
                    : LongWordOf(text, start, length, key.ToScalar(), key.GetElement(1));
            }
        }

        return OtherWordOf(text, start, length);
    }

    /// <summary>
    /// As <see cref="WordOf"/> for a run of ASCII letters and digits of at most <see cref="MaxKeyedLength"/>
    /// characters, which need no checking, at a <paramref name="start"/> where a whole block can be read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Word RunWordOf(string text, int start, int length)
    {
        ref var chars = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
        var key = (Vector128.Narrow(Vector128.LoadUnsafe(ref chars), Vector128.LoadUnsafe(ref chars, 8))
            & Vector128.LessThan(Vector128<byte>.Indices, Vector128.Create((byte)length))).AsUInt64();
        if (length <= MaxShortLength)
        {
            return ShortWordOf(text, start, length, key.ToScalar());
        }

        // A run's key is exact, so the first word of its bucket is checked here and the rest left to LongWordOf.
        var low = key.ToScalar();
        var high = key.GetElement(1);
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_long), LongBucketOf(low, high));
        return first.Low == low && first.High == high ? first.Word! : LongWordOf(text, start, length, low, high);
    }

    /// <summary>The word of the ASCII character <paramref name="c"/>, which is <c>text[start]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Word AsciiWordOf(char c, string text, int start) => _ascii[c] ?? NewAsciiWord(c, text, start);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Word NewAsciiWord(char c, string text, int start) => _ascii[c] = new Word(text.Substring(start, 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Word ShortWordOf(string text, int start, int length, ulong key)
    {
        var bucket = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - ShortBucketBits)) * 2;
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_short), bucket);
        if (first.Key == key)
        {
            return first.Word!;
        }

        ref var second = ref Unsafe.Add(ref first, 1);
        return second.Key == key ? Promote(ref first) : NewShortWord(text, start, length, key, ref second);
    }

    /// <summary>Swaps a bucket's two words, so that the word just found second is found first next time.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Word Promote(ref ShortSlot first)
    {
        ref var second = ref Unsafe.Add(ref first, 1);
        (first, second) = (second, first);
        return first.Word!;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Word NewShortWord(string text, int start, int length, ulong key, ref ShortSlot second)
    {
        var made = new Word(text.Substring(start, length));
        second = new ShortSlot(key, made);
        return made;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Word LongWordOf(string text, int start, int length, ulong low, ulong high)
    {
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_long), LongBucketOf(low, high));
        if (first.Matches(low, high, text, start, length))
        {
            return first.Word!;
        }

        ref var second = ref Unsafe.Add(ref first, 1);
        if (second.Matches(low, high, text, start, length))
        {
            (first, second) = (second, first);
            return first.Word!;
        }

        var made = new Word(text.Substring(start, length));
        second = new LongSlot(low, high, made);
        return made;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LongBucketOf(ulong low, ulong high) =>
        (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> (64 - LongBucketBits)) * 2;

    /// <summary>Words near the end of the text, outside ASCII or longer than a key: keyed one character at a time or hashed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Word OtherWordOf(string text, int start, int length)
    {
        if (length > MaxLength)
        {
            return new Word(text.Substring(start, length));
        }

        var chars = text.AsSpan(start, length);
        if (length <= MaxKeyedLength)
        {
            // The key the block path builds, when every character can be keyed.
            ulong low = 0, high = 0;
            var k = 0;
            for (; k < chars.Length && (uint)(chars[k] - 1) <= 0x7E; k++)
            {
                if (k < MaxShortLength)
                {
                    low |= (ulong)chars[k] << (8 * k);
                }
                else
                {
                    high |= (ulong)chars[k] << (8 * (k - MaxShortLength));
                }
            }

            if (k == chars.Length)
            {
                return length <= MaxShortLength ? ShortWordOf(text, start, length, low) : LongWordOf(text, start, length, low, high);
            }
        }

        var hash = 0xCBF29CE484222325UL;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return LongWordOf(text, start, length, hash, HashedTag | (uint)length);
    }

    /// <summary>A slot of the short-word table: up to eight ASCII characters as bytes, zero-padded, and their word.</summary>
    private readonly record struct ShortSlot(ulong Key, Word? Word);

    /// <summary>
    /// A slot of the long-word table: sixteen ASCII characters as bytes, zero-padded, or a hash of the characters and
    /// <see cref="HashedTag"/> with the length; and their word.
    /// </summary>
    private readonly record struct LongSlot(ulong Low, ulong High, Word? Word)
    {
        public bool Matches(ulong low, ulong high, string text, int start, int length) =>
            Low == low
            && High == high
            && (high < HashedTag || text.AsSpan(start, length).SequenceEqual(Word!.Text));
    }
}
