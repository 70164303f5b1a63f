using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Templates;
using SiteGen.Tests.Build;
using SiteGen.Tests.Content;

namespace SiteGen.Tests.Publishing;

/// <summary>What link previews and search engines read: description, Open Graph, Twitter card and JSON-LD, all with absolute URLs.</summary>
public sealed class SharingTests
{
    private const string SiteYml = "title: Test site\ndescription: News from the test site.\nbaseUrl: https://user.github.io/repo/\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n";

    private static async Task<IDocument> BuildAndReadAsync(TempSite site, string page)
    {
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
    }

    private static string? Meta(IDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    private static TempSite PostWithLeadImage() => new TempSite(SiteYml)
        .WriteBytes("content/images/group.png", ImageSizeTests.Png(800, 450))
        .Write("content/en/blog/2021-01-20-meeting.md",
            "---\ntitle: Our meeting\nsummary: What we talked about.\nimage: { src: ../../images/group.png, alt: Six people around a table }\n---\nText.\n");

    [Fact]
    public async Task A_post_is_shared_as_an_article_with_its_absolute_url_title_and_summary()
    {
        using var site = PostWithLeadImage();
        var page = await BuildAndReadAsync(site, "blog/meeting/index.html");
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("https://user.github.io/repo/blog/meeting/", Meta(page, "og:url"));
        Assert.Equal("Our meeting", Meta(page, "og:title"));
        Assert.Equal("What we talked about.", Meta(page, "og:description"));
        Assert.Equal("What we talked about.", Meta(page, "twitter:description"));
    }

    [Fact]
    public async Task A_lead_image_is_the_shared_picture_with_its_description()
    {
        using var site = PostWithLeadImage();
        var page = await BuildAndReadAsync(site, "blog/meeting/index.html");
        Assert.Equal("https://user.github.io/repo/images/group.png", Meta(page, "og:image"));
        Assert.Equal("Six people around a table", Meta(page, "og:image:alt"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal("Six people around a table", Meta(page, "twitter:image:alt"));
    }

    [Fact]
    public async Task A_lead_image_gets_the_width_and_height_of_its_file()
    {
        using var site = PostWithLeadImage();
        var image = (await BuildAndReadAsync(site, "blog/meeting/index.html")).QuerySelector("img.lead-image")!;
        Assert.Equal("800", image.GetAttribute("width"));
        Assert.Equal("450", image.GetAttribute("height"));
    }

    [Fact]
    public async Task An_image_in_the_text_gets_the_width_and_height_of_its_file()
    {
        using var site = new TempSite(SiteYml)
            .WriteBytes("content/images/chart.png", ImageSizeTests.Png(640, 480))
            .Write("content/en/about.md", "---\ntitle: About us\n---\n![Members by year, rising from 10 to 40](../images/chart.png)\n");
        var image = (await BuildAndReadAsync(site, "about/index.html")).QuerySelector("main img")!;
        Assert.Equal("640", image.GetAttribute("width"));
        Assert.Equal("480", image.GetAttribute("height"));
    }

    [Fact]
    public async Task A_page_without_a_lead_image_gets_a_summary_card_and_no_picture()
    {
        using var site = new TempSite(SiteYml);
        var page = await BuildAndReadAsync(site, "about/index.html");
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Null(Meta(page, "og:image"));
        Assert.Equal("website", Meta(page, "og:type"));
    }

    [Fact]
    public async Task A_page_without_a_summary_is_described_by_the_site_description()
    {
        using var site = new TempSite(SiteYml);
        var page = await BuildAndReadAsync(site, "about/index.html");
        Assert.Equal("News from the test site.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("News from the test site.", Meta(page, "og:description"));
    }

    [Fact]
    public async Task A_translated_page_names_its_locale_and_the_locales_of_its_other_versions()
    {
        using var site = new TempSite(SiteYml).Write("content/cy/about.md", "---\ntitle: Amdanom ni\n---\nPwy ydym ni.\n");
        var page = await BuildAndReadAsync(site, "cy/about/index.html");
        Assert.Equal("cy_GB", Meta(page, "og:locale"));
        Assert.Equal(["en_GB"], page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
    }

    [Fact]
    public async Task The_home_page_describes_the_site_and_its_publisher_in_json_ld()
    {
        using var site = new TempSite(SiteYml);
        var page = await BuildAndReadAsync(site, "index.html");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("WebSite", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("https://user.github.io/repo/", json.RootElement.GetProperty("url").GetString());
        Assert.Equal("Organization", json.RootElement.GetProperty("publisher").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task A_post_is_a_blog_posting_in_json_ld_with_its_picture()
    {
        using var site = PostWithLeadImage();
        var page = await BuildAndReadAsync(site, "blog/meeting/index.html");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("BlogPosting", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("https://user.github.io/repo/images/group.png", json.RootElement.GetProperty("image").GetString());
        Assert.Equal("https://user.github.io/repo/blog/meeting/", json.RootElement.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("cy", "cy_GB")]
    [InlineData("ur", "ur_PK")]
    [InlineData("en", "en_GB")]
    [InlineData("en-GB", "en_GB")]
    [InlineData("sr-Cyrl-RS", "sr_RS")]
    public void Open_graph_locale_is_language_and_territory(string code, string expected) =>
        Assert.Equal(expected, ModelFactory.OpenGraphLocale(code));
}
