using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Compare.Articles;

/// <summary>
/// Turns the paths a user named into <see cref="Article"/>s. Never throws for bad input: every path ends up
/// either as an article or as a <see cref="SkippedInput"/> with a reason and a stable code.
/// </summary>
/// <remarks>
/// <para>
/// Each path may be a file or a folder. Folders are searched recursively for <c>*.txt</c> and <c>*.md</c>
/// files (extension case-insensitive; hidden files and folders, e.g. dot-files, are skipped), and the files
/// found are taken in ordinal order of their path relative to the folder, using <c>/</c> as separator, so
/// the result never depends on file-system order. Named paths are taken in the order given. A file reached
/// twice (named twice, or named and inside a named folder) is read once.
/// </para>
/// <para>
/// Files are decoded as UTF-8 with any byte order mark removed. Before anything else, line endings are
/// normalised to <c>\n</c> (CRLF and lone CR), so <see cref="Article.Text"/>, <see cref="Article.BodyStart"/>
/// and every line number reported refer to the normalised text, not to the bytes on disk.
/// </para>
/// <para>
/// <see cref="Article.Id"/> is the file name without its extension. Ids are compared ignoring case, because
/// they end up in report file names and two ids differing only in case would collide on case-insensitive file
/// systems; the later file of such a pair is skipped with "input.duplicate-id".
/// </para>
/// </remarks>
internal sealed class ArticleReader
{
    /// <summary>Only this many bytes are checked for NUL, which is enough to tell text from binary.</summary>
    private const int BinaryProbeLength = 8 * 1024;

    /// <summary>A headline longer than this is more likely the first paragraph.</summary>
    private const int MaxHeadlineWords = 20;

    /// <summary>Datelines sit near the top; looking further risks dates mentioned in the story itself.</summary>
    private const int DatelineSearchLines = 5;

    private static readonly string[] Extensions = [".txt", ".md"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly EnumerationOptions FolderSearch = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    private readonly Func<string, DateOnly?> datelineParser;

    /// <summary>Creates a reader.</summary>
    /// <param name="datelineParser">
    /// Returns the date a single trimmed line states when that line is a dateline (e.g. "Mon. Mar 4th, 2024"),
    /// otherwise null. It is used both to find the published date and to tell a dateline from a headline,
    /// and must not throw.
    /// </param>
    public ArticleReader(Func<string, DateOnly?> datelineParser)
    {
        ArgumentNullException.ThrowIfNull(datelineParser);
        this.datelineParser = datelineParser;
    }

    /// <summary>
    /// Reads every article reachable from <paramref name="paths"/>; see the class remarks for the rules.
    /// </summary>
    /// <param name="paths">Files and folders, as the user named them.</param>
    /// <returns>The articles, the skipped inputs, and warnings, each in a deterministic order.</returns>
    public IngestResult Read(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);

        var articles = ImmutableArray.CreateBuilder<Article>();
        var skipped = ImmutableArray.CreateBuilder<SkippedInput>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var idOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        foreach (var file in ExpandPaths(paths, skipped))
        {
            if (!seenFiles.Add(Path.GetFullPath(file)))
            {
                warnings.Add($"{file}: the file was named more than once; it is read only once.");
                continue;
            }

            var id = Path.GetFileNameWithoutExtension(file);
            if (idOwners.TryGetValue(id, out var owner))
            {
                skipped.Add(new SkippedInput(
                    file,
                    $"another file, {owner}, already has the id '{id}'; rename one of the two files so that their " +
                    "names without extension differ",
                    null,
                    "input.duplicate-id"));
                continue;
            }

            var article = ReadFile(file, id, skipped, warnings);
            if (article is not null)
            {
                idOwners.Add(id, file);
                articles.Add(article);
            }
        }

        return new IngestResult(articles.ToImmutable(), skipped.ToImmutable(), warnings.ToImmutable());
    }

