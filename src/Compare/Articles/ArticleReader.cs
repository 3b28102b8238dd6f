using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Enumeration;
using System.Runtime.ExceptionServices;
using System.Text;

namespace Compare.Articles;

/// <summary>
/// Turns the paths a user named into <see cref="Article"/>s. Never throws for bad input: every path ends up
/// either as an article or as a <see cref="SkippedInput"/> with a reason and a stable code, and problems that do
/// not stop an article from being read come back as <see cref="IngestWarning"/>s.
/// </summary>
/// <remarks>
/// <para>
/// Each path may be a file or a folder. Folders are searched recursively for <c>*.txt</c>, <c>*.md</c>,
/// <c>*.html</c> and <c>*.htm</c> files (extension case-insensitive; hidden files and folders, e.g. dot-files, are
/// skipped, and linked folders are not entered), and the files found are taken in ordinal order of their path
/// relative to the folder, using <c>/</c> as separator, so the result never depends on file-system order. Named paths are taken in the order given. A
/// file reached twice (named twice, or named and inside a named folder) is read once.
/// </para>
/// <para>
/// Bytes are decoded by <see cref="TextDecoder"/> (a byte order mark decides UTF-8/16/32, otherwise UTF-8 with
/// replacement and a warning). Line endings are kept as they are, so for plain-text and Markdown files every
/// offset refers to the file's own characters; HTML pages are read by <see cref="HtmlArticleExtractor"/> and their
/// offsets refer to the extracted text. Invisible formatting characters are then removed (see
/// <see cref="InvisibleCharacters"/>). Whenever <see cref="Article.Text"/> is not the file's decoded text,
/// <see cref="Article.TextDerivation"/> says how it was made.
/// </para>
/// <para>
/// <see cref="Article.Id"/> is the file name without its extension. Ids are compared ignoring case, because they
/// end up in report file names and two ids differing only in case would collide on case-insensitive file systems.
/// When several readable files share an id, the one whose full path sorts first (ordinal, <c>/</c> as separator)
/// is kept and the others are skipped with "input.duplicate-id", so the choice never depends on the order the
/// paths were named in.
/// </para>
/// <para>
/// A file that reports no length (an empty file, but also a pipe or a device, or a link to one) is skipped as
/// empty without being opened. Files over <see cref="MaxFileBytes"/> are not read, and articles whose text is longer than
/// <see cref="MaxTextLength"/> are skipped ("input.too-large"): no news article comes near either, and the
/// comparison would take minutes to hours on such a file.
/// </para>
/// </remarks>
internal sealed class ArticleReader
{
    /// <summary>Files larger than this are skipped without being read (16 MiB; saved web pages stay far below).</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Article texts longer than this are skipped (a million characters is several books' worth of news).</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>A headline longer than this is more likely the first paragraph.</summary>
    private const int MaxHeadlineWords = 20;

    /// <summary>Datelines sit near the top; looking further risks dates mentioned in the story itself.</summary>
    private const int DatelineSearchLines = 5;

    /// <summary>No headline or dateline is longer; longer lines are not handed to the line parsers at all.</summary>
    private const int MaxMetadataLineLength = 500;

    /// <summary>How many files are read at once: enough to keep a disk busy, at least one per core.</summary>
    private static readonly int FilesInFlight = Math.Max(8, Environment.ProcessorCount);

    private static readonly string[] TextExtensions = [".txt", ".md"];

    private static readonly string[] HtmlExtensions = [".html", ".htm"];

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
    /// otherwise null. It is used both to find the published date and to tell a dateline from a headline (and to
    /// read a web page's published date when it is not in ISO form), and must not throw. It is never given a line
    /// longer than 500 characters.
    /// </param>
    public ArticleReader(Func<string, DateOnly?> datelineParser)
    {
        ArgumentNullException.ThrowIfNull(datelineParser);
        this.datelineParser = datelineParser;
    }

    /// <summary>
    /// How long parsing one HTML page may take before the page is skipped ("input.html-too-complex");
    /// <see cref="HtmlArticleExtractor.ParseTimeLimit"/> unless set.
    /// </summary>
    public TimeSpan HtmlParseTimeLimit { get; init; } = HtmlArticleExtractor.ParseTimeLimit;

    /// <summary>
    /// Reads every article reachable from <paramref name="paths"/>; see the class remarks for the rules.
    /// </summary>
    /// <param name="paths">Files and folders, as the user named them.</param>
    /// <returns>The articles, the skipped inputs, and warnings, each in a deterministic order.</returns>
    public IngestResult Read(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);

