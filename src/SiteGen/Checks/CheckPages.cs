using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Accessibility;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Multilingual.Checks;
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
        // Without a cache (a one-off build) every page is checked, and nothing is hashed or remembered;
        // with one (the preview), only pages whose HTML changed.
        var cache = context.CheckCache;
        cache?.BeginBuild(options);
        context.Progress.Expect(Build.BuildStage.Checking, pages.Count);
        await Parallel.ForEachAsync(Enumerable.Range(0, pages.Count), context.CancellationToken, (i, _) =>
        {
            var url = context.Urls.Path(pages[i].Destination!);
            PageCheckCache.CheckedPage Check()
            {
                var dom = PageContext.Parse(pages[i].Content, url, options);
                return new PageCheckCache.CheckedPage(dom, checker.CheckPage(dom));
            }
            var page = cache is null ? Check() : cache.GetOrCheck(pages[i].Content, url, Check);
            parsed[i] = page.Parsed;
            foreach (var f in page.Findings) findings.Add((f, pages[i]));
            context.Progress.Advance(Build.BuildStage.Checking);
            return ValueTask.CompletedTask;
        });
        cache?.EndBuild();
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
        CheckMultilingualRules(context, all, pages, parsed, mapper);
        return inputs;
    }

    /// <summary>The stylesheets the site publishes (the theme's above all) are checked for contrast, focus styles and the like.</summary>
    private static void CheckStylesheets(BuildContext context, List<Document> all, CheckOptions options, AccessibilityChecker checker, Ignores ignores)
    {
        // A theme stylesheet whose url() references were fingerprinted is published from its rewritten text.
        var stylesheets = all.Where(d => d.Destination!.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            .Select(d => (Document: d, Sheet: d.CopyFrom is { } file ? StylesheetContext.Load(file, options) : StylesheetContext.Parse(d.Content, d.Source, options)));
        foreach (var (css, sheet) in stylesheets)
            foreach (var finding in checker.CheckStylesheet(sheet))
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

    /// <summary>The ml-* rules: translations, language switcher, hreflang, interface strings, dates, fonts and RTL styles.</summary>
    private static void CheckMultilingualRules(BuildContext context, List<Document> all, List<Document> pages, PageContext[] parsed, SourceMapper mapper)
    {
        var built = pages.Select((p, i) => new BuiltPage(p.Destination!, parsed[i].Document,
            p.Find(ContentKeys.Page)?.Language ?? p.Find(TemplateKeys.Model)?.Site.Language,
            p.Find(ContentKeys.Page), p.Find(ContentKeys.FrontMatter), p.Has(ContentKeys.Page) ? p.Source : null,
            p.Has(ContentKeys.Page) ? BodyOf(context, p) : null)).ToList();
        var stylesheets = all.Where(d => d.CopyFrom is not null && d.Destination!.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            .Select(d => new PublishedStylesheet(d.Source, File.ReadAllText(d.CopyFrom!))).ToList();
        var theme = context.Theme;
        var site = new SiteUnderCheck(context.Site.Config, built, language => context.Models.Site(language, null).Strings, stylesheets,
            context.BaseUrl, theme.DisplayPath(context.Site.Root) + "/i18n", theme.StringLines, context.Options.IncludeDrafts);
        foreach (var (rule, finding) in LanguageChecks.Run(site))
            context.Diagnostics.Add(LanguageChecks.ToDiagnostic(rule, finding, f =>
                f.Page is not null ? mapper.Locate(f.Element, pages[built.IndexOf(f.Page)]) : SourceLocation.StartOf(SiteGen.Site.SiteConfigLoader.FileName)));
    }

    // The markdown body as written: the content pipeline's document, before rendering replaced it with HTML.
    private static string? BodyOf(BuildContext context, Document page) =>
        context.OutputsOf(Build.SitePipelines.Content).FirstOrDefault(d => d.Source == page.Source)?.Content;

    private static void CheckLinks(BuildContext context, List<Document> all, List<Document> pages, PageContext[] parsed, SourceMapper mapper)
    {
        var written = all.Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);
        var ids = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
            ids[pages[i].Destination!] = parsed[i].Elements.Where(e => e.Id is not null).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var checker = new LinkChecker(context.Urls, context.BaseUrl, written, ids);

        Parallel.For(0, pages.Count, i =>
        {
            foreach (var broken in checker.Check(parsed[i], pages[i].Destination!))
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
