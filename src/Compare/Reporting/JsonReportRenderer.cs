using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Compare.Comparison;
using Compare.Extraction;
using Compare.Recognition.Counts;

namespace Compare.Reporting;

/// <summary>Writes the report as JSON for tools: stable key order, sorted lists, no clock, LF line endings.</summary>
/// <remarks>
/// The audit trail rides along as extra fields, never by changing existing ones: each claim names where its rule is
/// written (<c>rule_location</c>) and how its trigger stands (<c>trigger_form</c>), a count gives the range it is
/// compared as (<c>interval</c>), a context date its derivation; each quote of a finding value gives where the value
/// is written in it (<c>highlights</c>), the value's derivation in that article, and the claims read from it
/// (<c>evidence</c>: rule and trigger).
/// </remarks>
internal sealed class JsonReportRenderer
{
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
        const int FlushAt = 1 << 20;
        var locator = new EvidenceLocator(report);
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("articles");
            foreach (var a in report.Articles)
            {
                w.WriteStartObject();
                w.WriteString("id", a.Article.Id);
                w.WriteString("title", a.Article.Title);
                w.WriteString("outlet", a.Article.Outlet);
                w.WriteString("url", a.Article.Url);
                w.WriteString("published", a.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("published_source", a.Article.PublishedSource);
                w.WriteNumber("sentences", a.Sentences.Length);
                w.WriteNumber("claims", a.Claims.Length);

                // Offsets refer to the article's text; when that is not the file as it stands, the text is given.
                if (a.Article.TextDerivation is { } derivation)
                {
                    w.WriteString("text_derivation", derivation);
                    w.WriteString("text", a.Article.Text);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var e in report.Events)
            {
                if (w.BytesPending > FlushAt)
                {
                    w.Flush();
                }

                w.WriteStartObject();
                w.WriteString("id", e.Event.Id);
                w.WriteString("type", e.Event.Type);
                w.WriteString("label", e.Label);
                w.WriteString("date", e.Date);
                w.WriteStartArray("articles");
                foreach (var id in e.Event.Claims.Select(c => c.ArticleId).Distinct().Order(StringComparer.Ordinal))
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                w.WriteStartArray("alignment");
                foreach (var reason in e.Event.Reasons)
                {
                    w.WriteStringValue(reason);
                }

                w.WriteEndArray();
                w.WriteStartArray("near_misses");
                foreach (var miss in e.Event.NearMisses)
                {
                    w.WriteStringValue(miss);
                }

                w.WriteEndArray();
                w.WriteStartArray("claims");
                foreach (var c in e.Event.Claims)
                {
                    WriteClaim(w, c);
                }

                w.WriteEndArray();
                WriteFindings(w, "findings", [.. e.Findings.Select(f => new ReportFinding(e, null, f))], locator);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("entities");
            foreach (var entity in report.Entities)
            {
                w.WriteStartObject();
                w.WriteString("id", entity.Id);
                w.WriteString("name", entity.Name);
                w.WriteString("kind", "person");
                w.WriteBoolean("in_dictionary", entity.ActorId is not null);
                w.WriteStartArray("variants");
                foreach (var (text, articles) in entity.Variants)
                {
                    w.WriteStartObject();
                    w.WriteString("text", text);
                    w.WriteStartArray("articles");
                    foreach (var a in articles)
                    {
                        w.WriteStringValue(a);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("merges");
                foreach (var (text, reason) in entity.Merges)
                {
                    w.WriteStartObject();
                    w.WriteString("text", text);
                    w.WriteString("reason", reason);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                WriteFindings(w, "findings", [.. report.PersonFindings.Where(p => p.PersonId == entity.Id && p.Finding.Kind == FindingKind.Variant).Select(p => new ReportFinding(null, p.PersonId, p.Finding))], locator);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteFindings(w, "findings", [.. report.PersonFindings.Where(p => p.Finding.Kind != FindingKind.Variant).Select(p => new ReportFinding(null, p.PersonId, p.Finding))], locator);
            w.WriteStartArray("skipped");
            foreach (var s in report.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.Reason, StringComparer.Ordinal))
            {
                WriteProblem(w, s.Path, s.Code, s.Line, "reason", s.Reason);
            }

            w.WriteEndArray();
            w.WriteStartArray("warnings");
            foreach (var warning in report.Warnings.OrderBy(x => x.Path, StringComparer.Ordinal).ThenBy(x => x.Line ?? 0).ThenBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Message, StringComparer.Ordinal))
            {
                WriteProblem(w, warning.Path, warning.Code, warning.Line, "message", warning.Message);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("article", c.ArticleId);
        w.WriteString("quote", c.Sentence.Text);
        w.WriteNumber("start", c.Sentence.Start);
        w.WriteNumber("end", c.Sentence.End);
        w.WriteString("rule", c.Rule.Id);
        w.WriteString("rule_location", RuleLocation(c));
        w.WriteString("trigger", c.Trigger);
        w.WriteNumber("trigger_start", c.TriggerSpan.Start);
        w.WriteNumber("trigger_end", c.TriggerSpan.End);
        w.WriteString("trigger_form", c.Form.ToString().ToLowerInvariant());
        w.WriteString("polarity", c.Polarity switch { Polarity.Denied => "denied", Polarity.Negated => "negated", _ => "asserted" });
        w.WriteString("polarity_cue", c.PolarityCue);
        w.WriteBoolean("hedged", c.Hedged);
        w.WriteString("hedge_cue", c.HedgeCue);
        w.WriteString("attribution", c.Attribution);
        w.WriteStartObject("roles");
        foreach (var role in c.Roles.OrderBy(r => r.Role, StringComparer.Ordinal))
        {
            w.WriteString(role.Role, string.Join(", ", role.Mentions.Select(m => m.Resolved.Text)));
        }

        if (c.Item is not null)
        {
            w.WriteString("item", c.Item);
        }

        w.WriteEndObject();
        w.WriteStartObject("role_sources");
        foreach (var role in c.Roles.OrderBy(r => r.Role, StringComparer.Ordinal))
        {
            w.WriteString(role.Role, role.Source);
        }

        w.WriteEndObject();
        w.WriteString("date", c.Date?.Iso);
        w.WriteString("date_written", c.Date?.Written);
        w.WriteString("date_derivation", c.Date?.Derivation);
        w.WriteString("date_kind", c.Date is null ? null : c.DateKind?.ToString().ToLowerInvariant());
        w.WriteString("context_date", c.ContextDate?.Iso);
        w.WriteString("context_date_derivation", c.ContextDate?.Derivation);
        if (c.Count is { } count)
        {
            w.WriteStartObject("count");
            w.WriteNumber("value", count.Value);
            w.WriteString("qualifier", count.Qualifier.ToWire());
            w.WriteString("written", count.Written);
            w.WriteString("derivation", count.Derivation);
            var (low, high) = count.Interval;
            w.WriteStartObject("interval");
            w.WriteNumber("low", low);
            if (high == decimal.MaxValue)
            {
                // No upper limit: null, rather than a sentinel number every reader of the JSON would have to know.
                w.WriteNull("high");
            }
            else
            {
                w.WriteNumber("high", high);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("count");
        }

        w.WriteString("measure", c.Measure);
        w.WriteString("note", c.Note);
        w.WriteEndObject();
    }

    private static string RuleLocation(Claim c) => string.Create(CultureInfo.InvariantCulture, $"{c.Rule.Location.File}:{c.Rule.Location.Line}");

    private static void WriteFindings(Utf8JsonWriter w, string name, IReadOnlyList<ReportFinding> findings, EvidenceLocator locator)
    {
        w.WriteStartArray(name);
        foreach (var rf in findings)
        {
            var f = rf.Finding;
            w.WriteStartObject();
            w.WriteString("kind", f.Kind);
            w.WriteString("attribute", f.Attribute);
            w.WriteString("question", f.Question);
            w.WriteStartArray("values");
            foreach (var v in f.Values)
            {
                w.WriteStartObject();
                w.WriteString("value", v.Value);
                w.WriteStartArray("articles");
                foreach (var a in v.Articles)
                {
                    w.WriteStringValue(a);
                }

                w.WriteEndArray();
                w.WriteString("derivation", v.Derivation);
                w.WriteStartArray("quotes");
                foreach (var q in v.Quotes)
                {
                    w.WriteStartObject();
                    w.WriteString("article", q.Article);
                    w.WriteString("quote", q.Quote);
                    w.WriteNumber("start", q.Start);
                    w.WriteNumber("end", q.End);
                    WriteEvidence(w, locator.Locate(rf, v, q));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("explanation", f.Explanation);
            if (f.IndependentSources is { } independent)
            {
                w.WriteNumber("independent_sources", independent);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>A skipped input or a warning: where, its stable code, the line when there is one, and the words.</summary>
    private static void WriteProblem(Utf8JsonWriter w, string path, string? code, int? line, string textName, string text)
    {
        w.WriteStartObject();
        w.WriteString("path", path);
        w.WriteString("code", code);
        if (line is { } l)
        {
            w.WriteNumber("line", l);
        }
        else
        {
            w.WriteNull("line");
        }

        w.WriteString(textName, text);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, QuoteEvidence evidence)
    {
        w.WriteStartArray("highlights");
        foreach (var span in evidence.Marks)
        {
            w.WriteStartObject();
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("derivation", evidence.Derivation);
        w.WriteStartArray("evidence");
        foreach (var c in evidence.Claims)
        {
            w.WriteStartObject();
            w.WriteString("rule", c.Rule.Id);
            w.WriteString("rule_location", RuleLocation(c));
            w.WriteString("trigger", c.Trigger);
            w.WriteNumber("trigger_start", c.TriggerSpan.Start);
            w.WriteNumber("trigger_end", c.TriggerSpan.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
