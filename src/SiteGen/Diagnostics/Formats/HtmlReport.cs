using System.Net;
using System.Text;

namespace SiteGen.Diagnostics.Formats;

/// <summary>
/// A standalone, accessible HTML report a comms officer can open: a summary by rule, then every
/// finding grouped by file with its source line, what is wrong, why it matters and how to fix it.
/// </summary>
public static class HtmlReport
{
    /// <summary>Plain-English reasons behind the WCAG success criteria the checks cite.</summary>
    private static readonly Dictionary<string, string> WhyItMatters = new()
    {
        ["1.1.1"] = "People who cannot see images hear the alt text instead. Without it, or with a file name, they miss what the picture shows.",
        ["1.2.1"] = "People who are deaf or hard of hearing need a transcript to get what audio says.",
        ["1.2.2"] = "People who are deaf or hard of hearing need captions to follow a video.",
        ["1.3.1"] = "Screen readers announce headings, lists and tables from the page's structure. When structure is only visual, that meaning is lost.",
        ["1.3.2"] = "Text must be read in the right order; right-to-left text without dir is garbled.",
        ["1.3.3"] = "Instructions that rely on shape, position or colour fail people who cannot see them.",
        ["1.4.1"] = "Some people cannot tell colours apart, so colour alone must not carry meaning.",
        ["1.4.3"] = "Low contrast text is hard or impossible to read for people with low vision.",
        ["1.4.4"] = "People with low vision zoom in; a page that blocks zoom shuts them out.",
        ["2.1.1"] = "Keyboard users must be able to reach and use every link and control.",
        ["2.4.1"] = "A skip link lets keyboard and screen-reader users go straight to the content.",
        ["2.4.2"] = "The page title is the first thing a screen reader says and what browser tabs show.",
        ["2.4.3"] = "Keyboard focus must move through the page in a sensible order.",
        ["2.4.4"] = "Screen-reader users often list all links on a page. \"Here\" or \"read more\" out of context says nothing about where a link goes.",
        ["2.4.6"] = "Clear headings let people scan a page and jump to what they need.",
        ["3.1.1"] = "Screen readers use the page language to pronounce words correctly.",
        ["3.1.2"] = "A passage in another language is mispronounced unless it is marked with its language.",
        ["3.1.4"] = "Abbreviations that are not explained are a barrier for many readers, including people with learning disabilities.",
        ["3.2.5"] = "Links that open new windows without warning disorient screen-reader and keyboard users.",
        ["4.1.2"] = "Assistive technology needs every control and frame to have a name and a role.",
    };

    public static void Write(IReadOnlyList<Diagnostic> diagnostics, string siteRoot, TextWriter writer)
    {
        var html = new StringBuilder();
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Accessibility report – SiteGen</title>
            <style>
            body { font-family: system-ui, sans-serif; font-size: 1.1875rem; line-height: 1.5; color: #0b0c0c; margin: 0; }
            main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
            h1 { font-size: 2.25rem; margin-block-end: 0.5rem; }
            h2 { margin-block-start: 2.5rem; border-block-start: 4px solid #0f3d4c; padding-block-start: 0.5rem; }
            .summary { font-size: 1.25rem; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: start; padding: 0.5rem 0.75rem 0.5rem 0; border-block-end: 1px solid #6f777b; vertical-align: top; }
            .bar { display: block; height: 1.25rem; background: #0f3d4c; min-inline-size: 2px; }
            .finding { border-inline-start: 6px solid #6f777b; padding: 0.5rem 1rem; margin-block: 1rem; background: #f3f2f1; }
            .finding--error { border-inline-start-color: #b10e1e; }
            .finding h3 { margin: 0 0 0.25rem; font-size: 1.1875rem; }
            .label { display: inline-block; padding: 0 0.4rem; font-weight: 700; color: #fff; background: #505a5f; }
            .finding--error .label { background: #b10e1e; }
            pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid #6f777b; padding: 0.5rem; font-size: 1rem; }
            .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
            dt { font-weight: 700; } dd { margin: 0 0 0.5rem; }
            a { color: #1a5f9e; } a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
            </style>
            </head>
            <body>
            <main>
            <h1>Accessibility report</h1>
            """);
        var files = diagnostics.Select(d => d.Location?.File).Distinct().Count();
        html.Append($"<p class=\"summary\">{Counted.Of(errors, "error")} and {Counted.Of(warnings, "warning")} in {Counted.Of(files, "file")}. Errors stop the site being published; warnings are worth fixing.</p>\n");

        if (diagnostics.Count == 0)
            html.Append("<p>No problems found: every page passed every check.</p>\n");
        else
        {
            var byRule = diagnostics.GroupBy(d => (d.Code, Name: CodeNames.Of(d))).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Code, StringComparer.Ordinal).ToList();
            var most = byRule.Max(g => g.Count());
            html.Append("<h2 id=\"by-rule\">Findings by rule</h2>\n<table>\n<caption class=\"visually-hidden\">Number of findings for each rule</caption>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Findings</th><th scope=\"col\">Share of the largest</th></tr></thead>\n<tbody>\n");
            foreach (var g in byRule)
            {
                var width = Math.Max(1, (int)Math.Round(100.0 * g.Count() / most));
                html.Append($"<tr><th scope=\"row\">{E(g.Key.Code)}{(g.Key.Name.Length == 0 ? "" : " " + E(g.Key.Name))}</th><td>{g.Count()}</td><td><span class=\"bar\" style=\"inline-size: {width}%\" aria-hidden=\"true\"></span></td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n");

            var n = 0;
            foreach (var file in diagnostics.GroupBy(d => d.Location?.File ?? "(the site as a whole)").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                html.Append($"<h2>{E(file.Key)}</h2>\n");
                foreach (var d in file)
                {
                    n++;
                    var kind = d.Severity == Severity.Error ? "error" : d.Severity == Severity.Warning ? "warning" : "info";
                    html.Append($"<section class=\"finding finding--{kind}\" aria-labelledby=\"f{n}\">\n");
                    html.Append($"<h3 id=\"f{n}\"><span class=\"label\">{kind}</span> {E(d.Code)}{(d.RuleName is null ? "" : " " + E(d.RuleName))}{(d.Location is { } at ? $", line {at.Line}" : "")}</h3>\n<dl>\n");
                    html.Append($"<dt>What is wrong and how to fix it</dt><dd>{E(d.Message)}</dd>\n");
                    if (d.Wcag is { } wcag && wcag.Split(',').Select(w => w.Trim()).Select(w => WhyItMatters.GetValueOrDefault(w)).FirstOrDefault(w => w is not null) is { } why)
                        html.Append($"<dt>Why it matters (WCAG {E(wcag)})</dt><dd>{E(why)}</dd>\n");
                    if (d.Location is { } loc && SourceLine(siteRoot, loc) is { } line)
                        html.Append($"<dt>Line {loc.Line}</dt><dd><pre>{E(line)}</pre></dd>\n");
                    html.Append("</dl>\n</section>\n");
                }
            }
        }
        html.Append("</main>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static string? SourceLine(string siteRoot, SourceLocation at)
    {
        var path = Path.Combine(siteRoot, at.File);
        if (!File.Exists(path)) return null;
        try
        {
            return File.ReadLines(path).Skip(at.Line - 1).FirstOrDefault()?.TrimEnd();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
