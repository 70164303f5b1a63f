using SiteGen.Diagnostics;
using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Templates;

namespace SiteGen.Listings;

/// <summary>
/// Makes the pages no one writes by hand, per language: the home page (with the intro from index.md),
/// the events and blog indexes, a page per tag with an index of tags, and 404.html. The events, blog and
/// tag listings are split into pages of site.yml's <c>paginate</c> size (see <see cref="ListingPages"/>).
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
        // Easy Read versions are reached from their full page, so listings show each write-up once.
        var datedByLanguage = languages.ToDictionary(l => l, l => pages
            .Where(d => d.Get(ContentKeys.Page) is { Kind: PageKind.Event or PageKind.Post, IsEasyRead: false } page && page.Language == l)
            .OrderByDescending(d => d.Get(ContentKeys.Page).Date).ThenBy(d => d.Source, StringComparer.Ordinal).ToList());
        // Page N of a section links as a translation to page N of the languages whose section has that many pages.
        var pageCounts = datedByLanguage.ToDictionary(p => p.Key, p => new[] { PageKind.Event, PageKind.Post }.ToDictionary(kind => kind,
            kind => ListingPages.CountFor(p.Value.Count(d => d.Get(ContentKeys.Page).Kind == kind), context.Site.Config.Paginate)));
        foreach (var language in languages)
        {
            var mine = pages.Where(d => d.Get(ContentKeys.Page).Language == language).ToList();
            var dated = datedByLanguage[language];
            var prefix = paths.LanguagePrefix(language);
            var site = models.Site(language, null);
            var s = site.Strings;

            var home = mine.FirstOrDefault(d => d.Get(ContentKeys.Page).Kind == PageKind.Home);
            IReadOnlyList<AlternateLink> Versions(string suffix) =>
                models.Alternates(languages.ToDictionary(l => l, l => paths.LanguagePrefix(l) + suffix), language);
            Func<int, IReadOnlyList<AlternateLink>> SectionVersions(string suffix, PageKind kind) => number =>
                models.Alternates(languages.Where(l => pageCounts[l][kind] >= number)
                    .ToDictionary(l => l, l => ListingPages.PathOf(paths.LanguagePrefix(l) + suffix, number)), language);
            results.Add(Listing(context, "home", prefix, Versions(""), home?.Get(ContentKeys.FrontMatter).Title ?? site.Title,
                home?.Content ?? "", dated.Take(HomeItems), s["latestHeading"], section: null, language, isHome: true,
                summary: home?.Get(ContentKeys.FrontMatter).Summary ?? context.Site.Config.Description, from: home, itemsHeadingLanguage: s.ForeignLanguageOf("latestHeading")));

            results.AddRange(PagedListing(context, prefix + "events/", SectionVersions("events/", PageKind.Event), "eventsTitle",
                dated.Where(d => d.Get(ContentKeys.Page).Kind == PageKind.Event).ToList(), "events/", language));
            results.AddRange(PagedListing(context, prefix + "blog/", SectionVersions("blog/", PageKind.Post), "blogTitle",
                dated.Where(d => d.Get(ContentKeys.Page).Kind == PageKind.Post).ToList(), "blog/", language));

            var tags = dated.SelectMany(d => d.Get(ContentKeys.FrontMatter).Tags.Select(t => (Tag: t, Doc: d)))
                .GroupBy(x => Slug.From(x.Tag)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            var allTags = tags.Select(g => models.Tag(g.First().Tag, language) with { Count = g.Select(x => x.Doc).Distinct<Document>(ReferenceEqualityComparer.Instance).Count() }).ToList();
            results.Add(Listing(context, "list", prefix + "tags/", Versions("tags/"), s["tagsTitle"], "", [], null, null, language, titleLanguage: s.ForeignLanguageOf("tagsTitle")) is var index
                ? index.With(TemplateKeys.Model, (ListingModel)index.Get(TemplateKeys.Model) with { AllTags = allTags })
                : index);
            // A tag's pages are not linked to other languages' pages of the same tag: tags are words of one language.
            foreach (var group in tags)
                results.AddRange(PagedListing(context, $"{prefix}tags/{group.Key}/", number => Versions(ListingPages.PathOf($"tags/{group.Key}/", number)).Where(v => v.IsCurrent).ToList(),
                    "tagTitle", group.Select(x => x.Doc).Distinct<Document>(ReferenceEqualityComparer.Instance).ToList(), null, language, group.First().Tag));

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
        ReportPagesInTheWay(pages, results, context);
        return Task.FromResult(results.ToImmutable());
    }

    /// <summary>A markdown page published where a listing page goes would be overwritten by it without a word: an error at the page.</summary>
    private static void ReportPagesInTheWay(IEnumerable<Document> pages, IEnumerable<Document> listings, BuildContext context)
    {
        var generated = listings.Where(d => d.Destination is not null).Select(d => d.Destination!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages.Where(d => d.Destination is { } destination && generated.Contains(destination)))
            context.Diagnostics.Error(Codes.DuplicateUrl,
                $"This page would be published at {context.Urls.Path(page.Get(ContentKeys.Page).SitePath)}, where SiteGen publishes a listing page (a section, a tag, or one of their numbered pages). Give it a different file name or slug.",
                SourceLocation.StartOf(page.Source));
    }

    /// <summary>
    /// A listing's pages: the first at <paramref name="listingPath"/>, the rest at page/N/ below it. When there is more
    /// than one, each says which it is ("Page 2 of 9") in its title and links to the others.
    /// </summary>
    /// <param name="titleKey">The UI string of the listing's title; <paramref name="titleArgument"/> fills its {0}.</param>
    private static IEnumerable<Document> PagedListing(BuildContext context, string listingPath, Func<int, IReadOnlyList<AlternateLink>> versions,
        string titleKey, IReadOnlyList<Document> items, string? section, string language, string? titleArgument = null)
    {
        var s = context.Models.Site(language, null).Strings;
        var title = titleArgument is null ? s[titleKey] : string.Format(s[titleKey], titleArgument);
        var pages = ListingPages.Split(items, context.Site.Config.Paginate);
        for (var i = 0; i < pages.Count; i++)
        {
            var number = i + 1;
            var listing = Listing(context, "list", ListingPages.PathOf(listingPath, number), versions(number), title, "",
                pages[i], null, section, language, titleLanguage: s.ForeignLanguageOf(titleKey));
            if (pages.Count == 1)
            {
                yield return listing;
                continue;
            }
            var pagination = Pagination(context, listingPath, number, pages.Count, s, language);
            var model = (ListingModel)listing.Get(TemplateKeys.Model);
            var pageTitle = $"{title} – {pagination.Status}";
            yield return listing.With(TemplateKeys.Model, model with
            {
                Pagination = pagination,
                // Every page of a listing needs a title of its own, for the browser tab, history, screen readers
                // and the preview a shared link shows.
                DocumentTitle = context.Models.DocumentTitle(pageTitle, language),
                ShareTitle = pageTitle,
            });
        }
    }

    private static PaginationModel Pagination(BuildContext context, string listingPath, int number, int count, UiStrings s, string language)
    {
        string PathOf(int n) => context.Urls.Path(ListingPages.PathOf(listingPath, n));
        string AbsoluteOf(int n) => context.Urls.Absolute(ListingPages.PathOf(listingPath, n));
        var statusLanguage = s.ForeignLanguageOf("pageOfPages");
        var status = string.Format(DateFormatter.CultureFor(statusLanguage?.Code ?? language), s["pageOfPages"], number, count);
        var links = ListingPages.Window(number, count).Select(n => n is { } page ? new PageLink(page, PathOf(page), page == number) : null).ToList();
        return new PaginationModel(number, count, status, statusLanguage, links)
        {
            PreviousUrl = number > 1 ? PathOf(number - 1) : null,
            NextUrl = number < count ? PathOf(number + 1) : null,
            PreviousAbsoluteUrl = number > 1 ? AbsoluteOf(number - 1) : null,
            NextAbsoluteUrl = number < count ? AbsoluteOf(number + 1) : null,
        };
    }

    /// <param name="from">The markdown page the listing takes its title, summary and intro from (a home page's index.md).</param>
    private static Document Listing(BuildContext context, string layout, string sitePath, IReadOnlyList<AlternateLink> versions, string title, string bodyHtml,
        IEnumerable<Document> items, string? itemsHeading, string? section, string language, bool isHome = false, string? summary = null, Document? from = null, TextLanguage? titleLanguage = null, TextLanguage? itemsHeadingLanguage = null)
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
            // Page N of a listing may exist only in languages with more items than the default language's; then the
            // first of them in site.yml's order stands for the rest, as x-default must name some version.
            XDefaultUrl = (versions.FirstOrDefault(v => v.Language == context.Site.Config.DefaultLanguage) ?? versions.FirstOrDefault())?.AbsoluteUrl,
            ItemsHeading = itemsHeading,
            SectionFeed = PublishedFiles.SectionOf(section) is { } feed ? models.Feed(language, feed) : null,
            CalendarUrl = section == PublishedFiles.SectionFolder(FeedSection.Events)
                ? context.Urls.Path(new PublishedFiles(context.Site.Config).EventsCalendar(language)) : null,
            JsonLd = isHome ? models.WebSiteJsonLd(language) : null,
            ItemsHeadingLanguage = itemsHeadingLanguage,
            Source = ModelFactory.SourceOf(from),
        };
        // The home page's intro comes from index.md, so findings in it must point there.
        return new Document { Source = from?.Source ?? $"(listing /{sitePath})", Destination = sitePath + "index.html" }.With(TemplateKeys.Model, model);
    }
}
