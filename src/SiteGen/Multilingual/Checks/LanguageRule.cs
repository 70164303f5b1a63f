using AngleSharp.Dom;
using SiteGen.Content;
using SiteGen.Content.FrontMatter;
using SiteGen.Diagnostics;
using SiteGen.Site;
using SiteGen.Templates;

namespace SiteGen.Multilingual.Checks;

/// <summary>A built page as the multilingual checks see it once its DOM is gone: where it is, what it is, and what was taken from its HTML.</summary>
/// <param name="File">Its path in the output folder ("cy/about/index.html").</param>
/// <param name="Html">What the cross-page rules read of its HTML (<see cref="PageFacts.Of"/>).</param>
/// <param name="Language">The language its source folder says, or the language of the listing; null for pages in no language.</param>
/// <param name="Info">Where a markdown page sits in the site; null for generated pages (listings, 404, forwarding pages).</param>
/// <param name="FrontMatter">The markdown page's front matter; null for generated pages.</param>
/// <param name="Body">The markdown page's body as written; null for generated pages.</param>
public sealed record BuiltPage(string File, PageFacts Html, string? Language, PageInfo? Info = null, FrontMatter? FrontMatter = null, string? Source = null, string? Body = null)
{
    public bool IsEasyRead => Info?.IsEasyRead ?? File.EndsWith("easy-read/index.html", StringComparison.Ordinal);

    /// <summary>True when the page asks search engines not to index it (forwarding pages, fallback pages).</summary>
    public bool IsNoIndex => Html.IsNoIndex;
}

/// <summary>A built page with its DOM, while it is parsed: what the rules that read one page's HTML look at.</summary>
/// <param name="Context">The parsed page as the accessibility rules read it: its element index and text runs are
/// collected once, in their walk, and the multilingual rules read the same ones.</param>
public sealed record ParsedPage(BuiltPage Page, Accessibility.PageContext Context)
{
    /// <summary>The parsed page's document.</summary>
    public IDocument Dom => Context.Document;
}

/// <summary>A stylesheet the site publishes: its site-relative source path (for diagnostics) and its text.</summary>
public sealed record PublishedStylesheet(string Source, string Text);

/// <summary>What the multilingual checks know of the site before its pages are compared: settings, interface strings and stylesheets.</summary>
public class LanguageSettings
{
    public LanguageSettings(SiteConfig config, Func<string, UiStrings> strings,
        IReadOnlyList<PublishedStylesheet>? stylesheets = null, Uri? baseUrl = null, string stringsFolder = "themes/default/i18n",
        Func<string, IReadOnlyDictionary<string, int>>? stringLines = null, bool preview = false)
    {
        Config = config;
        BaseUrl = baseUrl ?? config.BaseUrl;
        Urls = new UrlBuilder(BaseUrl);
        StringLines = stringLines ?? (_ => new Dictionary<string, int>());
        Strings = strings;
        Stylesheets = stylesheets ?? [];
        StringsFolder = stringsFolder;
        Preview = preview;
    }

    public SiteConfig Config { get; }
    /// <summary>The base URL in force (--base-url or site.yml's).</summary>
    public Uri BaseUrl { get; }
    public UrlBuilder Urls { get; }

    /// <summary>The line of each key in a language's i18n file.</summary>
    public Func<string, IReadOnlyDictionary<string, int>> StringLines { get; }

    /// <summary>Where a key of a language's i18n file is, for diagnostics.</summary>
    public SourceLocation StringAt(string language, string? key = null) =>
        new($"{StringsFolder}/{language}.yml", key is not null && StringLines(language).TryGetValue(key, out var line) ? line : 1, 1);
    public IReadOnlyList<PublishedStylesheet> Stylesheets { get; }

    /// <summary>The theme's interface strings of a language.</summary>
    public Func<string, UiStrings> Strings { get; }

    /// <summary>Where the theme's i18n files are, as diagnostics name them ("themes/default/i18n").</summary>
    public string StringsFolder { get; }

    /// <summary>True for a preview build (--drafts): what must be complete before publishing is a warning there.</summary>
    public bool Preview { get; }

    /// <summary>The output file a URL names: "https://example.org/cy/" → "cy/index.html"; null for other sites.</summary>
    public string? FileOf(string href, BuiltPage? from = null) => FileOf(href, from?.File);

    /// <summary>The output file a URL names, relative to the page written at <paramref name="fromFile"/>.</summary>
    public string? FileOf(string href, string? fromFile)
    {
        var pageUri = fromFile is null ? BaseUrl : new Uri(BaseUrl, Urls.Path(SitePathOf(fromFile)));
        if (!Uri.TryCreate(pageUri, href, out var uri) || uri.Host != BaseUrl.Host) return null;
        // Output files are named with the characters themselves: /ur/tags/%D8%AA/ is ur/tags/ت/.
        var sitePath = Urls.SitePathOf(Uri.UnescapeDataString(uri.AbsolutePath));
        return sitePath is null ? null : sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
    }

