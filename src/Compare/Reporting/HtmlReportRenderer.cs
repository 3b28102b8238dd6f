using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Compare.Comparison;
using Compare.Extraction;
using Compare.Text;

namespace Compare.Reporting;

/// <summary>
/// Writes the report as one self-contained HTML page for editors: the summary in words, one card per conflict
/// (most severe first) with each value, the articles that hold it and their quotes with the value marked, then
/// agreements, spelling variants, single-source events, skipped files and what each article touches. Every quote
/// carries its audit trail: the rule that fired, the trigger words, derivations and, for events, why the claims
/// were aligned.
/// </summary>
/// <remarks>
/// Contract: the page loads nothing (inline CSS, a Content-Security-Policy of <c>default-src 'none'</c>), is
/// complete with scripting off, and treats all article data (text, titles, outlets, paths, URLs) as text: it is
/// escaped everywhere, and a URL becomes a link only when it is an absolute http(s) URL. Output is deterministic:
/// invariant culture, the report's own order (conflicts and agreements by <see cref="FindingSeverity"/>), no clock,
/// LF line endings.
/// </remarks>
internal sealed class HtmlReportRenderer
{
    /// <summary>The page title; fixed, so nothing in the articles can change it.</summary>
    public const string PageTitle = "Discrepancy report";

    public string Render(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new Writer(report).Write();
    }

    /// <summary>One rendering: the report, the evidence locator and the anchors cards get, in render order.</summary>
    private sealed class Writer
    {
        private readonly ComparisonReport _report;
        private readonly EvidenceLocator _evidence;
        private readonly Dictionary<string, ArticleAnalysis> _articles;
        private readonly Dictionary<string, string> _entityNames;
        private readonly Dictionary<string, string> _eventAnchors = new(StringComparer.Ordinal);
        private readonly StringBuilder _sb = new();
        private int _cards;

        public Writer(ComparisonReport report)
        {
            _report = report;
            _evidence = new EvidenceLocator(report);
            _articles = report.Articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
            _entityNames = report.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        }

        public string Write()
        {
            var all = ReportFinding.All(_report);
            var conflicts = FindingSeverity.MostSevereFirst(all.Where(f => f.Kind == FindingKind.Conflict)).ToList();
            var agreements = FindingSeverity.MostSevereFirst(all.Where(f => f.Kind == FindingKind.Agreement)).ToList();
            var variants = all.Where(f => f.Kind == FindingKind.Variant).ToList();
            var singles = all.Where(f => f.Kind == FindingKind.SingleSource).ToList();

            Line("<!DOCTYPE html>");
            Line("<html lang=\"en\">");
            Line("<head>");
            Line("<meta charset=\"utf-8\">");
            Line($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlText.Encode(HtmlReportAssets.ContentSecurityPolicy)}\">");
            Line("<meta name=\"referrer\" content=\"no-referrer\">");
            Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            Line($"<title>{PageTitle}</title>");
            Line("<style>");
            Line(HtmlReportAssets.Css.TrimEnd());
            Line("</style>");
            Line("</head>");
            Line("<body>");
            Line("<header>");
            Line($"<h1>{PageTitle}</h1>");
            Line($"<p class=\"summary\" id=\"summary\">{HtmlText.Encode(Wording.Summary(_report.Articles.Length, _report.Events.Length, conflicts.Count, agreements.Count, singles.Count, _report.Skipped.Length))}</p>");
            Line("<nav aria-label=\"Sections\"><ul>");
            NavItem("conflicts", "Conflicts", conflicts.Count);
            NavItem("agreements", "Agreements", agreements.Count);
            NavItem("variants", "Spelling variants", variants.Count);
            NavItem("single-source", "Single-source events", singles.Count);
            NavItem("skipped", "Skipped files", _report.Skipped.Length);
            NavItem("articles", "Articles", _report.Articles.Length);
            Line("</ul></nav>");
            Line("<p class=\"legend\">In each quote, <mark>marked words</mark> hold the value and <span class=\"trigger\">underlined words</span> triggered the rule that read the claim. Numbers in brackets are character offsets in the article file.</p>");
            Line("</header>");
            Line("<main>");

            SectionStart("conflicts", "Conflicts", conflicts.Count,
                conflicts.Count == 0 ? null : $"{Wording.Title(Wording.Count(conflicts.Count, "conflict"))}, most severe first: denials, then numbers, dates, places, people and offices.");
            foreach (var f in conflicts)
            {
                Card(f);
            }

            SectionEnd(conflicts.Count);
            SectionStart("agreements", "Agreements", agreements.Count, null);
            foreach (var f in agreements)
            {
                Card(f);
            }

