using System.Globalization;
using System.Text;
using System.Text.Json;
using Compare.Articles;
using Compare.Extraction;
using Compare.Recognition;
using Compare.Recognition.Dates;
using Compare.Reporting;
using Compare.Rules;
using Compare.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;

namespace Compare.Tests.Robustness;

/// <summary>
/// For random and mutated article text the pipeline never throws (no article is skipped as
/// "input.analysis-failed"), every span lies inside its article and every quote is exactly the text at its span.
/// </summary>
/// <remarks>A failure prints FsCheck's replay seed; add <c>Replay = "…"</c> to the attribute to run that case again.</remarks>
public sealed class PipelinePropertyTests
{
    private static readonly RuleSet Rules = RuleLoader.Load(RepositoryPaths.Rules).Rules!;

    private static readonly CompareEngine Engine = new(Rules);

    private static readonly ClaimExtractor Extractor = new(Rules, new ActorIndex(Rules));

    /// <summary>A small real article, so that every generated text is also aligned and compared with something.</summary>
    private static readonly Article Partner = ReadSeed("001_4823ac9d8e512642");

    [Property(MaxTest = 150, Arbitrary = [typeof(ArticleTexts)])]
    public Property Random_text_never_breaks_the_pipeline(RandomText text) => Holds(text.Text, text.Published);

    [Property(MaxTest = 60, Arbitrary = [typeof(ArticleTexts)])]
    public Property Mutated_articles_never_break_the_pipeline(MutatedText text) => Holds(text.Text, text.Published);

    [Property(MaxTest = 200, Arbitrary = [typeof(ArticleTexts)])]
    public Property Any_bytes_are_read_or_skipped_with_a_reason(RandomBytes bytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "compare-bytes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, bytes.Html ? "page.html" : "article.md");
            File.WriteAllBytes(path, bytes.Bytes);
            var input = new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([path]);
            var problem = input.Articles.Length + input.Skipped.Length != 1
                ? $"{input.Articles.Length} articles and {input.Skipped.Length} skipped"
                : input.Skipped.FirstOrDefault(s => !s.Reason.Contains(';', StringComparison.Ordinal)) is { } bare
                    ? $"a reason without what to do: {bare.Reason}"
                    : input.Articles.IsEmpty ? null : Problem(input);
            return (problem is null).Label(problem ?? "ok");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Property Holds(string text, DateOnly? published)
    {
        var article = new Article("generated", "generated.txt", text, 0, null, null, null, published, published is null ? null : "test");
        string? problem;
        try
        {
            problem = Problem(new IngestResult([article, Partner], [], []));
        }
        catch (Exception e)
        {
            problem = $"threw {e}";
        }

        return (problem is null).Label(problem ?? "ok");
    }

    /// <summary>
    /// The first broken promise in the report of <paramref name="input"/>, or null when it keeps them all. Spans are
    /// checked against the articles as read: a report's articles let go of a plain file's text. Every sentence and
    /// token of each article's own reading is checked, then what the report kept.
    /// </summary>
    private static string? Problem(IngestResult input)
    {
        var report = Engine.Run(input);
        if (report.Skipped.FirstOrDefault(s => s.Code == "input.analysis-failed") is { } failed)
        {
            return $"the engine failed: {failed.Reason}";
        }

        var texts = input.Articles.ToDictionary(a => a.Id, a => a.Text);
        foreach (var article in input.Articles)
        {
            var reading = Extractor.Analyse(article, null, awaitOtherArticles: true);
            if (Sentences(article.Text, reading.Sentences) is { } bad)
            {
                return bad;
            }

            if (report.Articles.FirstOrDefault(a => a.Article.Id == article.Id) is { } kept && kept.SentenceCount != reading.Sentences.Length)
            {
                return $"the report counts {kept.SentenceCount} sentences where the article has {reading.Sentences.Length}";
            }
        }

        foreach (var analysis in report.Articles)
        {
            var text = texts[analysis.Article.Id];
            if (Sentences(text, analysis.Sentences) is { } badSentence)
            {
                return badSentence;
            }

            foreach (var mention in analysis.Mentions.SelectMany(m => m.All.Concat(m.Mentions)))
            {
                if (Outside(text, mention.Start, mention.End, null) is { } bad)
                {
                    return $"mention '{mention.Text}': {bad}";
                }
            }

            foreach (var date in analysis.Dates)
            {
                if (Outside(text, date.Span.Start, date.Span.End, null) is { } bad)
                {
                    return $"date '{date.Value.Written}': {bad}";
                }
            }

            foreach (var age in analysis.Ages)
            {
                if ((Outside(text, age.AgeSpan.Start, age.AgeSpan.End, null) ?? Outside(text, age.NameSpan.Start, age.NameSpan.End, null)) is { } bad)
                {
                    return $"age {age.Age}: {bad}";
                }
            }

            foreach (var claim in analysis.Claims)
            {
                if (Outside(text, claim.Sentence.Start, claim.Sentence.End, claim.Sentence.Text) is { } bad)
                {
                    return $"claim {claim.Rule.Id}: {bad}";
                }

                if (!claim.Sentence.Span.Contains(claim.TriggerSpan))
                {
                    return $"claim {claim.Rule.Id}: trigger {claim.TriggerSpan} outside its sentence {claim.Sentence.Span}";
                }
            }
        }

        var quotes = report.Events.SelectMany(e => e.Findings).Concat(report.PersonFindings.Select(p => p.Finding))
            .SelectMany(f => f.Values).SelectMany(v => v.Quotes);
        foreach (var quote in quotes)
        {
            if (!texts.TryGetValue(quote.Article, out var text))
            {
                return $"a quote from '{quote.Article}', which is not an article of the report";
            }

            if (Outside(text, quote.Start, quote.End, quote.Quote) is { } bad)
            {
                return $"finding quote from {quote.Article}: {bad}";
            }
        }

        try
        {
            using var json = JsonDocument.Parse(new JsonReportRenderer().Render(report));
            _ = new MarkdownReportRenderer().Render(report);
        }
        catch (Exception e)
        {
            return $"rendering failed: {e}";
        }

        return null;
    }

    /// <summary>The first sentence or token that is not inside <paramref name="text"/> or not its text there, or null.</summary>
    private static string? Sentences(string text, IEnumerable<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (Outside(text, sentence.Start, sentence.End, sentence.Text) is { } bad)
            {
                return $"sentence {sentence.Index}: {bad}";
            }

            foreach (var token in sentence.Tokens)
            {
                if (token.Start < sentence.Start || token.End > sentence.End || Outside(text, token.Start, token.End, token.Text) is not null)
                {
                    return $"token '{token.Text}' {token.Span} outside sentence [{sentence.Start},{sentence.End}) or not its text";
                }
            }
        }

        return null;
    }

