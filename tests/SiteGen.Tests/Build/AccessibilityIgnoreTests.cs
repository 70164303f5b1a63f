using SiteGen.Diagnostics;

namespace SiteGen.Tests.Build;

/// <summary>Switching accessibility rules off, site-wide or for one page, and being told when a switch is stale.</summary>
public sealed class AccessibilityIgnoreTests
{
    private const string VaguePost = "---\ntitle: Vague\ndate: 2021-01-02\n{0}---\nOur report is out. Read it [here](https://example.org/report).\n";

    [Fact]
    public async Task Page_ignore_with_a_reason_suppresses_the_rule_on_that_page()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-01-02-vague.md", string.Format(VaguePost,
            "accessibility:\n  ignore: [link-text-vague]\n  reason: Quoted from a letter we must reproduce exactly.\n"));
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task Page_ignore_without_a_reason_is_an_error()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-01-02-vague.md", string.Format(VaguePost, "accessibility:\n  ignore: [link-text-vague]\n"));
        var result = await site.BuildAsync();
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == Codes.InvalidValue && d.Message.Contains("reason"));
    }

    [Fact]
    public async Task Site_ignore_by_rule_id_suppresses_the_rule_everywhere()
    {
        using var site = new TempSite("title: Test\nlanguages:\n  - { code: en, name: English }\naccessibility:\n  ignore: [A11Y012]\n");
        site.Write("content/en/blog/2021-01-02-vague.md", string.Format(VaguePost, ""));
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Ignore_that_suppresses_nothing_gets_a_reminder_at_its_line()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-01-02-fine.md",
            "---\ntitle: Fine\naccessibility:\n  ignore: [img-alt]\n  reason: Old screenshot.\n---\nNo images any more.\n");
        var result = await site.BuildAsync();
        var reminder = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.UnusedIgnore, reminder.Code);
        Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-fine.md", 3, 1), reminder.Location);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Ignore_naming_no_rule_suggests_the_nearest()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-01-02-fine.md",
            "---\ntitle: Fine\naccessibility:\n  ignore: [img-alts]\n  reason: Typo.\n---\nText.\n");
        var result = await site.BuildAsync();
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.UnknownRule, warning.Code);
        Assert.Contains("did you mean img-alt?", warning.Message);
    }
}
