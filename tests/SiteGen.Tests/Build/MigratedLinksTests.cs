using SiteGen.Diagnostics;

namespace SiteGen.Tests.Build;

/// <summary>What sites moved from other generators bring with them: old addresses, links to markdown files and shortcodes.</summary>
public sealed class MigratedLinksTests
{
    [Theory]
    [InlineData("/news/caf%C3%A9/")]
    [InlineData("/news/café/")]
    public async Task Alias_with_percent_encoding_or_unicode_is_written_at_its_decoded_path(string alias)
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-new.md", $"---\ntitle: New home\naliases: [\"{alias}\"]\n---\nText.\n");
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        var forward = File.ReadAllText(Path.Combine(site.Output, "news", "café", "index.html"));
        Assert.Contains("href=\"/blog/new/\"", forward);
    }

    [Fact]
    public async Task Netlify_rule_for_a_unicode_alias_names_the_address_as_browsers_send_it()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-new.md", "---\ntitle: New home\naliases: [/newyddion/café/]\n---\nText.\n");
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal("/newyddion/caf%C3%A9/ /blog/new/ 301\n", File.ReadAllText(Path.Combine(site.Output, "_redirects")));
    }

    [Fact]
    public async Task Encoded_and_plain_spellings_of_one_alias_are_the_same_address()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-new.md", "---\ntitle: New home\naliases: [/news/café/, /news/caf%C3%A9/]\n---\nText.\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.BadAlias, error.Code);
        Assert.Equal(3, error.Location!.Value.Line);
    }

    [Fact]
    public async Task Encoded_dot_segments_in_an_alias_do_not_climb_out_of_the_site()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-new.md", "---\ntitle: New home\naliases: [\"/blog/%2E%2E/%2E%2E/x/\"]\n---\nText.\n");
        var result = await site.BuildAsync();
        Assert.Equal(Codes.BadAlias, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task Raw_html_link_to_a_markdown_file_goes_to_its_page()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-old.md", "---\ntitle: Old news\n---\nText.\n");
        site.Write("content/en/blog/2021-03-05-new.md",
            "---\ntitle: New news\n---\nRead <a href=\"2021-03-04-old.md\">our old news</a> first.\n");
        var result = await site.BuildAsync();
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.Contains("<a href=\"/blog/old/\">our old news</a>", File.ReadAllText(Path.Combine(site.Output, "blog/new/index.html")));
    }

    [Fact]
    public async Task Raw_html_link_to_a_missing_markdown_file_is_one_error_that_names_the_file()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-05-new.md", "---\ntitle: New news\n---\nRead <a href=\"old.md\">our old news</a> first.\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.BrokenLink, error.Code);
        Assert.Equal(new SourceLocation("content/en/blog/2021-03-05-new.md", 4, 6), error.Location);
        Assert.Contains("content/en/blog/old.md", error.Message);
    }

    [Fact]
    public async Task Shortcode_left_in_a_page_is_a_warning_at_its_line_and_the_site_still_builds()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-05-new.md", "---\ntitle: New news\n---\nOur talk.\n\n{{< youtube abc123 >}}\n");
        var result = await site.BuildAsync();
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.ShortcodeLeftInText, warning.Code);
        Assert.Equal(new SourceLocation("content/en/blog/2021-03-05-new.md", 6, 1), warning.Location);
    }
}
