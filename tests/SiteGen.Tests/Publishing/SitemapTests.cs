using System.Xml.Linq;

namespace SiteGen.Tests.Publishing;

/// <summary>sitemap.xml and robots.txt: every page a reader can land on, with the hreflang sets of the page heads.</summary>
[Collection(PublishingSiteCollection.Name)]
public sealed class SitemapTests(PublishingSite site)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private const string Base = PublishingSite.BaseUrl;

    private IReadOnlyList<XElement> Urls() => XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();

    private static string Loc(XElement url) => url.Element(Sitemap + "loc")!.Value;

    private static Dictionary<string, string> Alternates(XElement url) =>
        url.Elements(Xhtml + "link").ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!);

    [Fact]
    public void Sitemap_is_a_urlset_in_the_sitemap_namespace()
    {
        var root = XDocument.Parse(site.Read("sitemap.xml")).Root!;
        Assert.Equal(Sitemap + "urlset", root.Name);
        Assert.NotEmpty(root.Elements());
        Assert.All(root.Elements(), e => Assert.Equal(Sitemap + "url", e.Name));
    }

    [Fact]
    public void Sitemap_lists_every_page_but_not_forwarding_404_or_search_pages()
    {
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith("404.html", StringComparison.Ordinal) && !f.StartsWith("news/", StringComparison.Ordinal))
            // A search page has no content of its own for a search engine to index.
            .Where(f => !f.EndsWith("search/index.html", StringComparison.Ordinal))
            .Select(f => Base + f[..^"index.html".Length])
            .Order(StringComparer.Ordinal);
        Assert.True(site.Exists("news/old-post/index.html"));
        Assert.Equal(pages, Urls().Select(Loc).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_url_is_absolute_under_the_base_path_and_has_a_lastmod()
    {
        Assert.NotEmpty(Urls());
        Assert.All(Urls(), url =>
        {
            Assert.StartsWith(Base, Loc(url));
            Assert.True(DateTimeOffset.TryParse(url.Element(Sitemap + "lastmod")?.Value, out _), Loc(url));
            Assert.All(url.Elements(Xhtml + "link"), l => Assert.StartsWith(Base, (string)l.Attribute("href")!));
        });
    }

    [Fact]
    public void Lastmod_of_a_write_up_is_its_date_and_of_a_listing_its_newest_item()
    {
        string LastMod(string loc) => Urls().Single(u => Loc(u) == loc).Element(Sitemap + "lastmod")!.Value;
        Assert.Equal("2026-10-15T00:00:00+00:00", LastMod(Base + "blog/a-post/"));
        Assert.Equal("2026-11-10T00:00:00+00:00", LastMod(Base + "events/"));
    }

    [Fact]
    public void Translated_pages_list_every_version_and_x_default()
    {
        var forum = Alternates(Urls().Single(u => Loc(u) == Base + "cy/events/winter-forum/"));
        Assert.Equal(new Dictionary<string, string>
        {
            ["en"] = Base + "events/winter-forum/",
            ["cy"] = Base + "cy/events/winter-forum/",
            ["x-default"] = Base + "events/winter-forum/",
        }, forum);
    }

    [Fact]
    public void Hreflang_sets_are_reciprocal()
    {
        var byLoc = Urls().ToDictionary(Loc, Alternates);
        Assert.Contains(byLoc.Values, alternates => alternates.Count > 1);
        foreach (var (loc, alternates) in byLoc)
            foreach (var (language, href) in alternates.Where(a => a.Key != "x-default"))
            {
                Assert.True(byLoc.ContainsKey(href), $"{loc} lists {href}, which the sitemap does not have");
                Assert.Equal(alternates, byLoc[href]);
            }
    }

    [Fact]
    public void Hreflang_sets_are_the_ones_in_the_page_heads()
    {
        Assert.NotEmpty(Urls());
        foreach (var url in Urls())
        {
            var file = Loc(url)[Base.Length..] + "index.html";
            var head = site.Page(file).QuerySelectorAll("link[rel=alternate][hreflang]")
                .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
            Assert.Equal(head, Alternates(url));
        }
    }

    [Fact]
    public void Robots_txt_points_at_the_absolute_sitemap_url()
    {
        var lines = site.Read("robots.txt").Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains($"Sitemap: {Base}sitemap.xml", lines);
    }
}
