using SiteGen.Build;
using SiteGen.Checks;
using SiteGen.Diagnostics;
using SiteGen.Site;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Checks;

/// <summary>
/// The checks that compare pages (links to #fragments of other pages, unique titles) work from what each page
/// left once its DOM was dropped, in a one-off build and in rebuilds that take unchanged pages from the cache.
/// </summary>
public sealed class SiteWideCheckTests
{
    private const string Home = "---\ntitle: Home\n---\nWelcome. Meet [our team](/about/#our-team).\n";

    private static TempSite SiteLinkingToAHeading() =>
        new TempSite().Write("content/en/index.md", Home).Write("content/en/about.md", "---\ntitle: About us\n---\nWho we are.\n\n## Our team\n\nFour people.\n");

    [Fact]
    public async Task Link_to_a_heading_of_another_page_passes()
    {
        using var site = SiteLinkingToAHeading();
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.BrokenFragment);
    }

    [Fact]
    public async Task Link_to_a_heading_another_page_does_not_have_is_an_error_at_the_link()
    {
        using var site = SiteLinkingToAHeading();
        site.Write("content/en/about.md", "---\ntitle: About us\n---\nWho we are.\n\n## The people\n\nFour people.\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Code == Codes.BrokenFragment);
        Assert.Equal(new SourceLocation("content/en/index.md", 4, 15), error.Location);
    }

    [Fact]
    public async Task Pages_with_the_same_title_are_a_warning_at_the_title_line_of_one_of_them()
    {
        using var site = new TempSite().Write("content/en/about.md", "---\ntitle: Accessibility statement\n---\nWho we are.\n");
        var result = await site.BuildAsync();
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "A11Y004");
        Assert.Equal("page-title-unique", warning.RuleName);
        Assert.Contains(warning.Location!.Value.File, new[] { "content/en/about.md", "content/en/accessibility.md" });
        Assert.Equal(2, warning.Location!.Value.Line);
    }

    [Fact]
    public async Task Rebuild_finds_a_heading_removed_from_a_page_that_an_unchanged_page_links_to()
    {
        using var site = SiteLinkingToAHeading();
        var cache = new PageCheckCache();
        var incremental = Path.Combine(site.Root, "incremental");
        await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = incremental }, default, cache);

        site.Write("content/en/about.md", "---\ntitle: About us\n---\nWho we are.\n\n## The people\n\nFour people.\n");
        var rebuilt = await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = incremental }, default, cache);
        var full = await site.BuildAsync();

        Assert.Equal(full.Diagnostics, rebuilt.Diagnostics);
        Assert.Contains(rebuilt.Diagnostics, d => d.Code == Codes.BrokenFragment && d.Location!.Value.File == "content/en/index.md");
        Assert.True(cache.PagesCheckedLastBuild < rebuilt.PagesWritten, "the home page, unchanged, comes from the cache");
    }

    [Fact]
    public async Task Rebuild_after_a_layout_edit_that_moves_theme_elements_checks_the_pages_again_and_locates_findings_anew()
    {
        // A Razor comment moves the layout's lines without changing any page's HTML.
        using var site = new TempSite().Write("content/en/about.md", "---\ntitle: Accessibility statement\n---\nWho we are.\n");
        var cache = new PageCheckCache();
        var incremental = Path.Combine(site.Root, "incremental");
        await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = incremental }, default, cache);

        var layout = Path.Combine(site.Root, "themes/default/layouts/_Layout.cshtml");
        File.WriteAllText(layout, "@* A note for theme authors. *@\n" + File.ReadAllText(layout));
        var rebuilt = await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = incremental }, default, cache);
        var full = await site.BuildAsync();

        Assert.Equal(rebuilt.PagesWritten, cache.PagesCheckedLastBuild);
        Assert.Equal(full.Diagnostics, rebuilt.Diagnostics);
    }

    [Fact]
    public async Task Rebuild_after_a_layout_edit_that_moves_no_theme_element_checks_no_page_again()
    {
        using var site = new TempSite().Write("content/en/about.md", "---\ntitle: Accessibility statement\n---\nWho we are.\n");
        var cache = new PageCheckCache();
        var incremental = Path.Combine(site.Root, "incremental");
        await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = incremental }, default, cache);

        var layout = Path.Combine(site.Root, "themes/default/layouts/_Layout.cshtml");
        File.AppendAllText(layout, "@* A note for theme authors. *@");
        var rebuilt = await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = incremental }, default, cache);
        var full = await site.BuildAsync();

        Assert.Equal(0, cache.PagesCheckedLastBuild);
        Assert.Equal(full.Diagnostics, rebuilt.Diagnostics);
    }

    [Fact]
    public async Task Rebuild_after_a_site_yml_edit_checks_every_page_again()
    {
        using var site = new TempSite();
        var cache = new PageCheckCache();
        await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = site.Output }, default, cache);

        site.Write("content/site.yml", File.ReadAllText(Path.Combine(site.Root, "content/site.yml")) + "# The site's settings.\n");
        var rebuilt = await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = site.Output }, default, cache);

        Assert.Equal(rebuilt.PagesWritten, cache.PagesCheckedLastBuild);
    }
}
