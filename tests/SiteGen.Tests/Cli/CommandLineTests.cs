using System.Text.Json;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Cli;

/// <summary>The sitegen command line: exit codes, formats and summaries as the contract gives them.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Build_of_a_clean_site_exits_0_and_prints_a_summary()
    {
        using var site = new TempSite();
        var run = await SitegenProcess.RunAsync(site.Root, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Built \d+ pages \(\d+ files\) into _site in [\d.]+ s: 0 errors, 0 warnings\.", run.StandardError);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task Build_with_errors_exits_1_and_prints_diagnostics_in_the_compiler_form()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-01-01-x.md", "---\ntitle: X\n---\nRead it [here](https://example.com/).\n");
        var run = await SitegenProcess.RunAsync(site.Root, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"content/en/blog/2021-01-01-x\.md\(4,\d+\): error A11Y\d+: Link text ""here""", run.StandardOutput);
        Assert.Contains("The previous output in _site was left as it was.", run.StandardError);
    }

    [Fact]
    public async Task Build_with_future_includes_a_page_dated_after_today()
    {
        using var site = new TempSite();
        var later = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd");
        site.Write($"content/en/blog/{later}-coming-soon.md", "---\ntitle: Coming soon\n---\nNews to come.\n");
        var run = await SitegenProcess.RunAsync(site.Root, "build", "--future");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "blog/coming-soon/index.html")));
    }

    [Fact]
    public async Task Build_keeps_check_results_in_the_cache_folder_and_with_no_cache_does_not()
    {
        using var site = new TempSite();
        using var cache = new TempFolder();
        var environment = new Dictionary<string, string> { ["SITEGEN_CACHE_DIR"] = cache.Path };
        var checks = Path.Combine(cache.Path, "checks");

        Assert.Equal(0, (await SitegenProcess.RunAsync(site.Root, environment, "build", "--no-cache")).ExitCode);
        Assert.False(Directory.Exists(checks));
        Assert.Equal(0, (await SitegenProcess.RunAsync(site.Root, environment, "build")).ExitCode);
        Assert.Single(Directory.GetFiles(checks));
    }

    [Fact]
    public async Task Unknown_format_is_a_command_line_error_with_exit_code_2()
    {
        using var site = new TempSite();
        var run = await SitegenProcess.RunAsync(site.Root, "build", "--format", "xml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("xml", run.StandardError);
    }

    [Fact]
    public async Task Missing_site_yml_exits_2()
    {
        var empty = Directory.CreateTempSubdirectory("sitegen-empty-").FullName;
        try
        {
            var run = await SitegenProcess.RunAsync(empty, "build");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("SG001", run.StandardOutput);
            Assert.False(Directory.Exists(Path.Combine(empty, "_site")));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task Check_writes_nothing()
    {
        using var site = new TempSite();
        var run = await SitegenProcess.RunAsync(site.Root, "check");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Checked", run.StandardError);
        Assert.False(Directory.Exists(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site*"));
    }

    [Fact]
    public async Task Json_format_prints_a_parseable_array_of_diagnostics()
    {
        using var site = new TempSite();
        site.Write("content/en/about.md", "---\ntittle: About\n---\nText.\n");
        var run = await SitegenProcess.RunAsync(site.Root, "check", "--format", "json");
        using var json = JsonDocument.Parse(run.StandardOutput);
        var codes = json.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.Contains("SG204", codes);
        var warning = json.RootElement.EnumerateArray().First(e => e.GetProperty("code").GetString() == "SG204");
        Assert.Equal("content/en/about.md", warning.GetProperty("file").GetString());
        Assert.Equal(2, warning.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Sarif_format_is_sarif_2_1_0()
    {
        using var site = new TempSite();
        site.Write("content/en/about.md", "---\ntittle: About\n---\nText.\n");
        var run = await SitegenProcess.RunAsync(site.Root, "check", "--format", "sarif");
        using var sarif = JsonDocument.Parse(run.StandardOutput);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "SG204");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
    }

    [Fact]
    public async Task Site_without_a_themes_folder_builds_with_the_shipped_default_theme()
    {
        using var site = new TempSite();
        Directory.Delete(Path.Combine(site.Root, "themes"), recursive: true);
        var run = await SitegenProcess.RunAsync(site.Root, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<main", File.ReadAllText(Path.Combine(site.Output, "about/index.html")));
    }

    [Fact]
    public async Task Base_url_option_prefixes_internal_links_with_its_path()
    {
        using var site = new TempSite();
        var run = await SitegenProcess.RunAsync(site.Root, "build", "--base-url", "https://example.github.io/repo");
        Assert.Equal(0, run.ExitCode);
        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains("href=\"/repo/about/\"", home);
        Assert.Matches("href=\"/repo/assets/css/site\\.[0-9a-f]{10}\\.css\"", home);
    }

    [Fact]
    public async Task Report_option_writes_an_html_report_grouped_by_file_with_the_source_line()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-01-01-x.md", "---\ntitle: X\n---\nRead it [here](https://example.com/).\n");
        var report = Path.Combine(site.Root, "report.html");
        var run = await SitegenProcess.RunAsync(site.Root, "check", "--report", report);
        Assert.Equal(1, run.ExitCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(report));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "content/en/blog/2021-01-01-x.md");
        Assert.Contains(page.QuerySelectorAll("pre"), p => p.TextContent == "Read it [here](https://example.com/).");
        Assert.Contains("link-text-vague", page.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task Report_names_sitegens_own_codes_in_its_chart_as_the_terminal_does()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-01-01-x.md", "---\ntitle: X\ncolour: blue\n---\nA short post.\n");
        var report = Path.Combine(site.Root, "report.html");
        await SitegenProcess.RunAsync(site.Root, "check", "--report", report);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(report));
        Assert.Contains(page.QuerySelectorAll("#by-rule + table th[scope=row]"), th => th.TextContent == "SG204 unknown key");
    }

    [Fact]
    public async Task New_event_writes_a_dated_file_with_its_front_matter_that_builds_cleanly()
    {
        using var site = new TempSite();
        var run = await SitegenProcess.RunAsync(site.Root, "new", "event", "Autumn forum: what's next?");
        Assert.Equal(0, run.ExitCode);
        var file = Directory.EnumerateFiles(Path.Combine(site.Root, "content/en/events")).Single();
        Assert.Matches(@"\d{4}-\d{2}-\d{2}-autumn-forum-whats-next\.md$", file);
        var text = File.ReadAllText(file);
        Assert.Contains("title: \"Autumn forum: what's next?\"", text);
        Assert.Contains("# speakers:", text);
        var build = await SitegenProcess.RunAsync(site.Root, "build");
        Assert.True(build.ExitCode == 0, build.StandardOutput);
        Assert.Equal("", build.StandardOutput);
    }

    [Fact]
    public async Task New_never_overwrites_an_existing_file()
    {
        using var site = new TempSite();
        var existing = File.ReadAllText(Path.Combine(site.Root, "content/en/about.md"));
        var run = await SitegenProcess.RunAsync(site.Root, "new", "page", "About");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SG104", run.StandardOutput);
        Assert.Equal(existing, File.ReadAllText(Path.Combine(site.Root, "content/en/about.md")));
    }

    [Fact]
    public async Task New_in_a_language_the_site_does_not_have_exits_2()
    {
        using var site = new TempSite();
        var run = await SitegenProcess.RunAsync(site.Root, "new", "post", "Bonjour", "--lang", "fr");
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/fr")));
    }

    [Fact]
    public async Task Sigterm_during_a_build_exits_130_keeps_the_previous_output_and_removes_staging()
    {
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        site.Write("content/en/index.md", "---\ntitle: Home\n---\nA new welcome.\n");

        using var process = SitegenProcess.Start(site.Root, "build");
        // The staging folder appears when the build starts writing; compiling the theme keeps it busy for seconds after.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Directory.EnumerateDirectories(site.Root, "._site.staging-*").Any() && !process.HasExited && waited.Elapsed < TimeSpan.FromMinutes(2))
            await Task.Delay(20);
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
        var run = await SitegenProcess.FinishAsync(process);

        Assert.Equal(130, run.ExitCode);
        Assert.Contains("error SG110", run.StandardOutput);
        Assert.Contains("Build interrupted", run.StandardError);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
    }
}
