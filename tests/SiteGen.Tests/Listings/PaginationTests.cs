using System.Xml.Linq;

namespace SiteGen.Tests.Listings;

/// <summary>Long listings published as several pages, each with its own title and a navigation between them.</summary>
public sealed class PaginationTests(PaginatedSite site) : IClassFixture<PaginatedSite>
{
    private IReadOnlyList<string> ItemTitles(string page) =>
        site.Page(page).QuerySelectorAll(".listing__title a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public void The_site_builds_without_errors_or_warnings()
    {
        Assert.True(site.Result.ExitCode == 0 && site.Result.Warnings == 0, string.Join("\n", site.Result.Diagnostics));
    }

    [Fact]
    public void Page_one_is_the_listing_and_later_pages_are_under_page_n()
    {
        Assert.Equal(["Meeting 5", "Meeting 4"], ItemTitles("events/index.html"));
        Assert.Equal(["Meeting 3", "Meeting 2"], ItemTitles("events/page/2/index.html"));
        Assert.Equal(["Meeting 1"], ItemTitles("events/page/3/index.html"));
    }

    [Fact]
    public void No_page_is_written_at_page_one_or_past_the_last()
    {
        Assert.False(site.Exists("events/page/1/index.html"));
        Assert.False(site.Exists("events/page/4/index.html"));
    }

    [Fact]
    public void Tag_pages_are_paginated_too()
    {
        Assert.Equal(["Meeting 1"], ItemTitles("tags/forum/page/3/index.html"));
    }

    [Fact]
    public void Each_language_is_paginated_by_its_own_items()
    {
        Assert.Equal(["Cyfarfod 1"], ItemTitles("cy/events/page/2/index.html"));
        Assert.False(site.Exists("cy/events/page/3/index.html"));
    }

    [Fact]
    public void Each_page_says_which_page_it_is_in_its_title_and_under_its_heading()
    {
        var page = site.Page("events/page/2/index.html");

        Assert.Equal("Events – Page 2 of 3 – Test site", page.Title);
        Assert.Equal("Page 2 of 3", page.QuerySelector(".pagination__status")!.TextContent);
    }

    [Fact]
    public void A_shared_link_to_a_later_page_previews_with_its_page_number()
    {
        var page = site.Page("events/page/2/index.html");

        Assert.Equal("Events – Page 2 of 3", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("Events – Page 2 of 3", page.QuerySelector("meta[name='twitter:title']")!.GetAttribute("content"));
    }

    [Fact]
    public void Page_one_says_it_is_the_first_of_several()
    {
        Assert.Equal("Events – Page 1 of 3 – Test site", site.Page("events/index.html").Title);
    }

    [Fact]
    public void Welsh_pages_say_which_page_they_are_in_Welsh()
    {
        var page = site.Page("cy/events/page/2/index.html");

        Assert.Equal("Tudalen 2 o 2", page.QuerySelector(".pagination__status")!.TextContent);
        Assert.Equal("Tudalennau", page.QuerySelector("nav.pagination")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void A_listing_that_fits_on_one_page_has_no_page_navigation()
    {
        var page = site.Page("blog/index.html");

        Assert.Null(page.QuerySelector("nav.pagination"));
        Assert.Null(page.QuerySelector(".pagination__status"));
        Assert.Equal("Blog – Test site", page.Title);
    }

    [Fact]
    public void The_navigation_is_a_named_landmark_linking_every_other_page()
    {
        var nav = site.Page("events/page/2/index.html").QuerySelector("nav.pagination")!;

        Assert.Equal("Pages", nav.GetAttribute("aria-label"));
        Assert.Equal(["/events/", "/events/page/3/"], nav.QuerySelectorAll(".pagination__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Page 1", "Page 3"], nav.QuerySelectorAll(".pagination__list a").Select(a => a.GetAttribute("aria-label")));
    }

    [Fact]
    public void The_current_page_is_marked_and_not_a_link()
    {
        var current = site.Page("events/page/2/index.html").QuerySelector("nav.pagination [aria-current=page]")!;

        Assert.Equal("SPAN", current.TagName);
        Assert.Equal("2", current.TextContent);
    }

    [Fact]
    public void Previous_and_next_link_to_the_neighbouring_pages_in_words()
    {
        var nav = site.Page("events/page/2/index.html").QuerySelector("nav.pagination")!;

        Assert.Equal("/events/", nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("Previous page", nav.QuerySelector("a[rel=prev]")!.TextContent);
        Assert.Equal("/events/page/3/", nav.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("Next page", nav.QuerySelector("a[rel=next]")!.TextContent);
    }

    [Fact]
    public void The_first_page_has_no_previous_and_the_last_no_next()
    {
        Assert.Null(site.Page("events/index.html").QuerySelector("nav.pagination a[rel=prev]"));
        Assert.Null(site.Page("events/page/3/index.html").QuerySelector("nav.pagination a[rel=next]"));
    }

    [Fact]
    public void The_head_links_the_neighbouring_pages_with_absolute_urls()
    {
        var head = site.Page("events/page/2/index.html").Head!;

        Assert.Equal("https://example.org/events/", head.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/events/page/3/", head.QuerySelector("link[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Hreflang_links_the_same_page_number_of_the_languages_that_have_it()
    {
        var alternates = site.Page("events/page/2/index.html").QuerySelectorAll("head link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));

        Assert.Equal(new Dictionary<string, string?>
        {
            ["en"] = "https://example.org/events/page/2/",
            ["cy"] = "https://example.org/cy/events/page/2/",
            ["ur"] = "https://example.org/ur/events/page/2/",
            ["x-default"] = "https://example.org/events/page/2/",
        }, alternates);
    }

    [Fact]
    public void A_page_no_other_language_has_lists_no_translations()
    {
        Assert.Empty(site.Page("events/page/3/index.html").QuerySelectorAll("head link[rel=alternate][hreflang]"));
    }

    [Fact]
    public void The_sitemap_lists_every_page_of_a_listing()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(site.Read("sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();

        Assert.Contains("https://example.org/events/page/2/", locs);
        Assert.Contains("https://example.org/events/page/3/", locs);
        Assert.Contains("https://example.org/cy/events/page/2/", locs);
        Assert.Contains("https://example.org/tags/forum/page/3/", locs);
    }

    [Fact]
    public void The_section_feed_still_lists_every_item()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(site.Read("events/feed.xml"));

        Assert.Equal(5, feed.Root!.Elements(atom + "entry").Count());
    }
}
