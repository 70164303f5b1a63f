using System.Net;

namespace SiteGen.Tests.Server;

/// <summary>One preview site, started once and only read: what the server answers for pages, files and missing paths.</summary>
public sealed class PreviewServingTests(PreviewServingTests.Served served) : IClassFixture<PreviewServingTests.Served>
{
    /// <summary>The served site: the test site plus a draft post.</summary>
    public sealed class Served : IAsyncLifetime
    {
        public PreviewSite Preview { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var site = new Build.TempSite();
            site.Write("content/en/blog/2021-01-01-plan.md", "---\ntitle: Plan\ndraft: true\n---\nNot ready.\n");
            Preview = await PreviewSite.StartAsync(site);
        }

        public async Task DisposeAsync() => await Preview.DisposeAsync();
    }

    private PreviewSite Preview => served.Preview;

    [Fact]
    public async Task Pages_get_the_live_reload_script_as_an_external_file()
    {
        var page = await Preview.GetTextAsync("/about/");
        Assert.Contains("<script src=\"/__sitegen/live.js\" data-generation=\"", page);
        Assert.Contains("EventSource('/__sitegen/events')", await Preview.GetTextAsync("/__sitegen/live.js"));
    }

    [Fact]
    public void Preview_builds_outside_the_site_and_never_writes_its_output_folder()
    {
        Assert.False(Directory.Exists(Preview.Site.Output));
        Assert.False(Preview.Server.OutputRoot.StartsWith(Preview.Site.Root, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_page_gets_the_sites_404_page_with_status_404()
    {
        using var response = await Preview.Http.GetAsync("/no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Folder_without_its_slash_redirects_to_the_pretty_url()
    {
        using var response = await Preview.Http.GetAsync("/about");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/about/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/about/", "text/html")]
    [InlineData("/assets/css/site.css", "text/css")]
    public async Task Files_are_served_with_their_content_type(string path, string mediaType)
    {
        using var response = await Preview.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task Draft_is_served_with_its_banner()
    {
        Assert.Contains("<strong class=\"preview-banner__label\">Draft</strong>", await Preview.GetTextAsync("/blog/plan/"));
    }
}
