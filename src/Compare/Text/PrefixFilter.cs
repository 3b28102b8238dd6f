using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Compare.Text;

/// <summary>
/// A test, sixteen places at once, of whether the three characters at each place of a block may begin one of a few
/// words: a scan asks its exact lookup only at the places that pass. No place whose three characters begin one of the
/// words (in either case) ever fails; some others pass too (other characters with the same low bits), so the exact
/// lookup still decides.
/// </summary>
/// <remarks>
/// Each character keeps its five low bits (those of its letter, in either case), and three make a key of 15 bits; a
/// multiplication and a shift take the key to one of 32 slots where no two of the words' keys meet, and the slot is
/// read by a permutation of two registers that hold the table. A key equal to its slot's passes; the other slots hold
/// 0xFFFF, which no key is, as a key's top bit is always clear. Where the vector instructions are missing, or no
/// multiplier separates the keys, every place passes.
/// </remarks>
internal readonly struct PrefixFilter
{
    /// <summary>The characters <see cref="Mask"/> reads: the block and the two after its last place.</summary>
    public const int Span = Width + 2;

    private const int Width = 16;
    private const int Shift = 11;

    private readonly ushort _multiplier;
    private readonly Vector256<ushort> _low;
    private readonly Vector256<ushort> _high;

    /// <summary>A filter passing the places where one of <paramref name="keys"/> (see <see cref="KeyOf"/>) begins.</summary>
    public PrefixFilter(IEnumerable<ushort> keys)
    {
        var distinct = new HashSet<ushort>(keys);
        _multiplier = FindMultiplier(distinct);
        var slots = new ushort[2 * Width];
        Array.Fill(slots, ushort.MaxValue);
        if (_multiplier != 0)
        {
            foreach (var key in distinct)
            {
                slots[SlotOf(key, _multiplier)] = key;
            }
        }

        _low = Vector256.Create(slots.AsSpan(0, Width));
        _high = Vector256.Create(slots.AsSpan(Width, Width));
    }

    /// <summary>The key of three characters: their five low bits each, the first lowest.</summary>
    public static ushort KeyOf(char first, char second, char third) =>
        (ushort)((first & 31) | ((second & 31) << 5) | ((third & 31) << 10));

    /// <summary>
    /// Bit k is set when the three characters from <c>chars[k]</c> may begin one of the words, for k below 16; every
    /// bit is set where the test is not made. Reads the first <see cref="Span"/> characters of <paramref name="chars"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Mask(ReadOnlySpan<char> chars)
    {
        if (!Avx512BW.VL.IsSupported || _multiplier == 0)
        {
            return uint.MaxValue;
        }

        var at = MemoryMarshal.Cast<char, ushort>(chars[..Span]);
        var low = Vector256.Create((ushort)31);
        var key = (Vector256.Create(at) & low) | ((Vector256.Create(at[1..]) & low) << 5) | ((Vector256.Create(at[2..]) & low) << 10);
        var slot = (key * Vector256.Create(_multiplier)) >> Shift;
        return Vector256.Equals(Avx512BW.VL.PermuteVar16x16x2(_low, slot, _high), key).ExtractMostSignificantBits();
    }

    // The slot of a key: the five bits from Shift of the key times the multiplier, within 16 bits.
    private static int SlotOf(ushort key, ushort multiplier) => ((ushort)(key * multiplier) >> Shift) & 31;

    // The first odd multiplier that puts the keys in distinct slots, or 0 when none does.
    private static ushort FindMultiplier(HashSet<ushort> keys)
    {
        var taken = new bool[2 * Width];
        for (var multiplier = 1; multiplier < 1 << 16; multiplier += 2)
        {
            Array.Clear(taken);
            var clash = false;
            foreach (var key in keys)
            {
                var slot = SlotOf(key, (ushort)multiplier);
                clash |= taken[slot];
                taken[slot] = true;
            }

            if (!clash)
            {
                return (ushort)multiplier;
            }
        }

        return 0;
    }
}
