using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Build;

/// <summary>Nothing is lost: one build at a time, an interrupted build keeps the old site, and files added by hand are never deleted.</summary>
public sealed class OutputSafetyTests
{
    private static async Task<TempSite> BuiltSite()
    {
        var site = new TempSite();
        var first = await site.BuildAsync();
        Assert.True(first.ExitCode == 0, string.Join("\n", first.Diagnostics));
        return site;
    }

    private static string[] Leftovers(TempSite site) =>
        Directory.GetDirectories(site.Root, "._site.*").Select(Path.GetFileName).OfType<string>().ToArray();

    [Fact]
    public async Task Second_build_while_one_holds_the_lock_is_refused_with_the_holders_pid()
    {
        using var site = await BuiltSite();
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        using (var held = BuildLock.TryAcquire(site.Output, out _))
        {
            Assert.NotNull(held);
            var result = await site.BuildAsync();

            Assert.Equal(BuildResult.BusyExitCode, result.ExitCode);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(Codes.BuildRunning, error.Code);
            Assert.Contains($"pid {Environment.ProcessId}", error.Message);
        }
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task Lock_file_left_by_a_killed_build_does_not_block_the_next()
    {
        using var site = await BuiltSite();
        // What a killed build leaves: the lock file and its owner, but no process holding the lock.
        File.WriteAllText(BuildLock.PathFor(site.Output), "");
        File.WriteAllText(BuildLock.PathFor(site.Output) + "-owner", "999999");

        var result = await site.BuildAsync();

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Lock_is_released_when_the_build_ends()
    {
        using var site = await BuiltSite();
        using var next = BuildLock.TryAcquire(site.Output, out var holder);
        Assert.NotNull(next);
        Assert.Equal(0, holder);
    }

    [Fact]
    public async Task Interrupted_build_keeps_the_previous_output_and_removes_its_staging_folder()
    {
        using var site = await BuiltSite();
        site.Write("content/en/blog/2021-01-02-new.md", "---\ntitle: New post\n---\nText.\n");
        using var interrupted = new CancellationTokenSource();
        await interrupted.CancelAsync();

        var result = await SiteBuilder.RunAsync(site.Root, new SiteGen.Site.BuildOptions { OutputPath = site.Output }, interrupted.Token);

        Assert.Equal(BuildResult.InterruptedExitCode, result.ExitCode);
        Assert.Equal(Codes.BuildInterrupted, Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "blog/new")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.Empty(Leftovers(site));
    }

    [Fact]
    public async Task Build_lists_what_it_wrote_in_a_manifest_inside_the_output()
    {
        using var site = await BuiltSite();
        var manifest = File.ReadAllLines(Path.Combine(site.Output, OutputFolder.ManifestName));
        Assert.Contains("index.html", manifest);
        Assert.Contains("about/index.html", manifest);
        var onDisk = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f)).Where(f => f != OutputFolder.ManifestName).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, manifest);
    }

    [Fact]
    public async Task File_added_to_the_output_by_hand_makes_the_build_refuse_and_name_it()
    {
        using var site = await BuiltSite();
        File.WriteAllText(Path.Combine(site.Output, "google1234.html"), "google-site-verification");

        var result = await site.BuildAsync();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.OutputNotOurs, error.Code);
        Assert.Contains("google1234.html", error.Message);
        Assert.Contains("content/", error.Message);
        Assert.Equal("google-site-verification", File.ReadAllText(Path.Combine(site.Output, "google1234.html")));
    }

    [Fact]
    public async Task Output_folder_with_files_and_no_manifest_is_not_replaced()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "thesis.docx"), "years of work");

        var result = await site.BuildAsync();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.OutputNotOurs, error.Code);
        Assert.Contains("thesis.docx", error.Message);
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(site.Output, "thesis.docx")));
    }

    [Fact]
    public async Task Empty_output_folder_without_a_manifest_is_used()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(site.Output);
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Staging_folder_left_by_a_killed_build_is_removed_by_the_next()
    {
        using var site = await BuiltSite();
        Directory.CreateDirectory(Path.Combine(site.Root, "._site.staging-0123456789abcdef", "blog"));

        var result = await site.BuildAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(Leftovers(site));
    }

    [Fact]
    public async Task Build_killed_during_the_swap_gets_the_previous_site_back()
    {
        using var site = await BuiltSite();
        // Killed after moving the old site aside and before moving the new one in.
        Directory.Move(site.Output, Path.Combine(site.Root, "._site.old-0123456789abcdef"));
        site.Write("content/en/blog/2021-01-02-bad.md", "---\nsummary: no title\n---\nText.\n");

        var result = await site.BuildAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.Empty(Leftovers(site));
    }
}
