using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Output;
using SiteGen.Pipeline;
using SiteGen.Templates;

namespace SiteGen.Publishing;

/// <summary>
/// Publishes feeds per language: one of events and blog posts together and one per section, each as
/// Atom (feed.xml) and JSON Feed (feed.json). Easy Read versions are reached from their full page, so
/// feeds carry each write-up once, as the listings do.
/// </summary>
public sealed class GenerateFeeds(string pagesPipeline) : IModule
{
    /// <summary>How many of the latest entries a feed carries; readers keep what they have already fetched.</summary>
    public const int MaxEntries = 50;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = context.OutputsOf(pagesPipeline);
        var files = new PublishedFiles(context.Site.Config);
        var results = ImmutableArray.CreateBuilder<Document>();
        var articles = KeptOrder<(DateTimeOffset?, string)>.Of(context, "feeds",
            KeptPerPage<Article>.Of(context, "feeds", pages, d =>
                d.Get(ContentKeys.Page) is { Kind: PageKind.Event or PageKind.Post, IsEasyRead: false, Date: not null } info && d.Has(TemplateKeys.Model) ? new Article(d, info) : null),
            a => (a.Info.Date, a.Page.Source), keys => keys.OrderByDescending(k => k.Key.Item1).ThenBy(k => k.Key.Item2, StringComparer.Ordinal));

        // Feeds exist for every language that has pages, as the listings they belong to do.
        var languages = files.LanguagesWithPages(pages);
        // An empty feed still needs an updated date: the site's newest entry keeps the file the same
        // from one build to the next, so a deploy does not see it change with the clock.
        var siteUpdated = articles.Count > 0 ? articles.Max(a => a.Info.Date!.Value) : context.Now;
        foreach (var language in languages)
            foreach (var section in Enum.GetValues<FeedSection>())
            {
                // Only the latest pages get an entry: its body is a copy of the page's with absolute links,
                // so making one for every page would keep thousands of bodies no feed carries.
                var feed = Feed(context, files, language, section, siteUpdated,
                    articles.Where(a => a.Info.Language == language && (section == FeedSection.All || SectionOf(a.Info) == section))
                        .Take(MaxEntries).Select(a => Entries.Of(a.Page)).ToList());
                var source = $"(feed of {section.ToString().ToLowerInvariant()}, {language})";
                var (atom, json) = Written(feed);
                results.Add(new Document { Source = source, Destination = files.AtomFeed(language, section), Content = atom });
                results.Add(new Document { Source = source, Destination = files.JsonFeed(language, section), Content = json });
            }
        return Task.FromResult(results.ToImmutable());
    }

    /// <summary>A page that feeds carry: a dated write-up or post, not an Easy Read version.</summary>
    private sealed record Article(Document Page, PageInfo Info);

    private static Feed Feed(BuildContext context, PublishedFiles files, string language, FeedSection section, DateTimeOffset emptyUpdated, IReadOnlyList<FeedEntry> entries)
    {
        var link = context.Models.Feed(language, section);
        var prefix = new ContentPaths(context.Site.Config).LanguagePrefix(language);
        return new Feed
        {
            Title = link.Title,
            Description = context.Site.Config.Description,
            Language = language,
            HomePageUrl = context.Urls.Absolute(prefix + PublishedFiles.SectionFolder(section)),
            AtomUrl = context.Urls.Absolute(files.AtomFeed(language, section)),
            JsonUrl = context.Urls.Absolute(files.JsonFeed(language, section)),
            AuthorName = context.Site.Config.Title,
            AuthorUrl = context.BaseUrl.AbsoluteUri,
            Updated = entries.Count > 0 ? entries.Max(e => e.Updated) : emptyUpdated,
            Entries = entries,
        };
    }

    /// <summary>
    /// The feed as Atom and as JSON Feed. A preview rebuild after an edit that none of a feed's entries
    /// shows has the very same entry objects (they are kept with their pages), so the text written last
    /// time is taken instead of serialising some fifty bodies again.
    /// </summary>
    private static (string Atom, string Json) Written(Feed feed) =>
        LastJoined.Of(feed.AtomUrl, feed.Entries, _ => (AtomFeedWriter.Write(feed), JsonFeedWriter.Write(feed)),
            header: feed with { Entries = Array.Empty<FeedEntry>() });

    // Making absolute every link of every page's body is most of a feed's cost; a preview rebuild repeats it only for edited pages.
    private static readonly PerDocument<FeedEntry> Entries = new(Entry);

    private static FeedEntry Entry(Document page)
    {
        var info = page.Get(ContentKeys.Page);
        var fm = page.Get(ContentKeys.FrontMatter);
        var model = page.Get(TemplateKeys.Model);
        var body = AbsoluteUrls.InHtml(WriteFiles.StripPositions(model.BodyHtml), model.CanonicalUrl);
        // Front matter has no "updated" date, so an entry counts as updated when it was published.
        var date = info.Date!.Value;
        return new FeedEntry(model.CanonicalUrl, model.Title, fm.Summary, body, date, date, fm.Tags, SectionOf(info));
    }

    private static FeedSection SectionOf(PageInfo info) => info.Kind == PageKind.Event ? FeedSection.Events : FeedSection.Blog;
}
