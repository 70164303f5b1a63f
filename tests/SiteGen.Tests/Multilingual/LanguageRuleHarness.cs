using SiteGen.Accessibility;
using SiteGen.Content;
using SiteGen.Content.FrontMatter;
using SiteGen.Diagnostics;
using SiteGen.Multilingual.Checks;
using SiteGen.Site;
using SiteGen.Templates;

namespace SiteGen.Tests.Multilingual;

/// <summary>Built pages and sites made from HTML strings, for testing one multilingual rule at a time.</summary>
internal static class LanguageRuleHarness
{
    public static readonly IReadOnlyDictionary<string, UiString> EnglishStrings = new Dictionary<string, UiString>
    {
        ["navHome"] = new("Home"),
        ["skipLink"] = new("Skip to main content"),
        ["tagCount"] = new("{0} pages", new Dictionary<string, string> { ["one"] = "{0} page", ["other"] = "{0} pages" }),
    };

    public static string Html(string lang, string body, string head = "", string? dir = null) =>
        $"<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir ?? (lang == "ur" ? "rtl" : "ltr")}\"><head><title>t</title>{head}</head><body>{body}</body></html>";

    /// <summary>A generated page (a listing) at <paramref name="file"/>.</summary>
    public static ParsedPage Generated(string file, string html, string language) => Parsed(html, facts => new BuiltPage(file, facts, language));

    /// <summary>A markdown page: its language from the folder, its key from its path unless given.</summary>
    public static ParsedPage Markdown(string file, string html, string language, string key, bool easyRead = false, FrontMatter? frontMatter = null, string body = "Text.\n")
    {
        var sitePath = file[..^"index.html".Length];
        var info = new PageInfo { Language = language, Kind = PageKind.Page, Slug = "about", SitePath = sitePath, TranslationKey = key, IsEasyRead = easyRead };
        return Parsed(html, facts => new BuiltPage(file, facts, language, info, frontMatter ?? new FrontMatter { Title = "t" },
            $"content/{language}/{key.Replace(PageInfo.EasyReadSuffix, "")}{(easyRead ? PageInfo.EasyReadSuffix : "")}.md", body));
    }

    // Elements are located at the page's first line: these tests look at messages, not places in files.
    private static ParsedPage Parsed(string html, Func<PageFacts, BuiltPage> page)
    {
        var parsed = PageContext.Parse(html, "/page.html", CheckOptions.Default);
        return new ParsedPage(page(PageFacts.Of(parsed, _ => SourceLocation.StartOf("page.html"), welshStandards: true)), parsed);
    }

    public static UiStrings Strings(string language, IReadOnlyDictionary<string, UiString>? own = null) =>
        new(new TextLanguage(language, language == "ur" ? "rtl" : "ltr"), own ?? EnglishStrings, new TextLanguage("en", "ltr"), EnglishStrings);

    /// <summary>A site of parsed pages: the rules' per-page step reads their DOMs, the step that compares pages what was taken from them.</summary>
    public sealed record TestSite(SiteUnderCheck Site, IReadOnlyList<ParsedPage> Pages);

    public static TestSite SiteOf(IReadOnlyList<ParsedPage> pages, Func<string, UiStrings>? strings = null, IReadOnlyList<PublishedStylesheet>? css = null, SiteConfig? config = null) =>
        new(new SiteUnderCheck(config ?? TestSites.Config(), [.. pages.Select(p => p.Page)], strings ?? (l => Strings(l)), css), pages);

    /// <summary>The rule's findings on each page, then those from comparing the pages, as a build reports them.</summary>
    public static List<LanguageFinding> Findings(LanguageRule rule, TestSite site) =>
        [.. site.Pages.SelectMany(p => rule.CheckPage(p, site.Site)), .. rule.Check(site.Site)];

    /// <summary>Every applying rule's findings on each page, then those from comparing the pages, each with its rule.</summary>
    public static List<(LanguageRule Rule, LanguageFinding Finding)> RunAll(TestSite site) =>
        [.. site.Pages.SelectMany(p => LanguageChecks.RunOnPage(p, site.Site)), .. LanguageChecks.Run(site.Site)];
}
