using System.Text.Json;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Cli;

/// <summary>
/// Info messages (a page's readability figures, one a page) are counted in the summary, and listed
/// only with --verbose; JSON and SARIF always carry them. Plain output has no colour codes.
/// </summary>
public sealed class VerboseOutputTests
{
    // Over 100 words, so the page gets its readability figures as an info message (SG700).
    private static readonly string LongPage = "---\ntitle: Our meetings\n---\n" +
        string.Concat(Enumerable.Repeat("We meet in the hall on Monday. We talk about our work and plan the next event.\n\n", 8));

    private static TempSite SiteWithInfo() => new TempSite().Write("content/en/meetings.md", LongPage);

    [Fact]
    public async Task Without_verbose_info_messages_are_counted_but_not_listed()
    {
        using var site = SiteWithInfo();
        var run = await SitegenProcess.RunAsync(site.Root, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(": info ", run.StandardOutput);
        Assert.Matches(@"Built \d+ pages \(\d+ files\) into _site in [\d.]+ s: 0 errors, 0 warnings\. 1 info message not shown: add --verbose to list them\.", run.StandardError);
    }

    [Fact]
    public async Task With_verbose_info_messages_are_listed_one_a_line()
    {
        using var site = SiteWithInfo();
        var run = await SitegenProcess.RunAsync(site.Root, "check", "--verbose");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^content/en/meetings\.md\(\d+,\d+\): info SG700: ", run.StandardOutput);
        Assert.Matches(@"Checked \d+ pages in [\d.]+ s: 0 errors, 0 warnings\. 1 info message\.", run.StandardError);
    }

    [Fact]
    public async Task Json_keeps_info_messages_without_verbose()
    {
        using var site = SiteWithInfo();
        var run = await SitegenProcess.RunAsync(site.Root, "check", "--format", "json");
        using var json = JsonDocument.Parse(run.StandardOutput);
        Assert.Contains(json.RootElement.EnumerateArray(), d => d.GetProperty("code").GetString() == "SG700");
    }

    [Fact]
    public async Task Plain_output_has_no_colour_codes()
    {
        using var site = SiteWithInfo();
        site.Write("content/en/blog/2021-01-01-x.md", "---\ntitle: X\n---\nRead it [here](https://example.com/).\n");
        var run = await SitegenProcess.RunAsync(site.Root, "build", "--verbose");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error A11Y", run.StandardOutput);
        Assert.DoesNotContain('\u001b', run.StandardOutput + run.StandardError);
    }

    [Fact]
    public async Task Help_describes_verbose()
    {
        var run = await SitegenProcess.RunAsync(Path.GetTempPath(), "build", "--help");
        Assert.Contains("--verbose", run.StandardOutput);
    }
}