            SectionEnd(agreements.Count);
            SectionStart("variants", "Spelling variants", variants.Count, null);
            foreach (var f in variants)
            {
                Card(f);
            }

            SectionEnd(variants.Count);
            SectionStart("single-source", "Single-source events", singles.Count,
                singles.Count == 0 ? null : "Events only one article reports: no other article confirms or contradicts them.");
            foreach (var f in singles)
            {
                Card(f);
            }

            SectionEnd(singles.Count);
            Skipped();
            ArticlesView();
            Line("</main>");
            Line($"<script>{HtmlReportAssets.Script}</script>");
            Line("</body>");
            Line("</html>");
            return _sb.ToString();
        }

        private void NavItem(string id, string heading, int count) =>
            Line(string.Create(CultureInfo.InvariantCulture, $"<li><a href=\"#{id}\">{heading} ({count})</a></li>"));

        private void SectionStart(string id, string heading, int count, string? lead)
        {
            Line($"<section id=\"{id}\" aria-labelledby=\"{id}-heading\">");
            Line(string.Create(CultureInfo.InvariantCulture, $"<h2 id=\"{id}-heading\">{heading} ({count})</h2>"));
            if (lead is not null)
            {
                Line($"<p class=\"lead\">{HtmlText.Encode(lead)}</p>");
            }
        }

        private void SectionEnd(int count)
        {
            if (count == 0)
            {
                Line("<p class=\"none\">None.</p>");
            }

            Line("</section>");
        }

        private void Card(ReportFinding rf)
        {
            var f = rf.Finding;
            var anchor = string.Create(CultureInfo.InvariantCulture, $"finding-{++_cards}");
            if (rf.Event is { } e)
            {
                _eventAnchors.TryAdd(e.Event.Id, anchor);
            }

            Line($"<article class=\"card {KindClass(f.Kind)}\" id=\"{anchor}\" data-kind=\"{HtmlText.Encode(f.Kind)}\" data-attribute=\"{HtmlText.Encode(f.Attribute)}\" data-severity=\"{FindingSeverity.Rank(f).ToString(CultureInfo.InvariantCulture)}\">");
            Line("<header>");
            Line($"<p class=\"kind\">{HtmlText.Encode(KindName(f.Kind))}</p>");
            Line($"<h3>{HtmlText.Encode(Heading(rf))}</h3>");
            if (rf.Event is { } single && f.Kind == FindingKind.SingleSource)
            {
                Line($"<p class=\"about\">Event <code>{HtmlText.Encode(single.Event.Id)}</code></p>");
            }
            else if (rf.Event is { } ev)
            {
                Line($"<p class=\"about\">Event <code>{HtmlText.Encode(ev.Event.Id)}</code>: {HtmlText.Encode(ev.Label)} &middot; {HtmlText.Encode(AttributeName(f.Attribute))}</p>");
            }
            else if (rf.PersonId is { } person)
            {
                Line($"<p class=\"about\">About {HtmlText.Encode(_entityNames.GetValueOrDefault(person, person))} &middot; {HtmlText.Encode(AttributeName(f.Attribute))}</p>");
            }

            Line("</header>");
            foreach (var v in f.Values)
            {
                Value(rf, v);
            }

            Line($"<p class=\"explanation\">{HtmlText.Encode(f.Explanation)}</p>");
            if (rf.Event is { } aligned)
            {
                ReasonList("Why these claims are one event", aligned.Event.Reasons);
                ReasonList("Near misses: other events these claims were not joined with", aligned.Event.NearMisses);
            }

            Line("</article>");
        }

        private void Value(ReportFinding rf, FindingValue v)
        {
            Line("<section class=\"value\">");
            var held = v.Articles.IsEmpty
                ? "no article"
                : string.Join(", ", v.Articles.Select(a => $"<a href=\"#{HtmlText.Id("article-", a)}\">{HtmlText.Encode(a)}</a>"));
            Line(rf.Kind == FindingKind.SingleSource
                ? $"<h4><span class=\"articles-held\">Only in {held}</span></h4>"
                : $"<h4><span class=\"value-text\">{HtmlText.Encode(v.Value)}</span> <span class=\"articles-held\">&mdash; {held}</span></h4>");
            // With quotes, each quote shows its own article's derivation; the value's is the first of those.
            if (v.Derivation is not null && v.Quotes.IsEmpty)
            {
                // A polarity value's derivation is the cue word alone; say what it is.
                var derivation = rf.Finding.Attribute == "polarity" ? $"cue \u201C{v.Derivation}\u201D" : v.Derivation;
                Line($"<p class=\"derivation\">{HtmlText.Encode(derivation)}</p>");
            }

            foreach (var q in v.Quotes)
            {
                Quote(_evidence.Locate(rf, v, q), rf.Finding.Attribute);
            }

            Line("</section>");
        }

