using System.Text;
using SiteGen.Content.Modules;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Build;

/// <summary>Files that are not text, not UTF-8, too big, unreadable or oddly named.</summary>
public sealed partial class BadInputTests
{
    private static Diagnostic SingleError(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.Single(diagnostics, d => d.IsError);

    [Fact]
    public async Task Binary_file_with_a_markdown_name_is_an_error_at_its_first_nul_byte()
    {
        // The start of a .docx (a zip archive): valid UTF-8 byte for byte, but not text.
        var docx = new byte[] { (byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0 };
        var (site, diagnostics, exit) = await BuildBroken(s => s.WriteBytes("content/en/blog/2021-01-02-report.md", docx));
        using (site)
        {
            var error = SingleError(diagnostics);
            Assert.Equal(Codes.BinaryFile, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-report.md", 1, 1), error.Location);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Utf16_without_a_byte_order_mark_is_an_error_that_says_so()
    {
        var bytes = Encoding.Unicode.GetBytes("---\ntitle: Hello\n---\nText.\n");
        var (site, diagnostics, exit) = await BuildBroken(s => s.WriteBytes("content/en/blog/2021-01-02-utf16.md", bytes));
        using (site)
        {
            var error = SingleError(diagnostics);
            Assert.Equal(Codes.BinaryFile, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-utf16.md", 1, 1), error.Location);
            Assert.Contains("UTF-16", error.Message);
            Assert.Equal(1, exit);
        }
    }

    [Fact]
    public async Task Utf16_with_a_byte_order_mark_builds()
    {
        using var site = new TempSite();
        site.WriteBytes("content/en/blog/2021-01-02-utf16.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\r\ntitle: Croeso\r\n---\r\nDŵr a thân.\r\n")).ToArray());
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Contains("Dŵr a thân.", File.ReadAllText(Path.Combine(site.Output, "blog/utf16/index.html")));
    }

    [Fact]
    public async Task Invalid_utf8_after_a_byte_order_mark_is_an_error_with_its_line()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("---\ntitle: Fine\n---\nCaf"u8.ToArray()).Concat(new byte[] { 0xE9, 0x0A }).ToArray();
        var (site, diagnostics, exit) = await BuildBroken(s => s.WriteBytes("content/en/blog/2021-01-02-bom.md", bytes));
        using (site)
        {
            var error = SingleError(diagnostics);
            Assert.Equal(Codes.NotUtf8, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-bom.md", 4, 1), error.Location);
            Assert.Equal(1, exit);
        }
    }

    [Fact]
    public async Task Invalid_utf16_with_a_byte_order_mark_is_an_error_with_its_line()
    {
        // A high surrogate with no low surrogate after it, on line 3.
        var text = Encoding.Unicode.GetBytes("---\ntitle: Fine\n");
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(text).Concat(new byte[] { 0x3D, 0xD8, (byte)'x', 0 }).ToArray();
        var (site, diagnostics, exit) = await BuildBroken(s => s.WriteBytes("content/en/blog/2021-01-02-surrogate.md", bytes));
        using (site)
        {
            var error = SingleError(diagnostics);
            Assert.Equal(Codes.NotUtf8, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-surrogate.md", 3, 1), error.Location);
            Assert.Equal(1, exit);
        }
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task Windows_and_old_mac_line_endings_keep_line_numbers(string newline)
    {
        using var site = new TempSite();
        var text = string.Join(newline, "---", "title: Line endings", "tittle: typo", "---", "Text.", "");
        site.Write("content/en/blog/2021-01-02-endings.md", text);
        var result = await site.BuildAsync();
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.UnknownKey);
        Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-endings.md", 3, 1), warning.Location);
        Assert.True(File.Exists(Path.Combine(site.Output, "blog/endings/index.html")));
    }

    [Fact]
    public async Task Empty_file_is_a_missing_title_at_line_1()
    {
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-02-empty.md", ""));
        using (site)
        {
            var error = SingleError(diagnostics);
            Assert.Equal(Codes.TitleMissing, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-empty.md", 1, 1), error.Location);
            Assert.StartsWith("This file is empty.", error.Message);
            Assert.Equal(1, exit);
        }
    }

    [Fact]
    public async Task Page_over_the_size_limit_is_an_error_and_is_not_read()
    {
        var big = "---\ntitle: Big\n---\n" + new string('a', (int)ReadContentTree.MaxPageBytes);
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write("content/en/blog/2021-01-02-big.md", big));
        using (site)
        {
            var error = SingleError(diagnostics);
            Assert.Equal(Codes.FileTooLarge, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-big.md", 1, 1), error.Location);
            Assert.Contains("10 MB", error.Message);
            Assert.Equal(1, exit);
        }
    }

    [Fact]
    public async Task Page_that_is_a_broken_symbolic_link_is_an_error_naming_it()
    {
        var (site, diagnostics, exit) = await BuildBroken(s =>
            File.CreateSymbolicLink(Path.Combine(s.Root, "content/en/blog/2021-01-02-gone.md"), Path.Combine(s.Root, "nowhere.md")));
        using (site)
        {
            var error = SingleError(diagnostics);
            Assert.Equal(Codes.FileUnreadable, error.Code);
            Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-gone.md", 1, 1), error.Location);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Fact]
    public async Task Download_that_is_a_broken_symbolic_link_is_an_error_naming_it()
    {
        var (site, diagnostics, exit) = await BuildBroken(s =>
        {
            Directory.CreateDirectory(Path.Combine(s.Root, "content/files"));
            File.CreateSymbolicLink(Path.Combine(s.Root, "content/files/report.pdf"), Path.Combine(s.Root, "nowhere.pdf"));
        });
        using (site)
        {
            var error = SingleError(diagnostics);
            Assert.Equal(Codes.FileUnreadable, error.Code);
            Assert.Equal(new SourceLocation("content/files/report.pdf", 1, 1), error.Location);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
        }
    }

    [Theory]
    [InlineData("2021-01-02-annual report.md", "blog/annual-report/index.html")]
    [InlineData("2021-01-02-café-cymraeg.md", "blog/cafe-cymraeg/index.html")]
    [InlineData("2021-01-02-اردو.md", "blog/اردو/index.html")]
    public async Task File_names_with_spaces_and_other_scripts_build(string name, string page)
    {
        using var site = new TempSite();
        site.Write("content/en/blog/" + name, "---\ntitle: A post\n---\nText.\n");
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.FileNameNotPortable);
        Assert.True(File.Exists(Path.Combine(site.Output, page)));
    }

    [Theory]
    [InlineData("content/en/blog/2021-01-02-q&a: part 1.md", "':'")]
    [InlineData("content/en/blog/2021-01-02-why?.md", "'?'")]
    [InlineData("content/files/aux.pdf", "\"aux\"")]
    [InlineData("content/files/notes./minutes.txt", "space or a dot")]
    public async Task File_names_windows_cannot_hold_are_a_warning_naming_the_file(string path, string reason)
    {
        using var site = new TempSite();
        site.Write(path, path.EndsWith(".md", StringComparison.Ordinal) ? "---\ntitle: A post\n---\nText.\n" : "A download.");
        var result = await site.BuildAsync();
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.FileNameNotPortable);
        Assert.Equal(new SourceLocation(path, 1, 1), warning.Location);
        Assert.Contains(reason, warning.Message);
    }

    /// <summary>2,000 files in CI; SITEGEN_STRESS_FILES=10000 (see README) for the full size, which takes a minute on a busy machine.</summary>
    private static int StressFiles => int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_STRESS_FILES"), out var n) && n > 0 ? n : 2_000;

    [Fact]
    public async Task Thousands_of_files_in_one_folder_are_all_published()
    {
        using var site = new TempSite();
        var folder = Path.Combine(site.Root, "content/files");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < StressFiles; i++) File.WriteAllText(Path.Combine(folder, $"minutes-{i:00000}.txt"), "Minutes.");
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.Equal(StressFiles, Directory.GetFiles(Path.Combine(site.Output, "files")).Length);
    }

    [Fact]
    public async Task Empty_site_yml_is_a_configuration_error_at_line_1()
    {
        using var site = new TempSite("");
        var result = await site.BuildAsync();
        Assert.Equal(2, result.ExitCode);
        var error = SingleError(result.Diagnostics);
        Assert.Equal(Codes.SiteConfigInvalid, error.Code);
        Assert.Equal(new SourceLocation("content/site.yml", 1, 1), error.Location);
    }
}
