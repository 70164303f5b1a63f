using SiteGen.Diagnostics;
using SiteGen.Tests.Server;

namespace SiteGen.Tests.Build;

/// <summary>A link to a page marked draft: true resolves in the preview; a publishing build names the draft.</summary>
public sealed class DraftLinkTests
{
    private const string News = "content/en/blog/2021-03-04-news.md";

    private static TempSite SiteLinkingToADraft() => new TempSite()
        .Write("content/en/blog/2021-03-03-plans.md", "---\ntitle: Our plans\ndraft: true\n---\nNot ready yet.\n")
        .Write(News, "---\ntitle: News\n---\nRead [our plans for the spring](2021-03-03-plans.md).\n");

    [Fact]
    public async Task Link_to_a_draft_resolves_in_the_preview()
    {
        await using var preview = await PreviewSite.StartAsync(SiteLinkingToADraft());

        Assert.Empty(preview.FirstBuild.Errors);
        Assert.Contains("href=\"/blog/plans/\"", await preview.GetTextAsync("/blog/news/"));
    }

    [Fact]
    public async Task Link_to_a_draft_resolves_in_a_build_with_drafts()
    {
        using var site = SiteLinkingToADraft();

        var result = await site.BuildAsync(o => o with { IncludeDrafts = true });

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Link_to_a_draft_in_a_publishing_build_is_an_error_that_names_the_draft()
    {
        using var site = SiteLinkingToADraft();

        var result = await site.BuildAsync();

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(Codes.BrokenLink, error.Code);
        Assert.Equal(new SourceLocation(News, 4, 6), error.Location);
        Assert.Contains("links to content/en/blog/2021-03-03-plans.md, which is a draft.", error.Message);
        Assert.Contains("Publish it (remove draft: true from its front matter) or remove the link.", error.Message);
    }

    [Fact]
    public async Task Link_to_a_draft_by_its_address_in_a_publishing_build_names_the_draft()
    {
        using var site = SiteLinkingToADraft()
            .Write(News, "---\ntitle: News\n---\nRead [our plans for the spring](/blog/plans/).\n");

        var error = Assert.Single((await site.BuildAsync()).Diagnostics, d => d.IsError);

        Assert.Equal(Codes.BrokenLink, error.Code);
        Assert.Equal(new SourceLocation(News, 4, 6), error.Location);
        Assert.Contains("goes to content/en/blog/2021-03-03-plans.md, which is a draft.", error.Message);
    }

    [Fact]
    public async Task Link_to_a_missing_address_is_not_called_a_draft()
    {
        using var site = SiteLinkingToADraft()
            .Write(News, "---\ntitle: News\n---\nRead [our plans for the summer](/blog/summer-plans/).\n");

        var error = Assert.Single((await site.BuildAsync()).Diagnostics, d => d.IsError);

        Assert.Contains("goes to a page the site does not have", error.Message);
    }

    [Fact]
    public async Task Link_to_a_missing_page_is_not_called_a_draft()
    {
        using var site = new TempSite().Write(News, "---\ntitle: News\n---\nRead [our plans](2021-03-03-plans.md).\n");

        var error = Assert.Single((await site.BuildAsync()).Diagnostics, d => d.IsError);

        Assert.Contains("which does not exist", error.Message);
        Assert.DoesNotContain("draft", error.Message);
    }
}
