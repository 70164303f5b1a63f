namespace SiteGen.Site;

/// <summary>A language the site publishes in, from site.yml.</summary>
public sealed record LanguageConfig(string Code, string Name, string Direction = "ltr")
{
    public bool IsRightToLeft => Direction == "rtl";
}

/// <summary>The settings of content/site.yml.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Absolute base URL, always ending in "/"; its path is the base path of every internal URL.</summary>
    public required Uri BaseUrl { get; init; }
    public required string DefaultLanguage { get; init; }
    public required IReadOnlyList<LanguageConfig> Languages { get; init; }
    public string Theme { get; init; } = "default";
    public IReadOnlySet<string> IgnoredRules { get; init; } = new HashSet<string>();

    /// <summary>The WCAG 2.2 level the site aims for (accessibility: level:); failures above it are warnings.</summary>
    public Accessibility.WcagLevel AccessibilityLevel { get; init; } = Accessibility.Conformance.DefaultLevel;
    /// <summary>Acronyms the site uses with their expansions; they need no expansion in the text.</summary>
    public IReadOnlyDictionary<string, string> Abbreviations { get; init; } = new Dictionary<string, string>();

    /// <summary>Hosts whose iframes (video players, maps) may be embedded in pages.</summary>
    public IReadOnlySet<string> EmbedHosts { get; init; } = new HashSet<string>();

    /// <summary>True when raw HTML in markdown is published as written, unsanitised (every author trusted).</summary>
    public bool AllowRawHtml { get; init; }

    /// <summary>True when the site follows the Welsh Language Standards: every page and interface string in Welsh, Welsh first (ml-cy-* rules).</summary>
    public bool WelshStandards { get; init; }

    /// <summary>How many items each page of a listing (events, blog, a tag) shows; later items go on <c>page/2/</c> and after.</summary>
    public int Paginate { get; init; } = Listings.ListingPages.DefaultSize;

    /// <summary>The zone of times written without an offset (site.yml timeZone).</summary>
    public TimeZoneInfo TimeZone { get; init; } = SiteTimeZone.Default;

    /// <summary>"/" or "/repo/": the path every internal URL starts with.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public LanguageConfig? FindLanguage(string code) =>
        Languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
}