        private void Quote(QuoteEvidence evidence, string attribute)
        {
            var q = evidence.Quote;
            var article = _articles.GetValueOrDefault(q.Article)?.Article;
            var href = HtmlText.SafeHref(article?.Url);
            Line("<figure class=\"quote\">");
            _sb.Append(href is null ? "<blockquote>" : $"<blockquote cite=\"{HtmlText.Encode(href)}\">");
            AppendMarked(evidence);
            _sb.Append("</blockquote>\n");
            // Everything about the quote sits in its caption, which must be the figure's last child.
            Line("<figcaption>");
            _sb.Append($"<p class=\"where\"><a href=\"#{HtmlText.Id("article-", q.Article)}\">{HtmlText.Encode(q.Article)}</a>");
            if (article?.Title is { } title)
            {
                _sb.Append($", <cite>{HtmlText.Encode(title)}</cite>");
            }

            _sb.Append(string.Create(CultureInfo.InvariantCulture, $" [{q.Start}-{q.End}]"));
            if (href is not null)
            {
                _sb.Append($" &middot; <a class=\"source\" href=\"{HtmlText.Encode(href)}\" rel=\"noreferrer\">source</a>");
            }

            _sb.Append("</p>\n");
            if (evidence.Derivation is not null)
            {
                Line($"<p class=\"derivation\">Reading: {HtmlText.Encode(evidence.Derivation)}</p>");
            }

            var lines = new List<string>();
            foreach (var claim in evidence.Claims)
            {
                lines.AddRange(ClaimAudit.Lines(claim, attribute));
            }

            if (lines.Count > 0)
            {
                Line("<details class=\"audit\">");
                Line("<summary>Audit trail</summary>");
                Line("<ul>");
                foreach (var line in lines.Distinct())
                {
                    Line($"<li>{HtmlText.Encode(line)}</li>");
                }

                Line("</ul>");
                Line("</details>");
            }

            Line("</figcaption>");
            Line("</figure>");
        }

        /// <summary>The quote with its value in &lt;mark&gt; and the trigger words underlined; nesting never crosses.</summary>
        private void AppendMarked(QuoteEvidence evidence)
        {
            var q = evidence.Quote;
            var text = q.Quote.AsSpan();
            var flags = new byte[text.Length];
            Flag(flags, evidence.Marks, q.Start, 1);
            Flag(flags, evidence.Triggers, q.Start, 2);
            var i = 0;
            while (i < text.Length)
            {
                var j = i;
                while (j < text.Length && flags[j] == flags[i])
                {
                    j++;
                }

                var (open, close) = flags[i] switch
                {
                    1 => ("<mark>", "</mark>"),
                    2 => ("<span class=\"trigger\">", "</span>"),
                    3 => ("<mark><span class=\"trigger\">", "</span></mark>"),
                    _ => (string.Empty, string.Empty),
                };
                _sb.Append(open);
                HtmlText.Append(_sb, text[i..j]);
                _sb.Append(close);
                i = j;
            }
        }

        private static void Flag(byte[] flags, IEnumerable<TextSpan> spans, int offset, byte bit)
        {
            foreach (var s in spans)
            {
                for (var k = Math.Max(0, s.Start - offset); k < Math.Min(flags.Length, s.End - offset); k++)
                {
                    flags[k] |= bit;
                }
            }
        }

        private void Skipped()
        {
            SectionStart("skipped", "Skipped files", _report.Skipped.Length, null);
            if (!_report.Skipped.IsEmpty)
            {
                Line("<ul>");
                foreach (var s in _report.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal))
                {
                    var line = s.Line is { } l ? string.Create(CultureInfo.InvariantCulture, $" line {l}") : string.Empty;
                    Line($"<li><code>{HtmlText.Encode(s.Path)}</code>{line} (<code>{HtmlText.Encode(s.Code)}</code>): {HtmlText.Encode(s.Reason)}</li>");
                }

                Line("</ul>");
            }

