using System.Security.Cryptography;
using System.Text;

namespace Compare.Reporting;

/// <summary>
/// The style sheet and the one optional script of the HTML report, inlined so the file needs nothing else.
/// The page is complete without the script: it only opens the collapsed audit trails while printing.
/// </summary>
internal static class HtmlReportAssets
{
    /// <summary>
    /// Colours keep at least 7:1 contrast for text (AA for large text and badges); marks stay visible in print by
    /// asking for exact colours and adding an underline for printers that drop backgrounds anyway.
    /// </summary>
    public const string Css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --paper: #ffffff; --wash: #f5f5f2;
          --conflict: #a3001b; --agreement: #1c5e20; --variant: #0b4f8a; --single: #555555; --mark: #ffe17a; }
        * { box-sizing: border-box; }
        html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--paper); }
        body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.9rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.45rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.15rem; margin: 0 0 .25rem; }
        h4 { font-size: 1rem; margin: 0 0 .35rem; }
        a { color: #0a3f8c; }
        a:focus-visible, summary:focus-visible { outline: 3px solid #0a3f8c; outline-offset: 2px; }
        .summary { font-size: 1.15rem; margin: 0 0 1rem; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: 0; }
        .lead, .none { color: var(--muted); }
        .card { border: 1px solid var(--line); border-left: .45rem solid var(--single); border-radius: .35rem; padding: 1rem 1.1rem; margin: 0 0 1.25rem; background: var(--paper); }
        .card.conflict { border-left-color: var(--conflict); }
        .card.agreement { border-left-color: var(--agreement); }
        .card.variant { border-left-color: var(--variant); }
        .kind { display: inline-block; font-size: .8rem; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; color: #fff;
          background: var(--single); border-radius: .25rem; padding: .05rem .45rem; margin: 0 0 .4rem; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        .conflict > header .kind, .kind.conflict { background: var(--conflict); }
        .agreement > header .kind, .kind.agreement { background: var(--agreement); }
        .variant > header .kind, .kind.variant { background: var(--variant); }
        .about, .explanation, .derivation, figcaption, .meta { color: var(--muted); }
        .about { margin: 0 0 .75rem; }
        .value { border-top: 1px solid var(--line); padding: .75rem 0 .25rem; }
        .value-text { font-weight: 700; }
        .derivation { margin: 0 0 .5rem; font-size: .95rem; }
        figure { margin: 0 0 .75rem; }
        blockquote { margin: 0; padding: .5rem .75rem; background: var(--wash); border-left: 3px solid var(--line); }
        mark { background: var(--mark); color: var(--ink); padding: 0 .1em; border-radius: .15em; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        .trigger { text-decoration: underline dotted 2px; text-underline-offset: .2em; }
        figcaption { font-size: .9rem; margin-top: .25rem; }
        figcaption p { margin: 0; }
        figcaption .derivation { color: var(--ink); margin: 0; }
        details { margin: .35rem 0 0; font-size: .92rem; }
        summary { cursor: pointer; color: var(--muted); }
        details ul { margin: .35rem 0 .25rem; padding-left: 1.25rem; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
        .articles-held { font-weight: 400; color: var(--muted); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
        dl.facts dt { font-weight: 700; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        .touches li { margin: .15rem 0; }
        .legend { font-size: .92rem; color: var(--muted); }
        @media print {
          html { font-size: 11pt; }
          body { max-width: none; padding: 0; }
          nav, .noprint { display: none; }
          h2 { break-after: avoid; }
          .card { break-inside: avoid; border-color: #000; }
          blockquote { background: none; border-left-color: #000; }
          mark { text-decoration: underline; text-decoration-thickness: 2px; }
          a { color: inherit; }
          a.source::after { content: " <" attr(href) ">"; font-size: .85em; overflow-wrap: anywhere; }
          details > summary { list-style: none; color: var(--ink); font-weight: 700; }
        }
        """;

    /// <summary>Opens every collapsed audit trail before printing and closes them again afterwards.</summary>
    public const string Script =
        "addEventListener(\"beforeprint\",function(){document.querySelectorAll(\"details:not([open])\").forEach(function(d){d.open=true;d.setAttribute(\"data-print\",\"\");});});"
        + "addEventListener(\"afterprint\",function(){document.querySelectorAll(\"details[data-print]\").forEach(function(d){d.open=false;d.removeAttribute(\"data-print\");});});";

    /// <summary>
    /// The Content-Security-Policy: nothing may load from anywhere, inline styles are allowed, and the one script runs
    /// by its hash only, so even text that escaped escaping could not run.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)))}'; img-src 'none'; base-uri 'none'; form-action 'none'";
}
