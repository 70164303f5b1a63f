namespace SiteGen.Tests.Build;

/// <summary>Drafts and scheduled (future-dated) pages: left out of a build unless asked for; labelled only in a preview.</summary>
public sealed class PublicationStateTests
{
    private static readonly DateTimeOffset Now = new(2021, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static TempSite SiteWithScheduledPost() =>
        new TempSite().Write("content/en/blog/2021-07-01-summer-plans.md", "---\ntitle: Summer plans\n---\nWhat we will do.\n");

    private const string ScheduledPage = "blog/summer-plans/index.html";

    [Fact]
    public async Task Page_dated_in_the_future_is_left_out_of_a_build()
    {
        using var site = SiteWithScheduledPost();
        Assert.Equal(0, (await site.BuildAsync(o => o with { Now = Now })).ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Output, ScheduledPage)));
    }

    [Fact]
    public async Task Page_dated_in_the_past_is_built()
    {
        using var site = SiteWithScheduledPost();
        Assert.Equal(0, (await site.BuildAsync(o => o with { Now = Now.AddMonths(2) })).ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, ScheduledPage)));
    }

    [Fact]
    public async Task Future_option_includes_scheduled_pages_without_a_banner()
    {
        using var site = SiteWithScheduledPost();
        Assert.Equal(0, (await site.BuildAsync(o => o with { Now = Now, IncludeFuture = true })).ExitCode);
        var html = File.ReadAllText(Path.Combine(site.Output, ScheduledPage));
        Assert.DoesNotContain("preview-banner", html);
    }

    [Fact]
    public async Task Preview_labels_a_scheduled_page()
    {
        using var site = SiteWithScheduledPost();
        var result = await site.BuildAsync(o => o with { Now = Now, IncludeFuture = true, Preview = true });
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(site.Output, ScheduledPage));
        Assert.Contains("<strong class=\"preview-banner__label\">Scheduled</strong>", html);
    }

    [Fact]
    public async Task Preview_labels_a_draft_and_leaves_published_pages_alone()
    {
        using var site = new TempSite().Write("content/en/blog/2021-01-01-plan.md", "---\ntitle: Plan\ndraft: true\n---\nNot ready.\n");
        var result = await site.BuildAsync(o => o with { IncludeDrafts = true, Preview = true });
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Contains("<strong class=\"preview-banner__label\">Draft</strong>", File.ReadAllText(Path.Combine(site.Output, "blog/plan/index.html")));
        Assert.DoesNotContain("preview-banner", File.ReadAllText(Path.Combine(site.Output, "about/index.html")));
    }

    [Fact]
    public async Task Draft_banner_is_in_the_page_language()
    {
        using var site = new TempSite("title: Test site\nbaseUrl: https://example.org/\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n")
            .Write("content/cy/about.md", "---\ntitle: Amdanom ni\ndraft: true\n---\nPwy ydym ni.\n");
        var result = await site.BuildAsync(o => o with { IncludeDrafts = true, Preview = true });
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Contains("<strong class=\"preview-banner__label\">Drafft</strong>", File.ReadAllText(Path.Combine(site.Output, "cy/about/index.html")));
    }
}
