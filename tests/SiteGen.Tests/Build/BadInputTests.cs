using SiteGen.Diagnostics;

namespace SiteGen.Tests.Build;

/// <summary>
/// Each kind of bad input is one diagnostic naming the file and line; the rest of the site is still
/// checked; the build exits 1; and the previous output is left exactly as it was.
/// </summary>
public sealed partial class BadInputTests
{
    private const string GoodPost = "---\ntitle: A good post\ndate: 2021-01-01\n---\nSome text.\n";

    private static async Task<(TempSite Site, IReadOnlyList<Diagnostic> Diagnostics, int ExitCode)> BuildBroken(Action<TempSite> breakIt)
    {
        var site = new TempSite();
        site.Write("content/en/blog/2021-01-01-good.md", GoodPost);
        var first = await site.BuildAsync();
        Assert.True(first.ExitCode == 0, string.Join("\n", first.Diagnostics));
        // Changed in place rather than added: a file added by hand would make the build refuse to replace the output.
        File.WriteAllText(Path.Combine(site.Output, "404.html"), "previous build");

        breakIt(site);
        var result = await site.BuildAsync();
        return (site, result.Diagnostics, result.ExitCode);
    }

    private static void AssertPreviousOutputKept(TempSite site)
    {
        Assert.Equal("previous build", File.ReadAllText(Path.Combine(site.Output, "404.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "blog/good/index.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public async Task Malformed_yaml_is_one_error_at_its_line_and_keeps_the_previous_output()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-02-bad.md", "---\ntitle: Fine\nsummary: [unclosed\n---\nText.\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.FrontMatterSyntax, error.Code);
            Assert.Equal("content/en/blog/2021-01-02-bad.md", error.Location!.Value.File);
            Assert.InRange(error.Location!.Value.Line, 3, 4);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Missing_title_is_an_error_at_line_1()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-02-untitled.md", "---\nsummary: No title here.\n---\nText.\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.TitleMissing, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-untitled.md", 1, 1), error.Location);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Unknown_language_folder_is_an_error_naming_it()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/fr/index.md", "---\ntitle: Accueil\n---\nBonjour.\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.UnknownLanguageFolder, error.Code);
            Assert.Contains("content/fr", error.Message);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Image_that_does_not_exist_is_an_error_at_its_markdown_line()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-02-pic.md",
            "---\ntitle: Pictures\ndate: 2021-01-02\n---\nIntro.\n\n![Two people talking](../../images/missing.jpg)\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.MissingAsset, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-pic.md", 7, 1), error.Location);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Link_to_a_page_that_does_not_exist_is_an_error_at_its_markdown_line()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-02-links.md",
            "---\ntitle: Links\ndate: 2021-01-02\n---\nSee [our annual report](annual-report.md) for more.\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.BrokenLink, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-links.md", 5, 5), error.Location);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Root_relative_link_to_a_missing_page_is_found_by_the_link_check()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-02-links.md",
            "---\ntitle: Links\ndate: 2021-01-02\n---\nRead about [our trustees](/trustees/).\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.BrokenLink, error.Code);
            Assert.Equal("content/en/blog/2021-01-02-links.md", error.Location!.Value.File);
            Assert.Equal(5, error.Location!.Value.Line);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Two_pages_with_the_same_url_is_an_error_on_the_second()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-03-good.md", "---\ntitle: Another good post\n---\nText.\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.DuplicateUrl, error.Code);
            Assert.Equal("content/en/blog/2021-01-03-good.md", error.Location!.Value.File);
            Assert.Contains("content/en/blog/2021-01-01-good.md", error.Message);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task File_that_is_not_utf8_is_an_error_with_its_line()
    {
        var bytes = "---\ntitle: Caf"u8.ToArray().Concat(new byte[] { 0xE9 }).Concat("\n---\nText.\n"u8.ToArray()).ToArray();
        var (site, diagnostics, exit) = await BuildBroken(s => s.WriteBytes("content/en/blog/2021-01-02-latin1.md", bytes));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.NotUtf8, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-latin1.md", 2, 1), error.Location);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Every_problem_is_reported_in_one_run()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s
            .Write("content/en/blog/2021-01-02-a.md", "---\nsummary: no title\n---\nText.\n")
            .Write("content/en/blog/2021-01-03-b.md", "---\ntitle: B\n---\nA [missing page](nowhere.md).\n")
            .Write("content/en/blog/2021-01-04-c.md", "---\ntitle: C\n---\n![](../../images/x.svg)\n"));
        using (site)
        {
            var files = diagnostics.Where(d => d.IsError).Select(d => d.Location!.Value.File).Distinct().Order().ToList();
            Assert.Equal(["content/en/blog/2021-01-02-a.md", "content/en/blog/2021-01-03-b.md", "content/en/blog/2021-01-04-c.md"], files);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Accessibility_finding_in_content_points_at_the_markdown_line()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-02-vague.md",
            "---\ntitle: Vague links\ndate: 2021-01-02\n---\nIntro paragraph.\n\nOur report is ready. Read it [here](https://example.org/report).\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.StartsWith("A11Y", error.Code);
            Assert.Equal("content/en/blog/2021-01-02-vague.md", error.Location!.Value.File);
            Assert.Equal(7, error.Location!.Value.Line);
            Assert.Contains("\"here\"", error.Message);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Finding_in_the_home_page_intro_points_at_index_md()
    {
        var (site, diagnostics, _) = await BuildBroken(s => s.Write("content/en/index.md",
            "---\ntitle: Welcome\n---\nIntro paragraph.\n\nOur report is ready. Read it [here](https://example.org/report).\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal("content/en/index.md", error.Location!.Value.File);
            Assert.Equal(6, error.Location!.Value.Line);
        }
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("themes")]
    [InlineData("..")]
    public async Task Output_may_not_be_the_site_root_its_sources_or_above(string output)
    {
        using var site = new TempSite();
        var result = await site.BuildAsync(o => o with { OutputPath = Path.GetFullPath(Path.Combine(site.Root, output)) });
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Codes.OutputFolderUnsafe, Assert.Single(result.Diagnostics).Code);
        Assert.True(File.Exists(Path.Combine(site.Root, "content/site.yml")));
    }

    [Theory]
    [InlineData("Intro.\n\n<div class=\"note\">\n\nA note.\n", 7)]
    [InlineData("Intro.\n\n</div>\n\nMore text.\n", 7)]
    [InlineData("Intro.\n\nSome <span lang=\"cy\">Cymraeg text.\n", 7)]
    public async Task Broken_raw_html_is_an_error_at_its_markdown_line(string body, int line)
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-02-html.md", "---\ntitle: Raw\ndate: 2021-01-02\n---\n" + body));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(Codes.UnbalancedHtml, error.Code);
            Assert.Equal("content/en/blog/2021-01-02-html.md", error.Location!.Value.File);
            Assert.Equal(line, error.Location!.Value.Line);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Balanced_raw_html_around_markdown_passes()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-01-02-html.md",
            "---\ntitle: Raw\ndate: 2021-01-02\n---\n<div class=\"note\">\n\nA **note** with <span lang=\"cy\">Cymraeg</span>.\n\n</div>\n\nLine<br>break.\n");
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Finding_inside_raw_html_points_at_its_own_markdown_line()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-02-raw.md",
            "---\ntitle: Raw\ndate: 2021-01-02\n---\nIntro.\n\n<figure>\n<img src=\"../../blog/good/\">\n</figure>\n"));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal("A11Y008", error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-raw.md", 8, 1), error.Location);
            Assert.Equal(1, exit);
        }
    }

    [Fact]
    public async Task Low_contrast_in_the_theme_stylesheet_is_an_error_at_its_css_line()
    {
        var (site, diagnostics, exit) = await BuildBroken(s =>
        {
            var css = Path.Combine(s.Root, "themes/default/assets/css/site.css");
            File.AppendAllText(css, "\n.pale-note { color: #aaaaaa; }\n");
        });
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal("A11Y060", error.Code);
            Assert.Equal("themes/default/assets/css/site.css", error.Location!.Value.File);
            Assert.Equal(File.ReadAllLines(Path.Combine(site.Root, "themes/default/assets/css/site.css")).Length, error.Location!.Value.Line);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }
}
