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
            KnownAbbreviations = SiteAbbreviations.Of(context),
            Level = config.AccessibilityLevel,
        };
        var checker = AccessibilityChecker.Default;
        var mapper = new SourceMapper(context);
        var cache = context.CheckCache;
        // The preview's previous check phase, while nothing every page's check depends on has changed.
        var memo = cache is not null ? context.Reuse?.Unchanging(SiteCheckMemo.Key, () => new SiteCheckMemo()) : null;
        var destinations = all.Select(d => d.Destination!).ToArray();
        var written = memo?.Latest is { } last && SameExtracts.Strings(destinations, last.Destinations)
            ? last.Written
            : destinations.ToHashSet(StringComparer.Ordinal);
        var links = new LinkChecker(context.Urls, context.BaseUrl, written,
            context.DraftsLeftOut.ToDictionary(d => d.Value, d => d.Key, StringComparer.Ordinal));
        var settings = LanguageSettingsOf(context, all);

        var checkedPages = new CheckedPage[pages.Count];
        // Without a cache (a build with --no-cache) every page is checked, and nothing is hashed or remembered;
        // with one (the preview, or a build with a cache folder), only pages whose HTML changed.
        var keptKey = cache is not null && await cache.BeginBuildAsync(CheckInputs.KeyOf(context, options, written));
        var before = keptKey ? memo?.Latest : null;
        var bodies = BodiesOf(context, before);
        context.Progress.Expect(Build.BuildStage.Checking, pages.Count);
        var keys = new string?[pages.Count];
        void TakeKept(int i)
        {
            // A page that is the very document checked last time holds the same HTML, markdown and layout.
            if (before is not null && before.SameDocumentAt(i, pages[i]) && before.Keys[i] is { } keptAt)
            {
                cache!.Keep(keptAt);
                (keys[i], checkedPages[i]) = (keptAt, before.Checked[i]);
                context.Progress.Advance(Build.BuildStage.Checking);
                return;
            }
            var (key, kept) = cache!.Find(pages[i].Utf8Content, PageKeyOf(context.Urls.Path(pages[i].Destination!), pages[i], LanguageOf(pages[i]), bodies, cache), k => k.LocatedAsIn(mapper));
            keys[i] = key;
            if (kept is not null)
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
        var failed = new ConcurrentDictionary<int, Diagnostic>();
        void CheckOne(int i)
        {
            var page = pages[i];
            var language = LanguageOf(page);
            try
            {
                var dom = PageContext.Parse(page.Content, context.Urls.Path(page.Destination!), options);
                var result = CheckPage(dom, page, facts => BuiltPageOf(page, language, facts, bodies),
                    checker, links, settings, mapper);
                checkedPages[i] = cache is null ? result : cache.Remember(keys[i]!, result);
            }
            catch (Exception e) when (!context.CancellationToken.IsCancellationRequested)
            {
                failed[i] = CheckFailed(page, e);
            }
            context.Progress.Advance(Build.BuildStage.Checking);
        }
        await PerDocumentModule.ForEachAsync(toCheck.Count, context, j =>
        {
            CheckOne(toCheck[j]);
            return ValueTask.CompletedTask;
        });
        cache?.EndBuild();
        if (!failed.IsEmpty)
        {
            foreach (var (_, failure) in failed.OrderBy(f => f.Key)) context.Diagnostics.Add(failure);
            // The site-wide checks compare the pages that could be checked; one that could not has its error instead.
            var kept = Enumerable.Range(0, pages.Count).Where(i => !failed.ContainsKey(i)).ToList();
            pages = [.. kept.Select(i => pages[i])];
            checkedPages = [.. kept.Select(i => checkedPages[i])];
            keys = [.. kept.Select(i => keys[i])];
        }
        var built = new BuiltPage[pages.Count];
        for (var i = 0; i < pages.Count; i++)
            built[i] = before is not null && before.SameDocumentAt(i, pages[i]) && ReferenceEquals(before.Checked[i], checkedPages[i])
                && before.Built[i] is var kept && ReferenceEquals(kept.Body, BodyOf(pages[i], bodies))
                ? kept
                : BuiltPageOf(pages[i], LanguageOf(pages[i]), checkedPages[i].Language, bodies);

        var same = before is not null && before.Pages.Count == pages.Count ? before : null;
        // True when the previous build checked as many pages and each is alike in what one site-wide check reads.
        bool EveryPage(Func<int, bool> alike) => same is not null && Enumerable.Range(0, pages.Count).All(alike);
        var ignores = new Ignores(context, checker);
        // Within one memo no front matter, setting or check option changes: what the site rules compare comes from the pages' summaries alone.
        var siteFindings = EveryPage(i => SameExtracts.ForSiteRules(checkedPages[i], same!.Checked[i]))
            ? same!.SiteFindings
            : checker.CheckSite(checkedPages.Select(p => p.Summary).ToList());
        ReportAccessibility(context, pages, checkedPages, checker, siteFindings, ignores);
        CheckStylesheets(context, all, options, ignores);
        var pageIgnores = EveryPage(i => same!.SameDocumentAt(i, pages[i]) || Ignores.SameOnPage(pages[i], same!.Pages[i]))
            ? same!.PageIgnores
            : Ignores.OnPages(pages);
        ignores.ReportUnused(pageIgnores);

        foreach (var page in checkedPages)
            foreach (var problem in page.Problems)
                context.Diagnostics.Add(problem);
        var fragments = EveryPage(i =>
                pages[i].Destination == same!.Pages[i].Destination && SameExtracts.ForFragments(checkedPages[i], same!.Checked[i]))
            ? same!.Fragments
            : CheckFragments(pages, checkedPages);
        var sameButBodies = EveryPage(i => SameExtracts.ButBody(built[i], same!.Built[i]));
        var hreflang = sameButBodies ? same!.Hreflang : CheckLanguages(context, built);
        var editedBodies = sameButBodies ? Enumerable.Range(0, pages.Count).Where(i => !SameExtracts.Body(built[i], same!.Built[i])).ToList() : null;
        var rules = CheckMultilingualRules(built, settings, rule => editedBodies is null || same!.Rules.GetValueOrDefault(rule) is not { } previous ? null
            : editedBodies.Count == 0 || !rule.ReadsBodies ? previous
            : rule.WithinVersions ? RecheckVersions(rule, built, settings, previous, editedBodies)
            : null);
        foreach (var diagnostic in fragments.Concat(hreflang)) context.Diagnostics.Add(diagnostic);
        foreach (var (rule, findings) in rules)
            foreach (var (finding, page) in findings)
                context.Diagnostics.Add(LanguageChecks.ToDiagnostic(rule, finding, config.AccessibilityLevel, f =>
                    page >= 0 ? mapper.Locate(f.Element, pages[page]) : SourceLocation.StartOf(SiteGen.Site.SiteConfigLoader.FileName)));
        if (memo is not null)
            memo.Latest = new SiteCheckSnapshot(pages, keys, checkedPages, built, context.OutputsOf(Build.SitePipelines.Content), bodies, fragments, hreflang,
                rules.ToDictionary(r => r.Rule, r => r.Findings), destinations, written, siteFindings, pageIgnores);
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
                problems.Add(BrokenLink(new BrokenReference(
                    reference.Url, reference.IsAsset, false, Locate(reference.Element), reference.Draft)));
            else if (reference.Fragment is { } fragment)
                fragments.Add(new FragmentLink(reference.Url, reference.IsAsset, reference.File, fragment, Locate(reference.Element)));
        }

        var parsed = new ParsedPage(built(PageFacts.Of(dom, Locate, settings.Config.WelshStandards)), dom);
        foreach (var (rule, finding) in LanguageChecks.RunOnPage(parsed, settings))
            problems.Add(LanguageChecks.ToDiagnostic(rule, finding, settings.Config.AccessibilityLevel,
                f => Locate(f.Element)));

        var ids = dom.Elements.Where(e => e.Id is not null).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        return new CheckedPage(accessibility, problems, summary, [.. summaryElements.Select(Locate)], ids, fragments, parsed.Page.Html, themeSpots);
    }

    /// <summary>A failure of SiteGen's own while checking one page: an error on it, the details in a log file.</summary>
    private static Diagnostic CheckFailed(Document page, Exception e)
    {
        var log = CrashLog.Write(e, $"Checking {page.Destination} (from {page.Source}) failed");
        return new Diagnostic(Severity.Error, Codes.PageFailed,
            $"SiteGen could not check this page: {e.Message} This is a fault in SiteGen, not in your writing; "
            + $"the rest of the site was still checked ({CrashLog.DetailsAt(log)}).",
            SourceLocation.StartOf(page.Source));
    }

    // A page's cached result holds for the same HTML only at the same address, from the same source, through the
    // same layout (its findings are located in them), in the same language (the multilingual rules read it) and
    // from the same markdown (the multilingual checks are handed it).
    private static string PageKeyOf(string url, Document page, string? language, IReadOnlyDictionary<string, string> bodies, PageCheckCache cache) =>
        string.Join("\n", url, page.Source, page.Find(TemplateKeys.Model)?.Layout ?? "", language ?? "",
            bodies.TryGetValue(page.Source, out var body) ? cache.HashOf(body) : "");

    private static void ReportAccessibility(BuildContext context, List<Document> pages, CheckedPage[] checkedPages, AccessibilityChecker checker,
        IReadOnlyList<SiteRuleFinding> siteFindings, Ignores ignores)
    {
        for (var i = 0; i < pages.Count; i++)
            foreach (var diagnostic in checkedPages[i].Accessibility)
                if (!ignores.Suppresses(diagnostic.Code, diagnostic.RuleName!, pages[i]))
                    context.Diagnostics.Add(diagnostic);

        foreach (var finding in siteFindings)
        {
            var rule = finding.Rule;
            if (ignores.Suppresses(rule.Id, rule.Name, pages[finding.Page])) continue;
            var at = checkedPages[finding.Page].SummaryAt[checker.SiteRuleIndex(rule)];
            context.Diagnostics.Add(new Diagnostic(Map(finding.Severity), rule.Id, finding.Text, at) { RuleName = rule.Name, Wcag = rule.Wcag });
        }
    }

    /// <summary>The stylesheets the site publishes (the theme's above all) are checked for contrast, focus styles and the like.</summary>
    private static void CheckStylesheets(BuildContext context, List<Document> all, CheckOptions options, Ignores ignores)
    {
        // A theme stylesheet whose url() references were fingerprinted is published from its rewritten text.
        var stylesheets = all.Where(d => d.Destination!.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            .Select(d => (Document: d, Findings: StylesheetFindings.Of(d.CopyFrom is { } file ? File.ReadAllText(file) : d.Content, options)));
        foreach (var (css, findings) in stylesheets)
            foreach (var finding in findings)
                if (!ignores.Suppresses(finding.RuleId, finding.RuleName, css))
                    context.Diagnostics.Add(new Diagnostic(Map(finding.Severity), finding.RuleId, finding.Text,
                        new SourceLocation(css.Source, finding.SourceLine ?? 1, finding.SourceColumn ?? 1))
                    {
                        RuleName = finding.RuleName,
                        Wcag = finding.Wcag,
                    });
    }

    private static IReadOnlyList<Diagnostic> CheckFragments(List<Document> pages, CheckedPage[] checkedPages)
    {
        var ids = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) ids[pages[i].Destination!] = checkedPages[i].Ids;
        return [.. LinkChecker.BrokenFragments(checkedPages.SelectMany(p => p.Fragments), ids).Select(BrokenLink)];
    }

    private static Diagnostic BrokenLink(BrokenReference broken)
    {
        var (code, message) = broken switch
        {
            { FragmentOnly: true } => (Codes.BrokenFragment,
                $"The link \"{broken.Url}\" points to a part of a page that does not exist. Check the heading it should go to: headings get ids from their words, e.g. ## Our speakers → #our-speakers."),
            { Draft: { } draft } => (Codes.BrokenLink,
                $"The link \"{broken.Url}\" goes to content/{draft}, which is a draft. Publish it (remove draft: true "
                + "from its front matter) or remove the link."),
            { IsAsset: true } => (Codes.MissingAsset,
                $"\"{broken.Url}\" is not a file the site publishes. Check the file name and folder."),
            _ => (Codes.BrokenLink,
                $"The link \"{broken.Url}\" goes to a page the site does not have. Check the address, or link to the page's markdown file instead."),
        };
        return new Diagnostic(Severity.Error, code, message, broken.At);
    }

    private static IReadOnlyList<Diagnostic> CheckLanguages(BuildContext context, IReadOnlyList<BuiltPage> built) =>
        [.. new HreflangCheck(context.Urls).Check(built).Select(p => new Diagnostic(Severity.Error, Codes.HreflangMismatch, p.Problem.Message, p.Problem.At))];

    /// <summary>
    /// The ml-* rules that compare pages (translations, language switcher, hreflang, interface strings, fonts and RTL
    /// styles): each rule's findings, with the index of the page each is on (-1 for none). A rule whose findings
    /// <paramref name="kept"/> gives is not run again.
    /// </summary>
    private static List<(LanguageRule Rule, IReadOnlyList<(LanguageFinding Finding, int Page)> Findings)> CheckMultilingualRules(
        BuiltPage[] built, LanguageSettings settings, Func<LanguageRule, IReadOnlyList<(LanguageFinding, int)>?> kept)
    {
        var site = new Lazy<SiteUnderCheck>(() => SiteOf(settings, built));
        var index = new Lazy<Dictionary<BuiltPage, int>>(() =>
        {
            var byPage = new Dictionary<BuiltPage, int>(built.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < built.Length; i++) byPage[built[i]] = i;
            return byPage;
        });
        var results = new List<(LanguageRule, IReadOnlyList<(LanguageFinding, int)>)>();
        foreach (var rule in LanguageChecks.Applying(settings))
            results.Add((rule, kept(rule) ?? [.. rule.Check(site.Value).Select(f => (f, f.Page is null ? -1 : index.Value[f.Page]))]));
        return results;
    }

    /// <summary>
    /// A rule that compares only a page's versions (<see cref="LanguageRule.WithinVersions"/>), run again over the versions
    /// of the pages whose bodies were edited; its previous findings on every other page still hold.
    /// </summary>
    private static IReadOnlyList<(LanguageFinding Finding, int Page)> RecheckVersions(LanguageRule rule, BuiltPage[] built, LanguageSettings settings,
        IReadOnlyList<(LanguageFinding Finding, int Page)> previous, IReadOnlyList<int> edited)
    {
        var keys = edited.Select(i => built[i].Info?.TranslationKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var versions = new Dictionary<BuiltPage, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < built.Length; i++)
            if (built[i].Info is { } info && keys.Contains(info.TranslationKey)) versions[built[i]] = i;
        var rechecked = versions.Values.ToHashSet();
        var found = rule.Check(SiteOf(settings, [.. versions.Keys])).Select(f => (f, versions[f.Page!]));
        // In page order, as a run over every page finds them.
        return [.. previous.Where(f => !rechecked.Contains(f.Page)).Concat(found).OrderBy(f => f.Item2)];
    }

    private static SiteUnderCheck SiteOf(LanguageSettings settings, IReadOnlyList<BuiltPage> pages) =>
        new(settings.Config, pages, settings.Strings, settings.Stylesheets, settings.BaseUrl, settings.StringsFolder, settings.StringLines, settings.Preview);

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
            BodyOf(page, bodies));

    // The markdown body of each page as written: the content pipeline's document, before rendering replaced it with HTML.
    // After an edit, the previous build's table with the edited pages' bodies replaced.
    private static Dictionary<string, string> BodiesOf(BuildContext context, SiteCheckSnapshot? before)
    {
        var content = context.OutputsOf(Build.SitePipelines.Content);
        if (before is not null && before.Content.Length == content.Length)
        {
            var bodies = new Dictionary<string, string>(before.Bodies, StringComparer.Ordinal);
            var i = 0;
            for (; i < content.Length; i++)
            {
                var (now, then) = (content[i], before.Content[i]);
                if (ReferenceEquals(now, then)) continue;
                // Only a document in the place of one with the same source, whose body was the one kept, is replaced in place.
                if (now.Source != then.Source || !ReferenceEquals(bodies.GetValueOrDefault(then.Source), then.Content)) break;
                bodies[now.Source] = now.Content;
            }
            if (i == content.Length) return bodies;
        }
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in content)
            all.TryAdd(d.Source, d.Content);
        return all;
    }

    private static string? BodyOf(Document page, IReadOnlyDictionary<string, string> bodies) =>
        page.Has(ContentKeys.Page) ? bodies.GetValueOrDefault(page.Source) : null;

    private static Severity Map(A11ySeverity severity) => severity switch
    {
        A11ySeverity.Error => Severity.Error,
        A11ySeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
