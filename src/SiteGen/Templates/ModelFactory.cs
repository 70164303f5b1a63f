using System.Globalization;
using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Content;
using SiteGen.Content.Images;
using SiteGen.Content.FrontMatter;
using SiteGen.Multilingual;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Publishing;

namespace SiteGen.Templates;

/// <summary>Builds the typed view models templates receive, from documents and the site's settings.</summary>
public sealed class ModelFactory(BuildContext context)
{
    private readonly ConcurrentDictionary<string, SiteModel> sites = new();
    private readonly ContentPaths paths = new(context.Site.Config);
    private readonly PublishedFiles files = new(context.Site.Config);

    /// <summary>The stylesheet every page of a theme loads, as the theme's assets/ folder names it.</summary>
    public const string StylesheetPath = "css/site.css";

    // Built on first use, once the content pipeline has run; its problems are reported once. A preview rebuild in which
    // no page's front matter or file changed takes the previous build's table with the edited pages put in.
    private readonly Lazy<Translations> translations = new(() =>
    {
        var content = context.OutputsOf(Build.SitePipelines.Content);
        var kept = context.Reuse?.Unchanging(TranslationsKey, () => new StrongBox<Translations?>());
        var made = kept?.Value?.With(content, context.Diagnostics) ?? new Translations(content, context.Diagnostics);
        if (kept is not null) kept.Value = made;
        return made;
    });
    private const string TranslationsKey = "templates.translations";

    /// <summary>The site-wide part of the model for one language; <paramref name="section"/> marks the current navigation item.</summary>
    public SiteModel Site(string language, string? section)
    {
        var basic = sites.GetOrAdd(language, KeptSite);
        return basic with
        {
            Navigation = basic.Navigation.Select(n => n with { IsCurrent = section is not null && n.Url == context.Urls.Path(paths.LanguagePrefix(language) + section) }).ToList(),
        };
    }

    /// <summary>A language's feed of one section (or of everything), titled in that language.</summary>
    public FeedLink Feed(string language, FeedSection section) => Feed(language, section, Site(language, null).Strings);

    private FeedLink Feed(string language, FeedSection section, UiStrings strings)
    {
        // The visible link text stays a key, so the layout can mark it with its language when it falls back.
        var (name, linkText) = section switch
        {
            FeedSection.Events => (strings["eventsTitle"], "subscribeEvents"),
            FeedSection.Blog => (strings["blogTitle"], "subscribeBlog"),
            _ => (strings["feedAll"], "subscribeAll"),
        };
        return new FeedLink(DocumentTitle(name, language), context.Urls.Path(files.AtomFeed(language, section)),
            context.Urls.Path(files.JsonFeed(language, section)), linkText);
    }

    // One a language per build (strings may change between builds): made per item, it showed in every listing's profile.
    public DateFormatter Dates(string language) => dates.GetOrAdd(language, l => new DateFormatter(l, Site(l, null).Strings));
    private readonly ConcurrentDictionary<string, DateFormatter> dates = new(StringComparer.Ordinal);

    public string DocumentTitle(string title, string language) =>
        $"{title} – {context.Site.Config.Title}";

    /// <summary>The model of a page written in markdown (events, posts, plain pages).</summary>
    public PageModel ForPage(Document document)
    {
        var page = document.Get(ContentKeys.Page);
        var fm = document.Get(ContentKeys.FrontMatter);
        var section = page.Kind switch { PageKind.Event => "events/", PageKind.Post => "blog/", _ => null };
        var site = Site(page.Language, section);
        var title = fm.Title ?? page.Slug;
        var common = new PageModel
        {
            Site = site,
            Title = title,
            DocumentTitle = DocumentTitle(title, page.Language),
            Summary = fm.Summary,
            Url = context.Urls.Path(page.SitePath),
            CanonicalUrl = context.Urls.Absolute(page.SitePath),
            BodyHtml = document.Content,
            Layout = page.Layout,
            PreviewState = context.Options.Preview ? page.State : PublicationState.Published,
            Source = SourceOf(document),
        };
        common = WithTranslations(common, document);
        if (page.Kind is not (PageKind.Event or PageKind.Post) || page.Date is not { } date) return common;

        var dates = Dates(page.Language);
        var image = fm.Image is { } img ? Image(img.Src, img.Alt, document.Source) : null;
        var evt = fm.Event is { } e ? Event(e, dates) : null;
        return new ArticleModel
        {
            Site = common.Site, Title = common.Title, DocumentTitle = common.DocumentTitle, Summary = common.Summary,
            Url = common.Url, CanonicalUrl = common.CanonicalUrl, BodyHtml = common.BodyHtml, Layout = common.Layout,
            Translations = common.Translations, XDefaultUrl = common.XDefaultUrl, TranslationNotice = common.TranslationNotice,
            IsEasyRead = common.IsEasyRead, OtherVersionUrl = common.OtherVersionUrl, PreviewState = common.PreviewState,
            Source = common.Source,
            Date = date,
            DisplayDate = dates.Date(date),
            // Tag pages list full versions only, so an Easy Read page links to none.
            Tags = page.IsEasyRead ? [] : fm.Tags.Select(t => Tag(t, page.Language)).ToList(),
            Image = image,
            Event = evt,
            JsonLd = JsonLd(fm, common, date, image, page.Language),
        };
    }

