using SiteGen.Content;
using SiteGen.Site;

namespace SiteGen.Publishing;

/// <summary>The sections a feed can cover: everything dated, or one section.</summary>
public enum FeedSection { All, Events, Blog }

/// <summary>
/// Where the machine-readable files are published, per language: feeds, calendars, the sitemap and robots.txt.
/// The generators and the templates that link to these files both ask here, so a link cannot miss its file.
/// </summary>
public sealed class PublishedFiles(SiteConfig config)
{
    private readonly ContentPaths paths = new(config);

    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    /// <summary>"feed.xml", "events/feed.xml", "cy/blog/feed.xml".</summary>
    public string AtomFeed(string language, FeedSection section) => paths.LanguagePrefix(language) + SectionFolder(section) + "feed.xml";

    /// <summary>"feed.json", "events/feed.json", "cy/blog/feed.json".</summary>
    public string JsonFeed(string language, FeedSection section) => paths.LanguagePrefix(language) + SectionFolder(section) + "feed.json";

    /// <summary>The calendar of a language's upcoming and recent events: "events.ics", "cy/events.ics".</summary>
    public string EventsCalendar(string language) => paths.LanguagePrefix(language) + "events.ics";

    /// <summary>One event's calendar file, beside its page and named after it, so the download has a telling name: "events/my-event/my-event.ics".</summary>
    public static string EventCalendar(PageInfo page) => page.SitePath + page.Slug + ".ics";

    /// <summary>The languages that get feeds and calendars: those with pages, in site.yml's order, as for the listings.</summary>
    public IReadOnlyList<string> LanguagesWithPages(IEnumerable<Pipeline.Document> pages)
    {
        var configured = config.Languages.Select(l => l.Code).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        // Every build asks this of thousands of pages, and the first few usually name every language.
        foreach (var page in pages)
        {
            var language = page.Get(ContentKeys.Page).Language;
            if (configured.Contains(language) && used.Add(language) && used.Count == configured.Count) break;
        }
        return configured.Where(used.Contains).ToList();
    }

    /// <summary>The listing folder of a section: "events/", "blog/", or "" for the whole site.</summary>
    public static string SectionFolder(FeedSection section) => section switch
    {
        FeedSection.Events => "events/",
        FeedSection.Blog => "blog/",
        _ => "",
    };

    /// <summary>The feed section a listing folder ("events/", "blog/") publishes, or null for other listings.</summary>
    public static FeedSection? SectionOf(string? listingFolder) => listingFolder switch
    {
        "events/" => FeedSection.Events,
        "blog/" => FeedSection.Blog,
        _ => null,
    };
}
