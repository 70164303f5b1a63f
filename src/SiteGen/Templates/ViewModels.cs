using System.Text;

namespace SiteGen.Templates;

/// <summary>What every page template knows about the site it belongs to.</summary>
public sealed record SiteModel
{
    public required string Title { get; init; }
    /// <summary>The language the site title and description are written in (site.yml's default language).</summary>
    public required string TitleLanguage { get; init; }
    /// <summary>The direction of <see cref="TitleLanguage"/>: "ltr" or "rtl".</summary>
    public string TitleDirection { get; init; } = "ltr";
    public required string Description { get; init; }
    /// <summary>BCP 47 code of the page's language, e.g. "en".</summary>
    public required string Language { get; init; }
    /// <summary>"ltr" or "rtl".</summary>
    public required string Direction { get; init; }
    /// <summary>The page language as Open Graph writes a locale: language_TERRITORY ("cy_GB").</summary>
    public string Locale { get; init; } = "";
    /// <summary>Root-relative URL of the language's home page, base path included ("/", "/repo/", "/cy/").</summary>
    public required string HomeUrl { get; init; }
    /// <summary>Root-relative URL of the theme stylesheet, base path included.</summary>
    public required string StylesheetUrl { get; init; }
    /// <summary>Root-relative URLs of the theme's assets/ files by the path the theme names them ("js/search.js"), fingerprints and base path included.</summary>
    public IReadOnlyDictionary<string, string> AssetUrls { get; init; } = new Dictionary<string, string>();
    public required IReadOnlyList<NavLink> Navigation { get; init; }
    /// <summary>Links to the language's standalone pages (about, accessibility statement ...) for the footer, by title.</summary>
    public IReadOnlyList<NavLink> FooterLinks { get; init; } = [];
    /// <summary>Root-relative URL of the language's tag index, or null when no page has tags.</summary>
    public string? TagsUrl { get; init; }
    /// <summary>The language's feed of events and blog posts, linked from every page's head and footer.</summary>
    public FeedLink? Feed { get; init; }
    public required UiStrings Strings { get; init; }

    /// <summary>The published URL of a file in the theme's assets/ folder, for layouts: <c>Model.Site.Asset("js/search.js")</c>.</summary>
    public string Asset(string themePath) =>
        AssetUrls.TryGetValue(themePath, out var url) ? url
        : throw new KeyNotFoundException($"The theme has no assets/{themePath}. Add the file, or correct the path in the layout.");
    /// <summary>Plain text from content (a summary, a name) for element content, with Latin runs isolated on right-to-left pages.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent Isolate(string? text) => Multilingual.BidiText.Isolate(text, Direction);
}

/// <summary>A feed in both formats: its title (as feed readers show it), root-relative URLs (base path included) and the words of a visible link to it.</summary>
public sealed record FeedLink(string Title, string AtomUrl, string JsonUrl, string LinkTextKey);

/// <summary>One language version of a page: for the language switcher and the hreflang links.</summary>
/// <param name="Language">BCP 47 code, for lang and hreflang.</param>
/// <param name="Name">The language's name in that language ("Cymraeg", "اردو").</param>
public sealed record AlternateLink(string Language, string Name, string Direction, string Url, string AbsoluteUrl, bool IsCurrent)
{
    /// <summary>The language as an Open Graph locale ("ur_PK"), for og:locale:alternate.</summary>
    public string Locale { get; init; } = "";
}

/// <summary>What readers are told about a translated page.</summary>
/// <param name="OriginalLanguageName">The original's language by its own name (from site.yml), shown with its lang.</param>
public sealed record TranslationNoticeModel(bool MachineAssisted, bool OutOfDate, string OriginalLanguage, string OriginalLanguageName, string OriginalUrl);

/// <summary>One link of the primary navigation; <see cref="IsCurrent"/> marks the section the page is in.</summary>
/// <param name="Language">Set when the text is another language's (a missing interface string), for its lang and dir.</param>
public sealed record NavLink(string Text, string Url, bool IsCurrent, TextLanguage? Language = null)
{
    /// <summary>On a link whose words are a page's title (the footer's): that page's front matter.</summary>
    public FrontMatterSource? Source { get; init; }

    /// <summary>The position mark for the link, when its words come from a page's <paramref name="key"/>.</summary>
    public string? From(string key) => Source?.Mark(key);
}

/// <summary>A tag shown on a page, linking to the tag's listing; <paramref name="Count"/> is how many pages have it (on the tag index).</summary>
public sealed record TagLink(string Name, string Url, int Count = 0);

/// <summary>A lead or listing image.</summary>
/// <param name="Src">Root-relative URL, base path included (or the author's absolute URL).</param>
/// <param name="AbsoluteSrc">Absolute URL, for link previews on other sites.</param>
public sealed record ImageModel(string Src, string Alt, string AbsoluteSrc)
{
    /// <summary>Size in CSS pixels read from the image file, so the browser keeps its space before it loads; null when unknown.</summary>
    public int? Width { get; init; }
    public int? Height { get; init; }
}

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
    /// <summary>Root-relative URL of the event's .ics file; null when the event is long past and has none.</summary>
    public string? CalendarUrl { get; init; }
}