    /// <summary>The page's language versions, hreflang x-default, and what to tell readers of a translation.</summary>
    private PageModel WithTranslations(PageModel model, Document document)
    {
        var page = document.Get(ContentKeys.Page);
        var config = context.Site.Config;
        var versions = translations.Value.Of(page.TranslationKey);
        var links = Alternates(versions.ToDictionary(v => v.Key, v => v.Value.Get(ContentKeys.Page).SitePath), page.Language);

        TranslationNoticeModel? notice = null;
        var original = translations.Value.OriginalOf(document, config.DefaultLanguage);
        if (document.Get(ContentKeys.FrontMatter) is { Translation: { } t } fm && original is not null)
        {
            var outOfDate = translations.Value.IsOutOfDate(document, config.DefaultLanguage);
            if (outOfDate)
                context.Diagnostics.Warning(Codes.TranslationOutOfDate,
                    $"Translation may be out of date: {original.Source} has changed since this page was translated from it. Update the translation, then set translatedFrom: {Translations.Fingerprint(original.Content)}.",
                    new SourceLocation(document.Source, fm.LineOf("translation"), 1));
            if ((t.MachineAssisted && !t.Reviewed) || outOfDate)
                notice = new TranslationNoticeModel(t.MachineAssisted && !t.Reviewed, outOfDate, config.DefaultLanguage,
                    config.FindLanguage(config.DefaultLanguage)?.Name ?? config.DefaultLanguage, context.Urls.Path(original.Get(ContentKeys.Page).SitePath));
        }
        // The Easy Read version and the full page have the same key but for the suffix, in the same language.
        var otherKey = page.IsEasyRead ? page.TranslationKey[..^PageInfo.EasyReadSuffix.Length] : page.TranslationKey + PageInfo.EasyReadSuffix;
        var other = translations.Value.Of(otherKey).GetValueOrDefault(page.Language);
        return model with
        {
            IsEasyRead = page.IsEasyRead,
            OtherVersionUrl = other is null ? null : context.Urls.Path(other.Get(ContentKeys.Page).SitePath),
            Translations = links,
            XDefaultUrl = versions.TryGetValue(config.DefaultLanguage, out var d) ? context.Urls.Absolute(d.Get(ContentKeys.Page).SitePath) : null,
            TranslationNotice = notice,
        };
    }

    /// <summary>Alternate links for a page that exists at these site paths, by language, in site.yml's language order.</summary>
    public IReadOnlyList<AlternateLink> Alternates(IReadOnlyDictionary<string, string> sitePathsByLanguage, string current) =>
        context.Site.Config.Languages
            .Where(l => sitePathsByLanguage.ContainsKey(l.Code))
            .Select(l => new AlternateLink(l.Code, l.Name, l.Direction, context.Urls.Path(sitePathsByLanguage[l.Code]),
                context.Urls.Absolute(sitePathsByLanguage[l.Code]), l.Code == current) { Locale = OpenGraphLocale(l.Code) })
            .ToList();

    /// <summary>
    /// "cy" → "cy_GB": Open Graph writes locales as language_TERRITORY. A code with a territory keeps it;
    /// one without takes the territory the culture data gives the language ("ur" → "ur_PK").
    /// </summary>
    public static string OpenGraphLocale(string code)
    {
        var name = code;
        // The same culture the site formats its dates with, so English is en_GB as on the page.
        try { name = CultureInfo.CreateSpecificCulture(DateFormatter.CultureFor(code).Name).Name is { Length: > 0 } specific ? specific : code; }
        catch (CultureNotFoundException) { }
        var parts = name.Split('-');
        var region = parts.Skip(1).LastOrDefault(p => p.Length == 2 || (p.Length == 3 && p.All(char.IsAsciiDigit)));
        return region is null ? parts[0] : $"{parts[0]}_{region.ToUpperInvariant()}";
    }

