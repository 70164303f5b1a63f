using SiteGen.Content;
using SiteGen.Content.Markdown;
using SiteGen.Site;

namespace SiteGen.Tests;

public class LinkResolverTests
{
    private const string Source = "en/events/diversity.md";

    private static readonly Dictionary<string, string> Pages = new()
    {
        ["en/about.md"] = "about/",
        ["en/events/diversity.md"] = "events/diversity/",
        ["en/events/2021-01-10-follow-up.md"] = "events/follow-up/",
        ["cy/about.md"] = "cy/about/",
    };

    private static LinkResolver Resolver(string baseUrl = "https://example.org/")
    {
        var config = TestSites.Config(baseUrl);
        return new LinkResolver(new ContentPaths(config), new UrlBuilder(config.BaseUrl), Pages);
    }

    private static string? Resolve(string url, string baseUrl = "https://example.org/", string source = Source) =>
        Resolver(baseUrl).Resolve(url, source, out _);

    [Fact]
    public void A_link_to_a_markdown_file_becomes_its_page_url()
    {
        Assert.Equal("/events/follow-up/", Resolve("2021-01-10-follow-up.md"));
        Assert.Equal("/about/", Resolve("../about.md"));
    }

    [Fact]
    public void A_link_to_a_markdown_file_keeps_its_fragment()
    {
        Assert.Equal("/about/#contact", Resolve("../about.md#contact"));
    }

    [Fact]
    public void A_link_to_a_page_in_another_language_gets_its_prefix()
    {
        Assert.Equal("/cy/about/", Resolve("../../cy/about.md"));
    }

    [Fact]
    public void A_link_to_a_markdown_file_gains_the_base_path()
    {
        Assert.Equal("/repo/about/", Resolve("../about.md", "https://user.github.io/repo/"));
    }

    [Fact]
    public void A_relative_link_to_a_folder_keeps_its_trailing_slash()
    {
        Assert.Equal("/repo/about/", Resolve("about/", "https://user.github.io/repo/", "en/index.md"));
        Assert.Equal("/about/#contact", Resolve("about/#contact", source: "en/index.md"));
    }

    [Fact]
    public void A_relative_image_in_a_shared_folder_becomes_root_relative()
    {
        Assert.Equal("/images/event.jpg", Resolve("../../images/event.jpg"));
    }

    [Fact]
    public void A_relative_file_in_the_default_language_folder_is_at_the_root()
    {
        Assert.Equal("/events/slides.pdf", Resolve("slides.pdf"));
    }

    [Fact]
    public void A_relative_file_in_another_language_folder_keeps_its_prefix()
    {
        Assert.Equal("/cy/files/a.pdf", Resolve("files/a.pdf", source: "cy/about.md"));
    }

    [Fact]
    public void A_file_name_with_a_space_is_percent_encoded()
    {
        Assert.Equal("/events/my%20slides.pdf", Resolve("my slides.pdf"));
        Assert.Equal("/events/my%20slides.pdf", Resolve("my%20slides.pdf"));
    }

    [Fact]
    public void A_root_relative_url_gains_the_base_path()
    {
        Assert.Equal("/repo/images/event.jpg", Resolve("/images/event.jpg", "https://user.github.io/repo/"));
        Assert.Equal("/images/event.jpg", Resolve("/images/event.jpg"));
    }

    [Theory]
    [InlineData("https://www.clinks.org/")]
    [InlineData("http://example.com/a.md")]
    [InlineData("mailto:info@example.org")]
    [InlineData("tel:+442920000000")]
    [InlineData("#speakers")]
    [InlineData("//cdn.example.org/a.js")]
    public void External_mailto_and_fragment_urls_are_unchanged(string url)
    {
        var resolved = Resolver("https://user.github.io/repo/").Resolve(url, Source, out var problem);

        Assert.Equal(url, resolved);
        Assert.Null(problem);
    }

    [Fact]
    public void A_link_to_a_missing_markdown_file_is_null_with_a_problem()
    {
        var resolved = Resolver().Resolve("missing.md", Source, out var problem);

        Assert.Null(resolved);
        Assert.NotNull(problem);
        Assert.Contains("content/en/events/missing.md", problem.What);
        Assert.Contains("does not exist", problem.What);
    }

    [Fact]
    public void A_path_climbing_out_of_content_is_null_with_a_problem()
    {
        var resolved = Resolver().Resolve("../../../secrets.txt", Source, out var problem);

        Assert.Null(resolved);
        Assert.NotNull(problem);
        Assert.Contains("outside the content folder", problem.What);
    }

    [Fact]
    public void A_resolved_url_has_no_problem()
    {
        Resolver().Resolve("../about.md", Source, out var problem);

        Assert.Null(problem);
    }
}
