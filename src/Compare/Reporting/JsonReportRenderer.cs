using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Compare.Alignment;
using Compare.Comparison;
using Compare.Extraction;
using Compare.Recognition.Counts;
using Compare.Recognition.Dates;
using Compare.Rules;

namespace Compare.Reporting;

/// <summary>Writes the report as JSON for tools: one line with a line break at the end, stable key order, sorted lists, no clock.</summary>
/// <remarks>
/// <para>
/// The audit trail rides along as extra fields, never by changing existing ones: each claim names where its rule is
/// written (<c>rule_location</c>) and how its trigger stands (<c>trigger_form</c>), a count gives the range it is
/// compared as (<c>interval</c>), a context date its derivation; each quote of a finding value gives where the value
/// is written in it (<c>highlights</c>), the value's derivation in that article, and the claims read from it
/// (<c>evidence</c>: rule and trigger).
/// </para>
/// <para>
/// The long lists (articles, events, entities, findings) are written in chunks on worker threads, each chunk by its
/// own writer into its own buffer, and the buffers are copied to the output in list order. A chunk is written inside
/// a wrapper (<c>{"x":[</c>) that puts its elements at the depth they have in the report, so its bytes are exactly
/// those a single writer would write; the output does not depend on timing or the number of
/// threads.
/// </para>
/// </remarks>
internal sealed class JsonReportRenderer
{
    /// <summary>The output is flushed to the stream whenever about this many bytes are waiting.</summary>
    private const int FlushAt = 1 << 20;

    /// <summary>
    /// Compact: the report is read by tools, and indentation would be two fifths of its bytes (a report of 100,000
    /// generated articles takes 0.73 GB instead of 1.27 GB, and rendering it 3.5 to 3.8 s instead of 5.2 to 5.9 s).
    /// </summary>
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The lower-case wire word of each trigger form ("active", "passive", "noun").</summary>
    private static readonly Dictionary<TriggerForm, string> FormWords = Enum.GetValues<TriggerForm>().ToDictionary(f => f, f => f.ToString().ToLowerInvariant());

    /// <summary>The lower-case wire word of each kind of date mention.</summary>
    private static readonly Dictionary<DateMentionKind, string> DateKindWords = Enum.GetValues<DateMentionKind>().ToDictionary(k => k, k => k.ToString().ToLowerInvariant());