/// <summary>The model every layout receives; section layouts get a subtype.</summary>
public record PageModel
{
    public required SiteModel Site { get; init; }
    public required string Title { get; init; }
    /// <summary>Set when the title is an interface string shown in another language (a missing one), for the h1's lang and dir.</summary>
    public TextLanguage? TitleLanguage { get; init; }
    /// <summary>Text for &lt;title&gt;: "{Title} – {Site.Title}" (or the site title alone on the home page).</summary>
    public required string DocumentTitle { get; init; }
    /// <summary>The title link previews show, when it is not <see cref="Title"/>: page N of a listing says which page it is.</summary>
    public string? ShareTitle { get; init; }
    public string? Summary { get; init; }
    /// <summary>For meta description and link previews: the summary, or the site's description when the page has none.</summary>
    public string Description => string.IsNullOrWhiteSpace(Summary) ? Site.Description : Summary;
    /// <summary>Root-relative URL of this page, base path included.</summary>
    public required string Url { get; init; }
    /// <summary>Absolute URL of this page (baseUrl + path).</summary>
    public required string CanonicalUrl { get; init; }
    // Every page's body is held in its model from modelling until search and feeds have read it, after every page is
    // laid out, so it is kept as UTF-8: half the size of a string for mostly ASCII markup.
    private readonly byte[] bodyUtf8 = [];

    /// <summary>Rendered markdown body (trusted HTML).</summary>
    public string BodyHtml
    {
        get => Encoding.UTF8.GetString(bodyUtf8);
        init => bodyUtf8 = Encoding.UTF8.GetBytes(value);
    }
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

    /// <summary>schema.org JSON-LD (Event, BlogPosting, WebSite), serialised with "&lt;" escaped; null for none.</summary>
    public string? JsonLd { get; init; }

    /// <summary>Open Graph's og:type: "article" for events and posts, "website" for every other page.</summary>
    public virtual string OpenGraphType => "website";

    /// <summary>The picture shown when the page is shared, if it has one.</summary>
    public virtual ImageModel? ShareImage => null;

    /// <summary>The front matter the page's title, summary and the rest come from; null on a page SiteGen makes.</summary>
    public FrontMatterSource? Source { get; init; }

    /// <summary>The position mark for an element showing front matter <paramref name="key"/>.</summary>
    public string? From(string key) => Source?.Mark(key);

    /// <summary>The position mark for &lt;title&gt;: the title's, unless it does not show the title (a home page's).</summary>
    public string? DocumentTitleFrom =>
        DocumentTitle.StartsWith(Title, StringComparison.Ordinal) ? From("title") : null;
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

    public override string OpenGraphType => "article";
    public override ImageModel? ShareImage => Image;
}

/// <summary>One entry of a listing page.</summary>
public sealed record ListingItem(string Title, string Url, string? Summary, DateTimeOffset Date, string DisplayDate, string Section)
{
    /// <summary>The front matter of the page listed, whose title and summary the entry shows.</summary>
    public FrontMatterSource? Source { get; init; }

    /// <summary>The position mark for an element showing the listed page's <paramref name="key"/>.</summary>
    public string? From(string key) => Source?.Mark(key);
}

/// <summary>Home page, section indexes and tag pages.</summary>
public sealed record ListingModel : PageModel
{
    public required IReadOnlyList<ListingItem> Items { get; init; }
    /// <summary>Heading above the items (e.g. "Latest write-ups"); null when the page title says it.</summary>
    public string? ItemsHeading { get; init; }
    /// <summary>Set when <see cref="ItemsHeading"/> is another language's text (a missing interface string).</summary>
    public TextLanguage? ItemsHeadingLanguage { get; init; }
    /// <summary>All tags of the language with their listing URLs, shown on the tag index pages.</summary>
    public IReadOnlyList<TagLink> AllTags { get; init; } = [];
    /// <summary>On a section index (events, blog): the section's own feed.</summary>
    public FeedLink? SectionFeed { get; init; }
    /// <summary>On the events index: root-relative URL of the calendar of upcoming events.</summary>
    public string? CalendarUrl { get; init; }
    /// <summary>Set when the listing has more than one page: which page this is and links to the others.</summary>
    public PaginationModel? Pagination { get; init; }
}

/// <summary>A page at an old address (an alias) that sends readers to where the page is now.</summary>
public sealed record RedirectModel : PageModel
{
    /// <summary>Root-relative URL of the page's current address (relative, so forwarding works on any host and base path).</summary>
    public required string TargetUrl { get; init; }
}

/// <summary>A language's search page: the form, the index its script searches, and other ways to find pages.</summary>
public sealed record SearchModel : PageModel
{
    /// <summary>Root-relative URL of the language's search index (JSON), base path included.</summary>
    public required string IndexUrl { get; init; }
    /// <summary>Listings to browse instead of searching (events, blog, tags), for readers without the script.</summary>
    public IReadOnlyList<NavLink> Browse { get; init; } = [];
}
