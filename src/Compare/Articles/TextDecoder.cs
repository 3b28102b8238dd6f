using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Compare.Articles;

/// <summary>
/// Turns the bytes of an input file into text, or says why they are not text. Never throws for bad input.
/// </summary>
/// <remarks>
/// <para>
/// A byte order mark decides the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) and is not part of the text.
/// Without one, a NUL byte or many control characters near the start mean "binary" (UTF-16 without a byte order
/// mark looks binary too, and the message says how to fix it); otherwise the bytes are read as UTF-8. Bytes that
/// do not decode are replaced with U+FFFD and a warning names the first line they are on, because a quote with a
/// replacement character in it must never pass for the original.
/// </para>
/// <para>
/// Line endings are left as they are (CRLF, CR and LF), so every character offset refers to the decoded text of
/// the file itself; the later stages treat all three as line breaks.
/// </para>
/// </remarks>
internal static class TextDecoder
{
    /// <summary>Only this many bytes are checked to tell text from binary; binary formats show it early.</summary>
    private const int BinaryProbeLength = 8 * 1024;

    /// <summary>More control characters than this share of the probe means binary, not text with a stray one.</summary>
    private const double MaxControlShare = 0.02;

    /// <summary>
    /// The control characters counted against <see cref="MaxControlShare"/>: all below 0x20 except tab, line feed,
    /// vertical tab, form feed, carriage return and escape, which occur in real text files.
    /// </summary>
    private static readonly SearchValues<byte> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b).Where(b => b is not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1B))]);

    /// <summary>The outcome of <see cref="Decode"/>: text (possibly with warnings) or a reason why there is none.</summary>
    /// <param name="Text">The decoded text, without any byte order mark; null when the bytes are not text.</param>
    /// <param name="Encoding">The encoding used, as a short name ("UTF-8", "UTF-16LE", ...).</param>
    /// <param name="NotText">Why the bytes are not text (a full sentence with what to do); null when they are.</param>
    /// <param name="Warnings">Problems that did not stop decoding, each with its code and first line.</param>
    internal sealed record Result(string? Text, string Encoding, string? NotText, ImmutableArray<IngestWarning> Warnings);

    /// <summary>Decodes <paramref name="bytes"/>; see the class remarks for the rules.</summary>
    /// <param name="path">The path used in warnings.</param>
    /// <param name="bytes">The whole file (the reader's pooled buffer, so only read during the call).</param>
    /// <param name="fallback">
    /// An encoding to use, instead of replacing characters, when the bytes are not valid UTF-8 and there is no byte
    /// order mark (an HTML page's declared charset); null to always use UTF-8.
    /// </param>
    public static Result Decode(string path, ReadOnlySpan<byte> bytes, Func<ReadOnlySpan<byte>, Encoding?>? fallback = null)
    {
        // UTF-32 LE starts like UTF-16 LE, so it is tested first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeWide(path, bytes, 4, new UTF32Encoding(false, false, true), "UTF-32LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeWide(path, bytes, 4, new UTF32Encoding(true, false, true), "UTF-32BE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWide(path, bytes, 2, new UnicodeEncoding(false, false, true), "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWide(path, bytes, 2, new UnicodeEncoding(true, false, true), "UTF-16BE");
        }

        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (LooksBinary(bytes[start..]) is { } why)
        {
            return new Result(null, "binary", why, []);
        }

        var strict = new UTF8Encoding(false, true);
        try
        {
            return new Result(strict.GetString(bytes[start..]), "UTF-8", null, []);
        }
        catch (DecoderFallbackException e)
        {
            if (start == 0 && fallback?.Invoke(bytes) is { } declared)
            {
                var text = declared.GetString(bytes);
                var warning = new IngestWarning(
                    path,
                    null,
                    "input.legacy-encoding",
                    $"the file is not UTF-8 but declares the encoding {declared.WebName}; it was read as such, so " +
                    "check any accented letters in its quotes, and save it as UTF-8 to be sure");
                return new Result(text, declared.WebName, null, [warning]);
            }

            var firstBad = start + Math.Max(0, e.Index);
            var lenient = new UTF8Encoding(false, false);
            var decoded = lenient.GetString(bytes[start..]);
            // A U+FFFD written in the file itself is not a replacement, so those are not counted.
            var replaced = decoded.AsSpan().Count('\uFFFD') - bytes[start..].Count((ReadOnlySpan<byte>)[0xEF, 0xBF, 0xBD]);
            var line = LineOfByte(bytes, firstBad);
            var message = FormattableString.Invariant($"the file is not valid UTF-8: {Math.Max(1, replaced)} byte sequence(s) could not be read, the first on line {line} (byte offset {firstBad}), and were replaced with U+FFFD; quotes from those places show \uFFFD instead of the original letters, so save the file as UTF-8 and run again");
            return new Result(decoded, "UTF-8", null, [new IngestWarning(path, line, "input.invalid-utf8", message)]);
        }
    }

    private static Result DecodeWide(string path, ReadOnlySpan<byte> bytes, int bomLength, Encoding strict, string name)
    {
        var unit = name.StartsWith("UTF-32", StringComparison.Ordinal) ? 4 : 2;
        var length = bytes.Length - bomLength;
        try
        {
            if (length % unit != 0)
            {
                throw new DecoderFallbackException("truncated");
            }

            return new Result(strict.GetString(bytes.Slice(bomLength, length)), name, null, []);
        }
        catch (DecoderFallbackException)
        {
            // The lenient twin of the strict encoding: same byte order, replacement instead of an exception.
            var lenient = (Encoding)strict.Clone();
            lenient.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
            var text = lenient.GetString(bytes.Slice(bomLength, length));
            var firstBad = text.IndexOf('\uFFFD', StringComparison.Ordinal);
            var line = firstBad < 0 ? (int?)null : LineOfChar(text, firstBad);
            var where = line is { } l ? string.Create(CultureInfo.InvariantCulture, $", the first on line {l}") : string.Empty;
            var message =
                $"the file starts with a {name} byte order mark but holds code units that are not valid {name}{where}; " +
                "they were replaced with U+FFFD, so save the file again as UTF-8 or UTF-16 to keep every character";
            return new Result(text, name, null, [new IngestWarning(path, line, "input.invalid-utf16", message)]);
        }
    }

    /// <summary>A reason when the start of the bytes is not text, otherwise null.</summary>
    private static string? LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, BinaryProbeLength)];
        if (probe.IndexOf((byte)0) >= 0)
        {
            return "the file looks binary (it contains NUL bytes), not like an article; name a plain-text, Markdown " +
                "or HTML article instead, and if it is UTF-16 text without a byte order mark, save it as UTF-8";
        }

        // Most files have none, which one vectorised search finds out.
        var controls = 0;
        var rest = probe;
        for (var at = rest.IndexOfAny(Controls); at >= 0; at = rest.IndexOfAny(Controls))
        {
            controls++;
            rest = rest[(at + 1)..];
        }

        return probe.Length > 0 && controls > MaxControlShare * probe.Length
            ? "the file looks binary (it is full of control characters), not like an article; name a plain-text, " +
              "Markdown or HTML article instead"
            : null;
    }

    private static int LineOfByte(ReadOnlySpan<byte> bytes, int index) => LineNumber(bytes[..Math.Min(index, bytes.Length)]);

    private static int LineOfChar(string text, int index) => LineNumber(text.AsSpan(0, index));

    /// <summary>1 + the number of line breaks in the span, counting CRLF once and a lone CR as a break.</summary>
    private static int LineNumber(ReadOnlySpan<byte> before)
    {
        var line = 1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n' || (before[i] == (byte)'\r' && (i + 1 >= before.Length || before[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }

    private static int LineNumber(ReadOnlySpan<char> before)
    {
        var line = 1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == '\n' || (before[i] == '\r' && (i + 1 >= before.Length || before[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }
}
