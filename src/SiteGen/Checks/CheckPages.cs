using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Accessibility;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Templates;
using SiteGen.Pipeline;
using Document = SiteGen.Pipeline.Document;
using A11ySeverity = SiteGen.Accessibility.Severity;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Checks;

/// <summary>
/// Parses every HTML page the build will write once, then runs the accessibility rules and the
/// link check over that one DOM, and reports each finding at its markdown line or theme file.
/// </summary>
public sealed class CheckPages : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var all = context.AllOutputs.Where(d => d.Destination is not null).ToList();
        var pages = all.Where(d => d.CopyFrom is null && d.Destination!.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var config = context.Site.Config;
        // Rules run with nothing ignored; ignores are applied below, so an ignore that no longer
        // suppresses anything can be pointed out.
        var options = new CheckOptions
        {
            Languages = config.Languages.Select(l => l.Code).ToHashSet(StringComparer.OrdinalIgnoreCase),
            KnownAbbreviations = config.Abbreviations.Keys.ToHashSet(StringComparer.Ordinal),
        };
        var checker = AccessibilityChecker.Default;
        var mapper = new SourceMapper(context);

        var parsed = new PageContext[pages.Count];
        var findings = new ConcurrentBag<(Finding Finding, Document Page)>();
        // Without a cache (a one-off build) every page is checked; with one (the preview), only pages whose HTML changed.
        var cache = context.CheckCache ?? new PageCheckCache();
        cache.BeginBuild(options);
        await Parallel.ForEachAsync(Enumerable.Range(0, pages.Count), context.CancellationToken, (i, _) =>
        {
            var url = context.Urls.Path(pages[i].Destination!);
            var page = cache.GetOrCheck(pages[i].Content, url, () =>
            {
                var dom = PageContext.Parse(pages[i].Content, url, options);
                return new PageCheckCache.CheckedPage(dom, checker.CheckPage(dom).ToList());
            });
            parsed[i] = page.Parsed;
            foreach (var f in page.Findings) findings.Add((f, pages[i]));
            return ValueTask.CompletedTask;
        });
        cache.EndBuild();
        var pageOf = parsed.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => pages[x.i]);
        foreach (var f in checker.CheckSite(parsed)) findings.Add((f, pageOf[f.Page]));

        var ignores = new Ignores(context, checker);
        foreach (var (finding, page) in findings)
        {
            if (ignores.Suppresses(finding, page)) continue;
            context.Diagnostics.Add(new Diagnostic(Map(finding.Severity), finding.RuleId, finding.Text, mapper.Locate(finding.Element, page))
            {
                RuleName = finding.RuleName,
                Wcag = finding.Wcag,
            });
        }
        CheckStylesheets(context, all, options, checker, ignores);
        ignores.ReportUnused(pages);

        CheckLinks(context, all, pages, parsed, mapper);
        CheckLanguages(context, pages, parsed, mapper);
        return inputs;
    }

    /// <summary>The stylesheets the site publishes (the theme's above all) are checked for contrast, focus styles and the like.</summary>
    private static void CheckStylesheets(BuildContext context, List<Document> all, CheckOptions options, AccessibilityChecker checker, Ignores ignores)
    {
        foreach (var css in all.Where(d => d.CopyFrom is not null && d.Destination!.EndsWith(".css", StringComparison.OrdinalIgnoreCase)))
            foreach (var finding in checker.CheckStylesheet(StylesheetContext.Load(css.CopyFrom!, options)))
                if (!ignores.Suppresses(finding, css))
                    context.Diagnostics.Add(new Diagnostic(Map(finding.Severity), finding.RuleId, finding.Text,
                        new SourceLocation(css.Source, finding.SourceLine ?? 1, finding.SourceColumn ?? 1))
                    {
                        RuleName = finding.RuleName,
                        Wcag = finding.Wcag,
                    });
    }

    private static void CheckLanguages(BuildContext context, List<Document> pages, PageContext[] parsed, SourceMapper mapper)
    {
        var input = pages.Select((p, i) => (p.Destination!, parsed[i].Document, p.Find(ContentKeys.Page)?.Language ?? p.Find(TemplateKeys.Model)?.Site.Language)).ToList();
        foreach (var (i, problem) in new HreflangCheck(context.Urls).Check(input))
            context.Diagnostics.Error(Codes.HreflangMismatch, problem.Message, mapper.Locate(problem.Element, pages[i]));
    }

    private static void CheckLinks(BuildContext context, List<Document> all, List<Document> pages, PageContext[] parsed, SourceMapper mapper)
    {
        var written = all.Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);
        var ids = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
            ids[pages[i].Destination!] = parsed[i].Document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var checker = new LinkChecker(context.Urls, context.BaseUrl, written, ids);

        Parallel.For(0, pages.Count, i =>
        {
            foreach (var broken in checker.Check(parsed[i].Document, pages[i].Destination!))
            {
                var (code, message) = broken switch
                {
                    { FragmentOnly: true } => (Codes.BrokenFragment,
                        $"The link \"{broken.Url}\" points to a part of a page that does not exist. Check the heading it should go to: headings get ids from their words, e.g. ## Our speakers → #our-speakers."),
                    { IsAsset: true } => (Codes.MissingAsset,
                        $"\"{broken.Url}\" is not a file the site publishes. Check the file name and folder."),
                    _ => (Codes.BrokenLink,
                        $"The link \"{broken.Url}\" goes to a page the site does not have. Check the address, or link to the page's markdown file instead."),
                };
                context.Diagnostics.Error(code, message, mapper.Locate(broken.Element, pages[i]));
            }
        });
    }

    private static Severity Map(A11ySeverity severity) => severity switch
    {
        A11ySeverity.Error => Severity.Error,
        A11ySeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
