using SiteGen.Checks;
using SiteGen.Pipeline;
using SiteGen.Publishing;
using SiteGen.Publishing.Search;
using SiteGen.Content;
using SiteGen.Content.Modules;
using SiteGen.EasyRead.Modules;
using SiteGen.Listings;
using SiteGen.Output;
using SiteGen.Templates.Modules;

namespace SiteGen.Build;

/// <summary>The pipelines of a site build and how they depend on each other.</summary>
public static class SitePipelines
{
    public const string Content = "Content";
    public const string Pages = "Pages";
    public const string Listings = "Listings";
    public const string Assets = "Assets";
    public const string Redirects = "Redirects";
    public const string Feeds = "Feeds";
    public const string Calendars = "Calendars";
    public const string Sitemap = "Sitemap";
    public const string Search = "Search";
    public const string Checks = "Checks";

    public static IReadOnlyList<Pipeline.Pipeline> Create() =>
    [
        new()
        {
            Name = Content,
            RemembersDocuments = true,
            Input = [new StartCompilingLayouts(), new StartCheckingStylesheets(), new ReadContentTree(pages: true)],
            Process = [new ParsePages(), new CheckDuplicateUrls(), new LoadGlossaries(), new CheckReadability(), new ReportUnusedGlossaryWords()],
        },
        new()
        {
            Name = Pages,
            DependsOn = [Content],
            RemembersDocuments = true,
            Input = [new FromPipeline(Content)],
            Process = [new RenderMarkdown(Content), new LayOutEasyRead(), new BuildPageModels(), new AddCalendarLinks(), new RenderLayout()],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Listings,
            DependsOn = [Pages],
            // Titles, summaries, dates, tags and paths, and the home pages' intros.
            Reads = new FrontMatterOnly(AlsoRenderedPages: page => page.Get(ContentKeys.Page).Kind == PageKind.Home),
            Input = [new GenerateListings(Pages)],
            Process = [new RenderLayout()],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Assets,
            Input = [new ReadContentTree(pages: false), new ThemeAssets()],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Redirects,
            DependsOn = [Content],
            // Aliases, titles and paths.
            Reads = new FrontMatterOnly(),
            Input = [new GenerateRedirects(Content)],
            Process = [new RenderLayout()],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Feeds,
            DependsOn = [Pages],
            Input = [new GenerateFeeds(Pages)],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Calendars,
            DependsOn = [Pages],
            Input = [new GenerateCalendars(Pages)],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Sitemap,
            DependsOn = [Pages, Listings],
            Input = [new GenerateSitemap(Pages, Listings)],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Search,
            DependsOn = [Pages],
            Input = [new GenerateSearch(Pages)],
            Process = [new RenderLayout()],
            Output = [new WriteFiles()],
        },
        new()
        {
            Name = Checks,
            DependsOn = [Pages, Listings, Assets, Redirects, Feeds, Calendars, Sitemap, Search],
            PostProcess = [new CheckPages()],
        },
    ];
}
