using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace SiteGen.Tests.Publishing;

/// <summary>The Atom and JSON feeds: valid to real parsers, per language and section, with absolute URLs under the base path.</summary>
[Collection(PublishingSiteCollection.Name)]
public sealed class FeedTests(PublishingSite site)
{
    private const string Base = PublishingSite.BaseUrl;

    private SyndicationFeed Atom(string path)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, path));
        return SyndicationFeed.Load(reader);
    }

    private JsonElement Json(string path) => JsonDocument.Parse(site.Read(path)).RootElement;

    [Fact]
    public void The_site_builds_without_errors_or_warnings()
    {
        Assert.True(site.Result.ExitCode == 0 && site.Result.Warnings == 0, string.Join("\n", site.Result.Diagnostics));
    }

    [Fact]
    public void Atom_feed_of_everything_lists_events_and_posts_newest_first()
    {
        var feed = Atom("feed.xml");
        Assert.Equal(
            [Base + "events/autumn-meeting/", Base + "events/open-day/", Base + "events/winter-forum/", Base + "blog/a-post/", Base + "events/summer-picnic/"],
            feed.Items.Select(i => i.Id));
    }

    [Fact]
    public void Atom_entry_has_title_summary_rendered_body_dates_and_tags()
    {
        var entry = Atom("feed.xml").Items.Single(i => i.Id == Base + "events/winter-forum/");
        Assert.Equal("Winter forum", entry.Title.Text);
        Assert.Equal("A forum about involvement in winter.", entry.Summary.Text);
        var content = Assert.IsType<TextSyndicationContent>(entry.Content);
        Assert.Equal("html", content.Type);
        Assert.Contains("<h2 id=\"agenda\">Agenda</h2>", content.Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), entry.PublishDate);
        Assert.Equal(entry.PublishDate, entry.LastUpdatedTime);
        Assert.Equal(["forum"], entry.Categories.Select(c => c.Name));
        Assert.Equal(Base + "events/winter-forum/", entry.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
    }

    [Fact]
    public void Atom_feed_names_the_site_as_author_and_links_itself_and_its_page()
    {
        var feed = Atom("feed.xml");
        Assert.Equal("Test site", Assert.Single(feed.Authors).Name);
        Assert.Equal("en", feed.Language);
        Assert.Equal(Base + "feed.xml", feed.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri);
        Assert.Contains(feed.Links, l => l.RelationshipType == "alternate" && l.MediaType == "text/html" && l.Uri.AbsoluteUri == Base);
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
    }

    [Fact]
    public void Links_and_footnotes_in_entry_content_are_absolute_under_the_base_path()
    {
        var content = ((TextSyndicationContent)Atom("feed.xml").Items.Single(i => i.Id == Base + "events/winter-forum/").Content).Text;
        Assert.Contains($"href=\"{Base}about/\"", content);
        Assert.Contains($"href=\"{Base}events/winter-forum/#fn:1\"", content);
        Assert.DoesNotContain("data-md-pos", content);
    }

    [Fact]
    public void Every_url_in_every_feed_carries_the_base_path()
    {
        var files = Directory.EnumerateFiles(site.Output, "feed.xml", SearchOption.AllDirectories).ToList();
        var feeds = files.Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).ToList();
        Assert.Contains("feed.xml", feeds);
        Assert.Contains("events/feed.xml", feeds);
        Assert.Contains("cy/feed.xml", feeds);
        foreach (var file in files)
        {
            var atom = XDocument.Load(file);
            XNamespace ns = "http://www.w3.org/2005/Atom";
            var urls = atom.Descendants(ns + "link").Select(l => (string)l.Attribute("href")!)
                .Concat(atom.Descendants(ns + "id").Select(i => i.Value)).ToList();
            Assert.NotEmpty(urls);
            Assert.All(urls, u => Assert.StartsWith(Base, u));
        }
    }

    [Fact]
    public void Section_feeds_carry_only_their_section()
    {
        var events = Atom("events/feed.xml").Items.ToList();
        Assert.NotEmpty(events);
        Assert.All(events, i => Assert.StartsWith(Base + "events/", i.Id));
        Assert.Equal([Base + "blog/a-post/"], Atom("blog/feed.xml").Items.Select(i => i.Id));
    }

    [Fact]
    public void Each_language_has_its_own_feeds_with_only_its_pages()
    {
        var welsh = Atom("cy/feed.xml");
        Assert.Equal("cy", welsh.Language);
        Assert.Equal([Base + "cy/events/winter-forum/"], welsh.Items.Select(i => i.Id));
        Assert.Equal("Fforwm y gaeaf", welsh.Items.Single().Title.Text);
        Assert.Empty(Atom("cy/blog/feed.xml").Items);
        Assert.Empty(Atom("ur/feed.xml").Items);
    }

    [Fact]
    public void Empty_feed_is_dated_by_the_sites_newest_entry_so_it_is_the_same_every_build()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero), Atom("ur/feed.xml").LastUpdatedTime);
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero), Atom("cy/blog/feed.xml").LastUpdatedTime);
    }

    [Fact]
    public void Easy_read_versions_are_not_feed_entries()
    {
        var items = Atom("feed.xml").Items.ToList();
        Assert.NotEmpty(items);
        Assert.True(File.Exists(Path.Combine(site.Output, "events", "winter-forum", "easy-read", "index.html")));
        Assert.DoesNotContain(items, i => i.Id.Contains("easy-read", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_feed_has_every_field_the_spec_requires()
    {
        var feed = Json("feed.json");
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(feed.GetProperty("title").GetString()));
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.All(items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("content_html").GetString()));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), out _));
        });
    }

    [Fact]
    public void Json_feed_urls_are_absolute_under_the_base_path_and_name_the_language()
    {
        var feed = Json("cy/events/feed.json");
        Assert.Equal(Base + "cy/events/feed.json", feed.GetProperty("feed_url").GetString());
        Assert.Equal(Base + "cy/events/", feed.GetProperty("home_page_url").GetString());
        Assert.Equal("cy", feed.GetProperty("language").GetString());
        Assert.Equal("Test site", feed.GetProperty("authors")[0].GetProperty("name").GetString());
        var item = Assert.Single(feed.GetProperty("items").EnumerateArray());
        Assert.Equal(Base + "cy/events/winter-forum/", item.GetProperty("url").GetString());
        Assert.Equal("Fforwm am gyfranogiad yn y gaeaf.", item.GetProperty("summary").GetString());
    }

    [Fact]
    public void Every_page_head_offers_its_languages_feeds_with_titles()
    {
        foreach (var (page, prefix) in new[] { ("about/index.html", ""), ("cy/index.html", "cy/"), ("ur/404.html", "ur/") })
        {
            var head = site.Page(page).Head!;
            var atom = head.QuerySelector("link[rel=alternate][type='application/atom+xml']")!;
            var json = head.QuerySelector("link[rel=alternate][type='application/feed+json']")!;
            Assert.Equal($"/sitegen/{prefix}feed.xml", atom.GetAttribute("href"));
            Assert.Equal($"/sitegen/{prefix}feed.json", json.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(atom.GetAttribute("title")));
            Assert.NotEqual(atom.GetAttribute("title"), json.GetAttribute("title"));
        }
    }

    [Fact]
    public void Section_index_offers_its_own_feed_first()
    {
        var atom = site.Page("events/index.html").Head!.QuerySelectorAll("link[type='application/atom+xml']").Select(l => l.GetAttribute("href"));
        Assert.Equal(["/sitegen/events/feed.xml", "/sitegen/feed.xml"], atom);
    }

    [Fact]
    public void Footer_has_a_visible_subscribe_link_in_the_page_language()
    {
        var english = site.Page("about/index.html").QuerySelector("footer a[href='/sitegen/feed.xml']");
        var welsh = site.Page("cy/index.html").QuerySelector("footer a[href='/sitegen/cy/feed.xml']");
        Assert.Equal("Subscribe to updates (Atom feed)", english?.TextContent);
        Assert.Equal("Tanysgrifio i ddiweddariadau (ffrwd Atom)", welsh?.TextContent);
    }

    [Fact]
    public void Section_indexes_link_to_their_feed()
    {
        Assert.NotNull(site.Page("blog/index.html").QuerySelector("main a[href='/sitegen/blog/feed.xml']"));
        Assert.NotNull(site.Page("events/index.html").QuerySelector("main a[href='/sitegen/events/feed.xml']"));
    }
}
