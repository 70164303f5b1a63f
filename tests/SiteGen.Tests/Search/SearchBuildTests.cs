using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Publishing.Search;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Search;

/// <summary>What a build writes for site search: an index and a search page per language, and a link to it on every page.</summary>
public sealed class SearchBuildTests(SearchBuildTests.BuiltSite built) : IClassFixture<SearchBuildTests.BuiltSite>
{
    private const string TwoLanguages = "title: Test site\nbaseUrl: https://example.org/\ndefaultLanguage: en\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n";

    private const string Event = """
        ---
        title: Diversity in involvement
        summary: A write-up of our December event.
        tags: [diversity, lived experience]
        ---
        ## What happened

        Speakers talked about *Islamophobia* and the climate it creates.
        """;

    private static TempSite Site(string siteYml = TwoLanguages)
    {
        var site = new TempSite(siteYml);
        site.Write("content/en/events/2020-12-08-diversity.md", Event);
        site.Write("content/en/events/2020-12-08-diversity.easy-read.md",
            "---\ntitle: \"Diversity: Easy Read\"\nsummary: An Easy Read report.\n---\n## About this report\n\nWe met online.\n");
        site.Write("content/en/blog/2021-01-20-next-steps.md", "---\ntitle: Next steps\n---\nWhat we will do next.\n");
        site.Write("content/cy/events/2020-12-08-diversity.md", "---\ntitle: Amrywiaeth\n---\nRoedd y grŵp yn siarad.\n");
        return site;
    }

    private static async Task<TempSite> BuiltAsync(TempSite site)
    {
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        return site;
    }

    /// <summary>The two-language site with a draft and a very long page, built once for the tests that only read it.</summary>
    public sealed class BuiltSite : IAsyncLifetime
    {
        public TempSite Site { get; } = SearchBuildTests.Site()
            .Write("content/en/blog/2021-02-01-unfinished.md", "---\ntitle: Unfinished\ndraft: true\n---\nNot yet.\n")
            .Write("content/en/long.md", "---\ntitle: Long\n---\n" + string.Join(" ", Enumerable.Repeat("involvement", 2_000)) + "\n");

        public Task InitializeAsync() => BuiltAsync(Site);

        public Task DisposeAsync()
        {
            Site.Dispose();
            return Task.CompletedTask;
        }
    }

    private TempSite Shared => built.Site;

    private static JsonElement Json(string file) => JsonDocument.Parse(File.ReadAllText(file)).RootElement;

    /// <summary>The index as the search script reads it: the index file's language, and the pages of its parts in order.</summary>
    private static JsonElement Index(TempSite site, string path = "search-index.json")
    {
        var file = Path.Combine(site.Output, path);
        var manifest = Json(file);
        var pages = manifest.GetProperty("parts").EnumerateArray()
            .SelectMany(part => Json(Path.Combine(Path.GetDirectoryName(file)!, part.GetString()!)).GetProperty("pages").EnumerateArray())
            .ToList();
        return JsonSerializer.SerializeToElement(new { language = manifest.GetProperty("language").GetString(), pages });
    }

