using SiteGen.Diagnostics;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.EasyRead;

/// <summary>Switching Easy Read rules off for a page or the site, the way accessibility rules are switched off.</summary>
public sealed class EasyReadIgnoreTests
{
    // "three" is a number word (ER010, er-number-words); the page also has no review record (ER031).
    private const string EasyPage = "---\ntitle: A in Easy Read\n{0}---\n![2 people](../../images/x.svg) Three people came.\n";

    private static TempSite SiteWith(string frontMatter, string? siteYml = null)
    {
        var site = siteYml is null ? new TempSite() : new TempSite(siteYml);
        site.Write("content/en/blog/2021-03-04-a.md", "---\ntitle: A\n---\nText.\n");
        site.Write("content/en/blog/2021-03-04-a.easy-read.md", string.Format(EasyPage, frontMatter));
        site.WriteBytes("content/images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        return site;
    }

    [Fact]
    public async Task A_page_ignore_by_rule_name_switches_an_easy_read_rule_off_on_that_page()
    {
        using var site = SiteWith("accessibility:\n  ignore: [er-number-words]\n  reason: The title of the talk we quote spells the number.\n");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ER010");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.UnusedIgnore);
    }

    [Fact]
    public async Task A_site_ignore_by_rule_id_switches_an_easy_read_rule_off_everywhere()
    {
        using var site = SiteWith("", "title: Test\nlanguages:\n  - { code: en, name: English }\naccessibility:\n  ignore: [ER010]\n");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ER010");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.UnusedIgnore);
    }

    [Fact]
    public async Task An_easy_read_ignore_without_a_reason_is_an_error()
    {
        using var site = SiteWith("accessibility:\n  ignore: [er-number-words]\n");
        var result = await site.BuildAsync();
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == Codes.InvalidValue && d.Message.Contains("reason"));
    }

    [Fact]
    public async Task An_easy_read_ignore_that_hides_nothing_gets_a_reminder()
    {
        using var site = SiteWith("accessibility:\n  ignore: [er-idioms]\n  reason: A quoted slogan.\n");
        var result = await site.BuildAsync();
        var reminder = Assert.Single(result.Diagnostics, d => d.Code == Codes.UnusedIgnore);
        Assert.Equal(new SourceLocation("content/en/blog/2021-03-04-a.easy-read.md", 3, 1), reminder.Location);
    }

    [Fact]
    public async Task Other_easy_read_rules_still_apply_on_a_page_with_an_ignore()
    {
        using var site = SiteWith("accessibility:\n  ignore: [er-number-words]\n  reason: The title of the talk we quote spells the number.\n");
        var result = await site.BuildAsync();
        Assert.Contains(result.Diagnostics, d => d.Code == "ER031");
    }
}
