namespace SiteGen.Tests.Build;

/// <summary>How markdown files become pages: URLs, dates, drafts and markdown features, through a whole build.</summary>
public sealed class ContentBuildTests
{
    [Fact]
    public async Task Drafts_are_left_out_unless_asked_for()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-01-01-plan.md", "---\ntitle: Plan\ndraft: true\n---\nNot ready.\n");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Output, "blog/plan/index.html")));

        Assert.Equal(0, (await site.BuildAsync(o => o with { IncludeDrafts = true })).ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "blog/plan/index.html")));
    }

    [Fact]
    public async Task File_name_date_prefix_sets_the_date_and_is_not_part_of_the_url()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-spring-update.md", "---\ntitle: Spring update\n---\nNews.\n");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var page = File.ReadAllText(Path.Combine(site.Output, "blog/spring-update/index.html"));
        Assert.Contains("datetime=\"2021-03-04\"", page);
        Assert.Contains("4 March 2021", page);
    }

    [Fact]
    public async Task Slug_in_front_matter_overrides_the_file_name()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-x.md", "---\ntitle: X\nslug: Our Spring Update\n---\nNews.\n");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "blog/our-spring-update/index.html")));
    }

    [Fact]
    public async Task Passage_marked_with_lang_keeps_its_language_in_the_page()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-welsh.md", "---\ntitle: Welsh greeting\n---\nWe opened in Welsh:\n\nCroeso i bawb, diolch am ddod heddiw. {lang=cy}\n");
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Contains("<p lang=\"cy\">Croeso i bawb", File.ReadAllText(Path.Combine(site.Output, "blog/welsh/index.html")));
    }

    [Fact]
    public async Task Link_to_a_markdown_file_becomes_the_page_url()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-a.md", "---\ntitle: A\n---\nSee [our statement on accessibility](../accessibility.md).\n");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        Assert.Contains("href=\"/accessibility/\"", File.ReadAllText(Path.Combine(site.Output, "blog/a/index.html")));
    }

    [Fact]
    public async Task Shared_folder_files_are_copied_and_images_resolve_from_the_markdown_file()
    {
        using var site = new TempSite();
        site.Write("content/images/meeting.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        site.Write("content/en/blog/2021-03-04-pic.md", "---\ntitle: Pic\n---\n![Four people around a table](../../images/meeting.svg)\n");
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "images/meeting.svg")));
        Assert.Contains("src=\"/images/meeting.svg\"", File.ReadAllText(Path.Combine(site.Output, "blog/pic/index.html")));
    }

    [Fact]
    public async Task Image_with_empty_alt_is_an_error_unless_marked_decorative()
    {
        using var site = new TempSite();
        site.Write("content/images/line.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        site.Write("content/en/blog/2021-03-04-a.md", "---\ntitle: A\n---\nIntro.\n\n![](../../images/line.svg)\n");
        site.Write("content/en/blog/2021-03-04-b.md", "---\ntitle: B\n---\nIntro.\n\n![](../../images/line.svg){.decorative}\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("content/en/blog/2021-03-04-a.md", error.Location!.Value.File);
        Assert.Equal(6, error.Location!.Value.Line);
    }

    [Fact]
    public async Task Tags_get_a_page_listing_every_write_up_with_them()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-a.md", "---\ntitle: First post\ntags: [Lived experience]\n---\nText.\n");
        site.Write("content/en/events/2021-03-05-b.md", "---\ntitle: An event\ntags: [lived experience]\n---\nText.\n");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var tag = File.ReadAllText(Path.Combine(site.Output, "tags/lived-experience/index.html"));
        Assert.Contains("First post", tag);
        Assert.Contains("An event", tag);
    }

    [Fact]
    public async Task Footnote_links_have_names_that_say_what_they_are()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-notes.md", "---\ntitle: Notes\n---\nA claim.[^1]\n\n[^1]: The source.\n");
        var result = await site.BuildAsync();
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        var page = File.ReadAllText(Path.Combine(site.Output, "blog/notes/index.html"));
        Assert.Contains("aria-label=\"Footnote 1\"", page);
        Assert.Contains("aria-label=\"Back to the text of footnote 1\"", page);
    }

    [Fact]
    public async Task Alias_becomes_a_forwarding_page_and_a_netlify_redirect()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-new.md", "---\ntitle: New home\naliases: [/news/old-home/]\n---\nText.\n");
        var result = await site.BuildAsync(o => o with { BaseUrl = new Uri("https://example.github.io/repo/") });
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        var forward = File.ReadAllText(Path.Combine(site.Output, "news/old-home/index.html"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/repo/blog/new/\">", forward);
        Assert.Contains("href=\"/repo/blog/new/\"", forward);
        Assert.Equal("/repo/news/old-home/ /repo/blog/new/ 301\n", File.ReadAllText(Path.Combine(site.Output, "_redirects")));
    }

    [Fact]
    public async Task Netlify_sends_missing_addresses_of_each_other_language_to_its_not_found_page()
    {
        using var site = new TempSite("title: Test site\nbaseUrl: https://example.org/\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n");
        site.Write("content/en/blog/2021-03-04-new.md", "---\ntitle: New home\naliases: [/news/old-home/]\n---\nText.\n");
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal("/news/old-home/ /blog/new/ 301\n/cy/* /cy/404.html 404\n", File.ReadAllText(Path.Combine(site.Output, "_redirects")));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("https://elsewhere.example/x/")]
    [InlineData("/blog/../../x/")]
    [InlineData("/about/")]
    public async Task Alias_outside_the_site_or_on_an_existing_page_is_an_error_at_its_line(string alias)
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-new.md", $"---\ntitle: New home\naliases: [\"{alias}\"]\n---\nText.\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(SiteGen.Diagnostics.Codes.BadAlias, error.Code);
        Assert.Equal(3, error.Location!.Value.Line);
    }
}