    /// <summary>schema.org WebSite for a language's home page, with the organisation that publishes it.</summary>
    public string WebSiteJsonLd(string language) => new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = context.Site.Config.Title,
        ["description"] = context.Site.Config.Description,
        ["url"] = context.Urls.Absolute(paths.LanguagePrefix(language)),
        ["inLanguage"] = language,
        ["publisher"] = Publisher(),
    }.ToJsonString();

    private JsonObject Publisher() => new() { ["@type"] = "Organization", ["name"] = context.Site.Config.Title, ["url"] = context.BaseUrl.AbsoluteUri };

    public TagLink Tag(string tag, string language) =>
        new(tag, context.Urls.Path($"{paths.LanguagePrefix(language)}tags/{Slug.From(tag)}/"));

    public ListingItem Item(Document document)
    {
        var page = document.Get(ContentKeys.Page);
        var fm = document.Get(ContentKeys.FrontMatter);
        var date = page.Date ?? DateTimeOffset.MinValue;
        return new ListingItem(fm.Title ?? page.Slug, context.Urls.Path(page.SitePath), fm.Summary, date,
            Dates(page.Language).Date(date), page.Kind == PageKind.Event ? "events" : "blog")
        {
            Source = SourceOf(document),
        };
    }

    /// <summary>Where a markdown page's front matter is, for layouts to mark what they show of it.</summary>
    public static FrontMatterSource? SourceOf(Document? document) =>
        document?.Find(ContentKeys.FrontMatter) is { } fm ? new FrontMatterSource(document.Source, fm.KeyLines) : null;

    /// <summary>A language's site model with the problems found making it, which every build reports.</summary>
    private sealed record MadeSite(SiteModel Model, IReadOnlyList<Diagnostic> Reported);

    // Reading the theme's strings and going through every page for the footer is the same in every preview
    // rebuild that is not a rebuild of everything, so such a rebuild takes the model the build before made.
    private SiteModel KeptSite(string language)
    {
        if (context.Reuse is not { } reuse) return CreateSite(language);
        var made = reuse.Unchanging($"site model, {language}", () =>
        {
            var (model, reported) = DiagnosticBag.CaptureAsync(() => ValueTask.FromResult(CreateSite(language))).AsTask().GetAwaiter().GetResult();
            return new MadeSite(model, reported);
        });
        foreach (var d in made.Reported) context.Diagnostics.Add(d);
        return made.Model;
    }

    private SiteModel CreateSite(string language)
    {
        var config = context.Site.Config;
        var theme = context.Theme;
        var strings = theme.Strings(TextLanguageOf(language), TextLanguageOf(config.DefaultLanguage), theme.DisplayPath(context.Site.Root), context.Diagnostics);
        // A published language must have all its interface text (ml-ui-strings-complete); a preview (--drafts) may show the fallback.
        if (strings.MissingKeys.Count > 0)
            context.Diagnostics.Add(new Diagnostic(context.Options.IncludeDrafts ? Severity.Warning : Severity.Error, Codes.MissingUiStrings,
                $"The theme has no {language} text for: {string.Join(", ", strings.MissingKeys)}. Add these keys to the file; until then pages in {language} show the {config.DefaultLanguage} text there, marked as {config.DefaultLanguage}.",
                SourceLocation.StartOf(Theme.StringsFile(theme.DisplayPath(context.Site.Root), language))));
        var prefix = paths.LanguagePrefix(language);
        var assetUrls = theme.Assets.Assets.ToDictionary(a => a.Key, a => context.Urls.Path("assets/" + a.Value.PublishedPath), StringComparer.Ordinal);
        // Pages only exist once the content pipeline has run; the footer links to those that do.
        var pages = context.OutputsOf(Build.SitePipelines.Content)
            .Select(d => (Info: d.Get(ContentKeys.Page), Title: d.Get(ContentKeys.FrontMatter).Title ?? "", Document: d))
            .Where(p => p.Info.Language == language)
            .ToList();
        var footer = pages
            .Where(p => p.Info is { Kind: PageKind.Page, IsEasyRead: false } && !p.Info.TranslationKey.Contains('/'))
            .OrderBy(p => p.Title, StringComparer.CurrentCulture)
            .Select(p => new NavLink(p.Title, context.Urls.Path(p.Info.SitePath), false) { Source = SourceOf(p.Document) })
            .ToList();
        var hasTags = context.OutputsOf(Build.SitePipelines.Content)
            .Any(d => d.Get(ContentKeys.Page) is { Language: var l, IsEasyRead: false, Kind: PageKind.Event or PageKind.Post } && l == language && d.Get(ContentKeys.FrontMatter).Tags.Count > 0);
        List<NavLink> navigation =
        [
            new(strings["navHome"], context.Urls.Path(prefix), false, strings.ForeignLanguageOf("navHome")),
            new(strings["navEvents"], context.Urls.Path(prefix + "events/"), false, strings.ForeignLanguageOf("navEvents")),
            new(strings["navBlog"], context.Urls.Path(prefix + "blog/"), false, strings.ForeignLanguageOf("navBlog")),
        ];
        if (theme.HasLayout(Publishing.Search.GenerateSearch.Layout))
            navigation.Add(new NavLink(strings["navSearch"], context.Urls.Path(prefix + Publishing.Search.GenerateSearch.PagePath), false, strings.ForeignLanguageOf("navSearch")));
        return new SiteModel
        {
            Title = config.Title,
            TitleLanguage = config.DefaultLanguage,
            TitleDirection = TextLanguageOf(config.DefaultLanguage).Direction,
            Description = config.Description,
            Language = language,
            Direction = config.FindLanguage(language)?.Direction ?? "ltr",
            Locale = OpenGraphLocale(language),
            HomeUrl = context.Urls.Path(prefix),
            StylesheetUrl = assetUrls.GetValueOrDefault(StylesheetPath) ?? context.Urls.Path("assets/" + StylesheetPath),
            AssetUrls = assetUrls,
            Navigation = navigation,
            FooterLinks = footer,
            TagsUrl = hasTags ? context.Urls.Path(prefix + "tags/") : null,
            Feed = Feed(language, FeedSection.All, strings),
            Strings = strings,
        };
    }

    /// <summary>A configured language with its direction, for lang and dir attributes.</summary>
    public TextLanguage TextLanguageOf(string code) => new(code, context.Site.Config.FindLanguage(code)?.Direction ?? "ltr");

    private static EventModel Event(EventInfo e, DateFormatter dates) => new()
    {
        DisplayWhen = dates.EventWhen(e.Start, e.End, e.AllDay),
        StartIso = e.AllDay ? e.Start.ToString("yyyy-MM-dd") : e.Start.ToString("yyyy-MM-ddTHH:mm:sszzz"),
        Location = e.Location,
        Online = e.Online,
        RegistrationUrl = e.Registration,
        Access = e.Access,
        Speakers = e.Speakers.Select(s => new SpeakerModel(s.Name, s.Role, s.Organisation)).ToList(),
        Organisations = e.Speakers.Select(s => s.Organisation).OfType<string>().Distinct().ToList(),
    };

    private ImageModel Image(string src, string alt, string source)
    {
        if (src.Contains("://", StringComparison.Ordinal)) return new ImageModel(src, alt, src);
        var contentFile = src.StartsWith('/') ? src.TrimStart('/') : ContentFileOf(src, source);
        var sitePath = src.StartsWith('/') ? contentFile : paths.OutputPathOfFile(contentFile);
        var size = ImageSize.Read(Path.Combine(context.Site.ContentPath, contentFile));
        return new ImageModel(context.Urls.Path(sitePath), alt, context.Urls.Absolute(sitePath)) { Width = size?.Width, Height = size?.Height };
    }

    /// <summary>The content-relative path of a file named relative to the page's source.</summary>
    private static string ContentFileOf(string src, string source)
    {
        var dir = Path.GetDirectoryName(source["content/".Length..])!.Replace('\\', '/');
        return Path.GetFullPath(Path.Combine("/", dir, src))[1..].Replace('\\', '/');
    }

    private string JsonLd(FrontMatter fm, PageModel page, DateTimeOffset date, ImageModel? image, string language)
    {
        JsonObject json;
        if (fm.Event is { } e)
        {
            json = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Event",
                ["name"] = page.Title,
                ["startDate"] = e.Start.ToString("yyyy-MM-ddTHH:mm:sszzz"),
                ["eventAttendanceMode"] = e.Online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
                ["eventStatus"] = "https://schema.org/EventScheduled",
                ["url"] = page.CanonicalUrl,
                ["location"] = e.Online
                    ? new JsonObject { ["@type"] = "VirtualLocation", ["url"] = e.Registration ?? page.CanonicalUrl }
                    : new JsonObject { ["@type"] = "Place", ["name"] = e.Location ?? "" },
                ["organizer"] = Publisher(),
                ["performer"] = new JsonArray(e.Speakers.Select(s => (JsonNode)new JsonObject
                {
                    ["@type"] = "Person",
                    ["name"] = s.Name,
                    ["jobTitle"] = s.Role,
                    ["affiliation"] = s.Organisation is null ? null : new JsonObject { ["@type"] = "Organization", ["name"] = s.Organisation },
                }).ToArray()),
            };
            if (e.End is { } end) json["endDate"] = end.ToString("yyyy-MM-ddTHH:mm:sszzz");
        }
        else
        {
            json = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "BlogPosting",
                ["headline"] = page.Title,
                ["datePublished"] = date.ToString("yyyy-MM-dd"),
                ["url"] = page.CanonicalUrl,
                ["mainEntityOfPage"] = page.CanonicalUrl,
                ["inLanguage"] = language,
                ["author"] = Publisher(),
                ["publisher"] = Publisher(),
            };
        }
        if (page.Summary is not null) json["description"] = page.Summary;
        if (image is not null) json["image"] = image.AbsoluteSrc;
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
