using System.Security.Cryptography;
using SiteGen.Build;
using SiteGen.Checks;
using SiteGen.Site;
using SiteGen.Tests.Build;
using SiteGen.Tests.EndToEnd;

namespace SiteGen.Tests.Checks;

/// <summary>
/// Each page's check results kept on disk between builds: a build in a new process with the file reports and
/// writes exactly what a build without it does, and checks again every page whose findings could differ.
/// </summary>
public sealed class PersistedCheckCacheTests : IDisposable
{
    private const string VaguePost = "---\ntitle: Vague\ndate: 2021-01-02\n{0}---\nOur report is out. Read it [here](https://example.org/report).\n";

    private readonly TempFolder cacheFolder = new();

    public void Dispose() => cacheFolder.Dispose();

    private string CacheFileOf(string siteRoot) => PageCheckCache.FileFor(cacheFolder.Path, siteRoot);

    /// <summary>A build as a new sitegen process runs it: the cache is read from its file, and written back at the end.</summary>
    private async Task<(BuildResult Result, PageCheckCache Cache)> BuildAnewAsync(string siteRoot, string output)
    {
        var cache = PageCheckCache.Persisted(CacheFileOf(siteRoot));
        var result = await SiteBuilder.RunAsync(siteRoot, new BuildOptions { OutputPath = output }, default, cache);
        return (result, cache);
    }

    private static TempSite SiteWithAVagueLink() =>
        new TempSite().Write("content/en/blog/2021-01-02-vague.md", string.Format(VaguePost, ""));

    [Fact]
    public async Task Second_build_of_the_sample_site_checks_no_page_and_reports_and_writes_what_the_first_did()
    {
        using var outputs = new TempFolder();
        var options = new BuildOptions { OutputPath = Path.Combine(outputs.Path, "first"), CacheFolder = cacheFolder.Path };
        var first = await SiteBuilder.RunAsync(SampleSite.RepositoryRoot, options);

        var (second, cache) = await BuildAnewAsync(SampleSite.RepositoryRoot, Path.Combine(outputs.Path, "second"));

        Assert.Equal(0, cache.PagesCheckedLastBuild);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        SameOutput.Assert(Path.Combine(outputs.Path, "first"), Path.Combine(outputs.Path, "second"));
    }

    [Fact]
    public async Task Build_with_no_cache_folder_writes_no_cache_file()
    {
        using var site = new TempSite();
        await site.BuildAsync();
        Assert.False(File.Exists(CacheFileOf(site.Root)));
        await site.BuildAsync(o => o with { CacheFolder = cacheFolder.Path });
        Assert.True(File.Exists(CacheFileOf(site.Root)));
    }

    [Fact]
    public async Task Edited_page_is_checked_again_and_its_new_findings_reported()
    {
        using var site = new TempSite();
        await BuildAnewAsync(site.Root, site.Output);

        site.Write("content/en/about.md", "---\ntitle: About us\n---\nWho we are. Read our story [here](https://example.org/story).\n");
        var (warm, cache) = await BuildAnewAsync(site.Root, site.Output);
        var cold = await site.BuildAsync();

        Assert.InRange(cache.PagesCheckedLastBuild, 1, warm.PagesWritten - 1);
        Assert.Contains(warm.Diagnostics, d => d.RuleName == "link-text-vague" && d.Location!.Value.File == "content/en/about.md");
        Assert.Equal(cold.Diagnostics, warm.Diagnostics);
    }

    [Fact]
    public async Task Edited_site_yml_has_every_page_checked_again()
    {
        using var site = new TempSite();
        await BuildAnewAsync(site.Root, site.Output);

        site.Write("content/site.yml", File.ReadAllText(Path.Combine(site.Root, "content/site.yml")) + "abbreviations:\n  RNIB: Royal National Institute of Blind People\n");
        var (warm, cache) = await BuildAnewAsync(site.Root, site.Output);

        Assert.Equal(warm.PagesWritten, cache.PagesCheckedLastBuild);
    }

    [Fact]
    public async Task Edited_interface_strings_have_every_page_checked_again()
    {
        using var site = new TempSite();
        await BuildAnewAsync(site.Root, site.Output);

        File.AppendAllText(Path.Combine(site.Root, "themes/default/i18n/en.yml"), "\n# Checked by the translators.\n");
        var (warm, cache) = await BuildAnewAsync(site.Root, site.Output);

        Assert.Equal(warm.PagesWritten, cache.PagesCheckedLastBuild);
    }

    [Fact]
    public async Task Ignore_added_to_a_page_after_its_finding_was_kept_suppresses_it()
    {
        using var site = SiteWithAVagueLink();
        var (before, _) = await BuildAnewAsync(site.Root, site.Output);
        Assert.Contains(before.Diagnostics, d => d.RuleName == "link-text-vague");

        site.Write("content/en/blog/2021-01-02-vague.md", string.Format(VaguePost,
            "accessibility:\n  ignore: [link-text-vague]\n  reason: Quoted from a letter we must reproduce exactly.\n"));
        var (warm, _) = await BuildAnewAsync(site.Root, site.Output);
        var cold = await site.BuildAsync();

        Assert.DoesNotContain(warm.Diagnostics, d => d.RuleName == "link-text-vague");
        Assert.Equal(cold.Diagnostics, warm.Diagnostics);
    }

