using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Compare.Text;

/// <summary>
/// Classifies a block of <see cref="Width"/> characters at once: which are ASCII letters and which ASCII digits.
/// </summary>
/// <remarks>
/// Words in news copy are short and of every length, so a character-at-a-time loop that stops at the end of each
/// word pays a mispredicted branch per word. Reading the whole block and counting the leading run from a bit mask
/// leaves only branches that are nearly always decided the same way. Characters outside ASCII are in neither mask,
/// so a run always stops in front of them and callers handle them on their general path.
/// </remarks>
internal static class AsciiBlock
{
    /// <summary>Characters per block; a run of <see cref="Width"/> means the run may go on beyond the block.</summary>
    public const int Width = 16;

    /// <summary>
    /// Bit k of <paramref name="letters"/> is set when <c>text[start + k]</c> is an ASCII letter, bit k of
    /// <paramref name="digits"/> when it is an ASCII digit; bits from <see cref="Width"/> up are clear.
    /// Requires <c>start + Width &lt;= text.Length</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Classify(string text, int start, out uint letters, out uint digits) =>
        Classify(text, start, out letters, out digits, out _);

    /// <summary>
    /// As <see cref="Classify(string, int, out uint, out uint)"/>, and bit k of <paramref name="nonAscii"/> is set
    /// when <c>text[start + k]</c> is outside ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Classify(string text, int start, out uint letters, out uint digits, out uint nonAscii) =>
        Classify(text.AsSpan(start, Width), out letters, out digits, out nonAscii);

    /// <summary>
    /// As <see cref="Classify(string, int, out uint, out uint, out uint)"/>, for the first <see cref="Width"/>
    /// characters of <paramref name="chars"/>, which must hold at least that many.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Classify(ReadOnlySpan<char> chars, out uint letters, out uint digits, out uint nonAscii)
    {
        var block = MemoryMarshal.Cast<char, ushort>(chars[..Width]);
        if (Vector256.IsHardwareAccelerated)
        {
            var v = Vector256.Create(block);
            var isLetter = Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
            var isDigit = Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
            letters = isLetter.ExtractMostSignificantBits();
            digits = isDigit.ExtractMostSignificantBits();
            nonAscii = Vector256.GreaterThan(v, Vector256.Create((ushort)127)).ExtractMostSignificantBits();
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var lo = Vector128.Create(block);
            var hi = Vector128.Create(block[8..]);
            letters = LettersOf(lo) | (LettersOf(hi) << 8);
            digits = DigitsOf(lo) | (DigitsOf(hi) << 8);
            nonAscii = NonAsciiOf(lo) | (NonAsciiOf(hi) << 8);
        }
        else
        {
            letters = digits = nonAscii = 0;
            for (var k = 0; k < Width; k++)
            {
                var c = (char)block[k];
                letters |= char.IsAsciiLetter(c) ? 1u << k : 0;
                digits |= char.IsAsciiDigit(c) ? 1u << k : 0;
                nonAscii |= char.IsAscii(c) ? 0 : 1u << k;
            }
        }
    }

    /// <summary>Characters a <see cref="LowerKey(string, int, int)"/> holds.</summary>
    public const int KeyLength = 8;

    /// <summary>
    /// The first <paramref name="length"/> (1 to <see cref="KeyLength"/>) characters at <paramref name="start"/>,
    /// ASCII letters as far as the caller knows, as one number: each letter lower-cased (<c>| 0x20</c>) into a byte,
    /// the unused bytes zero. Two runs of ASCII letters have equal keys exactly when their lower-case forms are equal,
    /// so a word can be looked up in a table of keys made by this same method. Requires
    /// <c>start + KeyLength &lt;= text.Length</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong LowerKey(string text, int start, int length) => LowerKey(text.AsSpan(start, KeyLength), length);

    /// <summary>
    /// As <see cref="LowerKey(string, int, int)"/>, for the first <paramref name="length"/> characters of
    /// <paramref name="source"/>, which must hold at least <see cref="KeyLength"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong LowerKey(ReadOnlySpan<char> source, int length)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(source[..KeyLength]);
        ulong key;
        if (Vector128.IsHardwareAccelerated && BitConverter.IsLittleEndian)
        {
            var lower = Vector128.Create(chars) | Vector128.Create((ushort)0x20);
            key = Vector128.Narrow(lower, lower).AsUInt64().ToScalar();
        }
        else
        {
            key = 0;
            for (var k = 0; k < KeyLength; k++)
            {
                key |= (ulong)(byte)(chars[k] | 0x20) << (8 * k);
            }
        }

        return length >= KeyLength ? key : key & ((1UL << (8 * length)) - 1);
    }

    /// <summary>Length of the run of set bits from bit 0 of <paramref name="mask"/>: 0 to <see cref="Width"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LeadingRun(uint mask) => BitOperations.TrailingZeroCount(~mask);

    /// <summary>The bits of <paramref name="mask"/> below bit <paramref name="length"/> (0 to <see cref="Width"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Below(uint mask, int length) => mask & ((1u << length) - 1);

    private static uint LettersOf(Vector128<ushort> v) =>
        Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26)).ExtractMostSignificantBits();

    private static uint NonAsciiOf(Vector128<ushort> v) =>
        Vector128.GreaterThan(v, Vector128.Create((ushort)127)).ExtractMostSignificantBits();

    private static uint DigitsOf(Vector128<ushort> v) =>
        Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10)).ExtractMostSignificantBits();
}
