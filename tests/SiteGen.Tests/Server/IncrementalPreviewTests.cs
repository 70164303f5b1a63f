using SiteGen.Build;
using SiteGen.Multilingual;
using SiteGen.Publishing.Search;
using SiteGen.Server.Builds;
using SiteGen.Site;
using SiteGen.Tests.Build;
using SiteGen.Tests.Publishing;

namespace SiteGen.Tests.Server;

/// <summary>
/// A preview rebuild after an edit works out again only what the edit touches, and its output is
/// exactly, byte for byte, what a full build of the same sources writes.
/// </summary>
public sealed class IncrementalPreviewTests : IDisposable
{
    private const string Post = "content/en/blog/2021-01-01-first.md";
    private const string WelshPost = "content/cy/blog/2021-01-01-first.md";
    private const string Event = "content/en/events/2030-05-01-open-day.md";
    private const string EasyReadEvent = "content/en/events/2030-05-01-open-day.easy-read.md";
    private const string About = "content/en/about.md";
    private const string WelshAbout = "content/cy/about.md";
    private static readonly Uri Address = new("http://127.0.0.1:8080/");
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    private readonly TempSite site = new("title: Test site\nbaseUrl: https://example.org/\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n");
    private readonly Generations generations;
    private readonly PreviewBuilder builder;

    public IncrementalPreviewTests()
    {
        site.Write("content/cy/index.md", "---\ntitle: Hafan\n---\nCroeso i'r safle prawf.\n");
        site.Write(Post, "---\ntitle: First post\nsummary: What we did first.\ntags: [news]\n---\nThe first post.\n\n## What happened\n\nWe met and talked.\n");
        site.Write(WelshPost, "---\ntitle: Y post cyntaf\ntags: [newyddion]\n---\nY post cyntaf.\n");
        site.Write("content/en/blog/2021-02-01-second.md", "---\ntitle: Second post\ntags: [news]\n---\nThe second post links to [the first](2021-01-01-first.md#what-happened).\n");
        site.Write(Event, "---\ntitle: Open day\naliases: [/open-day/]\nevent:\n  start: 2030-05-01T10:00:00+00:00\n  end: 2030-05-01T12:00:00+00:00\n  location: Online\n---\nCome and meet us.\n");
        site.Write(EasyReadEvent, "---\ntitle: Open day\n---\nCome and meet us.\n");
        site.Write(WelshAbout, $"---\ntitle: Amdanom ni\ntranslation:\n  machineAssisted: false\n  reviewed: true\n  translatedFrom: {Translations.Fingerprint("Who we are.\n")}\n---\nPwy ydym ni.\n");
        generations = new Generations(Path.Combine(site.Root, "generations"));
        builder = new PreviewBuilder(site.Root, Address, generations, TextWriter.Null, Clock);
    }

