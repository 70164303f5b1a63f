using SiteGen.Accessibility;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Site;
using Severity = SiteGen.Diagnostics.Severity;
using SiteGen.Tests.EndToEnd;

namespace SiteGen.Tests.RealWriting;

/// <summary>
/// A slice of a US government comms site moved from Hugo (tests/real-writing/migrated/site, made by generate.py
/// beside it): Hugo front matter, press releases, pasted HTML, an en-US language. What the writers read must be
/// about their own files and about the standard they are held to.
/// </summary>
public class MigratedSiteTests : IClassFixture<MigratedSiteTests.Built>
{
    private readonly BuildResult result;

    public MigratedSiteTests(Built built) => result = built.Result;

    /// <summary>The slice, built once for every test here.</summary>
    public sealed class Built : IAsyncLifetime
    {
        public BuildResult Result { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Result = await SiteBuilder.RunAsync(
                Path.Combine(SampleSite.RepositoryRoot, "tests", "real-writing", "migrated", "site"),
                new BuildOptions
                {
                    OutputPath = Path.Combine(Path.GetTempPath(), "sitegen-migrated-" + Guid.NewGuid().ToString("N")),
                    WriteOutput = false,
                });

        public Task DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public void No_finding_is_located_in_a_theme_file()
    {
        Assert.NotEmpty(result.Diagnostics);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location?.File.StartsWith("themes/", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void No_error_cites_only_criteria_above_level_AA()
    {
        var cited = result.Diagnostics.Where(d => d.IsError && d.Wcag is not null).ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, d => Assert.True(Wcag22.LowestLevelOf(d.Wcag!) <= WcagLevel.AA, d.ToString()));
    }

    [Fact]
    public void Hugo_dates_are_all_read()
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.InvalidDate);
    }

    [Fact]
    public void Hugo_keys_are_noted_not_warned_about()
    {
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.HugoKeyIgnored && d.Severity == Severity.Info);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.UnknownKey);
    }

    [Fact]
    public void An_en_US_site_shows_the_theme_s_English_text_not_its_keys()
    {
        Assert.NotEmpty(result.Diagnostics);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("tagTitle", StringComparison.Ordinal)
            || d.Message.Contains("calendarSubscribe", StringComparison.Ordinal));
    }
}
