namespace SiteGen.Templates;

/// <summary>What every page template knows about the site it belongs to.</summary>
public sealed record SiteModel
{
    public required string Title { get; init; }
    /// <summary>The language the site title and description are written in (site.yml's default language).</summary>
    public required string TitleLanguage { get; init; }
    public required string Description { get; init; }
    /// <summary>BCP 47 code of the page's language, e.g. "en".</summary>
    public required string Language { get; init; }
    /// <summary>"ltr" or "rtl".</summary>
    public required string Direction { get; init; }
    /// <summary>Root-relative URL of the language's home page, base path included ("/", "/repo/", "/cy/").</summary>
    public required string HomeUrl { get; init; }
    /// <summary>Root-relative URL of the theme stylesheet, base path included.</summary>
    public required string StylesheetUrl { get; init; }
    public required IReadOnlyList<NavLink> Navigation { get; init; }
    /// <summary>Links to the language's standalone pages (about, accessibility statement ...) for the footer, by title.</summary>
    public IReadOnlyList<NavLink> FooterLinks { get; init; } = [];
    /// <summary>Root-relative URL of the language's tag index, or null when no page has tags.</summary>
    public string? TagsUrl { get; init; }
    public required UiStrings Strings { get; init; }
}

/// <summary>One language version of a page: for the language switcher and the hreflang links.</summary>
/// <param name="Language">BCP 47 code, for lang and hreflang.</param>
/// <param name="Name">The language's name in that language ("Cymraeg", "اردو").</param>
public sealed record AlternateLink(string Language, string Name, string Direction, string Url, string AbsoluteUrl, bool IsCurrent);

/// <summary>What readers are told about a translated page.</summary>
/// <param name="OriginalLanguageName">The original's language by its own name (from site.yml), shown with its lang.</param>
public sealed record TranslationNoticeModel(bool MachineAssisted, bool OutOfDate, string OriginalLanguage, string OriginalLanguageName, string OriginalUrl);

/// <summary>One link of the primary navigation; <see cref="IsCurrent"/> marks the section the page is in.</summary>
public sealed record NavLink(string Text, string Url, bool IsCurrent);

/// <summary>A tag shown on a page, linking to the tag's listing.</summary>
public sealed record TagLink(string Name, string Url);

/// <summary>A lead or listing image.</summary>
public sealed record ImageModel(string Src, string Alt);

/// <summary>A person who spoke at an event.</summary>
public sealed record SpeakerModel(string Name, string? Role, string? Organisation);

/// <summary>The facts of an event, shown in the summary block and as schema.org JSON-LD.</summary>
public sealed record EventModel
{
    /// <summary>Formatted for the page's culture, e.g. "Tuesday 8 December 2020, 10:00 to 12:00".</summary>
    public required string DisplayWhen { get; init; }
    /// <summary>ISO 8601 start, for the &lt;time datetime&gt; attribute.</summary>
    public required string StartIso { get; init; }
    public string? Location { get; init; }
    public bool Online { get; init; }
    public string? RegistrationUrl { get; init; }
    public IReadOnlyList<string> Access { get; init; } = [];
    public IReadOnlyList<SpeakerModel> Speakers { get; init; } = [];
    /// <summary>Distinct organisations the speakers represent, in order of first mention.</summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];
}

/// <summary>The model every layout receives; section layouts get a subtype.</summary>
public record PageModel
{
    public required SiteModel Site { get; init; }
    public required string Title { get; init; }
    /// <summary>Text for &lt;title&gt;: "{Title} – {Site.Title}" (or the site title alone on the home page).</summary>
    public required string DocumentTitle { get; init; }
    public string? Summary { get; init; }
    /// <summary>Root-relative URL of this page, base path included.</summary>
    public required string Url { get; init; }
    /// <summary>Absolute URL of this page (baseUrl + path).</summary>
    public required string CanonicalUrl { get; init; }
    /// <summary>Rendered markdown body (trusted HTML).</summary>
    public string BodyHtml { get; init; } = "";
    /// <summary>The theme layout file that renders this page, e.g. "event.cshtml".</summary>
    public required string Layout { get; init; }

    /// <summary>Every language version of this page, this one included, in site.yml's order; one entry when there is no translation.</summary>
    public IReadOnlyList<AlternateLink> Translations { get; init; } = [];

    /// <summary>Absolute URL for hreflang="x-default": the default language's version, when there is one.</summary>
    public string? XDefaultUrl { get; init; }

    /// <summary>Set on translated pages whose front matter describes the translation.</summary>
    public TranslationNoticeModel? TranslationNotice { get; init; }

    /// <summary>True on an Easy Read page (published at the full page's URL + "easy-read/").</summary>
    public bool IsEasyRead { get; init; }

    /// <summary>Set only in a preview, on a draft or scheduled page: the banner that says it is not public yet.</summary>
    public Content.PublicationState PreviewState { get; init; }

    /// <summary>On a full page: its Easy Read version, when there is one. On an Easy Read page: the full version.</summary>
    public string? OtherVersionUrl { get; init; }
}

/// <summary>An event write-up or a blog post.</summary>
public sealed record ArticleModel : PageModel
{
    public required DateTimeOffset Date { get; init; }
    /// <summary>Date formatted for the page's culture.</summary>
    public required string DisplayDate { get; init; }
    public IReadOnlyList<TagLink> Tags { get; init; } = [];
    public ImageModel? Image { get; init; }
    public EventModel? Event { get; init; }
    /// <summary>schema.org JSON-LD for the page (Event or BlogPosting), already serialised.</summary>
    public string? JsonLd { get; init; }
}

/// <summary>One entry of a listing page.</summary>
public sealed record ListingItem(string Title, string Url, string? Summary, DateTimeOffset Date, string DisplayDate, string Section);

/// <summary>Home page, section indexes and tag pages.</summary>
public sealed record ListingModel : PageModel
{
    public required IReadOnlyList<ListingItem> Items { get; init; }
    /// <summary>Heading above the items (e.g. "Latest write-ups"); null when the page title says it.</summary>
    public string? ItemsHeading { get; init; }
    /// <summary>All tags of the language with their listing URLs, shown on the tag index pages.</summary>
    public IReadOnlyList<TagLink> AllTags { get; init; } = [];
}

/// <summary>A page at an old address (an alias) that sends readers to where the page is now.</summary>
public sealed record RedirectModel : PageModel
{
    /// <summary>Root-relative URL of the page's current address (relative, so forwarding works on any host and base path).</summary>
    public required string TargetUrl { get; init; }
}
