using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Content;
using SiteGen.Content.FrontMatter;
using SiteGen.Multilingual;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Templates;

/// <summary>Builds the typed view models templates receive, from documents and the site's settings.</summary>
public sealed class ModelFactory(BuildContext context)
{
    private readonly ConcurrentDictionary<string, SiteModel> sites = new();
    private readonly ContentPaths paths = new(context.Site.Config);

    // Built on first use, once the content pipeline has run; its problems are reported once.
    private readonly Lazy<Translations> translations = new(() =>
        new Translations(context.OutputsOf(Build.SitePipelines.Content), context.Diagnostics));

    /// <summary>The site-wide part of the model for one language; <paramref name="section"/> marks the current navigation item.</summary>
    public SiteModel Site(string language, string? section)
    {
        var basic = sites.GetOrAdd(language, CreateSite);
        return basic with
        {
            Navigation = basic.Navigation.Select(n => n with { IsCurrent = section is not null && n.Url == context.Urls.Path(paths.LanguagePrefix(language) + section) }).ToList(),
        };
    }

    public DateFormatter Dates(string language) => new(language, Site(language, null).Strings);

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
        };
        common = WithTranslations(common, document);
        if (page.Kind is not (PageKind.Event or PageKind.Post) || page.Date is not { } date) return common;

        var dates = Dates(page.Language);
        var evt = fm.Event is { } e ? Event(e, dates) : null;
        return new ArticleModel
        {
            Site = common.Site, Title = common.Title, DocumentTitle = common.DocumentTitle, Summary = common.Summary,
            Url = common.Url, CanonicalUrl = common.CanonicalUrl, BodyHtml = common.BodyHtml, Layout = common.Layout,
            Translations = common.Translations, XDefaultUrl = common.XDefaultUrl, TranslationNotice = common.TranslationNotice,
            IsEasyRead = common.IsEasyRead, OtherVersionUrl = common.OtherVersionUrl, PreviewState = common.PreviewState,
            Date = date,
            DisplayDate = dates.Date(date),
            // Tag pages list full versions only, so an Easy Read page links to none.
            Tags = page.IsEasyRead ? [] : fm.Tags.Select(t => Tag(t, page.Language)).ToList(),
            Image = fm.Image is { } img ? new ImageModel(ResolveImage(img.Src, document.Source), img.Alt) : null,
            Event = evt,
            JsonLd = JsonLd(fm, common, date),
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
                context.Urls.Absolute(sitePathsByLanguage[l.Code]), l.Code == current))
            .ToList();

    public TagLink Tag(string tag, string language) =>
        new(tag, context.Urls.Path($"{paths.LanguagePrefix(language)}tags/{Slug.From(tag)}/"));

    public ListingItem Item(Document document)
    {
        var page = document.Get(ContentKeys.Page);
        var fm = document.Get(ContentKeys.FrontMatter);
        var date = page.Date ?? DateTimeOffset.MinValue;
        return new ListingItem(fm.Title ?? page.Slug, context.Urls.Path(page.SitePath), fm.Summary, date,
            Dates(page.Language).Date(date), page.Kind == PageKind.Event ? "events" : "blog");
    }

    private SiteModel CreateSite(string language)
    {
        var config = context.Site.Config;
        var theme = context.Theme;
        var strings = theme.Strings(language, config.DefaultLanguage, theme.DisplayPath(context.Site.Root), context.Diagnostics);
        if (strings.MissingKeys.Count > 0)
            context.Diagnostics.Warning(Codes.MissingUiStrings,
                $"The theme has no {language} text for: {string.Join(", ", strings.MissingKeys)}. Pages in {language} show the {config.DefaultLanguage} text there until these keys are added.",
                SourceLocation.StartOf($"{theme.DisplayPath(context.Site.Root)}/i18n/{language}.yml"));
        var prefix = paths.LanguagePrefix(language);
        // Pages only exist once the content pipeline has run; the footer links to those that do.
        var pages = context.OutputsOf(Build.SitePipelines.Content)
            .Select(d => (Info: d.Get(ContentKeys.Page), Title: d.Get(ContentKeys.FrontMatter).Title ?? ""))
            .Where(p => p.Info.Language == language)
            .ToList();
        var footer = pages
            .Where(p => p.Info is { Kind: PageKind.Page, IsEasyRead: false } && !p.Info.TranslationKey.Contains('/'))
            .OrderBy(p => p.Title, StringComparer.CurrentCulture)
            .Select(p => new NavLink(p.Title, context.Urls.Path(p.Info.SitePath), false))
            .ToList();
        var hasTags = context.OutputsOf(Build.SitePipelines.Content)
            .Any(d => d.Get(ContentKeys.Page) is { Language: var l, IsEasyRead: false, Kind: PageKind.Event or PageKind.Post } && l == language && d.Get(ContentKeys.FrontMatter).Tags.Count > 0);
        return new SiteModel
        {
            Title = config.Title,
            TitleLanguage = config.DefaultLanguage,
            Description = config.Description,
            Language = language,
            Direction = config.FindLanguage(language)?.Direction ?? "ltr",
            HomeUrl = context.Urls.Path(prefix),
            StylesheetUrl = context.Urls.Path("assets/css/site.css"),
            Navigation =
            [
                new NavLink(strings["navHome"], context.Urls.Path(prefix), false),
                new NavLink(strings["navEvents"], context.Urls.Path(prefix + "events/"), false),
                new NavLink(strings["navBlog"], context.Urls.Path(prefix + "blog/"), false),
            ],
            FooterLinks = footer,
            TagsUrl = hasTags ? context.Urls.Path(prefix + "tags/") : null,
            Strings = strings,
        };
    }

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

    private string ResolveImage(string src, string source)
    {
        if (src.Contains("://", StringComparison.Ordinal)) return src;
        if (src.StartsWith('/')) return context.Urls.Path(src);
        var dir = Path.GetDirectoryName(source["content/".Length..])!.Replace('\\', '/');
        return context.Urls.Path(paths.OutputPathOfFile(Path.GetFullPath(Path.Combine("/", dir, src))[1..].Replace('\\', '/')));
    }

    private string JsonLd(FrontMatter fm, PageModel page, DateTimeOffset date)
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
                ["organizer"] = new JsonObject { ["@type"] = "Organization", ["name"] = context.Site.Config.Title, ["url"] = context.BaseUrl.AbsoluteUri },
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
                ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = context.Site.Config.Title },
            };
        }
        if (page.Summary is not null) json["description"] = page.Summary;
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
