using SiteGen.Build;
using SiteGen.Checks;
using SiteGen.Site;

namespace SiteGen.Tests.Build;

/// <summary>Rebuilds that reuse the previous build's check results: the same site as a full build, with only changed pages checked again.</summary>
public sealed class IncrementalBuildTests
{
    private static TempSite SiteWithPosts()
    {
        var site = new TempSite();
        site.Write("content/en/blog/2021-01-01-first.md", "---\ntitle: First post\ntags: [news]\n---\nThe first post.\n");
        site.Write("content/en/blog/2021-02-01-second.md", "---\ntitle: Second post\ntags: [news]\n---\nThe second post.\n");
        site.Write("content/en/blog/2021-03-01-third.md", "---\ntitle: Third post\n---\nThe third post, with [a link to the first](2021-01-01-first.md).\n");
        return site;
    }

    [Fact]
    public async Task Rebuild_after_an_edit_finds_the_same_problems_as_a_full_build()
    {
        using var site = SiteWithPosts();
        var cache = new PageCheckCache();
        var incremental = Path.Combine(site.Root, "incremental");
        await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = incremental }, default, cache);

        site.Write("content/en/blog/2021-01-01-first.md", "---\ntitle: First post, renamed\ntags: [news, meetings]\n---\nThe first post. More is [here](https://example.com/).\n");
        var rebuilt = await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = incremental }, default, cache);
        // The new link text is an accessibility problem: the rebuild must find it, though other pages come from the cache.
        var full = await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = site.Output });

        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), rebuilt.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(full.Diagnostics, d => d.Code == "A11Y012");
    }

    [Fact]
    public async Task Rebuild_after_an_edit_matches_a_full_build_file_for_file()
    {
        using var site = SiteWithPosts();
        var cache = new PageCheckCache();
        var incremental = Path.Combine(site.Root, "incremental");
        await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = incremental }, default, cache);

        site.Write("content/en/blog/2021-02-01-second.md", "---\ntitle: Second post, updated\ntags: [events]\n---\nThe second post, updated.\n");
        var rebuilt = await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = incremental }, default, cache);
        var full = await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = site.Output });

        Assert.Equal(0, full.ExitCode);
        Assert.Equal(full.Diagnostics, rebuilt.Diagnostics);
        SameOutput.Assert(site.Output, incremental);
    }

    [Fact]
    public async Task Rebuild_checks_only_the_pages_whose_html_changed()
    {
        using var site = SiteWithPosts();
        var cache = new PageCheckCache();
        var first = await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = site.Output }, default, cache);
        Assert.Equal(first.PagesWritten, cache.PagesCheckedLastBuild);

        // The third post's body: only its own page shows the body, listings show the title and summary.
        site.Write("content/en/blog/2021-03-01-third.md", "---\ntitle: Third post\n---\nThe third post, rewritten, with [a link to the first](2021-01-01-first.md).\n");
        var second = await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = site.Output }, default, cache);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(1, cache.PagesCheckedLastBuild);
    }

    [Fact]
    public async Task Rebuild_with_nothing_changed_checks_no_page()
    {
        using var site = SiteWithPosts();
        var cache = new PageCheckCache();
        await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = site.Output }, default, cache);
        await SiteBuilder.RunAsync(site.Root, new BuildOptions { OutputPath = site.Output }, default, cache);
        Assert.Equal(0, cache.PagesCheckedLastBuild);
    }
}