            SectionEnd(_report.Skipped.Length);
        }

        private void ArticlesView()
        {
            SectionStart("articles", "Articles", _report.Articles.Length, "Each article, where it comes from and the events it touches.");
            foreach (var a in _report.Articles)
            {
                var article = a.Article;
                var events = _report.Events.Where(e => e.Event.Claims.Any(c => c.ArticleId == article.Id)).ToList();
                Line($"<article class=\"card article\" id=\"{HtmlText.Id("article-", article.Id)}\">");
                Line($"<h3>{HtmlText.Encode(article.Title ?? article.Id)}</h3>");
                Line("<dl class=\"facts\">");
                Fact("Id", $"<code>{HtmlText.Encode(article.Id)}</code>");
                Fact("File", $"<code>{HtmlText.Encode(Path.GetFileName(article.Path))}</code>");
                if (article.Outlet is not null)
                {
                    Fact("Outlet", HtmlText.Encode(article.Outlet));
                }

                if (article.Published is { } published)
                {
                    Fact("Published", HtmlText.Encode(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (article.PublishedSource is null ? string.Empty : $" ({article.PublishedSource})")));
                }

                if (article.Url is not null)
                {
                    Fact("Source", HtmlText.SafeHref(article.Url) is { } href
                        ? $"<a class=\"source\" href=\"{HtmlText.Encode(href)}\" rel=\"noreferrer\">{HtmlText.Encode(article.Url)}</a>"
                        : $"<code>{HtmlText.Encode(article.Url)}</code> (not an http or https address, so not a link)");
                }

                Fact("Read", HtmlText.Encode($"{Wording.Count(a.SentenceCount, "sentence")}, {Wording.Count(a.Claims.Length, "claim")}"));
                Line("</dl>");
                Line($"<p>{HtmlText.Encode(Wording.Title("touches " + Wording.Count(events.Count, "event")))}{(events.Count == 0 ? "." : ":")}</p>");
                if (events.Count > 0)
                {
                    Line("<ul class=\"touches\">");
                    foreach (var e in events)
                    {
                        var kinds = e.Findings.Select(f => f.Kind).Distinct().Select(k => $"<span class=\"kind {KindClass(k)}\">{HtmlText.Encode(KindName(k))}</span>");
                        if (_eventAnchors.TryGetValue(e.Event.Id, out var anchor))
                        {
                            Line($"<li><code>{HtmlText.Encode(e.Event.Id)}</code> <a href=\"#{anchor}\">{HtmlText.Encode(e.Label)}</a> {string.Join(" ", kinds)}</li>");
                            continue;
                        }

                        // An event several articles report with nothing to compare has no card; say who else reports it.
                        var others = e.Event.Claims.Select(c => c.ArticleId).Where(id => id != article.Id).Distinct().Order(StringComparer.Ordinal).ToList();
                        var note = others.Count == 0 ? "no finding" : "also reported by " + string.Join(", ", others) + "; nothing to compare";
                        Line($"<li><code>{HtmlText.Encode(e.Event.Id)}</code> {HtmlText.Encode(e.Label)} <span class=\"meta\">({HtmlText.Encode(note)})</span></li>");
                    }

                    Line("</ul>");
                }

                Line("</article>");
            }

            SectionEnd(_report.Articles.Length);
        }

        private void Fact(string name, string html) => Line($"<dt>{name}</dt><dd>{html}</dd>");

        private string Heading(ReportFinding rf)
        {
            if (rf.Finding.Question is { } question)
            {
                return question;
            }

            if (rf.Event is { } ev)
            {
                return rf.Finding.Kind == FindingKind.SingleSource ? ev.Label : Wording.Title($"{ev.Label}: {AttributeName(rf.Finding.Attribute)}");
            }

            var name = rf.PersonId is { } id ? _entityNames.GetValueOrDefault(id, id) : "this person";
            return rf.Finding.Attribute switch
            {
                "title" => $"What is {name}'s office?",
                "age" => $"How old is {name}?",
                "name" => $"How is {name} spelled?",
                var a => Wording.Title($"{name}: {AttributeName(a)}"),
            };
        }

        private static string AttributeName(string attribute) => attribute == "title" ? "office" : attribute;

        private static string KindClass(string kind) => kind switch
        {
            FindingKind.Conflict => "conflict",
            FindingKind.Agreement => "agreement",
            FindingKind.Variant => "variant",
            _ => "single",
        };

        private static string KindName(string kind) => kind switch
        {
            FindingKind.Conflict => "Conflict",
            FindingKind.Agreement => "Agreement",
            FindingKind.Variant => "Spelling variant",
            _ => "Single source",
        };

        private void Line(string html) => _sb.Append(html).Append('\n');

        /// <summary>A folded list of alignment reasons under a summary that counts them; nothing when there are none.</summary>
        private void ReasonList(string summary, ImmutableArray<string> reasons)
        {
            if (reasons.IsEmpty)
            {
                return;
            }

            Line("<details class=\"alignment\">");
            Line($"<summary>{HtmlText.Encode(summary)} ({HtmlText.Encode(Wording.Count(reasons.Length, "reason"))})</summary>");
            Line("<ul>");
            foreach (var reason in reasons)
            {
                Line($"<li>{HtmlText.Encode(reason)}</li>");
            }

            Line("</ul>");
            Line("</details>");
        }
    }
}
