using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Templates;

namespace SiteGen.Listings;

/// <summary>
/// Makes the pages no one writes by hand, per language: the home page (with the intro from index.md),
/// the events and blog indexes, a page per tag with an index of tags, and 404.html.
/// </summary>
public sealed class GenerateListings(string pagesPipeline) : IModule
{
    /// <summary>How many of the latest write-ups and posts the home page lists.</summary>
    public const int HomeItems = 10;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = context.OutputsOf(pagesPipeline);
        var models = context.Models;
        var paths = new ContentPaths(context.Site.Config);
        var results = ImmutableArray.CreateBuilder<Document>();

        // Listings exist for every language that has pages, and link to each other as translations.
        var languages = context.Site.Config.Languages.Select(l => l.Code)
            .Where(code => pages.Any(d => d.Get(ContentKeys.Page).Language == code)).ToList();
        foreach (var language in languages)
        {
            var mine = pages.Where(d => d.Get(ContentKeys.Page).Language == language).ToList();
            // Easy Read versions are reached from their full page, so listings show each write-up once.
            var dated = mine.Where(d => d.Get(ContentKeys.Page) is { Kind: PageKind.Event or PageKind.Post, IsEasyRead: false })
                .OrderByDescending(d => d.Get(ContentKeys.Page).Date).ThenBy(d => d.Source, StringComparer.Ordinal).ToList();
            var prefix = paths.LanguagePrefix(language);
            var site = models.Site(language, null);
            var s = site.Strings;

            var home = mine.FirstOrDefault(d => d.Get(ContentKeys.Page).Kind == PageKind.Home);
            IReadOnlyList<AlternateLink> Versions(string suffix) =>
                models.Alternates(languages.ToDictionary(l => l, l => paths.LanguagePrefix(l) + suffix), language);
            results.Add(Listing(context, "home", prefix, Versions(""), home?.Get(ContentKeys.FrontMatter).Title ?? site.Title,
                home?.Content ?? "", dated.Take(HomeItems), s["latestHeading"], section: null, language, isHome: true,
                summary: home?.Get(ContentKeys.FrontMatter).Summary ?? context.Site.Config.Description, source: home?.Source, itemsHeadingLanguage: s.ForeignLanguageOf("latestHeading")));

            results.Add(Listing(context, "list", prefix + "events/", Versions("events/"), s["eventsTitle"], "",
                dated.Where(d => d.Get(ContentKeys.Page).Kind == PageKind.Event), null, "events/", language, titleLanguage: s.ForeignLanguageOf("eventsTitle")));
            results.Add(Listing(context, "list", prefix + "blog/", Versions("blog/"), s["blogTitle"], "",
                dated.Where(d => d.Get(ContentKeys.Page).Kind == PageKind.Post), null, "blog/", language, titleLanguage: s.ForeignLanguageOf("blogTitle")));

            var tags = dated.SelectMany(d => d.Get(ContentKeys.FrontMatter).Tags.Select(t => (Tag: t, Doc: d)))
                .GroupBy(x => Slug.From(x.Tag)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            var allTags = tags.Select(g => models.Tag(g.First().Tag, language) with { Count = g.Select(x => x.Doc).Distinct<Document>(ReferenceEqualityComparer.Instance).Count() }).ToList();
            results.Add(Listing(context, "list", prefix + "tags/", Versions("tags/"), s["tagsTitle"], "", [], null, null, language, titleLanguage: s.ForeignLanguageOf("tagsTitle")) is var index
                ? index.With(TemplateKeys.Model, (ListingModel)index.Get(TemplateKeys.Model) with { AllTags = allTags })
                : index);
            foreach (var group in tags)
                results.Add(Listing(context, "list", $"{prefix}tags/{group.Key}/", Versions($"tags/{group.Key}/").Where(v => v.IsCurrent).ToList(), string.Format(s["tagTitle"], group.First().Tag), "",
                    group.Select(x => x.Doc).Distinct<Document>(ReferenceEqualityComparer.Instance), null, null, language, titleLanguage: s.ForeignLanguageOf("tagTitle")));

            var notFound = new PageModel
            {
                Site = site,
                Title = s["notFoundTitle"],
                TitleLanguage = s.ForeignLanguageOf("notFoundTitle"),
                DocumentTitle = models.DocumentTitle(s["notFoundTitle"], language),
                Url = context.Urls.Path(prefix + "404.html"),
                CanonicalUrl = context.Urls.Absolute(prefix + "404.html"),
                Layout = "404",
            };
            results.Add(new Document { Source = $"(404 page, {language})", Destination = prefix + "404.html" }.With(TemplateKeys.Model, notFound));
        }
        return Task.FromResult(results.ToImmutable());
    }

    private static Document Listing(BuildContext context, string layout, string sitePath, IReadOnlyList<AlternateLink> versions, string title, string bodyHtml,
        IEnumerable<Document> items, string? itemsHeading, string? section, string language, bool isHome = false, string? summary = null, string? source = null, TextLanguage? titleLanguage = null, TextLanguage? itemsHeadingLanguage = null)
    {
        var models = context.Models;
        var model = new ListingModel
        {
            Site = models.Site(language, isHome ? "" : section),
            Title = title,
            TitleLanguage = titleLanguage,
            DocumentTitle = isHome ? context.Site.Config.Title : models.DocumentTitle(title, language),
            Summary = summary,
            Url = context.Urls.Path(sitePath),
            CanonicalUrl = context.Urls.Absolute(sitePath),
            BodyHtml = bodyHtml,
            Layout = layout,
            Items = items.Select(models.Item).ToList(),
            Translations = versions,
            XDefaultUrl = versions.FirstOrDefault(v => v.Language == context.Site.Config.DefaultLanguage)?.AbsoluteUrl,
            ItemsHeading = itemsHeading,
            SectionFeed = PublishedFiles.SectionOf(section) is { } feed ? models.Feed(language, feed) : null,
            CalendarUrl = section == PublishedFiles.SectionFolder(FeedSection.Events)
                ? context.Urls.Path(new PublishedFiles(context.Site.Config).EventsCalendar(language)) : null,
            JsonLd = isHome ? models.WebSiteJsonLd(language) : null,
            ItemsHeadingLanguage = itemsHeadingLanguage,
        };
        // The home page's intro comes from index.md, so findings in it must point there.
        return new Document { Source = source ?? $"(listing /{sitePath})", Destination = sitePath + "index.html" }.With(TemplateKeys.Model, model);
    }
}