    private static string? Outside(string text, int start, int end, string? quote)
    {
        if (start < 0 || end < start || end > text.Length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"span [{start},{end}) outside a text of {text.Length} characters");
        }

        return quote is null || string.Equals(text[start..end], quote, StringComparison.Ordinal)
            ? null
            : $"quote '{quote}' is not the text at [{start},{end}): '{text[start..end]}'";
    }

    private static Article ReadSeed(string id) =>
        new ArticleReader(line => DateRecognizer.ParseDateline(line)).Read([Path.Combine(RepositoryPaths.Seeds, id + ".txt")]).Articles.Single();

    /// <summary>Text made of pieces that matter to the pipeline: words it looks for, and characters that trip parsers.</summary>
    public sealed record RandomText(string Text, DateOnly? Published)
    {
        public override string ToString() => $"{Escape(Text)} (published {Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"})";
    }

    /// <summary>A slice of a seed article with random edits.</summary>
    public sealed record MutatedText(string Text, DateOnly? Published, string Edits)
    {
        public override string ToString() => $"{Edits}: {Escape(Text)}";
    }

    /// <summary>Random bytes, sometimes behind a byte order mark or an HTML start, written to a file.</summary>
    public sealed record RandomBytes(byte[] Bytes, bool Html)
    {
        public override string ToString() => $"{(Html ? "html" : "md")}: {Convert.ToHexString(Bytes)}";
    }

    /// <summary>The generators, with a shrinker that cuts text down so a failure shows a short case.</summary>
    public static class ArticleTexts
    {
        private static readonly string[] Seeds = Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

        private static readonly string[] Pieces =
        [
            "Hamas", "Israel", "Iran", "Tehran", "Moscow", "Doha", "Qatar", "Ismail Haniyeh", "Benjamin Netanyahu", "Sergei Lavrov",
            "Marzouk", "Marzook", "delegation", "visited", "met", "hosted", "called", "released", "killed", "attacked", "vetoed",
            "hostages", "denied", "said", "according to", "did not", "reportedly", "Prime Minister", "former", "then-",
            "on", "in", "by", "with", "the", "a", "of", "'s", "’s", "who", "which",
            "October 7", "7 October 2023", "late October", "on Thursday", "last week", "10 days after", "2024-03-04", "31 February",
            "Mon. Mar 4th, 2024", "9999", "0", "-5", "1,200", "2.5 million", "more than 200", "about 250", "up to", "a dozen",
            "99999999999999999999999", "1e308", "53,", "25-year-old", "U.S.", "Mr.", "J.", "etc.", "No. 10", "…", "?!",
            ".", ",", ";", ":", "—", "-", "(", ")", "\"", "“", "”", "'", "*", "#", "---", "# ", "> ",
            " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u0085", "\u00A0", "\u200B", "\u00AD", "\u202E", "\u2067",
            "\uFEFF", "\uFFFD", "\u0000", "\u0007", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0645\u0631\u062D\u0628\u0627",
            "\u05E9\u05DC\u05D5\u05DD", "İ", "ı", "ß", "e\u0301", "\u4E2D\u6587",
        ];

        public static Arbitrary<RandomText> RandomTexts() => Arb.From(
            Gen.Sized(size => Gen.ListOf(Gen.Elements(Pieces), Math.Min(400, 4 + (size * 4))))
                .Zip(Published())
                .Select(t => new RandomText(string.Concat(t.Item1), t.Item2)),
            t => Shrink(t.Text).Select(s => t with { Text = s }));

        public static Arbitrary<MutatedText> MutatedTexts() => Arb.From(
            from seed in Gen.Elements(Seeds)
            from start in Gen.Choose(0, 2000)
            from length in Gen.Choose(200, 3000)
            from edits in Gen.ListOf(Edit(), 8)
            from published in Published()
            select Apply(seed.Substring(Math.Min(start, seed.Length), Math.Min(length, seed.Length - Math.Min(start, seed.Length))), edits, published),
            t => Shrink(t.Text).Select(s => t with { Text = s }));

        public static Arbitrary<RandomBytes> AnyBytes() =>
            (from prefix in Gen.Elements<byte[]>([], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], "---\n"u8.ToArray(), "<html><body><article><p>"u8.ToArray())
             from body in Gen.OneOf(
                 Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)),
                 Gen.ListOf(Gen.Elements(Pieces)).Select(p => Encoding.UTF8.GetBytes(string.Concat(p))),
                 Gen.ListOf(Gen.Elements(Pieces)).Select(p => Encoding.Unicode.GetBytes(string.Concat(p))))
             from html in Gen.Elements(false, true)
             select new RandomBytes([.. prefix, .. body], html))
            .ToArbitrary();

        // The extremes are valid front matter ("published: 9999-12-31"), so date arithmetic must survive them.
        private static Gen<DateOnly?> Published() =>
            Gen.OneOf(
                Gen.Constant<DateOnly?>(null),
                Gen.Choose(0, 20000).Select(d => (DateOnly?)new DateOnly(1990, 1, 1).AddDays(d)),
                Gen.Elements<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 1, 7), new DateOnly(9999, 12, 25)));

        private static Gen<(int Kind, int Where, int Length, string Piece)> Edit() =>
            from kind in Gen.Choose(0, 5)
            from position in Gen.Choose(0, int.MaxValue)
            from length in Gen.Choose(0, 200)
            from piece in Gen.Elements(Pieces)
            select (kind, position, length, piece);

        private static MutatedText Apply(string text, IEnumerable<(int Kind, int Where, int Length, string Piece)> edits, DateOnly? published)
        {
            var sb = new StringBuilder(text);
            var done = new List<string>();
            foreach (var (kind, where, length, piece) in edits)
            {
                var at = sb.Length == 0 ? 0 : where % sb.Length;
                var count = Math.Min(length, sb.Length - at);
                switch (kind)
                {
                    case 0:
                        sb.Insert(at, piece);
                        done.Add($"insert {Escape(piece)} at {at}");
                        break;
                    case 1:
                        sb.Remove(at, count);
                        done.Add($"delete {count} at {at}");
                        break;
                    case 2:
                        sb.Insert(at, sb.ToString(at, count));
                        done.Add($"repeat {count} at {at}");
                        break;
                    case 3:
                        var upper = sb.ToString(at, count).ToUpperInvariant();
                        sb.Remove(at, count).Insert(at, upper);
                        done.Add($"upper-case {count} at {at}");
                        break;
                    case 4:
                        var lines = sb.ToString().Replace("\n", piece.Length > 0 && char.IsWhiteSpace(piece[0]) ? piece : "\r\n", StringComparison.Ordinal);
                        sb.Clear().Append(lines);
                        done.Add("line breaks replaced");
                        break;
                    default:
                        sb.Length = at;
                        done.Add($"cut at {at}");
                        break;
                }
            }

            return new MutatedText(sb.ToString(), published, string.Join(", ", done));
        }

        private static IEnumerable<string> Shrink(string text)
        {
            if (text.Length < 2)
            {
                yield break;
            }

            yield return text[..(text.Length / 2)];
            yield return text[(text.Length / 2)..];
            for (var size = text.Length / 4; size > 0; size /= 2)
            {
                for (var at = 0; at + size <= text.Length; at += size)
                {
                    yield return text.Remove(at, size);
                }
            }
        }
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            sb.Append(c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
        }

        return sb.Append('"').ToString();
    }
}