    public static TheoryData<string> Edits => [.. Edit.All.Keys];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task Rebuild_after_an_edit_writes_what_a_full_build_writes(string edit)
    {
        await BuildAsync();
        var changed = Edit.All[edit](site);
        var rebuilt = await BuildAsync(changed);

        var full = Path.Combine(site.Root, "full");
        var expected = await SiteBuilder.RunAsync(site.Root, Options(full));
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), rebuilt.Result.Diagnostics.Select(d => d.ToString()));
        // A build with errors publishes nothing, so there are no files to compare.
        if (expected.ExitCode == 0) SameOutput.Assert(full, ServedFiles.CopyTo(rebuilt.Served!, Path.Combine(site.Root, "served")));
        else Assert.Equal(BuildChange.Failed, rebuilt.Change);
    }

    [Fact]
    public async Task Rebuild_after_a_failed_build_includes_the_edits_of_both()
    {
        await BuildAsync();
        var failed = await BuildAsync(site.Write(Post, "---\ntitle: First post\nsummary: What we did first.\ntags: [news]\n---\nThe first post. See [nowhere](missing.md).\n\n## What happened\n\nWe met and talked.\n").Path(Post));
        Assert.Equal(BuildChange.Failed, failed.Change);
        var fixedBuild = await BuildAsync(site.Write(Event, "---\ntitle: Open day\naliases: [/open-day/]\nevent:\n  start: 2030-05-01T10:00:00+00:00\n  end: 2030-05-01T12:00:00+00:00\n  location: Online\n---\nCome and meet us, and bring a friend.\n").Path(Event));
        Assert.Equal(BuildChange.Failed, fixedBuild.Change);
        var rebuilt = await BuildAsync(site.Write(Post, "---\ntitle: First post\nsummary: What we did first.\ntags: [news]\n---\nThe first post, corrected.\n\n## What happened\n\nWe met and talked.\n").Path(Post));

        Assert.True(rebuilt.Change == BuildChange.Pages, string.Join("\n", rebuilt.Errors));
        var full = Path.Combine(site.Root, "full");
        await SiteBuilder.RunAsync(site.Root, Options(full));
        Assert.Contains("bring a friend", ServedFiles.Text(rebuilt.Served!, "events/open-day/index.html"));
        SameOutput.Assert(full, ServedFiles.CopyTo(rebuilt.Served!, Path.Combine(site.Root, "served")));
    }

    [Fact]
    public async Task Rebuilds_in_a_row_write_what_a_full_build_writes()
    {
        await BuildAsync();
        await BuildAsync(Edit.All["body of a translated page"](site));
        await BuildAsync(Edit.All["a layout"](site));
        var rebuilt = await BuildAsync(Edit.All["body of an original whose translation records it"](site));

        await AssertServesWhatAFullBuildWritesAsync(rebuilt);
    }

    [Fact]
    public async Task Rebuilds_that_break_and_mend_what_other_pages_point_at_report_what_a_full_build_reports()
    {
        await BuildAsync();
        Assert.Equal(BuildChange.Failed, (await BuildAsync(Edit.All["body that removes a heading other pages link to"](site))).Change);
        Assert.Equal(BuildChange.Failed, (await BuildAsync(Edit.All["body of a translation made its original's text"](site))).Change);
        await BuildAsync(site.Write(WelshAbout, $"---\ntitle: Amdanom ni\ntranslation:\n  machineAssisted: false\n  reviewed: true\n  translatedFrom: {Translations.Fingerprint("Who we are.\n")}\n---\nPwy ydym ni.\n").Path(WelshAbout));
        var rebuilt = await BuildAsync(site.Write(Post, "---\ntitle: First post\nsummary: What we did first.\ntags: [news]\n---\nThe first post.\n\n## What happened\n\nWe met, talked and planned.\n").Path(Post));

        Assert.Equal(BuildChange.Pages, rebuilt.Change);
        await AssertServesWhatAFullBuildWritesAsync(rebuilt);
    }

    [Fact]
    public async Task Body_edit_checks_again_only_the_pages_whose_html_changed()
    {
        await BuildAsync();
        await BuildAsync(Edit.All["body of a translated page"](site));
        // Only the post: its Welsh version is laid out again, to the same HTML, whose results the check cache holds.
        Assert.Equal(1, builder.PagesCheckedLastBuild);
    }

    [Fact]
    public async Task Body_edit_renders_again_only_the_page_and_its_other_versions()
    {
        await BuildAsync();
        await BuildAsync(Edit.All["body of a translated page"](site));
        Assert.Equal(new[] { Post, WelshPost }.Order(StringComparer.Ordinal), builder.LatestPlan.PagesRendered!.Order(StringComparer.Ordinal));
        Assert.Equal([Post], builder.LatestPlan.PagesRead!);
    }

    [Fact]
    public async Task Layout_edit_renders_again_only_the_pages_that_use_it()
    {
        await BuildAsync();
        await BuildAsync(Edit.All["a layout"](site));
        // The Easy Read version of an event is laid out as an event too.
        Assert.Equal(new[] { Event, EasyReadEvent }.Order(StringComparer.Ordinal), builder.LatestPlan.PagesRendered!.Order(StringComparer.Ordinal));
        Assert.Empty(builder.LatestPlan.PagesRead!);
    }

    [Theory]
    [InlineData("title and tags")]
    [InlineData("summary")]
    [InlineData("date")]
    public async Task Front_matter_edit_rebuilds_everything(string edit)
    {
        await BuildAsync();
        await BuildAsync(Edit.All[edit](site));
        Assert.NotNull(builder.LatestPlan.EverythingBecause);
        Assert.Empty(builder.LatestPlan.PipelinesReused);
    }

    [Theory]
    [InlineData("body of a translated page")]
    [InlineData("a layout")]
    public async Task Edit_that_leaves_front_matter_and_their_layouts_takes_listings_and_redirects_from_the_previous_build(string edit)
    {
        await BuildAsync();
        await BuildAsync(Edit.All[edit](site));
        Assert.Equal([SitePipelines.Listings, SitePipelines.Redirects], builder.LatestPlan.PipelinesReused);
    }

    [Fact]
    public async Task Body_edit_of_a_home_page_makes_the_listings_again()
    {
        await BuildAsync();
        await BuildAsync(Edit.All["body of a home page"](site));
        Assert.Equal([SitePipelines.Redirects], builder.LatestPlan.PipelinesReused);
    }

    [Fact]
    public async Task Edit_of_a_layout_only_listings_use_lays_out_again_only_the_listings()
    {
        await BuildAsync();
        await BuildAsync(Edit.All["the listing layout"](site));
        Assert.Empty(builder.LatestPlan.PagesRendered!);
        Assert.Equal([SitePipelines.Redirects], builder.LatestPlan.PipelinesReused);
    }

    [Fact]
    public async Task Rebuild_reads_only_the_files_reported_changed()
    {
        await BuildAsync();
        // Written without telling the builder: a rebuild takes this file as the previous build read it.
        site.Write(About, "---\ntitle: About us\n---\nText the builder was not told about.\n");
        var rebuilt = await BuildAsync(Edit.All["body of a translated page"](site));
        Assert.DoesNotContain("not told about", ServedFiles.Text(rebuilt.Served!, "about/index.html"));
        Assert.Contains("one more sentence", ServedFiles.Text(rebuilt.Served!, "blog/first/index.html"));
    }

    [Fact]
    public async Task Rebuild_writes_only_the_files_that_changed_and_serves_the_rest_from_where_they_are()
    {
        var first = (await BuildAsync()).Served!;
        var rebuilt = (await BuildAsync(Edit.All["body of a translated page"](site))).Served!;

        Assert.NotEqual(first.Files["blog/first/index.html"], rebuilt.Files["blog/first/index.html"]);
        Assert.Equal(first.Files["about/index.html"], rebuilt.Files["about/index.html"]);
        Assert.False(File.Exists(Path.Combine(rebuilt.Files["blog/first/index.html"], "about", "index.html")));
    }

    [Fact]
    public async Task Body_edit_writes_only_the_search_index_part_that_lists_the_page()
    {
        for (var i = 0; i < SearchIndex.PartSize; i++)
            site.Write($"content/en/blog/2020-01-01-note-{i:D3}.md", $"---\ntitle: Note {i}\n---\nA short note.\n");
        var first = (await BuildAsync()).Served!;
        // The newest pages come first: the first post and the open day are in the first part, the notes fill the rest.
        var rebuilt = await BuildAsync(Edit.All["body of a translated page"](site));

        Assert.NotEqual(first.Files["search-index/1.json"], rebuilt.Served!.Files["search-index/1.json"]);
        Assert.Equal(first.Files["search-index/2.json"], rebuilt.Served.Files["search-index/2.json"]);
        Assert.Equal(first.Files["search-index.json"], rebuilt.Served.Files["search-index.json"]);
        Assert.Contains("one more sentence", ServedFiles.Text(rebuilt.Served, "search-index/1.json"));
        await AssertServesWhatAFullBuildWritesAsync(rebuilt);
    }

    [Fact]
    public async Task Removed_page_is_no_longer_served()
    {
        await BuildAsync();
        var rebuilt = await BuildAsync(Edit.All["a removed page"](site));
        Assert.Null(rebuilt.Served!.FileOf("events/open-day/easy-read/index.html"));
    }

    [Fact]
    public async Task Page_that_moves_address_is_served_only_at_its_new_one()
    {
        await BuildAsync();
        var rebuilt = await BuildAsync(Edit.All["a page that moves address"](site));
        Assert.Null(rebuilt.Served!.FileOf("blog/first/index.html"));
        Assert.Contains("The first post.", ServedFiles.Text(rebuilt.Served, "blog/our-first/index.html"));
    }

    [Fact]
    public async Task Rebuild_that_takes_the_site_model_from_the_build_before_reports_its_problems_again()
    {
        using var french = new TempSite("title: Test site\nbaseUrl: https://example.org/\nlanguages:\n  - { code: en, name: English }\n  - { code: fr, name: Français }\n");
        french.Write("content/fr/about.md", "---\ntitle: À propos\n---\nQui nous sommes.\n");
        using var frenchGenerations = new Generations(Path.Combine(french.Root, "generations"));
        var frenchBuilder = new PreviewBuilder(french.Root, Address, frenchGenerations, TextWriter.Null, Clock);
        await frenchBuilder.BuildAsync([], default);

        var rebuilt = await frenchBuilder.BuildAsync([french.Write("content/fr/about.md", "---\ntitle: À propos\n---\nQui nous sommes, et ce que nous faisons.\n").Path("content/fr/about.md")], default);

        var full = await SiteBuilder.RunAsync(french.Root, Options(Path.Combine(french.Root, "full")));
        // The theme has no French strings: every build says so, not only the first.
        Assert.Contains(full.Diagnostics, d => d.Code == SiteGen.Diagnostics.Codes.MissingUiStrings);
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), rebuilt.Result.Diagnostics.Select(d => d.ToString()));
        Assert.Null(frenchBuilder.LatestPlan.EverythingBecause);
    }

    [Fact]
    public async Task Rebuilds_that_make_an_ignore_unused_and_used_again_report_what_a_full_build_reports()
    {
        const string frontMatter = "---\ntitle: Vague\naccessibility:\n  ignore: [link-text-vague]\n  reason: Quoted from a letter.\n---\n";
        site.Write(Vague, frontMatter + "Our report is out. Read it [here](https://example.org/report).\n");
        await BuildAsync();

        var unused = await BuildAsync(site.Write(Vague, frontMatter + "Our report is out. Read [our report](https://example.org/report).\n").Path(Vague));
        Assert.Contains(unused.Result.Diagnostics, d => d.Code == SiteGen.Diagnostics.Codes.UnusedIgnore);
        await AssertServesWhatAFullBuildWritesAsync(unused);

        var usedAgain = await BuildAsync(site.Write(Vague, frontMatter + "Our report is out. Read it [here](https://example.org/report), today.\n").Path(Vague));
        Assert.DoesNotContain(usedAgain.Result.Diagnostics, d => d.Code == SiteGen.Diagnostics.Codes.UnusedIgnore);
        await AssertServesWhatAFullBuildWritesAsync(usedAgain);
    }

    [Fact]
    public async Task Rebuilds_that_add_and_remove_an_untranslated_copy_report_what_a_full_build_reports()
    {
        await BuildAsync();
        var copied = await BuildAsync(Edit.All["body of a translation made its original's text"](site));
        Assert.Contains(copied.Result.Diagnostics, d => d.Code == SiteGen.Diagnostics.Codes.FallbackNotMarked);
        await AssertReportsWhatAFullBuildReportsAsync(copied);
        // Another page's edit: the finding on the copy is kept, the edited page's versions are compared again.
        var other = await BuildAsync(Edit.All["body of a translated page"](site));
        Assert.Contains(other.Result.Diagnostics, d => d.Code == SiteGen.Diagnostics.Codes.FallbackNotMarked);
        await AssertReportsWhatAFullBuildReportsAsync(other);

        var translated = await BuildAsync(site.Write(WelshAbout, $"---\ntitle: Amdanom ni\ntranslation:\n  machineAssisted: false\n  reviewed: true\n  translatedFrom: {Translations.Fingerprint("Who we are.\n")}\n---\nPwy ydym ni, heddiw.\n").Path(WelshAbout));
        Assert.DoesNotContain(translated.Result.Diagnostics, d => d.Code == SiteGen.Diagnostics.Codes.FallbackNotMarked);
        await AssertServesWhatAFullBuildWritesAsync(translated);
    }

    [Fact]
    public async Task Rebuilds_that_add_and_remove_a_translation_write_what_a_full_build_writes()
    {
        const string welshEvent = "content/cy/events/2030-05-01-open-day.md";
        await BuildAsync();
        var added = await BuildAsync(site.Write(welshEvent, "---\ntitle: Diwrnod agored\nevent:\n  start: 2030-05-01T10:00:00+00:00\n  end: 2030-05-01T12:00:00+00:00\n  location: Ar-lein\n---\nDewch i'n cwrdd.\n").Path(welshEvent));
        Assert.NotNull(added.Served!.FileOf("cy/events/open-day/index.html"));
        await AssertServesWhatAFullBuildWritesAsync(added);
        var edited = await BuildAsync(Edit.All["body of a translated page"](site));
        await AssertServesWhatAFullBuildWritesAsync(edited);

        var removed = await BuildAsync(site.Delete(welshEvent));
        Assert.Null(removed.Served!.FileOf("cy/events/open-day/index.html"));
        await AssertServesWhatAFullBuildWritesAsync(removed);
    }

    [Fact]
    public async Task Rebuild_after_a_scheduled_page_s_date_comes_writes_what_a_full_build_writes()
    {
        var clock = new MovingClock(Clock.GetUtcNow());
        using var later = new Generations(Path.Combine(site.Root, "generations-scheduled"));
        var scheduled = new PreviewBuilder(site.Root, Address, later, TextWriter.Null, clock);
        site.Write("content/en/blog/2026-11-28-soon.md", "---\ntitle: Soon\ndate: 2026-11-28T09:00:00+00:00\n---\nComing soon.\n");
        await scheduled.BuildAsync([], default);
        await scheduled.BuildAsync(Edit.All["body of a translated page"](site), default);
        Assert.Null(scheduled.LatestPlan.EverythingBecause);

        clock.Now = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
        var rebuilt = await scheduled.BuildAsync(Edit.All["body of an original whose translation records it"](site), default);

        Assert.Equal("a scheduled page's date has come", scheduled.LatestPlan.EverythingBecause);
        await AssertServesWhatAFullBuildWritesAsync(rebuilt, clock);
    }

    [Fact]
    public async Task Rebuild_after_an_event_s_calendar_link_goes_writes_what_a_full_build_writes()
    {
        const string pastEvent = "content/en/events/2026-11-20-meeting.md";
        var clock = new MovingClock(Clock.GetUtcNow());
        using var later = new Generations(Path.Combine(site.Root, "generations-calendar"));
        var calendar = new PreviewBuilder(site.Root, Address, later, TextWriter.Null, clock);
        site.Write(pastEvent, "---\ntitle: Meeting\nevent:\n  start: 2026-11-20T10:00:00+00:00\n  end: 2026-11-20T12:00:00+00:00\n  location: Online\n---\nWe met.\n");
        await calendar.BuildAsync([], default);
        await calendar.BuildAsync(Edit.All["body of a translated page"](site), default);

        // Thirty days after it ended, the event keeps its link until the moment passes.
        clock.Now = new DateTimeOffset(2026, 12, 20, 12, 0, 0, TimeSpan.Zero);
        await calendar.BuildAsync(Edit.All["body of an original whose translation records it"](site), default);
        Assert.DoesNotContain(pastEvent, calendar.LatestPlan.PagesRendered!);
        clock.Now = new DateTimeOffset(2026, 12, 20, 12, 0, 1, TimeSpan.Zero);
        var rebuilt = await calendar.BuildAsync(Edit.All["body of a home page"](site), default);

        Assert.Contains(pastEvent, calendar.LatestPlan.PagesRendered!);
        await AssertServesWhatAFullBuildWritesAsync(rebuilt, clock);
    }

    private const string Vague = "content/en/blog/2021-01-03-vague.md";
    private int compared;

    private Task<BuildReport> BuildAsync(params string[] changed) => builder.BuildAsync(changed, default);

    /// <summary>The rebuild reported the diagnostics of a full build of the same sources and serves the files it writes.</summary>
    private async Task AssertServesWhatAFullBuildWritesAsync(BuildReport rebuilt, TimeProvider? clock = null)
    {
        var full = Path.Combine(site.Root, $"full-{++compared}");
        var expected = await SiteBuilder.RunAsync(site.Root, Options(full, clock));
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), rebuilt.Result.Diagnostics.Select(d => d.ToString()));
        SameOutput.Assert(full, ServedFiles.CopyTo(rebuilt.Served!, Path.Combine(site.Root, $"served-{compared}")));
    }

    /// <summary>The rebuild, which failed, reported the diagnostics of a full build of the same sources.</summary>
    private async Task AssertReportsWhatAFullBuildReportsAsync(BuildReport rebuilt)
    {
        var expected = await SiteBuilder.RunAsync(site.Root, Options(Path.Combine(site.Root, $"full-{++compared}")));
        Assert.Equal(BuildChange.Failed, rebuilt.Change);
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), rebuilt.Result.Diagnostics.Select(d => d.ToString()));
    }

    private static BuildOptions Options(string output, TimeProvider? clock = null) => new()
    {
        OutputPath = output,
        BaseUrl = Address,
        IncludeDrafts = true,
        IncludeFuture = true,
        Preview = true,
        Clock = clock ?? Clock,
        Now = (clock ?? Clock).GetUtcNow(),
    };

    /// <summary>A clock a test moves on between builds.</summary>
    private sealed class MovingClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    public void Dispose()
    {
        generations.Dispose();
        site.Dispose();
    }

    /// <summary>The kinds of edit an author makes while previewing; each returns the files it changed.</summary>
    private static class Edit
    {
        public static readonly Dictionary<string, Func<TempSite, string[]>> All = new()
        {
            ["body of a translated page"] = s => [s.Write(Post, "---\ntitle: First post\nsummary: What we did first.\ntags: [news]\n---\nThe first post, with one more sentence.\n\n## What happened\n\nWe met and talked.\n").Path(Post)],
            ["body of an original whose translation records it"] = s => [s.Write(About, "---\ntitle: About us\n---\nWho we are, and what we do.\n").Path(About)],
            ["body that removes a heading other pages link to"] = s => [s.Write(Post, "---\ntitle: First post\nsummary: What we did first.\ntags: [news]\n---\nThe first post.\n").Path(Post)],
            ["body that renames a heading other pages link to"] = s => [s.Write(Post, "---\ntitle: First post\nsummary: What we did first.\ntags: [news]\n---\nThe first post.\n\n## What we did\n\nWe met and talked.\n").Path(Post)],
            ["body of a translation made its original's text"] = s => [s.Write(WelshAbout, $"---\ntitle: Amdanom ni\ntranslation:\n  machineAssisted: false\n  reviewed: true\n  translatedFrom: {Translations.Fingerprint("Who we are.\n")}\n---\nWho we are.\n").Path(WelshAbout)],
            ["body of an original made its translation's text"] = s => [s.Write(About, "---\ntitle: About us\n---\nPwy ydym ni.\n").Path(About)],
            ["title and tags"] = s => [s.Write(Post, "---\ntitle: Our first post\nsummary: What we did first.\ntags: [news, meetings]\n---\nThe first post.\n\n## What happened\n\nWe met and talked.\n").Path(Post)],
            ["summary"] = s => [s.Write(Post, "---\ntitle: First post\nsummary: What we did first, and why.\ntags: [news]\n---\nThe first post.\n\n## What happened\n\nWe met and talked.\n").Path(Post)],
            ["date"] = s => [s.Write(Post, "---\ntitle: First post\ndate: 2021-01-05\nsummary: What we did first.\ntags: [news]\n---\nThe first post.\n\n## What happened\n\nWe met and talked.\n").Path(Post)],
            ["body of a home page"] = s => [s.Write("content/cy/index.md", "---\ntitle: Hafan\n---\nCroeso i'r safle prawf, a diolch.\n").Path("content/cy/index.md")],
            ["a layout"] = s => [s.Append("themes/default/layouts/event.cshtml", "\n<!-- edited -->\n")],
            ["the listing layout"] = s => [s.Append("themes/default/layouts/list.cshtml", "\n<!-- edited -->\n")],
            ["the shared frame"] = s => [s.Append("themes/default/layouts/_Layout.cshtml", "\n<!-- edited -->\n")],
            ["a new page"] = s => [s.Write("content/en/blog/2021-03-01-third.md", "---\ntitle: Third post\n---\nThe third post.\n").Path("content/en/blog/2021-03-01-third.md")],
            ["a removed page"] = s => [s.Delete("content/en/events/2030-05-01-open-day.easy-read.md")],
            ["a page that moves address"] = s => [s.Write(Post, "---\ntitle: First post\nslug: our-first\nsummary: What we did first.\ntags: [news]\n---\nThe first post.\n\n## What happened\n\nWe met and talked.\n").Path(Post)],
            ["a file saved unchanged"] = s => [s.Path(Post)],
            ["a page moved to another language"] = s => [s.Delete("content/en/blog/2021-02-01-second.md"),
                s.Write("content/cy/blog/2021-02-01-second.md", "---\ntitle: Ail bost\n---\nYr ail bost.\n").Path("content/cy/blog/2021-02-01-second.md")],
            ["the file time of an undated page"] = s => [s.Touch(About, new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc))],
        };
    }
}

/// <summary>Small edits to a <see cref="TempSite"/> that report the path they changed.</summary>
internal static class TempSiteEdits
{
    public static string Path(this TempSite site, string relative) => System.IO.Path.Combine(site.Root, relative);

    public static string Append(this TempSite site, string relative, string text)
    {
        File.AppendAllText(site.Path(relative), text);
        return site.Path(relative);
    }

    public static string Touch(this TempSite site, string relative, DateTime utc)
    {
        File.SetLastWriteTimeUtc(site.Path(relative), utc);
        return site.Path(relative);
    }

    public static string Delete(this TempSite site, string relative)
    {
        File.Delete(site.Path(relative));
        return site.Path(relative);
    }
}