    /// <summary>The site path a page is published at ("cy/about/" for "cy/about/index.html").</summary>
    public static string SitePathOf(BuiltPage page) => SitePathOf(page.File);

    private static string SitePathOf(string file) =>
        file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
}

/// <summary>What the multilingual checks look at when they compare pages: the site's settings and every page and stylesheet as built.</summary>
public sealed class SiteUnderCheck : LanguageSettings
{
    private readonly Dictionary<string, BuiltPage> byFile;
    private readonly Lazy<ILookup<string, BuiltPage>> byTranslationKey;

    public SiteUnderCheck(SiteConfig config, IReadOnlyList<BuiltPage> pages, Func<string, UiStrings> strings,
        IReadOnlyList<PublishedStylesheet>? stylesheets = null, Uri? baseUrl = null, string stringsFolder = "themes/default/i18n",
        Func<string, IReadOnlyDictionary<string, int>>? stringLines = null, bool preview = false)
        : base(config, strings, stylesheets, baseUrl, stringsFolder, stringLines, preview)
    {
        Pages = pages;
        byFile = pages.GroupBy(p => p.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        byTranslationKey = new(() => pages.Where(p => p.Info is not null).ToLookup(p => p.Info!.TranslationKey, StringComparer.Ordinal));
    }

    public IReadOnlyList<BuiltPage> Pages { get; }

    /// <summary>The page a link points at (absolute, root-relative or relative to <paramref name="from"/>), or null when the site has none.</summary>
    public BuiltPage? PageAt(string href, BuiltPage? from = null) =>
        FileOf(href, from) is { } file && byFile.TryGetValue(file, out var page) ? page : null;

    /// <summary>The translations of a markdown page (itself included), by language, linked by translation key.</summary>
    public IReadOnlyDictionary<string, BuiltPage> VersionsOf(BuiltPage page) =>
        page.Info is not { } info ? new Dictionary<string, BuiltPage>()
        : byTranslationKey.Value[info.TranslationKey].GroupBy(p => p.Info!.Language).ToDictionary(g => g.Key, g => g.First());
}

/// <summary>A problem one multilingual rule found: on a page (at an element, or at a place its facts recorded), or at a place in a file.</summary>
public sealed record LanguageFinding(string Message, BuiltPage? Page = null, IElement? Element = null, SourceLocation? At = null, Severity? Severity = null);

/// <summary>
/// One multilingual rule (ml-*) of the research's enforcement table, checked over the built site.
/// Each has its own diagnostic code; the table in src/SiteGen/Multilingual/README.md lists them.
/// </summary>
/// <remarks>
/// A rule works in up to two steps, so no page's DOM has to outlive its own check: <see cref="CheckPage"/>
/// reads one page's DOM while it is parsed, and <see cref="Check"/> compares pages through what
/// <see cref="PageFacts"/> kept of each.
/// </remarks>
public abstract class LanguageRule
{
    /// <summary>The diagnostic code, SG6xx.</summary>
    public abstract string Code { get; }

    /// <summary>The research's rule id, e.g. "ml-switcher-target".</summary>
    public abstract string Name { get; }

    public abstract Severity Severity { get; }

    /// <summary>The WCAG 2.2 criteria the rule checks ("3.1.2"; <see cref="Accessibility.Wcag22"/>), or null.</summary>
    public virtual string? Wcag => null;

    /// <summary>True for rules that apply only with welshStandards: true in site.yml.</summary>
    public virtual bool WelshStandardsOnly => false;

    /// <summary>
    /// True for rules whose <see cref="Check"/> reads pages' markdown bodies (<see cref="BuiltPage.Body"/>): after an
    /// edit of a body only, the preview runs these again and keeps the other rules' findings.
    /// </summary>
    public virtual bool ReadsBodies => false;

    /// <summary>
    /// True for rules whose every cross-page finding is on a markdown page and follows from that page and its other
    /// versions (the pages that share its translation key) alone: after a body edit the preview runs them over the
    /// edited pages' versions only and keeps their findings on every other page.
    /// </summary>
    public virtual bool WithinVersions => false;

    /// <summary>The problems on one page that its own DOM and the site's settings show.</summary>
    public virtual IEnumerable<LanguageFinding> CheckPage(ParsedPage page, LanguageSettings site) => [];

    /// <summary>The problems found by comparing pages, or in the site's files (stylesheets, interface strings).</summary>
    public virtual IEnumerable<LanguageFinding> Check(SiteUnderCheck site) => [];
}