        var skipped = ImmutableArray.CreateBuilder<SkippedInput>();
        var warnings = ImmutableArray.CreateBuilder<IngestWarning>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var read = new List<Article>();

        // Files are read at the same time, each with its own lists of what was skipped or warned about; the lists
        // are then joined in the order the files were named, so that the outcome never depends on timing.
        var files = ExpandPaths(paths, skipped);
        var firstNamed = files.Select(f => seenFiles.Add(Path.GetFullPath(f))).ToArray();
        var outcomes = new (Article? Article, ImmutableArray<SkippedInput>.Builder Skipped, ImmutableArray<IngestWarning>.Builder Warnings)[files.Count];
        InFlight(files.Count, i =>
        {
            if (firstNamed[i])
            {
                var file = files[i];
                var fileSkipped = ImmutableArray.CreateBuilder<SkippedInput>();
                var fileWarnings = ImmutableArray.CreateBuilder<IngestWarning>();
                outcomes[i] = (ReadFile(file, Path.GetFileNameWithoutExtension(file), fileSkipped, fileWarnings), fileSkipped, fileWarnings);
            }
        });

        for (var i = 0; i < files.Count; i++)
        {
            if (!firstNamed[i])
            {
                warnings.Add(new IngestWarning(
                    files[i], null, "input.named-twice", "the file was named more than once; it is read only once"));
                continue;
            }

            skipped.AddRange(outcomes[i].Skipped);
            warnings.AddRange(outcomes[i].Warnings);
            if (outcomes[i].Article is { } article)
            {
                read.Add(article);
            }
        }

        // Each id's owner: the article whose path sorts first, the earliest read when two sort alike. Paths are
        // only made full for ids that are shared.
        var owners = new Dictionary<string, Article>(read.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var article in read)
        {
            if (!owners.TryGetValue(article.Id, out var owner)
                || string.CompareOrdinal(SortKey(article.Path), SortKey(owner.Path)) < 0)
            {
                owners[article.Id] = article;
            }
        }

        var kept = new List<Article>(owners.Count);
        foreach (var article in read)
        {
            var owner = owners[article.Id];
            if (ReferenceEquals(owner, article))
            {
                kept.Add(article);
                continue;
            }

            skipped.Add(new SkippedInput(
                article.Path,
                $"another file, {owner.Path}, has the same id '{owner.Id}' (ids are file names without extension, " +
                "ignoring case) and is compared instead; rename one of the two files so that their names differ",
                null,
                "input.duplicate-id"));
        }

