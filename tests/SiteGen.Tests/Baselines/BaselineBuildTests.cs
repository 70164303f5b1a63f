using SiteGen.Build;
using SiteGen.Cli;
using SiteGen.Cli.Output;
using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Formats;
using SiteGen.Tests.Build;
using SiteGen.Tests.Server;

namespace SiteGen.Tests.Baselines;

/// <summary>A site with a baseline: known findings are summed up and do not fail build, check or serve; new ones do.</summary>
public sealed class BaselineBuildTests
{
    private const string Post = "content/en/blog/2021-01-01-news.md";
    private const string VagueLink = "Read it [here](https://example.com/report).";

    private static TempSite SiteWithVagueLink() => WritePostWithTextAbove(new TempSite(), "");

    private static async Task<int> RecordAsync(TempSite site) =>
        await RecordBaseline.RunAsync(site.Root, new PlainOutput(DiagnosticFormat.Text, TextWriter.Null, TextWriter.Null),
            CancellationToken.None);

    [Fact]
    public async Task Build_with_a_baseline_of_errors_exits_0_and_writes_the_site()
    {
        using var site = SiteWithVagueLink();
        Assert.Equal(1, (await site.BuildAsync()).ExitCode);
        Assert.Equal(0, await RecordAsync(site));

        var result = await site.BuildAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "A11Y012");
        Assert.True(File.Exists(Path.Combine(site.Output, "blog/news/index.html")));
        Assert.Equal(1, result.Baseline!.Known);
    }

    [Fact]
    public async Task Edit_above_a_known_finding_keeps_it_known()
    {
        using var site = SiteWithVagueLink();
        await RecordAsync(site);
        WritePostWithTextAbove(site, "A new first paragraph,\nwritten over two lines.\n\n");

        var result = await site.BuildAsync();

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(new Diagnostics.Baselines.BaselineSummary(1, 0), result.Baseline);
    }

    [Fact]
    public async Task New_finding_is_reported_and_fails_the_build()
    {
        using var site = SiteWithVagueLink();
        await RecordAsync(site);
        WritePostWithTextAbove(site, "See the [click here](https://example.com/map) map.\n\n");

        var result = await site.BuildAsync();

        Assert.Equal(1, result.ExitCode);
        var reported = Assert.Single(result.Diagnostics, d => d.Code == "A11Y012");
        Assert.Contains("click here", reported.Message);
    }

    [Fact]
    public async Task Fixed_finding_is_counted_as_fixed()
    {
        using var site = SiteWithVagueLink();
        await RecordAsync(site);
        site.Write(Post, "---\ntitle: News\n---\nRead [the annual report](https://example.com/report).\n");

        var result = await site.BuildAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, result.Baseline!.Fixed);
        Assert.Contains("1 fixed since: run sitegen baseline to update", result.BaselineNote);
    }

    [Fact]
    public async Task Check_holds_back_known_findings_as_build_does()
    {
        using var site = SiteWithVagueLink();
        await RecordAsync(site);

        var result = await site.BuildAsync(o => o with { WriteOutput = false });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, result.Baseline!.Known);
    }

    [Fact]
    public async Task Preview_holds_back_known_findings_and_says_so()
    {
        using var site = SiteWithVagueLink();
        await RecordAsync(site);

        await using var preview = await PreviewSite.StartAsync(site);

        Assert.Empty(preview.FirstBuild.Errors);
        Assert.Contains("1 known problem recorded in sitegen-baseline.json", preview.Log);
    }

    [Fact]
    public async Task Preview_rebuilds_when_the_baseline_is_recorded_and_stops_listing_the_known_problems()
    {
        await using var preview = await PreviewSite.StartAsync(SiteWithVagueLink());
        Assert.NotEmpty(preview.FirstBuild.Errors);
        var next = preview.NextBuild(report => report.Result.Baseline is not null);

        await RecordAsync(preview.Site);

        Assert.Empty((await next).Errors);
    }

    [Fact]
    public async Task Unreadable_baseline_stops_the_build_with_exit_2()
    {
        using var site = SiteWithVagueLink().Write("sitegen-baseline.json", "{ not json");

        var result = await site.BuildAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Codes.BaselineUnreadable, Assert.Single(result.Diagnostics).Code);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Recording_again_replaces_an_unreadable_baseline()
    {
        using var site = SiteWithVagueLink().Write("sitegen-baseline.json", "{ not json");

        Assert.Equal(0, await RecordAsync(site));

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
    }

    [Fact]
    public async Task Recording_a_site_whose_settings_cannot_be_read_writes_no_baseline_and_exits_2()
    {
        using var site = SiteWithVagueLink().Write("content/site.yml", "title: [unclosed\n");

        Assert.Equal(2, await RecordAsync(site));

        Assert.False(File.Exists(Path.Combine(site.Root, "sitegen-baseline.json")));
    }

    private static TempSite WritePostWithTextAbove(TempSite site, string above) =>
        site.Write(Post, $"---\ntitle: News\n---\n{above}{VagueLink}\n");
}