    private static List<string> ExpandPaths(IReadOnlyList<string> paths, ImmutableArray<SkippedInput>.Builder skipped)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                skipped.Add(new SkippedInput(
                    path ?? string.Empty,
                    "an empty path was given; remove it or name an article file or folder",
                    null,
                    "input.missing"));
            }
            else if (File.Exists(path))
            {
                if (HasArticleExtension(path))
                {
                    files.Add(path);
                }
                else
                {
                    skipped.Add(new SkippedInput(
                        path,
                        $"files with the extension '{Path.GetExtension(path)}' are not read; save the article as " +
                        "a .txt or .md file",
                        null,
                        "input.unsupported"));
                }
            }
            else if (Directory.Exists(path))
            {
                var found = FilesInFolder(path);
                if (found.Count == 0)
                {
                    skipped.Add(new SkippedInput(
                        path,
                        "the folder contains no .txt or .md files; add article files to it or name another folder",
                        null,
                        "input.no-articles"));
                }

                files.AddRange(found);
            }
            else
            {
                skipped.Add(new SkippedInput(
                    path,
                    "the path does not exist; check its spelling or remove it from the list of inputs",
                    null,
                    "input.missing"));
            }
        }

        return files;
    }

    private static List<string> FilesInFolder(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", FolderSearch)
                .Where(HasArticleExtension)
                .OrderBy(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // IgnoreInaccessible covers sub-folders; the folder itself can still vanish or refuse access.
            return [];
        }
    }

    private static bool HasArticleExtension(string path)
    {
        var extension = Path.GetExtension(path);
        return Extensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase));
    }

    private Article? ReadFile(
        string file,
        string id,
        ImmutableArray<SkippedInput>.Builder skipped,
        ImmutableArray<string>.Builder warnings)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new SkippedInput(
                file,
                $"the file could not be read ({e.Message.TrimEnd('.')}); check that it exists and is readable",
                null,
                "input.unreadable"));
            return null;
        }

        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, BinaryProbeLength)) >= 0)
        {
            skipped.Add(new SkippedInput(
                file,
                "the file looks binary (it contains a NUL byte); name a plain-text article instead, " +
                "and if it is UTF-16 text, save it as UTF-8",
                null,
                "input.binary"));
            return null;
        }

        var text = NormaliseLineEndings(Decode(file, bytes, warnings));
        if (string.IsNullOrWhiteSpace(text))
        {
            skipped.Add(new SkippedInput(
                file, "the file is empty; remove it or add the article text", null, "input.empty"));
            return null;
        }

        var frontMatter = FrontMatterParser.Parse(text);
        if (!frontMatter.Succeeded)
        {
            skipped.Add(new SkippedInput(file, frontMatter.Error!, frontMatter.ErrorLine, "input.front-matter"));
            return null;
        }

        var fields = frontMatter.FrontMatter;
        var bodyStart = fields?.BodyStart ?? 0;
        if (string.IsNullOrWhiteSpace(text[bodyStart..]))
        {
            skipped.Add(new SkippedInput(
                file,
                "the file has front matter but no article text; add the text below the closing '---' line",
                null,
                "input.empty"));
            return null;
        }

        if (fields is not null)
        {
            warnings.AddRange(fields.Warnings.Select(w => $"{file}: {w}."));
        }

        var lines = NonEmptyLines(text, bodyStart);
        var dateline = FindDateline(lines);

        DateOnly? published;
        string? publishedSource;
        if (fields?.Published is { } fromFrontMatter)
        {
            published = fromFrontMatter;
            publishedSource = "front matter";
            if (dateline is { } found && found.Date != fromFrontMatter)
            {
                warnings.Add(
                    $"{file}: the front matter says published {Iso(fromFrontMatter)} but the dateline on line " +
                    $"{found.Line} says {Iso(found.Date)}; the front matter date is used, so correct whichever is wrong.");
            }
        }
        else if (dateline is { } found)
        {
            published = found.Date;
            publishedSource = string.Create(CultureInfo.InvariantCulture, $"dateline line {found.Line}");
        }
        else
        {
            published = null;
            publishedSource = null;
        }

        return new Article(
            id,
            file,
            text,
            bodyStart,
            fields?.Title ?? FindHeadline(lines),
            fields?.Outlet,
            fields?.Url,
            published,
            publishedSource);
    }

    private static string Decode(string file, byte[] bytes, ImmutableArray<string>.Builder warnings)
    {
        // The encodings are built without a preamble, so the BOM is spelled out here.
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var start = bytes.AsSpan().StartsWith(bom) ? bom.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            // Replacing keeps the article usable; the warning makes sure the damage is not silent.
            var at = e.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" (first at byte {start + e.Index})") : "";
            warnings.Add(
                $"{file}: the file contains bytes that are not valid UTF-8{at}; they were replaced with U+FFFD, " +
                "so save the file as UTF-8 to keep every character.");
            return LenientUtf8.GetString(bytes, start, bytes.Length - start);
        }
    }

    private static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>The trimmed non-empty lines from <paramref name="start"/> on, with 1-based file line numbers.</summary>
    private static List<(int Line, string Text)> NonEmptyLines(string text, int start)
    {
        var lineNumber = 1;
        for (var i = 0; i < start; i++)
        {
            if (text[i] == '\n')
            {
                lineNumber++;
            }
        }

        var lines = new List<(int, string)>();
        foreach (var line in text[start..].Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                lines.Add((lineNumber, trimmed));
            }

            lineNumber++;
        }

        return lines;
    }

    private (int Line, DateOnly Date)? FindDateline(List<(int Line, string Text)> lines)
    {
        foreach (var (line, text) in lines.Take(DatelineSearchLines))
        {
            if (datelineParser(text) is { } date)
            {
                return (line, date);
            }
        }

        return null;
    }

    /// <summary>
    /// The first non-empty line if it reads as a headline; when that line is a dateline, the line after it.
    /// A headline has at most <see cref="MaxHeadlineWords"/> words, does not end with a full stop (a question
    /// mark is fine) and is not itself a dateline. A leading Markdown heading marker is dropped.
    /// </summary>
    private string? FindHeadline(List<(int Line, string Text)> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var candidate = lines[0].Text;
        if (datelineParser(candidate) is not null)
        {
            if (lines.Count < 2)
            {
                return null;
            }

            candidate = lines[1].Text;
        }

        candidate = StripMarkdownHeading(candidate);
        var words = candidate.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var isHeadline = words is > 0 and <= MaxHeadlineWords
            && !candidate.EndsWith('.')
            && datelineParser(candidate) is null;
        return isHeadline ? candidate : null;
    }

    /// <summary>"## Title" becomes "Title"; "#1 seed wins" stays as it is, since Markdown needs the space.</summary>
    private static string StripMarkdownHeading(string line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes is > 0 and <= 6 && hashes < line.Length && char.IsWhiteSpace(line[hashes])
            ? line[hashes..].Trim()
            : line;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
