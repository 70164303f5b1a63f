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
/// Checks every HTML page the build will write, in two steps. Each page is parsed once, and while its DOM
/// is alive the accessibility rules, the link check and the multilingual rules that need only that page run
/// over it, and what the site-wide checks compare is taken from it (<see cref="CheckedPage"/>); then the DOM
/// is dropped. The site-wide checks (unique titles, #fragments, hreflang, the multilingual rules that compare
/// pages) then run over those extracts. Each finding is reported at its markdown line or theme file.
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
        var written = all.Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);
        var links = new LinkChecker(context.Urls, context.BaseUrl, written);
        var settings = LanguageSettingsOf(context, all);
        var bodies = BodiesOf(context);

        var checkedPages = new CheckedPage[pages.Count];
        // Without a cache (a build with --no-cache) every page is checked, and nothing is hashed or remembered;
        // with one (the preview, or a build with a cache folder), only pages whose HTML changed.
        var cache = context.CheckCache;
        if (cache is not null) await cache.BeginBuildAsync(CheckInputs.KeyOf(context, options, written));
        context.Progress.Expect(Build.BuildStage.Checking, pages.Count);
        var keys = new string?[pages.Count];
        void TakeKept(int i)
        {
            var (key, kept) = cache.Find(pages[i].Utf8Content, PageKeyOf(context.Urls.Path(pages[i].Destination!), pages[i], LanguageOf(pages[i]), bodies, cache), k => k.LocatedAsIn(mapper));
            if (kept is null) keys[i] = key;
            else
            {
                checkedPages[i] = kept;
                context.Progress.Advance(Build.BuildStage.Checking);
            }
        }
        if (cache is not null)
        {
            // In a rebuild nearly every page is the very object checked last time, whose HTML's hash is kept: one pass
            // without threads. Otherwise every page's HTML is hashed, which is worth spreading over the thread pool.
            if (context.Reuse?.FromPrevious == true)
                for (var i = 0; i < pages.Count; i++) TakeKept(i);
            else
                await Parallel.ForEachAsync(Enumerable.Range(0, pages.Count), context.CancellationToken, (i, _) =>
                {
                    TakeKept(i);
                    return ValueTask.CompletedTask;
                });
        }
        // Only the pages left (after a one-page edit, a few) are parsed and checked.
        var toCheck = Enumerable.Range(0, pages.Count).Where(i => checkedPages[i] is null).ToList();
        void CheckOne(int i)
        {
            var page = pages[i];
            var language = LanguageOf(page);
            var result = CheckPage(PageContext.Parse(page.Content, context.Urls.Path(page.Destination!), options), page, facts => BuiltPageOf(page, language, facts, bodies), checker, links, settings, mapper);
            checkedPages[i] = cache is null ? result : cache.Remember(keys[i]!, result);
            context.Progress.Advance(Build.BuildStage.Checking);
        }
        await PerDocumentModule.ForEachAsync(toCheck.Count, context, j =>
        {
            CheckOne(toCheck[j]);
            return ValueTask.CompletedTask;
        });
        cache?.EndBuild();
        var built = pages.Select((p, i) => BuiltPageOf(p, LanguageOf(p), checkedPages[i].Language, bodies)).ToArray();

        var ignores = new Ignores(context, checker);
        ReportAccessibility(context, pages, checkedPages, checker, ignores);
        CheckStylesheets(context, all, options, checker, ignores);
        ignores.ReportUnused(pages);

        foreach (var page in checkedPages)
            foreach (var problem in page.Problems)
                context.Diagnostics.Add(problem);
        CheckFragments(context, pages, checkedPages);
        CheckLanguages(context, built);
        CheckMultilingualRules(context, pages, built, settings, mapper);
        return inputs;
    }

    /// <summary>The checks of one page that need its DOM, and what the site-wide checks will compare; the DOM is not kept.</summary>
    private static CheckedPage CheckPage(PageContext dom, Document page, Func<PageFacts, BuiltPage> built, AccessibilityChecker checker, LinkChecker links, LanguageSettings settings, SourceMapper mapper)
    {
        var themeSpots = new Dictionary<ThemeSpot, SourceLocation>();
        SourceLocation Locate(AngleSharp.Dom.IElement? element) => mapper.Locate(element, page, themeSpots);

        var accessibility = checker.CheckPage(dom).Select(f => new Diagnostic(Map(f.Severity), f.RuleId, f.Text, Locate(f.Element))
        {
            RuleName = f.RuleName,
            Wcag = f.Wcag,
        }).ToList();
        var (summary, summaryElements) = checker.Summarize(dom);

        var problems = new List<Diagnostic>();
        var fragments = new List<FragmentLink>();
        foreach (var reference in links.References(dom, page.Destination!))
        {
            if (reference.File is null)
                problems.Add(BrokenLink(new BrokenReference(reference.Url, reference.IsAsset, false, Locate(reference.Element))));
            else if (reference.Fragment is { } fragment)
                fragments.Add(new FragmentLink(reference.Url, reference.IsAsset, reference.File, fragment, Locate(reference.Element)));
        }

        var parsed = new ParsedPage(built(PageFacts.Of(dom.Document, Locate, settings.Config.WelshStandards)), dom.Document);
        foreach (var (rule, finding) in LanguageChecks.RunOnPage(parsed, settings))
            problems.Add(LanguageChecks.ToDiagnostic(rule, finding, f => Locate(f.Element)));

        var ids = dom.Elements.Where(e => e.Id is not null).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        return new CheckedPage(accessibility, problems, summary, [.. summaryElements.Select(Locate)], ids, fragments, parsed.Page.Html, themeSpots);
    }

    // A page's cached result holds for the same HTML only at the same address, from the same source, through the
    // same layout (its findings are located in them), in the same language (the multilingual rules read it) and
    // from the same markdown (the multilingual checks are handed it).
    private static string PageKeyOf(string url, Document page, string? language, IReadOnlyDictionary<string, string> bodies, PageCheckCache cache) =>
        string.Join("\n", url, page.Source, page.Find(TemplateKeys.Model)?.Layout ?? "", language ?? "",
            bodies.TryGetValue(page.Source, out var body) ? cache.HashOf(body) : "");

    private static void ReportAccessibility(BuildContext context, List<Document> pages, CheckedPage[] checkedPages, AccessibilityChecker checker, Ignores ignores)
    {
        for (var i = 0; i < pages.Count; i++)
            foreach (var diagnostic in checkedPages[i].Accessibility)
                if (!ignores.Suppresses(diagnostic.Code, diagnostic.RuleName!, pages[i]))
                    context.Diagnostics.Add(diagnostic);

        foreach (var finding in checker.CheckSite(checkedPages.Select(p => p.Summary).ToList()))
        {
            var rule = finding.Rule;
            if (ignores.Suppresses(rule.Id, rule.Name, pages[finding.Page])) continue;
            var at = checkedPages[finding.Page].SummaryAt[checker.SiteRuleIndex(rule)];
            context.Diagnostics.Add(new Diagnostic(Map(finding.Severity), rule.Id, finding.Text, at) { RuleName = rule.Name, Wcag = rule.Wcag });
        }
    }

    /// <summary>The stylesheets the site publishes (the theme's above all) are checked for contrast, focus styles and the like.</summary>
    private static void CheckStylesheets(BuildContext context, List<Document> all, CheckOptions options, AccessibilityChecker checker, Ignores ignores)
    {
        // A theme stylesheet whose url() references were fingerprinted is published from its rewritten text.
        var stylesheets = all.Where(d => d.Destination!.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            .Select(d => (Document: d, Sheet: d.CopyFrom is { } file ? StylesheetContext.Load(file, options) : StylesheetContext.Parse(d.Content, d.Source, options)));
        foreach (var (css, sheet) in stylesheets)
            foreach (var finding in checker.CheckStylesheet(sheet))
                if (!ignores.Suppresses(finding.RuleId, finding.RuleName, css))
                    context.Diagnostics.Add(new Diagnostic(Map(finding.Severity), finding.RuleId, finding.Text,
                        new SourceLocation(css.Source, finding.SourceLine ?? 1, finding.SourceColumn ?? 1))
                    {
                        RuleName = finding.RuleName,
                        Wcag = finding.Wcag,
                    });
    }

    private static void CheckFragments(BuildContext context, List<Document> pages, CheckedPage[] checkedPages)
    {
        var ids = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) ids[pages[i].Destination!] = checkedPages[i].Ids;
        foreach (var broken in LinkChecker.BrokenFragments(checkedPages.SelectMany(p => p.Fragments), ids))
            context.Diagnostics.Add(BrokenLink(broken));
    }

    private static Diagnostic BrokenLink(BrokenReference broken)
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
        return new Diagnostic(Severity.Error, code, message, broken.At);
    }

    private static void CheckLanguages(BuildContext context, IReadOnlyList<BuiltPage> built)
    {
        foreach (var (_, problem) in new HreflangCheck(context.Urls).Check(built))
            context.Diagnostics.Error(Codes.HreflangMismatch, problem.Message, problem.At);
    }

    /// <summary>The ml-* rules that compare pages: translations, language switcher, hreflang, interface strings, fonts and RTL styles.</summary>
    private static void CheckMultilingualRules(BuildContext context, List<Document> pages, BuiltPage[] built, LanguageSettings settings, SourceMapper mapper)
    {
        var site = new SiteUnderCheck(settings.Config, built, settings.Strings, settings.Stylesheets,
            settings.BaseUrl, settings.StringsFolder, settings.StringLines, settings.Preview);
        var index = new Dictionary<BuiltPage, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < built.Length; i++) index[built[i]] = i;
        foreach (var (rule, finding) in LanguageChecks.Run(site))
            context.Diagnostics.Add(LanguageChecks.ToDiagnostic(rule, finding, f =>
                f.Page is not null ? mapper.Locate(f.Element, pages[index[f.Page]]) : SourceLocation.StartOf(SiteGen.Site.SiteConfigLoader.FileName)));
    }

    /// <summary>What the multilingual rules know before pages are compared: settings, interface strings and the published stylesheets.</summary>
    private static LanguageSettings LanguageSettingsOf(BuildContext context, List<Document> all)
    {
        var stylesheets = all.Where(d => d.CopyFrom is not null && d.Destination!.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            .Select(d => new PublishedStylesheet(d.Source, File.ReadAllText(d.CopyFrom!))).ToList();
        // Pages in one language share its strings; asking the model factory once a language spares a site model a page.
        var strings = new ConcurrentDictionary<string, UiStrings>(StringComparer.Ordinal);
        var theme = context.Theme;
        return new LanguageSettings(context.Site.Config, language => strings.GetOrAdd(language, l => context.Models.Site(l, null).Strings), stylesheets,
            context.BaseUrl, theme.DisplayPath(context.Site.Root) + "/i18n", theme.StringLines, context.Options.IncludeDrafts);
    }

    // The language its source folder says, or the language of the listing.
    private static string? LanguageOf(Document page) => page.Find(ContentKeys.Page)?.Language ?? page.Find(TemplateKeys.Model)?.Site.Language;

    // A page as the multilingual checks see it: what the pipeline knows of it, and what was read of its HTML.
    private static BuiltPage BuiltPageOf(Document page, string? language, PageFacts html, IReadOnlyDictionary<string, string> bodies) =>
        new(page.Destination!, html, language,
            page.Find(ContentKeys.Page), page.Find(ContentKeys.FrontMatter), page.Has(ContentKeys.Page) ? page.Source : null,
            page.Has(ContentKeys.Page) ? bodies.GetValueOrDefault(page.Source) : null);

    // The markdown body of each page as written: the content pipeline's document, before rendering replaced it with HTML.
    private static Dictionary<string, string> BodiesOf(BuildContext context)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in context.OutputsOf(Build.SitePipelines.Content))
            bodies.TryAdd(d.Source, d.Content);
        return bodies;
    }

    private static Severity Map(A11ySeverity severity) => severity switch
    {
        A11ySeverity.Error => Severity.Error,
        A11ySeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
