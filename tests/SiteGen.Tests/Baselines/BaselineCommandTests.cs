using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Tests.Build;
using SiteGen.Tests.Cli;

namespace SiteGen.Tests.Baselines;

/// <summary>sitegen baseline and the commands that read its file, run as a user runs them.</summary>
public sealed class BaselineCommandTests
{
    private static TempSite SiteWithVagueLinks() => new TempSite()
        .Write("content/en/blog/2021-01-01-news.md", "---\ntitle: News\n---\nRead it [here](https://example.com/a).\n")
        .Write("content/en/blog/2021-01-02-more.md", "---\ntitle: Summer plans\n---\nSee [click here](https://example.com/b).\n");

    [Fact]
    public async Task Baseline_command_writes_the_file_and_says_how_many_problems_it_recorded()
    {
        using var site = SiteWithVagueLinks();

        var run = await SitegenProcess.RunAsync(site.Root, "baseline");

        Assert.Equal(0, run.ExitCode);
        var recorded = Regex.Match(run.StandardError,
            @"Recorded (\d+) known problems in sitegen-baseline\.json \(2 errors, \d+ warnings?\)\.");
        Assert.True(recorded.Success, run.StandardError);
        var findings = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "sitegen-baseline.json")))
            .RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(int.Parse(recorded.Groups[1].Value), findings.Sum(f => f.GetProperty("count").GetInt32()));
        Assert.Equal(2, findings.Count(f => f.GetProperty("code").GetString() == "A11Y012"));
    }

    [Fact]
    public async Task Build_after_baseline_exits_0_with_one_summary_line_for_the_known_problems()
    {
        using var site = SiteWithVagueLinks();
        await SitegenProcess.RunAsync(site.Root, "baseline");

        var run = await SitegenProcess.RunAsync(site.Root, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("A11Y012", run.StandardOutput);
        Assert.Matches(@": 0 errors, 0 warnings\. \d+ known problems recorded in sitegen-baseline\.json \(not listed\)\.",
            run.StandardError);
    }

    [Fact]
    public async Task Json_output_leaves_out_the_known_problems()
    {
        using var site = SiteWithVagueLinks();
        await SitegenProcess.RunAsync(site.Root, "baseline");
        site.Write("content/en/about.md", "---\ntitle: About us\n---\nFind us [here](https://example.com/map).\n");

        var run = await SitegenProcess.RunAsync(site.Root, "check", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var reported = JsonDocument.Parse(run.StandardOutput).RootElement.EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() != "info").ToList();
        Assert.Equal("content/en/about.md", Assert.Single(reported).GetProperty("file").GetString());
    }

    [Fact]
    public async Task Corrupt_baseline_is_an_error_at_the_file_with_exit_2()
    {
        using var site = SiteWithVagueLinks().Write("sitegen-baseline.json", "{ \"version\": 1, \"findings\": [\n");

        var run = await SitegenProcess.RunAsync(site.Root, "build");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"sitegen-baseline\.json\(\d+,\d+\): error SG450: sitegen-baseline\.json cannot be read: "
            + @"it is not valid JSON.*\. Run sitegen baseline", run.StandardOutput);
        Assert.DoesNotContain("   at ", run.StandardError);
    }
}
