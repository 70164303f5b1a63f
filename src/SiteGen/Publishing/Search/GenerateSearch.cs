using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Templates;

namespace SiteGen.Publishing.Search;

/// <summary>
/// Site search that works on any static host: for each language, an index of its pages (Easy Read versions
/// included and marked) and a search page whose script searches that index in the reader's browser.
/// </summary>
public sealed class GenerateSearch(string pagesPipeline) : IModule
{
    /// <summary>The theme layout of the search page; a theme without it gets no search page and no link to one.</summary>
    public const string Layout = "search";

    /// <summary>Where the search page sits inside a language's folder.</summary>
    public const string PagePath = "search/";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (!context.Theme.HasLayout(Layout))
        {
            context.Diagnostics.Add(new Diagnostic(Severity.Info, Codes.SearchLayoutMissing,
                $"The theme has no search page layout (layouts/{Layout}.cshtml), so the site is built without search. Copy it from the default theme to add search.",
                SourceLocation.StartOf(context.Theme.DisplayPath(context.Site.Root))));
            return Task.FromResult(inputs);
        }

        var pages = context.OutputsOf(pagesPipeline);
        var paths = new ContentPaths(context.Site.Config);
        // Search exists for every language that has pages, as the listings do, and its pages link to each other as translations.
        var languages = context.Site.Config.Languages.Select(l => l.Code)
            .Where(code => pages.Any(d => d.Get(ContentKeys.Page).Language == code)).ToList();
        var versions = languages.ToDictionary(l => l, l => paths.LanguagePrefix(l) + PagePath);

        var results = ImmutableArray.CreateBuilder<Document>();
        foreach (var language in languages)
        {
            var prefix = paths.LanguagePrefix(language);
            var entries = KeptOrder<(string?, string)>.Of(context, $"search.{language}",
                    KeptPerPage<IndexedEntry>.Of(context, $"search.{language}", pages, d =>
                        d.Get(ContentKeys.Page).Language == language && d.Has(TemplateKeys.Model) ? Indexed.Of(d).Value ??= IndexedEntry.Of(Entry(d, context)) : null),
                    e => (e.Date, e.Url),
                    keys => keys.OrderByDescending(k => k.Key.Item1, StringComparer.Ordinal).ThenBy(k => k.Key.Item2, StringComparer.Ordinal))
                .ConvertAll(e => e.Json);
            var parts = SearchIndex.PartCount(entries.Count);
            results.Add(new Document
            {
                Source = $"(search index, {language})",
                Destination = prefix + SearchIndex.FileName,
                Utf8Content = SearchIndex.ManifestJson(language, parts),
            });
            // A part whose pages are all the same entries as last time is the same bytes, kept with its file.
            for (var n = 1; n <= parts; n++)
            {
                var part = prefix + SearchIndex.PartPath(n);
                var first = (n - 1) * SearchIndex.PartSize;
                results.Add(new Document
                {
                    Source = $"(search index part {n}, {language})",
                    Destination = part,
                    Utf8Content = LastJoined.Of($"{context.Urls.Absolute(part)} {language}",
                        entries.GetRange(first, Math.Min(SearchIndex.PartSize, entries.Count - first)), e => SearchIndex.ToJson(language, e)),
                });
            }
            results.Add(SearchPage(context, language, prefix, versions));
        }
        return Task.FromResult(inputs.AddRange(results));
    }

    /// <summary>What the index says of one page: the facts listings show, and its body as plain text.</summary>
    public static SearchEntry Entry(Document document, BuildContext context)
    {
        var page = document.Get(ContentKeys.Page);
        var fm = document.Get(ContentKeys.FrontMatter);
        var model = document.Get(TemplateKeys.Model);
        return new SearchEntry(
            Title: model.Title,
            Url: model.Url,
            Summary: fm.Summary,
            Section: page.Kind switch { PageKind.Event => "events", PageKind.Post => "blog", _ => null },
            Date: IsoDate(page),
            DisplayDate: page.Date is { } date ? context.Models.Dates(page.Language).Date(date) : null,
            Tags: fm.Tags,
            EasyRead: page.IsEasyRead,
            Text: PlainText.Shorten(PlainText.FromHtml(model.BodyHtml), SearchIndex.MaxTextLength));
    }

    // Invariant culture: a culture with another calendar would write a different year.
    private static string? IsoDate(PageInfo page) => page.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Writing every page's text as JSON was most of the index's cost in a preview rebuild; an entry is a
    // function of its document (the date's wording depends only on the page's language), so it is made and
    // written once per document. The box is filled here, where the build's date wording is at hand.
    private static readonly PerDocument<StrongBox<IndexedEntry?>> Indexed = new(_ => new StrongBox<IndexedEntry?>());

    /// <summary>What the index keeps of one entry: its JSON as UTF-8, and what the entries are ordered by.</summary>
    private sealed record IndexedEntry(string? Date, string Url, byte[] Json)
    {
        public static IndexedEntry Of(SearchEntry entry) => new(entry.Date, entry.Url, SearchIndex.ToJson(entry));
    }

    private static Document SearchPage(BuildContext context, string language, string prefix, IReadOnlyDictionary<string, string> versions)
    {
        var models = context.Models;
        var urls = context.Urls;
        var site = models.Site(language, PagePath);
        var s = site.Strings;
        var sitePath = prefix + PagePath;
        var translations = models.Alternates(versions, language);
        // Without the script, or before a reader searches, these lead to every page.
        List<NavLink> browse =
        [
            new(s["navEvents"], urls.Path(prefix + "events/"), false, s.ForeignLanguageOf("navEvents")),
            new(s["navBlog"], urls.Path(prefix + "blog/"), false, s.ForeignLanguageOf("navBlog")),
        ];
        if (site.TagsUrl is { } tags) browse.Add(new NavLink(s["footerTags"], tags, false, s.ForeignLanguageOf("footerTags")));
        var model = new SearchModel
        {
            Site = site,
            Title = s["searchTitle"],
            TitleLanguage = s.ForeignLanguageOf("searchTitle"),
            DocumentTitle = models.DocumentTitle(s["searchTitle"], language),
            Url = urls.Path(sitePath),
            CanonicalUrl = urls.Absolute(sitePath),
            Layout = Layout,
            Translations = translations,
            XDefaultUrl = translations.FirstOrDefault(v => v.Language == context.Site.Config.DefaultLanguage)?.AbsoluteUrl,
            IndexUrl = urls.Path(prefix + SearchIndex.FileName),
            Browse = browse,
        };
        return new Document { Source = $"(search page, {language})", Destination = sitePath + "index.html" }.With(TemplateKeys.Model, model);
    }
}
