using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SiteGen.Content;
using SiteGen.Pipeline;
using SiteGen.Templates;

namespace SiteGen.Publishing;

/// <summary>
/// Publishes sitemap.xml, listing every page a reader can land on (written pages and listings; not the
/// forwarding pages at old addresses, nor 404 pages) with the same hreflang set its head carries,
/// and robots.txt pointing at it.
/// </summary>
public sealed class GenerateSitemap(params string[] pagePipelines) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = KeptOrder<string>.Of(context, "sitemap",
            KeptPerPage<Listed>.Of(context, "sitemap", [.. pagePipelines.SelectMany(p => context.OutputsOf(p))], Listed.Of),
            p => p.Model.CanonicalUrl, keys => keys.OrderBy(k => k.Key, StringComparer.Ordinal));

        var known = pages.Select(p => (p.Document, p.Model, Date: p.DatedByFile ? FileTimeOf(p.Document, context) : p.Date)).ToList();
        // A listing with nothing in it changed when its language's newest page did.
        var newest = known.Where(k => k.Date is not null).GroupBy(k => k.Model.Site.Language)
            .ToDictionary(g => g.Key, g => g.Max(k => k.Date!.Value));
        var urls = known.Select(k => UrlOf(k.Document, k.Model, k.Date ?? newest.GetValueOrDefault(k.Model.Site.Language, context.Now))).ToList();

        var sitemapUrl = context.Urls.Absolute(PublishedFiles.Sitemap);
        return Task.FromResult(ImmutableArray.Create(
            new Document { Source = "(sitemap)", Destination = PublishedFiles.Sitemap, Content = LastJoined.Of(sitemapUrl, urls, SitemapWriter.Write) },
            new Document { Source = "(robots.txt)", Destination = PublishedFiles.Robots, Content = SitemapWriter.Robots(sitemapUrl) }));
    }

    // A page's element is a function of its document (its model) and its date; a preview rebuild writes
    // it again only for edited pages, and for a page whose file time or newest item changed.
    private static readonly PerDocument<StrongBox<(DateTimeOffset LastModified, string Xml)?>> Urls = new(_ => new());

    private static string UrlOf(Document document, PageModel model, DateTimeOffset lastModified)
    {
        var kept = Urls.Of(document);
        if (kept.Value is { } made && made.LastModified.EqualsExact(lastModified)) return made.Xml;
        var xml = SitemapWriter.Url(new SitemapEntry(model.CanonicalUrl, lastModified, Alternates(model)));
        kept.Value = (lastModified, xml);
        return xml;
    }

    /// <summary>The same set the layout writes in the head: every version and x-default, only when there is more than one version.</summary>
    private static IReadOnlyList<(string, string)> Alternates(PageModel model)
    {
        if (model.Translations.Count < 2) return [];
        var links = model.Translations.Select(t => (t.Language, t.AbsoluteUrl)).ToList();
        if (model.XDefaultUrl is { } xDefault) links.Add(("x-default", xDefault));
        return links;
    }

    /// <summary>A page the sitemap lists, with when it last changed as its model says: a write-up's date, a listing's newest item (null when it has none); or else dated by its file's time.</summary>
    private sealed record Listed(Document Document, PageModel Model, DateTimeOffset? Date, bool DatedByFile)
    {
        public static Listed? Of(Document document) =>
            document.Destination is null || document.Find(TemplateKeys.Model) is not { Layout: not "404" } model || model is RedirectModel ? null
            : model switch
            {
                ArticleModel article => new Listed(document, model, article.Date, false),
                ListingModel { Items.Count: > 0 } listing => new Listed(document, model, listing.Items.Max(i => i.Date), false),
                ListingModel => new Listed(document, model, null, false),
                _ => new Listed(document, model, null, true),
            };
    }

    // The file time a page's document was published with. A preview rebuild asks again only for files reported
    // changed since the previous build (a file saved with the same text keeps its document but not its time), not
    // for every undated page on every save. (An array, so that "no file" is kept too.)
    private static readonly PerDocument<StrongBox<DateTimeOffset?[]?>> FileTimes = new(_ => new());

    private static DateTimeOffset? FileTimeOf(Document document, BuildContext context)
    {
        var kept = FileTimes.Of(document);
        if (kept.Value is null || context.Reuse?.PreviousRead(document.Source) is null) kept.Value = [FileTime(document, context)];
        return kept.Value[0];
    }

    private static DateTimeOffset? FileTime(Document document, BuildContext context)
    {
        var path = Path.Combine(context.Site.Root, document.Source);
        return File.Exists(path) ? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) : null;
    }
}
