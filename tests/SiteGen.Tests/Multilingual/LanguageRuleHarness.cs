using AngleSharp.Html.Parser;
using SiteGen.Content;
using SiteGen.Content.FrontMatter;
using SiteGen.Multilingual.Checks;
using SiteGen.Site;
using SiteGen.Templates;

namespace SiteGen.Tests.Multilingual;

/// <summary>Built pages and sites made from HTML strings, for testing one multilingual rule at a time.</summary>
internal static class LanguageRuleHarness
{
    private static readonly HtmlParser Parser = new();

    public static readonly IReadOnlyDictionary<string, UiString> EnglishStrings = new Dictionary<string, UiString>
    {
        ["navHome"] = new("Home"),
        ["skipLink"] = new("Skip to main content"),
        ["tagCount"] = new("{0} pages", new Dictionary<string, string> { ["one"] = "{0} page", ["other"] = "{0} pages" }),
    };

    public static string Html(string lang, string body, string head = "", string? dir = null) =>
        $"<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir ?? (lang == "ur" ? "rtl" : "ltr")}\"><head><title>t</title>{head}</head><body>{body}</body></html>";

    /// <summary>A generated page (a listing) at <paramref name="file"/>.</summary>
    public static BuiltPage Generated(string file, string html, string language) => new(file, Parser.ParseDocument(html), language);

    /// <summary>A markdown page: its language from the folder, its key from its path unless given.</summary>
    public static BuiltPage Markdown(string file, string html, string language, string key, bool easyRead = false, FrontMatter? frontMatter = null, string body = "Text.\n")
    {
        var sitePath = file[..^"index.html".Length];
        var info = new PageInfo { Language = language, Kind = PageKind.Page, Slug = "about", SitePath = sitePath, TranslationKey = key, IsEasyRead = easyRead };
        return new BuiltPage(file, Parser.ParseDocument(html), language, info, frontMatter ?? new FrontMatter { Title = "t" },
            $"content/{language}/{key.Replace(PageInfo.EasyReadSuffix, "")}{(easyRead ? PageInfo.EasyReadSuffix : "")}.md", body);
    }

    public static UiStrings Strings(string language, IReadOnlyDictionary<string, UiString>? own = null) =>
        new(new TextLanguage(language, language == "ur" ? "rtl" : "ltr"), own ?? EnglishStrings, new TextLanguage("en", "ltr"), EnglishStrings);

    public static SiteUnderCheck SiteOf(IReadOnlyList<BuiltPage> pages, Func<string, UiStrings>? strings = null, IReadOnlyList<PublishedStylesheet>? css = null, SiteConfig? config = null) =>
        new(config ?? TestSites.Config(), pages, strings ?? (l => Strings(l)), css);

    public static List<LanguageFinding> Findings(LanguageRule rule, SiteUnderCheck site) => rule.Check(site).ToList();
}
