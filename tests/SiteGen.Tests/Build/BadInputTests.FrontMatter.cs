using SiteGen.Diagnostics;

namespace SiteGen.Tests.Build;

/// <summary>Front matter that is unfinished, badly indented, too deep, or says the wrong kind of thing.</summary>
public sealed partial class BadInputTests
{
    private static async Task<Diagnostic> SingleErrorFor(string page, string text, string code, int line)
    {
        var path = "content/en/blog/" + page;
        var (site, diagnostics, exit) = await BuildBroken(s => s.Write(path, text));
        using (site)
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal(code, error.Code);
            Assert.Equal(path, error.Location!.Value.File);
            Assert.Equal(line, error.Location!.Value.Line);
            Assert.Equal(1, exit);
            AssertPreviousOutputKept(site);
            return error;
        }
    }

    [Fact]
    public Task Front_matter_without_a_closing_line_is_an_error_at_line_1() =>
        SingleErrorFor("2021-01-02-open.md", "---\ntitle: Never closed\n\nThe text starts here.\n", Codes.FrontMatterNotClosed, 1);

    [Fact]
    public async Task Tab_indented_yaml_is_an_error_at_the_tab_that_says_to_use_spaces()
    {
        var error = await SingleErrorFor("2021-01-02-tabs.md", "---\ntitle: Tabs\nevent:\n\tstart: 2021-01-02\n---\nText.\n", Codes.FrontMatterSyntax, 4);
        Assert.Contains("use spaces", error.Message);
    }

    [Fact]
    public async Task Day_first_date_is_an_error_that_gives_the_iso_form()
    {
        var error = await SingleErrorFor("2021-01-02-uk-date.md", "---\ntitle: UK date\ndate: 31/12/2020\n---\nText.\n", Codes.InvalidDate, 3);
        Assert.Contains("2020-12-31", error.Message);
    }

    [Fact]
    public async Task Date_in_words_is_an_error_that_shows_the_iso_form()
    {
        var error = await SingleErrorFor("2021-01-02-words.md", "---\ntitle: Words\ndate: next Tuesday\n---\nText.\n", Codes.InvalidDate, 3);
        Assert.Contains("2020-12-08", error.Message);
    }

    [Fact]
    public async Task Title_that_is_a_list_is_one_error_at_the_list_not_a_missing_title()
    {
        var error = await SingleErrorFor("2021-01-02-list.md", "---\ntitle:\n  - First\n  - Second\ndate: 2021-01-02\n---\nText.\n", Codes.InvalidValue, 3);
        Assert.Contains("\"title\"", error.Message);
    }

    [Fact]
    public async Task Deeply_nested_yaml_is_an_error_not_a_stack_overflow()
    {
        // Deep enough to overflow the stack if the node tree were built from it.
        var deep = new string('[', 200_000) + new string(']', 200_000);
        var error = await SingleErrorFor("2021-01-02-deep.md", $"---\ntitle: Deep\ntags: {deep}\n---\nText.\n", Codes.YamlTooComplex, 3);
        Assert.Contains("nested", error.Message);
    }

    [Fact]
    public async Task Alias_bomb_is_an_error_at_the_first_alias_over_the_limit()
    {
        var yaml = new System.Text.StringBuilder("---\ntitle: Laughs\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        var previous = 'a';
        foreach (var name in "bcdefghijklm")
        {
            yaml.Append($"{name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]\n");
            previous = name;
        }
        yaml.Append("? *m\n: boom\n---\nText.\n");
        // 9 aliases a line from line 4: the 101st is on line 4 + 100 / 9 = 15.
        var error = await SingleErrorFor("2021-01-02-laughs.md", yaml.ToString(), Codes.YamlTooComplex, 15);
        Assert.Contains("aliases", error.Message);
    }

    [Fact]
    public async Task Slug_with_dot_dot_is_an_error_and_writes_nothing_outside_the_output()
    {
        var error = await SingleErrorFor("2021-01-02-escape.md", "---\ntitle: Escape\nslug: ../../../outside\n---\nText.\n", Codes.PathOutsideSite, 3);
        Assert.Contains("slug: outside", error.Message);
    }

    [Fact]
    public Task Slug_with_a_folder_is_an_error_at_its_line() =>
        SingleErrorFor("2021-01-02-folder.md", "---\ntitle: Folder\nslug: news/2021/folder\n---\nText.\n", Codes.PathOutsideSite, 3);

    [Theory]
    [InlineData("../../../../../etc/passwd")]
    [InlineData("/../../etc/passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("C:\\Users\\me\\photo.jpg")]
    [InlineData("\\\\server\\share\\photo.jpg")]
    public Task Lead_image_src_outside_the_site_is_an_error_at_the_src_line(string src) =>
        SingleErrorFor("2021-01-02-image.md", $"---\ntitle: Image\nimage:\n  alt: A photo\n  src: '{src}'\n---\nText.\n", Codes.PathOutsideSite, 5);

    [Fact]
    public Task Layout_that_is_a_path_is_an_unknown_layout() =>
        SingleErrorFor("2021-01-02-layout.md", "---\ntitle: Layout\nlayout: ../layouts/page\n---\nText.\n", Codes.UnknownLayout, 3);
}
