using AngleSharp.Html.Parser;
using SiteGen.Content.Markdown;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content;

/// <summary>Raw HTML in markdown: its tags carry their positions, and a raw link to a markdown file works as a markdown link does.</summary>
public sealed class RawHtmlMarksTests
{
    private const string File = "content/en/blog/x.md";

    private static readonly Dictionary<string, string> Pages = new() { ["other-post.md"] = "/blog/other-post/" };

    private static (string Html, IReadOnlyList<Diagnostic> Problems) Render(string markdown)
    {
        var bag = new DiagnosticBag();
        var html = MarkdownRenderer.Render(markdown, File, 1,
            url => Pages.TryGetValue(url.Split('#')[0], out var page) ? (page + (url.Contains('#') ? url[url.IndexOf('#')..] : ""), null)
                : url.EndsWith(".md", StringComparison.Ordinal) ? (null, new LinkProblem($"\"{url}\" links to a file that does not exist.")) : (url, null),
            bag).Html;
        return (html, bag.Sorted());
    }

    [Fact]
    public void Tag_inside_an_attribute_value_is_not_marked()
    {
        var (html, _) = Render("<p title=\"a <b c\">Text</p>\n");
        var paragraph = new HtmlParser().ParseDocument(html).QuerySelector("p")!;
        Assert.Equal("a <b c", paragraph.GetAttribute("title"));
        Assert.Equal("1:1", paragraph.GetAttribute(MarkdownRenderer.PositionAttribute));
    }

    [Theory]
    [InlineData("<p title=\"a <b c\">Text</p>\n")]
    [InlineData("Read <a title=\"x <b y\" href=\"https://example.org/\">the guide</a>.\n")]
    public void Tag_inside_an_attribute_value_is_not_taken_for_an_unclosed_element(string markdown) =>
        Assert.Empty(Render(markdown).Problems);

    [Fact]
    public void Tag_inside_a_comment_is_not_marked() =>
        Assert.Contains("<!-- <b> -->", Render("<div>\n<!-- <b> -->\n</div>\n").Html);

    [Fact]
    public void Tag_spread_over_lines_is_marked_at_its_first_line()
    {
        var (html, _) = Render("<div>\n<abbr\n  title=\"National Health Service\">NHS</abbr>\n</div>\n");
        var abbr = new HtmlParser().ParseDocument(html).QuerySelector("abbr")!;
        Assert.Equal("2:1", abbr.GetAttribute(MarkdownRenderer.PositionAttribute));
        Assert.Equal("National Health Service", abbr.GetAttribute("title"));
    }

    [Theory]
    [InlineData("See <a href=\"other-post.md\">our other post</a>.\n")]
    [InlineData("<p><a href=\"other-post.md\">our other post</a></p>\n")]
    [InlineData("<p><a href='other-post.md'>our other post</a></p>\n")]
    public void Raw_link_to_a_markdown_file_goes_to_its_page(string markdown)
    {
        var (html, problems) = Render(markdown);
        Assert.Empty(problems);
        Assert.Equal("/blog/other-post/", new HtmlParser().ParseDocument(html).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Raw_link_to_a_part_of_a_markdown_file_keeps_its_fragment() =>
        Assert.Contains("href=\"/blog/other-post/#speakers\"", Render("<p><a href=\"other-post.md#speakers\">speakers</a></p>\n").Html);

    [Fact]
    public void Raw_link_to_a_markdown_file_that_does_not_exist_is_one_error_at_its_tag()
    {
        var (html, problems) = Render("Intro.\n\nSee <a href=\"gone.md\">the old post</a>.\n");
        var error = Assert.Single(problems);
        Assert.Equal(Codes.BrokenLink, error.Code);
        Assert.Equal(new SourceLocation(File, 3, 5), error.Location);
        Assert.Contains("gone.md", error.Message);
        Assert.True(new HtmlParser().ParseDocument(html).QuerySelector("a")!.HasAttribute(MarkdownRenderer.ReportedAttribute));
    }

    [Fact]
    public void Raw_link_to_a_web_page_is_left_as_written() =>
        Assert.Contains("href=\"https://example.org/a.md\"", Render("<p><a href=\"https://example.org/a.md\">notes</a></p>\n").Html);
}