        return new IngestResult([.. kept], skipped.ToImmutable(), warnings.ToImmutable());
    }

    /// <summary>
    /// Runs <paramref name="read"/> for every index below <paramref name="count"/>, with up to
    /// <see cref="FilesInFlight"/> files read at once on threads of their own.
    /// </summary>
    /// <remarks>
    /// Reading an archive whose files are not in the page cache waits for the disk, and one file at a time per core
    /// leaves the disk idle between requests: 10,000 uncached files took 0.56 s to read two at a time and 0.32 s
    /// eight at a time. The threads are the reader's own, since the thread pool adds threads only slowly when its
    /// threads wait for a disk; a file read from the cache costs them little more than a switch.
    /// </remarks>
    private static void InFlight(int count, Action<int> read)
    {
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count && Volatile.Read(ref failure) is null)
                {
                    read(i);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }

        var threads = new Thread[Math.Max(0, Math.Min(count, FilesInFlight) - 1)];
        for (var t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(Work, 256 * 1024) { IsBackground = true, Name = "compare: read" };
            threads[t].Start();
        }

        Work();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        failure?.Throw();
    }

    /// <summary>
    /// The file's bytes, but never more than <paramref name="limit"/>, whatever its length: the first
    /// <c>Length</c> bytes of a buffer from the shared pool, to be returned to it once read.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="expected">The length the file reported; a file that grows or shrinks meanwhile is read to its end.</param>
    /// <param name="limit">The most bytes read.</param>
    private static (byte[] Buffer, int Length) ReadAtMost(string file, long expected, long limit)
    {
        using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        // Room for one byte more than expected: usually one read of the whole file and one that finds its end.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, expected + 1));
        var length = 0;
        while (length < limit)
        {
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, buffer.Length * 2L));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(length, (int)Math.Min(buffer.Length, limit) - length), length);
            if (read <= 0)
            {
                break;
            }

            length += read;
        }

        return (buffer, length);
    }

    private static string SortKey(string path) => Path.GetFullPath(path).Replace('\\', '/');

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
                if (IsArticleFile(path))
                {
                    files.Add(path);
                }
                else
                {
                    skipped.Add(new SkippedInput(
                        path,
                        $"files with the extension '{Path.GetExtension(path)}' are not read; save the article as " +
                        "a .txt, .md or .html file",
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
                        "the folder contains no .txt, .md, .html or .htm files; add article files to it or name " +
                        "another folder",
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
            // Linked folders are not entered: a link back to a parent would otherwise be followed until the path
            // is too long, and every file in it would turn up dozens of times.
            var files = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), FolderSearch)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
                ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            };
            return files
                .Where(IsArticleFile)
                .OrderBy(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // IgnoreInaccessible covers sub-folders; the folder itself can still vanish or refuse access.
            return [];
        }
    }

    private static bool IsArticleFile(string path) => HasExtension(path, TextExtensions) || HasExtension(path, HtmlExtensions);

    private static bool HasExtension(string path, string[] extensions)
    {
        var extension = Path.GetExtension(path.AsSpan());
        foreach (var e in extensions)
        {
            if (extension.Equals(e, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private Article? ReadFile(
        string file,
        string id,
        ImmutableArray<SkippedInput>.Builder skipped,
        ImmutableArray<IngestWarning>.Builder warnings)
    {
        var isHtml = HasExtension(file, HtmlExtensions);
        TextDecoder.Result decoded;
        byte[]? buffer = null;
        try
        {
            // A link is judged by what it points to; a pipe or device reports no length and is never opened,
            // because opening a pipe waits for a writer and a device may never end. Only a link, or a path that is
            // not there, is resolved: a plain file needs no resolving, and skipping it saves a system call per file.
            var info = new FileInfo(file);
            var target = info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0
                ? info
                : File.ResolveLinkTarget(file, returnFinalTarget: true) as FileInfo ?? info;
            var size = target.Exists ? target.Length : throw new FileNotFoundException($"{file} points to {target.FullName}, which does not exist");
            var length = 0;
            if (size > 0 && size <= MaxFileBytes)
            {
                (buffer, length) = ReadAtMost(file, size, MaxFileBytes + 1);
            }

            if (size > MaxFileBytes || length > MaxFileBytes)
            {
                skipped.Add(new SkippedInput(
                    file,
                    FormattableString.Invariant($"the file is {Megabytes(Math.Max(size, length))} MB, more than the {Megabytes(MaxFileBytes)} MB an article file may have, so it was not read; if it holds several articles, save each in a file of its own"),
                    null,
                    "input.too-large"));
                return null;
            }

            decoded = TextDecoder.Decode(file, buffer.AsSpan(0, length), isHtml ? DeclaredCharset : null);
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
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        warnings.AddRange(decoded.Warnings);
        if (decoded.Text is not { } text)
        {
            skipped.Add(new SkippedInput(file, decoded.NotText!, null, "input.binary"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            skipped.Add(new SkippedInput(
                file, "the file is empty; remove it or add the article text", null, "input.empty"));
            return null;
        }

        var removed = 0;
        if (!isHtml)
        {
            // Removed before the front matter is read, so that its values and the body's start are clean too;
            // no line break is ever removed, so line numbers stay those of the file.
            (var cleaned, removed, var firstAt) = InvisibleCharacters.Remove(text);
            if (removed > 0)
            {
                warnings.Add(InvisibleCharacters.Warning(file, removed, LineAt(text, firstAt)));
                text = cleaned;
            }
        }

        var frontMatter = FrontMatterParser.Parse(text);
        if (!frontMatter.Succeeded)
        {
            skipped.Add(new SkippedInput(file, frontMatter.Error!, frontMatter.ErrorLine, "input.front-matter"));
            return null;
        }

        var fields = frontMatter.FrontMatter;
        if (fields is not null)
        {
            warnings.AddRange(fields.Warnings.Select(w => new IngestWarning(file, w.Line, w.Code, w.Message)));
        }

        return isHtml
            ? ReadHtml(file, id, text, fields, skipped, warnings)
            : ReadText(file, id, text, removed, fields, skipped, warnings);
    }

    private Article? ReadText(
        string file,
        string id,
        string text,
        int removed,
        FrontMatterParser.FrontMatter? fields,
        ImmutableArray<SkippedInput>.Builder skipped,
        ImmutableArray<IngestWarning>.Builder warnings)
    {
        var bodyStart = fields?.BodyStart ?? 0;
        if (text.AsSpan(bodyStart).IsWhiteSpace())
        {
            skipped.Add(new SkippedInput(
                file,
                fields is null
                    ? "the file holds only invisible characters; remove it or add the article text"
                    : "the file has front matter but no article text; add the text below the closing '---' line",
                null,
                "input.empty"));
            return null;
        }

        if (TooLarge(file, text.Length - bodyStart, skipped))
        {
            return null;
        }

        var lines = FirstNonEmptyLines(text, bodyStart, DatelineSearchLines + 1);
        var (published, publishedSource) = PublishedDate(file, fields, FindDateline(lines), warnings);
        return new Article(
            id,
            file,
            text,
            bodyStart,
            fields?.Title ?? FindHeadline(lines),
            fields?.Outlet,
            fields?.Url,
            published,
            publishedSource)
        {
            TextDerivation = removed > 0 ? RemovedNote(removed) : null,
        };
    }

    private Article? ReadHtml(
        string file,
        string id,
        string decoded,
        FrontMatterParser.FrontMatter? fields,
        ImmutableArray<SkippedInput>.Builder skipped,
        ImmutableArray<IngestWarning>.Builder warnings)
    {
        var html = fields is null ? decoded : decoded[fields.BodyStart..];
        var page = HtmlArticleExtractor.Extract(html, HtmlParseTimeLimit);
        if (page is null)
        {
            skipped.Add(new SkippedInput(
                file,
                FormattableString.Invariant($"the page could not be read within {HtmlParseTimeLimit.TotalSeconds} seconds (it nests thousands of unclosed elements); save the article text as a .txt file instead"),
                null,
                "input.html-too-complex"));
            return null;
        }

        var (text, removed, firstAt) = InvisibleCharacters.Remove(page.Text);
        if (removed > 0)
        {
            // Lines of the extracted text, not of the page: the page's own lines mean nothing once tags are gone.
            warnings.Add(InvisibleCharacters.Warning(file, removed, LineAt(page.Text, firstAt)) with { Line = null });
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            skipped.Add(new SkippedInput(
                file,
                "the page holds no article text once scripts, styles, navigation, headers, footers and asides are " +
                "left out; save the page again once it has loaded fully, or save the article text as a .txt file",
                null,
                "input.empty"));
            return null;
        }

        if (TooLarge(file, text.Length, skipped))
        {
            return null;
        }

        var lines = FirstNonEmptyLines(text, 0, DatelineSearchLines + 1);
        DateOnly? pagePublished = null;
        string? pageSource = null;
        foreach (var (value, source) in page.PublishedCandidates)
        {
            if (ParsePageDate(value) is { } date)
            {
                (pagePublished, pageSource) = (date, source);
                break;
            }

            warnings.Add(new IngestWarning(
                file,
                null,
                "input.html-date",
                $"{source} is '{value}', which is not a date Compare can read; it was not used, so check the " +
                "published date in the report"));
        }

        var (published, publishedSource) = fields?.Published is not null
            ? PublishedDate(file, fields, null, warnings)
            : pagePublished is { } fromPage
                ? (fromPage, pageSource)
                : PublishedDate(file, null, FindDateline(lines), warnings);

        // A page that says when it was last changed but not when it was published was written by then: its yearless
        // dates and weekdays are read against that day rather than not at all.
        if (published is null && page.Modified is { } modified)
        {
            if (ParsePageDate(modified) is { } changed)
            {
                (published, publishedSource) = (changed, "the page's article:modified_time (when it was last changed; it gives no published date)");
            }
            else
            {
                warnings.Add(new IngestWarning(
                    file,
                    null,
                    "input.html-date",
                    $"the page's article:modified_time is '{modified}', which is not a date Compare can read; it was not used, so check the " +
                    "published date in the report"));
            }
        }

        var derivation = $"text extracted from HTML ({page.From}; scripts, styles, navigation, headers, footers " +
            "and asides left out)";
        return new Article(
            id,
            file,
            text,
            0,
            fields?.Title ?? page.Title ?? FindHeadline(lines),
            fields?.Outlet ?? page.Outlet,
            fields?.Url ?? page.Url,
            published,
            publishedSource)
        {
            TextDerivation = removed > 0 ? $"{derivation}; {RemovedNote(removed)}" : derivation,
        };
    }

    /// <summary>
    /// The date part of an ISO timestamp as the page writes it ("2024-03-04T23:30:00-05:00" is 4 March): converting
    /// to another time zone would make the report depend on the machine it runs on. Other forms go to the dateline
    /// parser.
    /// </summary>
    private DateOnly? ParsePageDate(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length >= 10
            && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
            && (trimmed.Length == 10 || trimmed[10] is 'T' or 't' or ' '))
        {
            return iso;
        }

        return trimmed.Length <= MaxMetadataLineLength ? datelineParser(trimmed) : null;
    }

    private static (DateOnly? Published, string? Source) PublishedDate(
        string file,
        FrontMatterParser.FrontMatter? fields,
        (int Line, DateOnly Date)? dateline,
        ImmutableArray<IngestWarning>.Builder warnings)
    {
        if (fields?.Published is { } fromFrontMatter)
        {
            if (dateline is { } found && found.Date != fromFrontMatter)
            {
                warnings.Add(new IngestWarning(
                    file,
                    found.Line,
                    "input.published-mismatch",
                    $"the front matter says published {Iso(fromFrontMatter)} but the dateline on line {found.Line} " +
                    $"says {Iso(found.Date)}; the front matter date is used, so correct whichever is wrong"));
            }

            return (fromFrontMatter, "front matter");
        }

        return dateline is { } line
            ? (line.Date, string.Create(CultureInfo.InvariantCulture, $"dateline line {line.Line}"))
            : (null, null);
    }

    private static bool TooLarge(string file, int length, ImmutableArray<SkippedInput>.Builder skipped)
    {
        if (length <= MaxTextLength)
        {
            return false;
        }

        skipped.Add(new SkippedInput(
            file,
            FormattableString.Invariant($"the article text is {length} characters long, more than the {MaxTextLength} an article may have; if the file holds several articles, save each in a file of its own"),
            null,
            "input.too-large"));
        return true;
    }

    private static string RemovedNote(int removed) => string.Create(
        CultureInfo.InvariantCulture, $"{removed} invisible formatting character(s) removed");

    /// <summary>
    /// The encoding an HTML page declares (<c>&lt;meta charset&gt;</c>), used only when its bytes are not valid UTF-8;
    /// null when it declares none, declares UTF-8, or names an encoding .NET does not know.
    /// </summary>
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        // The HTML standard looks for the declaration in the first 1024 bytes; it is ASCII by definition.
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var at = head.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var i = at + "charset".Length;
        while (i < head.Length && head[i] is ' ' or '=' or '"' or '\'')
        {
            i++;
        }

        var end = i;
        while (end < head.Length && (char.IsAsciiLetterOrDigit(head[end]) || head[end] is '-' or '_' or ':' or '.'))
        {
            end++;
        }

        var name = head[i..end];
        if (name.Length == 0 || name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> trimmed non-empty lines from <paramref name="start"/> on, with 1-based file line
    /// numbers (LF, CRLF and a lone CR each end a line). Lines too long to be a headline or dateline are kept as
    /// empty text, so they still count but are never parsed.
    /// </summary>
    private static List<(int Line, string Text)> FirstNonEmptyLines(string text, int start, int count)
    {
        var lineNumber = LineAt(text, start);
        var lines = new List<(int, string)>();
        var i = start;
        while (i < text.Length && lines.Count < count)
        {
            var end = text.AsSpan(i).IndexOfAny('\n', '\r');
            end = end < 0 ? text.Length : i + end;
            var line = text.AsSpan(i, end - i).Trim();
            if (line.Length > 0)
            {
                lines.Add((lineNumber, line.Length <= MaxMetadataLineLength ? line.ToString() : string.Empty));
            }

            i = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
            lineNumber++;
        }

        return lines;
    }

    /// <summary>The 1-based line of <paramref name="offset"/> in <paramref name="text"/> (LF, CRLF, CR).</summary>
    private static int LineAt(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    private (int Line, DateOnly Date)? FindDateline(List<(int Line, string Text)> lines)
    {
        foreach (var (line, text) in lines.Take(DatelineSearchLines))
        {
            if (text.Length > 0 && datelineParser(text) is { } date)
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
        if (candidate.Length > 0 && datelineParser(candidate) is not null)
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
            && datelineParser(candidate) is null
            && !IsPageChrome(candidate);
        return isHeadline ? candidate : null;
    }

    /// <summary>
    /// Button labels copied from a web page run together ("Touch upon this storyCommentAdd to your saved
    /// storiesSave"): a lower-case word running straight into a capital is no headline. Names such as McDonald or
    /// YouTube have a short lower-case run before their capital and are kept.
    /// </summary>
    private static bool IsPageChrome(string line)
    {
        var lowerRun = 0;
        foreach (var c in line)
        {
            if (char.IsUpper(c) && lowerRun >= 4)
            {
                return true;
            }

            lowerRun = char.IsLower(c) ? lowerRun + 1 : 0;
        }

        return false;
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

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