    [Fact]
    public async Task Layout_edit_that_moves_theme_elements_has_the_pages_checked_again_and_their_findings_located_anew()
    {
        // A vague link the layout writes: an error located in the layout. A Razor comment moves the layout's lines, not the HTML.
        using var site = new TempSite();
        var layout = Path.Combine(site.Root, "themes/default/layouts/_Layout.cshtml");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("@RenderBody()", "@RenderBody()\n<p><a class=\"more\" href=\"/about/\">Click here</a></p>"));
        var (before, _) = await BuildAnewAsync(site.Root, site.Output);

        File.WriteAllText(layout, "@* A note for theme authors. *@\n" + File.ReadAllText(layout));
        var (warm, cache) = await BuildAnewAsync(site.Root, site.Output);
        var cold = await site.BuildAsync();

        Assert.Equal(warm.PagesWritten, cache.PagesCheckedLastBuild);
        Assert.StartsWith("themes/default/layouts/", before.Diagnostics.Single(d => d.Code == "A11Y012").Location!.Value.File);
        Assert.NotEqual(before.Diagnostics.Single(d => d.Code == "A11Y012").Location, warm.Diagnostics.Single(d => d.Code == "A11Y012").Location);
        Assert.Equal(cold.Diagnostics, warm.Diagnostics);
    }

    [Fact]
    public async Task File_written_by_another_build_of_SiteGen_is_not_used()
    {
        using var site = SiteWithAVagueLink();
        await BuildAnewAsync(site.Root, site.Output);

        // Another module version id in the header, with the checksum made right again: only the build differs.
        var file = CacheFileOf(site.Root);
        var bytes = File.ReadAllBytes(file);
        Guid.NewGuid().ToByteArray().CopyTo(bytes, "SGCHECKS".Length + sizeof(int));
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - SHA256.HashSizeInBytes)).CopyTo(bytes, bytes.Length - SHA256.HashSizeInBytes);
        File.WriteAllBytes(file, bytes);
        var (warm, cache) = await BuildAnewAsync(site.Root, site.Output);

        Assert.Equal(warm.PagesWritten, cache.PagesCheckedLastBuild);
        Assert.Equal((await site.BuildAsync()).Diagnostics, warm.Diagnostics);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("one byte changed")]
    [InlineData("not a cache file")]
    public async Task Damaged_file_is_ignored_and_replaced(string damage)
    {
        using var site = SiteWithAVagueLink();
        await BuildAnewAsync(site.Root, site.Output);
        var file = CacheFileOf(site.Root);
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "truncated": File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]); break;
            case "one byte changed": bytes[bytes.Length / 2] ^= 0x5A; File.WriteAllBytes(file, bytes); break;
            default: File.WriteAllText(file, "Not what SiteGen writes."); break;
        }

        var (warm, cache) = await BuildAnewAsync(site.Root, site.Output);
        Assert.Equal(warm.PagesWritten, cache.PagesCheckedLastBuild);
        Assert.Equal((await site.BuildAsync()).Diagnostics, warm.Diagnostics);

        var (_, next) = await BuildAnewAsync(site.Root, site.Output);
        Assert.Equal(0, next.PagesCheckedLastBuild);
    }

    [Fact]
    public async Task Removed_page_is_dropped_from_the_file()
    {
        using var site = SiteWithAVagueLink();
        await BuildAnewAsync(site.Root, site.Output);
        var before = new FileInfo(CacheFileOf(site.Root)).Length;

        File.Delete(Path.Combine(site.Root, "content/en/blog/2021-01-02-vague.md"));
        await BuildAnewAsync(site.Root, site.Output);

        Assert.True(new FileInfo(CacheFileOf(site.Root)).Length < before);
        Assert.DoesNotContain("2021-01-02-vague.md", File.ReadAllText(CacheFileOf(site.Root)));
    }

    [Fact]
    public async Task Results_of_a_site_not_built_for_two_months_are_deleted_when_another_site_is_built()
    {
        var stale = Path.Combine(cacheFolder.Path, "checks", "0123456789abcdef0123456789abcdef.bin");
        var recent = Path.Combine(cacheFolder.Path, "checks", "fedcba9876543210fedcba9876543210.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "old results");
        File.WriteAllText(recent, "recent results");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - CheckCacheFile.KeptUnused - TimeSpan.FromDays(1));
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow - CheckCacheFile.KeptUnused + TimeSpan.FromDays(1));

        using var site = new TempSite();
        await BuildAnewAsync(site.Root, site.Output);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(recent));
    }

    [Fact]
    public async Task Two_sites_keep_their_results_in_different_files_and_each_reuses_its_own()
    {
        using var one = new TempSite();
        using var other = SiteWithAVagueLink();
        await BuildAnewAsync(one.Root, one.Output);
        await BuildAnewAsync(other.Root, other.Output);

        var (again, cache) = await BuildAnewAsync(one.Root, one.Output);

        Assert.NotEqual(CacheFileOf(one.Root), CacheFileOf(other.Root));
        Assert.Equal(0, cache.PagesCheckedLastBuild);
        Assert.DoesNotContain(again.Diagnostics, d => d.RuleName == "link-text-vague");
    }
}
