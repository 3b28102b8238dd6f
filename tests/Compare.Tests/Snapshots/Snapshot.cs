using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using NUnit.Framework;

namespace Compare.Tests.Snapshots;

/// <summary>
/// Snapshot assertions following Verify's file conventions, so the same tooling and habits apply:
/// the expected text lives in <c>{TestClass}.{TestMethod}{_key=value...}.verified.{ext}</c> next to the
/// test's source file, and a mismatch leaves a <c>.received.{ext}</c> file beside it to inspect or accept.
/// </summary>
/// <remarks>
/// Both files are UTF-8 with a byte order mark and LF line endings; CRLF in the actual text is turned into LF
/// before comparing, so results do not depend on the platform that produced them. Accepting is explicit:
/// either run <c>scripts/accept-snapshots.sh</c>, or run the tests with
/// <c>COMPARE_ACCEPT_SNAPSHOTS=1</c>, which writes verified files instead of failing.
/// </remarks>
internal static class Snapshot
{
    /// <summary>Set to <c>1</c> to write verified files instead of failing on a difference.</summary>
    public const string AcceptVariable = "COMPARE_ACCEPT_SNAPSHOTS";

    /// <summary>Diffs longer than this are cut, so a wholly wrong snapshot does not flood the test log.</summary>
    private const int MaxDiffLines = 200;

    /// <summary>Unchanged lines shown around each change, as in <c>diff -u</c>.</summary>
    private const int ContextLines = 3;

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>
    /// Compares <paramref name="actual"/> with the verified file of the current NUnit test. Passes (and deletes
    /// any stale received file) when they are equal; otherwise writes the received file and fails with both
    /// paths and a unified diff, unless <see cref="AcceptVariable"/> is <c>1</c>, in which case the verified
    /// file is written and the test passes.
    /// </summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="extension">The snapshot file extension, e.g. <c>txt</c> or <c>json</c> (a leading dot is ignored).</param>
    /// <param name="sourceFile">Filled in by the compiler; the snapshot sits in this file's folder.</param>
    /// <param name="parameters">Appended to the name as <c>_key=value</c>, in the order given, for parameterised tests.</param>
    public static void Verify(
        string actual,
        string extension,
        [CallerFilePath] string sourceFile = "",
        IReadOnlyDictionary<string, string>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceFile);

        var (verifiedPath, receivedPath) = Paths(sourceFile, extension, parameters);
        var received = actual.Replace("\r\n", "\n");
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;

        if (verified is not null && string.Equals(verified, received, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Write(verifiedPath, received);
            File.Delete(receivedPath);
            TestContext.Progress.WriteLine($"Snapshot accepted ({AcceptVariable}=1): {verifiedPath}");
            return;
        }

        Write(receivedPath, received);
        var message = new StringBuilder()
            .AppendLine(verified is null ? "No verified snapshot exists yet." : "The snapshot does not match.")
            .AppendLine($"Verified: {verifiedPath}")
            .AppendLine($"Received: {receivedPath}")
            .AppendLine(
                $"If the received text is right, run scripts/accept-snapshots.sh or rerun with {AcceptVariable}=1.")
            .AppendLine("--- verified")
            .AppendLine("+++ received")
            .Append(UnifiedDiff(verified ?? string.Empty, received));
        Assert.Fail(message.ToString());
    }

    /// <summary>The verified and received paths for the current test; exposed for the helper's own tests.</summary>
    internal static (string Verified, string Received) Paths(
        string sourceFile,
        string extension,
        IReadOnlyDictionary<string, string>? parameters)
    {
        var test = TestContext.CurrentContext.Test;
        var className = test.ClassName ?? "UnknownClass";
        className = className[(className.LastIndexOf('.') + 1)..];
        var name = new StringBuilder()
            .Append(className)
            .Append('.')
            .Append(test.MethodName ?? test.Name);
        foreach (var (key, value) in parameters ?? new Dictionary<string, string>())
        {
            name.Append('_').Append(Sanitise(key)).Append('=').Append(Sanitise(value));
        }

        var directory = Path.GetDirectoryName(sourceFile) ?? ".";
        var ext = extension.TrimStart('.');
        return (
            Path.Combine(directory, $"{name}.verified.{ext}"),
            Path.Combine(directory, $"{name}.received.{ext}"));
    }

    /// <summary>Keeps parameter values usable in file names on every platform.</summary>
    private static string Sanitise(string part)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return string.Concat(part.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c));
    }

    private static void Write(string path, string text)
    {
        // Bytes are written by hand so the BOM is there even for empty text.
        using var stream = File.Create(path);
        stream.Write(Utf8WithBom.Preamble);
        stream.Write(Utf8WithBom.GetBytes(text));
    }

    /// <summary>
    /// A <c>-</c>/<c>+</c>/<c> </c> line diff showing only changes and their context, with <c>@@</c> line
    /// markers between hunks, cut after <see cref="MaxDiffLines"/> lines.
    /// </summary>
    internal static string UnifiedDiff(string verified, string received)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(verified, received, ignoreWhitespace: false);
        var lines = model.Lines;

        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Inserted or ChangeType.Deleted or ChangeType.Modified)
            {
                for (var j = Math.Max(0, i - ContextLines); j <= Math.Min(lines.Count - 1, i + ContextLines); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var output = new List<string>();
        var verifiedLine = 0;
        var receivedLine = 0;
        var previousKept = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var inVerified = line.Type != ChangeType.Inserted;
            var inReceived = line.Type != ChangeType.Deleted;
            if (inVerified)
            {
                verifiedLine++;
            }

            if (inReceived)
            {
                receivedLine++;
            }

            if (!keep[i])
            {
                previousKept = false;
                continue;
            }

            if (!previousKept)
            {
                output.Add($"@@ verified line {verifiedLine}, received line {receivedLine} @@");
            }

            previousKept = true;
            output.Add(line.Type switch
            {
                ChangeType.Inserted => "+" + line.Text,
                ChangeType.Deleted => "-" + line.Text,
                _ => " " + line.Text,
            });
        }

        if (output.Count == 0)
        {
            // Same lines yet unequal text: only the final line break can differ.
            output.Add(verified.EndsWith('\n') == received.EndsWith('\n')
                ? "(no line differs)"
                : $"(only the final line break differs: verified {(verified.EndsWith('\n') ? "ends" : "does not end")} " +
                  $"with one, received {(received.EndsWith('\n') ? "does" : "does not")})");
        }

        var shown = output.Take(MaxDiffLines).ToList();
        if (output.Count > MaxDiffLines)
        {
            shown.Add($"... {output.Count - MaxDiffLines} more diff lines not shown; compare the two files.");
        }

        return string.Join('\n', shown) + "\n";
    }
}
