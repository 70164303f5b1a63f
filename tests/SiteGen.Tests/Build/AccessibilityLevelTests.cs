using SiteGen.Diagnostics;

namespace SiteGen.Tests.Build;

/// <summary>The level in site.yml decides which accessibility findings are errors, wherever a rule runs.</summary>
public sealed class AccessibilityLevelTests
{
    private const string NewTabPost = """
        ---
        title: Annual report
        date: 2021-01-02
        ---
        Our <a href="https://example.org/report/" target="_blank">annual report for 2020</a> is out.
        """;

    private static string SiteYml(string? level) =>
        "title: Test\nlanguages:\n  - { code: en, name: English }\n"
        + (level is null ? "" : $"accessibility:\n  level: {level}\n");

    private static async Task<(int ExitCode, Diagnostic NewTab)> BuildNewTabPost(string? level)
    {
        using var site = new TempSite(SiteYml(level));
        site.Write("content/en/blog/2021-01-02-report.md", NewTabPost);
        var result = await site.BuildAsync();
        return (result.ExitCode, Assert.Single(result.Diagnostics, d => d.Code == "A11Y023"));
    }

    [Fact]
    public async Task A_link_to_a_new_tab_is_a_warning_on_a_site_that_says_no_level()
    {
        var (exitCode, newTab) = await BuildNewTabPost(null);
        Assert.Equal(Severity.Warning, newTab.Severity);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task A_link_to_a_new_tab_is_an_error_on_a_AAA_site()
    {
        var (exitCode, newTab) = await BuildNewTabPost("AAA");
        Assert.Equal(Severity.Error, newTab.Severity);
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task A_theme_contrast_failure_is_a_warning_on_a_level_A_site()
    {
        using var site = new TempSite(SiteYml("A"));
        site.Write("themes/default/assets/css/extra.css", ".muted { color: #999999; background: #ffffff; }\n");
        var result = await site.BuildAsync();
        Assert.Equal(Severity.Warning, Assert.Single(result.Diagnostics, d => d.Code == "A11Y060").Severity);
    }
}