    /// <summary>The report as a string (UTF-16); the same text as <see cref="Render(ComparisonReport, Stream)"/> writes.</summary>
    public string Render(ComparisonReport report)
    {
        using var stream = new MemoryStream();
        Render(report, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// Writes the report as UTF-8 to <paramref name="output"/> as it goes (about a megabyte at a time), so that a
    /// report of a large archive is never held whole in memory.
    /// </summary>
    public void Render(ComparisonReport report, Stream output)
    {
        var locator = new EvidenceLocator(report);

        // Each entity's spelling-variant findings, in the order of the report's person findings.
        var variantFindings = new Dictionary<string, List<ReportFinding>>(StringComparer.Ordinal);
        var otherFindings = new List<ReportFinding>();
        foreach (var (personId, finding) in report.PersonFindings)
        {
            if (finding.Kind == FindingKind.Variant)
            {
                if (!variantFindings.TryGetValue(personId, out var list))
                {
                    variantFindings[personId] = list = [];
                }

                list.Add(new ReportFinding(null, personId, finding));
            }
            else
            {
                otherFindings.Add(new ReportFinding(null, personId, finding));
            }
        }

        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            WriteInChunks(w, Names.Articles, report.Articles, 256, WriteArticle);
            WriteInChunks(w, Names.Events, report.Events, 32, (cw, e) => WriteEvent(cw, e, locator));
            WriteInChunks(w, Names.Entities, report.Entities, 64, (cw, entity) =>
                WriteEntity(cw, entity, variantFindings.TryGetValue(entity.Id, out var own) ? own : [], locator));
            WriteInChunks(w, Names.Findings, otherFindings, 32, (cw, rf) => WriteFinding(cw, rf, locator));
            w.WriteStartArray(Names.Skipped);
            foreach (var s in report.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.Reason, StringComparer.Ordinal))
            {
                WriteProblem(w, s.Path, s.Code, s.Line, Names.Reason, s.Reason);
            }

            w.WriteEndArray();
            w.WriteStartArray(Names.Warnings);
            foreach (var warning in report.Warnings.OrderBy(x => x.Path, StringComparer.Ordinal).ThenBy(x => x.Line ?? 0).ThenBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Message, StringComparer.Ordinal))
            {
                WriteProblem(w, warning.Path, warning.Code, warning.Line, Names.Message, warning.Message);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    /// <summary>
    /// Writes <paramref name="items"/> as the array <paramref name="name"/> of the report's top-level object,
    /// <paramref name="chunkSize"/> elements to a chunk, the chunks written in parallel and copied to
    /// <paramref name="w"/> in order.
    /// </summary>
    /// <remarks>
    /// At most a few chunks are under way or waiting at a time, so memory stays bounded however long the list. Each
    /// of those places keeps its buffer and writer for the chunks it takes in turn.
    /// </remarks>
    private static void WriteInChunks<T>(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<T> items, int chunkSize, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        var chunks = (items.Count + chunkSize - 1) / chunkSize;
        var window = Math.Min(chunks, 2 * Math.Max(2, Environment.ProcessorCount));
        var slots = new ChunkSlot[window];
        var pending = new Task<int>[window];
        Task<int> Start(int chunk)
        {
            var slot = slots[chunk % window] ??= new ChunkSlot();
            var from = chunk * chunkSize;
            var to = Math.Min(items.Count, from + chunkSize);
            return Task.Run(() => slot.Write(items, from, to, write));
        }

        for (var i = 0; i < window; i++)
        {
            pending[i] = Start(i);
        }

        for (var i = 0; i < chunks; i++)
        {
            var start = pending[i % window].GetAwaiter().GetResult();
            w.WriteRawValue(slots[i % window].Written[start..], skipInputValidation: true);
            if (w.BytesPending > FlushAt)
            {
                w.Flush();
            }

            if (i + window < chunks)
            {
                pending[i % window] = Start(i + window);
            }
        }

        w.WriteEndArray();
    }

    private static void WriteArticle(Utf8JsonWriter w, ArticleAnalysis a)
    {
        w.WriteStartObject();
        w.WriteString(Names.Id, a.Article.Id);
        w.WriteString(Names.Title, a.Article.Title);
        w.WriteString(Names.Outlet, a.Article.Outlet);
        w.WriteString(Names.Url, a.Article.Url);
        w.WriteString(Names.Published, a.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString(Names.PublishedSource, a.Article.PublishedSource);
        w.WriteNumber(Names.Sentences, a.SentenceCount);
        w.WriteNumber(Names.Claims, a.Claims.Length);

        // Offsets refer to the article's text; when that is not the file as it stands, the text is given.
        if (a.Article.TextDerivation is { } derivation)
        {
            w.WriteString(Names.TextDerivation, derivation);
            w.WriteString(Names.Text, a.Article.Text);
        }

        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, ReportEvent e, EvidenceLocator locator)
    {
        w.WriteStartObject();
        w.WriteString(Names.Id, e.Event.Id);
        w.WriteString(Names.Type, e.Event.Type);
        w.WriteString(Names.Label, e.Label);
        w.WriteString(Names.Date, e.Date);
        w.WriteStartArray(Names.Articles);

        // The articles of the claims, each once, in ordinal order.
        var claims = e.Event.Claims;
        var ids = new string[claims.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = claims[i].ArticleId;
        }

        Array.Sort(ids, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (i == 0 || !string.Equals(ids[i], ids[i - 1], StringComparison.Ordinal))
            {
                w.WriteStringValue(ids[i]);
            }
        }

        w.WriteEndArray();
        w.WriteStartArray(Names.Alignment);
        foreach (var reason in e.Event.Reasons)
        {
            w.WriteStringValue(reason);
        }

        w.WriteEndArray();
        w.WriteStartArray(Names.NearMisses);
        foreach (var miss in e.Event.NearMisses)
        {
            w.WriteStringValue(miss);
        }

        w.WriteEndArray();
        w.WriteStartArray(Names.Claims);
        foreach (var c in claims)
        {
            WriteClaim(w, c);
        }

        w.WriteEndArray();
        w.WriteStartArray(Names.Findings);
        foreach (var f in e.Findings)
        {
            WriteFinding(w, new ReportFinding(e, null, f), locator);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, PersonEntity entity, List<ReportFinding> findings, EvidenceLocator locator)
    {
        w.WriteStartObject();
        w.WriteString(Names.Id, entity.Id);
        w.WriteString(Names.Name, entity.Name);
        w.WriteString(Names.Kind, "person");
        w.WriteBoolean(Names.InDictionary, entity.ActorId is not null);
        w.WriteStartArray(Names.Variants);
        foreach (var (text, articles) in entity.Variants)
        {
            w.WriteStartObject();
            w.WriteString(Names.Text, text);
            w.WriteStartArray(Names.Articles);
            foreach (var a in articles)
            {
                w.WriteStringValue(a);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(Names.Merges);
        foreach (var (text, reason) in entity.Merges)
        {
            w.WriteStartObject();
            w.WriteString(Names.Text, text);
            w.WriteString(Names.Reason, reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(Names.Findings);
        foreach (var rf in findings)
        {
            WriteFinding(w, rf, locator);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString(Names.Article, c.ArticleId);
        w.WriteString(Names.Quote, c.Sentence.Text);
        w.WriteNumber(Names.Start, c.Sentence.Start);
        w.WriteNumber(Names.End, c.Sentence.End);
        w.WriteString(Names.Rule, c.Rule.Id);
        WriteRuleLocation(w, c);
        w.WriteString(Names.Trigger, c.Trigger);
        w.WriteNumber(Names.TriggerStart, c.TriggerSpan.Start);
        w.WriteNumber(Names.TriggerEnd, c.TriggerSpan.End);
        w.WriteString(Names.TriggerForm, FormWords[c.Form]);
        w.WriteString(Names.Polarity, c.Polarity switch { Polarity.Denied => "denied", Polarity.Negated => "negated", _ => "asserted" });
        w.WriteString(Names.PolarityCue, c.PolarityCue);
        w.WriteBoolean(Names.Hedged, c.Hedged);
        w.WriteString(Names.HedgeCue, c.HedgeCue);
        w.WriteString(Names.Attribution, c.Attribution);
        w.WriteStartObject(Names.Roles);
        var roles = c.Roles;
        Span<int> order = roles.Length <= 32 ? stackalloc int[roles.Length] : new int[roles.Length];
        SortRoles(roles, order);
        foreach (var k in order)
        {
            var role = roles[k];
            var mentions = role.Mentions;
            w.WriteString(role.Role, mentions.Length == 1 ? mentions[0].Resolved.Text : string.Join(", ", mentions.Select(m => m.Resolved.Text)));
        }

        if (c.Item is not null)
        {
            w.WriteString(Names.Item, c.Item);
        }

        if (c.Designation is not null)
        {
            w.WriteString(Names.Designation, c.Designation);
        }

        w.WriteEndObject();
        w.WriteStartObject(Names.RoleSources);
        foreach (var k in order)
        {
            var role = roles[k];
            w.WriteString(role.Role, role.Source);
        }

        w.WriteEndObject();
        if (c.Date is { } date)
        {
            w.WriteString(Names.Date, date.Iso);
            w.WriteString(Names.DateWritten, date.Written);
            w.WriteString(Names.DateDerivation, date.Derivation);
            w.WriteString(Names.DateKind, c.DateKind is { } kind ? DateKindWords[kind] : null);
        }
        else
        {
            w.WriteNull(Names.Date);
            w.WriteNull(Names.DateWritten);
            w.WriteNull(Names.DateDerivation);
            w.WriteNull(Names.DateKind);
        }

        w.WriteString(Names.ContextDate, c.ContextDate?.Iso);
        w.WriteString(Names.ContextDateDerivation, c.ContextDate?.Derivation);
        if (c.Count is { } count)
        {
            w.WriteStartObject(Names.Count);
            w.WriteNumber(Names.Value, count.Value);
            w.WriteString(Names.Qualifier, count.Qualifier.ToWire());
            w.WriteString(Names.Written, count.Written);
            w.WriteString(Names.Derivation, count.Derivation);
            var (low, high) = count.Interval;
            w.WriteStartObject(Names.Interval);
            w.WriteNumber(Names.Low, low);
            if (high == decimal.MaxValue)
            {
                // No upper limit: null, rather than a sentinel number every reader of the JSON would have to know.
                w.WriteNull(Names.High);
            }
            else
            {
                w.WriteNumber(Names.High, high);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(Names.Count);
        }

        w.WriteString(Names.Measure, c.Measure);
        w.WriteString(Names.Note, c.Note);
        w.WriteEndObject();
    }

    /// <summary>
    /// Puts in <paramref name="order"/> the indexes of <paramref name="roles"/> in ordinal order of their names; roles
    /// of the same name keep their order.
    /// </summary>
    private static void SortRoles(ImmutableArray<RoleFill> roles, Span<int> order)
    {
        // Insertion sort: stable, and roles are few.
        for (var i = 0; i < order.Length; i++)
        {
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(roles[order[j]].Role, roles[i].Role) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = i;
        }
    }

    /// <summary>Writes <c>rule_location</c>: the rule's file and line ("rules/events/attack.yaml:12").</summary>
    private static void WriteRuleLocation(Utf8JsonWriter w, Claim c)
    {
        var location = c.Rule.Location;
        Span<char> text = stackalloc char[256];
        if (text.TryWrite(CultureInfo.InvariantCulture, $"{location.File}:{location.Line}", out var length))
        {
            w.WriteString(Names.RuleLocation, text[..length]);
        }
        else
        {
            w.WriteString(Names.RuleLocation, string.Create(CultureInfo.InvariantCulture, $"{location.File}:{location.Line}"));
        }
    }

    private static void WriteFinding(Utf8JsonWriter w, ReportFinding rf, EvidenceLocator locator)
    {
        var f = rf.Finding;
        w.WriteStartObject();
        w.WriteString(Names.Kind, f.Kind);
        w.WriteString(Names.Attribute, f.Attribute);
        w.WriteString(Names.Question, f.Question);
        w.WriteStartArray(Names.Values);
        foreach (var v in f.Values)
        {
            w.WriteStartObject();
            w.WriteString(Names.Value, v.Value);
            w.WriteStartArray(Names.Articles);
            foreach (var a in v.Articles)
            {
                w.WriteStringValue(a);
            }

            w.WriteEndArray();
            w.WriteString(Names.Derivation, v.Derivation);
            w.WriteStartArray(Names.Quotes);
            foreach (var q in v.Quotes)
            {
                w.WriteStartObject();
                w.WriteString(Names.Article, q.Article);
                w.WriteString(Names.Quote, q.Quote);
                w.WriteNumber(Names.Start, q.Start);
                w.WriteNumber(Names.End, q.End);
                WriteEvidence(w, locator.Locate(rf, v, q));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString(Names.Explanation, f.Explanation);
        if (f.IndependentSources is { } independent)
        {
            w.WriteNumber(Names.IndependentSources, independent);
        }

        w.WriteEndObject();
    }

    /// <summary>A skipped input or a warning: where, its stable code, the line when there is one, and the words.</summary>
    private static void WriteProblem(Utf8JsonWriter w, string path, string? code, int? line, JsonEncodedText textName, string text)
    {
        w.WriteStartObject();
        w.WriteString(Names.Path, path);
        w.WriteString(Names.Code, code);
        if (line is { } l)
        {
            w.WriteNumber(Names.Line, l);
        }
        else
        {
            w.WriteNull(Names.Line);
        }

        w.WriteString(textName, text);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, QuoteEvidence evidence)
    {
        w.WriteStartArray(Names.Highlights);
        foreach (var span in evidence.Marks)
        {
            w.WriteStartObject();
            w.WriteNumber(Names.Start, span.Start);
            w.WriteNumber(Names.End, span.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString(Names.Derivation, evidence.Derivation);
        w.WriteStartArray(Names.Evidence);
        foreach (var c in evidence.Claims)
        {
            w.WriteStartObject();
            w.WriteString(Names.Rule, c.Rule.Id);
            WriteRuleLocation(w, c);
            w.WriteString(Names.Trigger, c.Trigger);
            w.WriteNumber(Names.TriggerStart, c.TriggerSpan.Start);
            w.WriteNumber(Names.TriggerEnd, c.TriggerSpan.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// One place in the window of chunks under way: a buffer and a writer, reused for each chunk it takes. A chunk's
    /// elements are written inside a wrapper object and array, so that they stand at the depth of the report's
    /// top-level lists; <see cref="Write{T}"/> returns where they begin in <see cref="Written"/>.
    /// </summary>
    private sealed class ChunkSlot
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
        private Utf8JsonWriter? _writer;

        /// <summary>The bytes of the last chunk written, wrapper included.</summary>
        public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

        public int Write<T>(IReadOnlyList<T> items, int from, int to, Action<Utf8JsonWriter, T> write)
        {
            _buffer.ResetWrittenCount();
            if (_writer is null)
            {
                _writer = new Utf8JsonWriter(_buffer, Options);
            }
            else
            {
                _writer.Reset(_buffer);
            }

            _writer.WriteStartObject();
            _writer.WriteStartArray(Names.Chunk);
            _writer.Flush();
            var start = _buffer.WrittenCount;
            for (var i = from; i < to; i++)
            {
                write(_writer, items[i]);
            }

            _writer.Flush();
            return start;
        }
    }

    /// <summary>Property names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Article = JsonEncodedText.Encode("article");
        public static readonly JsonEncodedText Articles = JsonEncodedText.Encode("articles");
        public static readonly JsonEncodedText Alignment = JsonEncodedText.Encode("alignment");
        public static readonly JsonEncodedText Attribute = JsonEncodedText.Encode("attribute");
        public static readonly JsonEncodedText Attribution = JsonEncodedText.Encode("attribution");
        public static readonly JsonEncodedText Chunk = JsonEncodedText.Encode("chunk");
        public static readonly JsonEncodedText Claims = JsonEncodedText.Encode("claims");
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        public static readonly JsonEncodedText ContextDate = JsonEncodedText.Encode("context_date");
        public static readonly JsonEncodedText ContextDateDerivation = JsonEncodedText.Encode("context_date_derivation");
        public static readonly JsonEncodedText Count = JsonEncodedText.Encode("count");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText DateDerivation = JsonEncodedText.Encode("date_derivation");
        public static readonly JsonEncodedText DateKind = JsonEncodedText.Encode("date_kind");
        public static readonly JsonEncodedText DateWritten = JsonEncodedText.Encode("date_written");
        public static readonly JsonEncodedText Derivation = JsonEncodedText.Encode("derivation");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");
        public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");
        public static readonly JsonEncodedText Designation = JsonEncodedText.Encode("designation");
        public static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
        public static readonly JsonEncodedText Hedged = JsonEncodedText.Encode("hedged");
        public static readonly JsonEncodedText HedgeCue = JsonEncodedText.Encode("hedge_cue");
        public static readonly JsonEncodedText High = JsonEncodedText.Encode("high");
        public static readonly JsonEncodedText Highlights = JsonEncodedText.Encode("highlights");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText InDictionary = JsonEncodedText.Encode("in_dictionary");
        public static readonly JsonEncodedText IndependentSources = JsonEncodedText.Encode("independent_sources");
        public static readonly JsonEncodedText Interval = JsonEncodedText.Encode("interval");
        public static readonly JsonEncodedText Item = JsonEncodedText.Encode("item");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Low = JsonEncodedText.Encode("low");
        public static readonly JsonEncodedText Measure = JsonEncodedText.Encode("measure");
        public static readonly JsonEncodedText Merges = JsonEncodedText.Encode("merges");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText NearMisses = JsonEncodedText.Encode("near_misses");
        public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
        public static readonly JsonEncodedText Outlet = JsonEncodedText.Encode("outlet");
        public static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
        public static readonly JsonEncodedText Polarity = JsonEncodedText.Encode("polarity");
        public static readonly JsonEncodedText PolarityCue = JsonEncodedText.Encode("polarity_cue");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
        public static readonly JsonEncodedText PublishedSource = JsonEncodedText.Encode("published_source");
        public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");
        public static readonly JsonEncodedText Question = JsonEncodedText.Encode("question");
        public static readonly JsonEncodedText Quote = JsonEncodedText.Encode("quote");
        public static readonly JsonEncodedText Quotes = JsonEncodedText.Encode("quotes");
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
        public static readonly JsonEncodedText Roles = JsonEncodedText.Encode("roles");
        public static readonly JsonEncodedText RoleSources = JsonEncodedText.Encode("role_sources");
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
        public static readonly JsonEncodedText RuleLocation = JsonEncodedText.Encode("rule_location");
        public static readonly JsonEncodedText Sentences = JsonEncodedText.Encode("sentences");
        public static readonly JsonEncodedText Skipped = JsonEncodedText.Encode("skipped");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText TextDerivation = JsonEncodedText.Encode("text_derivation");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Trigger = JsonEncodedText.Encode("trigger");
        public static readonly JsonEncodedText TriggerEnd = JsonEncodedText.Encode("trigger_end");
        public static readonly JsonEncodedText TriggerForm = JsonEncodedText.Encode("trigger_form");
        public static readonly JsonEncodedText TriggerStart = JsonEncodedText.Encode("trigger_start");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Values = JsonEncodedText.Encode("values");
        public static readonly JsonEncodedText Variants = JsonEncodedText.Encode("variants");
        public static readonly JsonEncodedText Warnings = JsonEncodedText.Encode("warnings");
        public static readonly JsonEncodedText Written = JsonEncodedText.Encode("written");
    }
}
