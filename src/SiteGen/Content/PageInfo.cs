namespace SiteGen.Content;

/// <summary>The kinds of page a site has; each has its default layout.</summary>
public enum PageKind { Home, Event, Post, Page }

/// <summary>Whether a page is public: drafts and scheduled (future-dated) pages are left out of a build unless asked for.</summary>
public enum PublicationState { Published, Draft, Scheduled }

/// <summary>Where a page sits in the site: its language, kind, URL and date, worked out from its path and front matter.</summary>
public sealed record PageInfo
{
    public required string Language { get; init; }
    public required PageKind Kind { get; init; }
    public required string Slug { get; init; }
    /// <summary>URL path below the base path, without a leading slash: "events/my-event/", "cy/about/", "" for the home page.</summary>
    public required string SitePath { get; init; }
    /// <summary>Links translations of one page: the path inside the language folder unless front matter says otherwise.</summary>
    public required string TranslationKey { get; init; }
    public DateTimeOffset? Date { get; init; }

    /// <summary>True for the Easy Read version of a page (<c>&lt;slug&gt;.easy-read.md</c>), published at the page's URL + "easy-read/".</summary>
    public bool IsEasyRead { get; init; }

    /// <summary>Why a page is not public yet; shown as a banner in a preview.</summary>
    public PublicationState State { get; init; }

    public const string EasyReadSuffix = ".easy-read";
    /// <summary>1-based line of the file where the markdown body starts (after front matter).</summary>
    public int BodyFirstLine { get; init; } = 1;

    /// <summary>The theme layout for this page: front matter's <c>layout</c>, or the kind's default.</summary>
    public string Layout { get; init; } = "page";

    public string Destination => SitePath + "index.html";

    public static string DefaultLayout(PageKind kind) => kind switch
    {
        PageKind.Home => "home",
        PageKind.Event => "event",
        PageKind.Post => "post",
        _ => "page",
    };
}
