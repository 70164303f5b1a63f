using SiteGen.Diagnostics;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Checks;

/// <summary>
/// What the theme shows of front matter (a title, a summary, a lead image, an event's details, an old address) is reported
/// at that key's line of the markdown file, once, however many pages show it; SiteGen's own forwarding pages are not
/// reported for what the writer cannot change.
/// </summary>
public sealed class FindingLocationTests
{
    private const string Post = "content/en/blog/2021-03-01-post.md";

    private static TempSite SiteWithPost(string frontMatter) =>
        new TempSite().Write(Post, $"---\n{frontMatter}\n---\nA paragraph of plain text.\n");

    private static void NoneInTheTheme(IEnumerable<Diagnostic> diagnostics) =>
        Assert.DoesNotContain(diagnostics, d => d.Location?.File.StartsWith("themes/", StringComparison.Ordinal) == true);

    [Fact]
    public async Task Vague_title_shown_as_a_link_in_listings_is_reported_once_at_the_title_line()
    {
        using var site = SiteWithPost("date: 2021-03-01\ntags: [news]\ntitle: Click here");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Code == "A11Y012");
        Assert.Equal(new SourceLocation(Post, 4, 1), error.Location);
        NoneInTheTheme(result.Diagnostics);
    }

    [Fact]
    public async Task Problem_in_a_summary_is_reported_at_the_summary_line()
    {
        using var site = SiteWithPost("title: Our news\ndate: 2021-03-01\nsummary: See the photos on the right of this page.");
        var result = await site.BuildAsync();
        var warning = Assert.Single(result.Diagnostics, d => d.RuleName == "sensory-wording");
        Assert.Equal(new SourceLocation(Post, 4, 1), warning.Location);
        NoneInTheTheme(result.Diagnostics);
    }

    [Fact]
    public async Task Lead_image_outside_the_site_is_reported_at_the_image_line()
    {
        using var site = SiteWithPost("title: Our news\ndate: 2021-03-01\nimage:\n  src: /etc/passwd\n  alt: The team at the event");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Code == Codes.MissingAsset);
        Assert.Equal(new SourceLocation(Post, 4, 1), error.Location);
        NoneInTheTheme(result.Diagnostics);
    }

    [Fact]
    public async Task Unhelpful_lead_image_alt_text_is_reported_at_the_image_line()
    {
        using var site = SiteWithPost("title: Our news\ndate: 2021-03-01\nimage:\n  src: https://example.org/team.jpg\n  alt: image");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Code == "A11Y010");
        Assert.Equal(new SourceLocation(Post, 4, 1), error.Location);
    }

    [Fact]
    public async Task Event_registration_address_that_goes_nowhere_is_reported_at_its_line()
    {
        using var site = new TempSite().Write("content/en/events/2021-03-01-forum.md",
            "---\ntitle: Spring forum\nevent:\n  start: 2021-03-01T10:00:00+00:00\n  location: Leeds\n  registration: /sign-up/\n---\nText.\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Code == Codes.BrokenLink);
        Assert.Equal(new SourceLocation("content/en/events/2021-03-01-forum.md", 6, 1), error.Location);
    }

    [Fact]
    public async Task Vague_title_of_a_page_linked_from_every_footer_is_one_error_at_its_title_line()
    {
        using var site = new TempSite().Write("content/en/about.md", "---\ntitle: Read more\n---\nWho we are.\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Code == "A11Y012");
        Assert.Equal(new SourceLocation("content/en/about.md", 2, 1), error.Location);
    }

    [Fact]
    public async Task Title_of_the_home_page_is_located_in_index_md()
    {
        using var site = new TempSite().Write("content/en/index.md", "---\ntitle: Read more\nsummary: Click here.\n---\nWelcome.\n");
        var result = await site.BuildAsync();
        NoneInTheTheme(result.Diagnostics);
    }

    [Fact]
    public async Task Forwarding_pages_of_one_page_do_not_share_a_title_warning()
    {
        using var site = SiteWithPost("title: Our news\ndate: 2021-03-01\naliases: [/news/one/, /news/two/, /news/three/]");
        var result = await site.BuildAsync();
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Published_pages_carry_no_position_marks()
    {
        using var site = SiteWithPost("title: Our news\ndate: 2021-03-01\nsummary: What we did.\ntags: [news]\nimage:\n  src: https://example.org/team.jpg\n  alt: The team");
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
            Assert.DoesNotContain("data-md-pos", File.ReadAllText(page));
    }
}