    private static JsonElement PageIn(JsonElement index, string url) =>
        index.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("url").GetString() == url);

    private static AngleSharp.Dom.IDocument Html(TempSite site, string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));

    [Fact]
    public void Each_language_gets_its_own_index_of_its_own_pages()
    {
        var site = Shared;
        var en = Index(site);
        var cy = Index(site, "cy/search-index.json");
        Assert.Equal("en", en.GetProperty("language").GetString());
        Assert.Equal("cy", cy.GetProperty("language").GetString());
        Assert.Equal(["/cy/events/diversity/"], cy.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("url").GetString()));
        Assert.DoesNotContain(en.GetProperty("pages").EnumerateArray(), p => p.GetProperty("url").GetString()!.StartsWith("/cy/", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_is_indexed_with_its_facts_and_its_body_as_plain_text()
    {
        var site = Shared;
        var page = PageIn(Index(site), "/events/diversity/");
        Assert.Equal("Diversity in involvement", page.GetProperty("title").GetString());
        Assert.Equal("A write-up of our December event.", page.GetProperty("summary").GetString());
        Assert.Equal("events", page.GetProperty("section").GetString());
        Assert.Equal("2020-12-08", page.GetProperty("date").GetString());
        Assert.Equal("8 December 2020", page.GetProperty("displayDate").GetString());
        Assert.Equal(["diversity", "lived experience"], page.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("What happened Speakers talked about Islamophobia and the climate it creates.", page.GetProperty("text").GetString());
    }

    [Fact]
    public void Easy_Read_versions_are_indexed_and_marked()
    {
        var site = Shared;
        var easyRead = PageIn(Index(site), "/events/diversity/easy-read/");
        Assert.True(easyRead.GetProperty("easyRead").GetBoolean());
        Assert.False(PageIn(Index(site), "/events/diversity/").TryGetProperty("easyRead", out _));
    }

    [Fact]
    public void A_small_index_is_one_part_beside_the_index_file()
    {
        var manifest = Json(Path.Combine(Shared.Output, "cy/search-index.json"));
        Assert.Equal("cy", manifest.GetProperty("language").GetString());
        Assert.Equal(["search-index/1.json"], manifest.GetProperty("parts").EnumerateArray().Select(p => p.GetString()));
        Assert.True(File.Exists(Path.Combine(Shared.Output, "cy/search-index/1.json")));
    }

    [Fact]
    public async Task A_language_with_more_pages_than_a_part_holds_is_split_in_order_into_full_parts_and_a_last_one()
    {
        using var site = new TempSite(TwoLanguages);
        for (var i = 0; i < SearchIndex.PartSize + 3; i++)
            site.Write($"content/en/blog/2021-01-01-post-{i:D3}.md", $"---\ntitle: Post {i}\n---\nText {i}.\n");
        site.Write("content/cy/blog/2021-01-01-post.md", "---\ntitle: Post\n---\nTestun.\n");
        await BuiltAsync(site);

        var parts = Json(Path.Combine(site.Output, "search-index.json")).GetProperty("parts").EnumerateArray()
            .Select(p => Json(Path.Combine(site.Output, p.GetString()!)).GetProperty("pages").GetArrayLength()).ToList();
        var urls = Index(site).GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("url").GetString()).ToList();
        Assert.True(urls.Count > SearchIndex.PartSize + 2);
        Assert.Equal([SearchIndex.PartSize, urls.Count - SearchIndex.PartSize], parts);
        // The posts, all of one date, come first, ordered by address across the parts' boundary.
        var posts = urls.Take(SearchIndex.PartSize + 3).ToList();
        Assert.All(posts, u => Assert.StartsWith("/blog/post-", u));
        Assert.Equal(posts.Order(StringComparer.Ordinal), posts);
    }

    [Fact]
    public void Standalone_pages_are_indexed_without_a_section_and_the_home_page_is_not()
    {
        var site = Shared;
        var index = Index(site);
        Assert.False(PageIn(index, "/about/").TryGetProperty("section", out _));
        Assert.DoesNotContain(index.GetProperty("pages").EnumerateArray(), p => p.GetProperty("url").GetString() == "/");
    }

    [Fact]
    public void Newest_pages_come_first_and_undated_pages_last()
    {
        var site = Shared;
        var urls = Index(site).GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("url").GetString()).ToList();
        Assert.Equal("/blog/next-steps/", urls[0]);
        Assert.Equal(["/about/", "/accessibility/", "/long/"], urls.TakeLast(3));
    }

    [Fact]
    public void Drafts_are_not_indexed()
    {
        var site = Shared;
        Assert.DoesNotContain(Index(site).GetProperty("pages").EnumerateArray(), p => p.GetProperty("title").GetString() == "Unfinished");
    }

    [Fact]
    public void A_very_long_page_is_indexed_up_to_the_limit_at_a_word_end()
    {
        var site = Shared;
        var text = PageIn(Index(site), "/long/").GetProperty("text").GetString()!;
        Assert.InRange(text.Length, SearchIndex.MaxTextLength - "involvement ".Length, SearchIndex.MaxTextLength);
        Assert.EndsWith("involvement", text);
    }

    [Fact]
    public async Task Addresses_in_the_index_and_on_the_search_page_carry_the_base_path()
    {
        using var site = await BuiltAsync(Site(TwoLanguages.Replace("https://example.org/", "https://example.github.io/repo/")));
        Assert.NotNull(PageIn(Index(site), "/repo/events/diversity/").GetProperty("title").GetString());
        var form = Html(site, "search/index.html").QuerySelector("form")!;
        Assert.Equal("/repo/search/", form.GetAttribute("action"));
        Assert.Equal("/repo/search-index.json", form.GetAttribute("data-search-index"));
    }

    [Fact]
    public void Each_language_has_a_search_page_with_a_labelled_search_form_that_submits_by_get()
    {
        var site = Shared;
        foreach (var (path, language) in new[] { ("search/index.html", "en"), ("cy/search/index.html", "cy") })
        {
            var page = Html(site, path);
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            var form = page.QuerySelector("form[role=search]")!;
            Assert.Equal("get", form.GetAttribute("method"));
            var input = form.QuerySelector("input[name=q]")!;
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        }
    }

    [Fact]
    public void The_search_page_runs_only_an_external_script_and_has_no_inline_style()
    {
        var site = Shared;
        var page = Html(site, "search/index.html");
        var scripts = page.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/ld+json").ToList();
        var src = Assert.Single(scripts).GetAttribute("src")!;
        Assert.Matches(@"^/assets/js/search\.[0-9a-f]+\.js$", src);
        Assert.All(scripts, s => Assert.Equal("", s.TextContent));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.True(File.Exists(Path.Combine(site.Output, src.TrimStart('/'))));
    }

    [Fact]
    public void Without_its_script_the_search_page_links_to_the_listings_tags_and_its_index()
    {
        var site = Shared;
        var links = Html(site, "cy/search/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/cy/events/", links);
        Assert.Contains("/cy/blog/", links);
        Assert.Contains("/cy/search-index.json", links);
        Assert.Contains("/tags/", Html(site, "search/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_search_pages_are_translations_of_each_other()
    {
        var site = Shared;
        var hreflangs = Html(site, "cy/search/index.html").QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal("https://example.org/search/", hreflangs["en"]);
        Assert.Equal("https://example.org/cy/search/", hreflangs["cy"]);
    }

    [Fact]
    public void The_main_menu_of_every_page_links_to_its_language_search_page()
    {
        var site = Shared;
        foreach (var (path, search) in new[] { ("index.html", "/search/"), ("events/diversity/index.html", "/search/"), ("cy/events/diversity/index.html", "/cy/search/") })
            Assert.Contains(search, Html(site, path).QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_menu_marks_search_as_the_current_page_on_the_search_page()
    {
        var site = Shared;
        var current = Html(site, "search/index.html").QuerySelector(".site-nav a[aria-current=page]")!;
        Assert.Equal("/search/", current.GetAttribute("href"));
    }

    [Fact]
    public async Task A_theme_without_a_search_layout_builds_without_search_and_says_so()
    {
        using var site = Site();
        File.Delete(Path.Combine(site.Root, "themes/default/layouts/search.cshtml"));
        var result = await site.BuildAsync();
        Assert.Equal(0, result.ExitCode);
        var info = Assert.Single(result.Diagnostics, d => d.Code == Codes.SearchLayoutMissing);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.False(File.Exists(Path.Combine(site.Output, "search/index.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "search-index.json")));
        Assert.DoesNotContain("/search/", Html(site, "index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }
}
