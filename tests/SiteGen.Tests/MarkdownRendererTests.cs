using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Content.Markdown;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

public class MarkdownRendererTests
{
    private const string File = "content/en/events/x.md";

    private static (IDocument Html, IReadOnlyList<Diagnostic> Problems) Render(
        string markdown, int firstLine = 1, Func<string, (string? Url, LinkProblem? Problem)>? resolve = null)
    {
        var bag = new DiagnosticBag();
        var html = MarkdownRenderer.Render(markdown, File, firstLine, resolve, bag).Html;
        return (new HtmlParser().ParseDocument(html), bag.Sorted());
    }

    [Fact]
    public void Headings_get_ids_from_their_text()
    {
        var (html, _) = Render("## Who came to the event\n");

        Assert.Equal("who-came-to-the-event", html.QuerySelector("h2")!.Id);
    }

    [Fact]
    public void Blocks_carry_their_file_line_counting_from_the_body_first_line()
    {
        var (html, _) = Render("# Title\n\nA paragraph.\n", firstLine: 5);

        Assert.Equal("5:1", html.QuerySelector("h1")!.GetAttribute(MarkdownRenderer.PositionAttribute));
        Assert.Equal("7:1", html.QuerySelector("p")!.GetAttribute(MarkdownRenderer.PositionAttribute));
    }

    [Fact]
    public void Links_carry_their_line_and_column()
    {
        var (html, _) = Render("Intro line.\nRead [the report](https://example.org/r.pdf) now.\n", firstLine: 4);

        Assert.Equal("5:6", html.QuerySelector("a")!.GetAttribute(MarkdownRenderer.PositionAttribute));
    }

    [Fact]
    public void An_image_with_empty_alt_is_an_error_at_its_line_and_column()
    {
        var (_, problems) = Render("Some text.\n\nLook: ![](chart.svg)\n", firstLine: 4);

        var error = Assert.Single(problems);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(Codes.EmptyAltText, error.Code);
        Assert.Equal(new SourceLocation(File, 6, 7), error.Location);
        Assert.Contains("chart.svg", error.Message);
    }

    [Fact]
    public void An_image_with_only_spaces_as_alt_is_an_error()
    {
        var (_, problems) = Render("![   ](chart.svg)\n");

        Assert.Equal(Codes.EmptyAltText, Assert.Single(problems).Code);
    }

    [Fact]
    public void An_empty_alt_image_in_a_list_item_points_at_the_image()
    {
        var (_, problems) = Render("- first\n- ![](chart.svg)\n");

        Assert.Equal(new SourceLocation(File, 2, 3), Assert.Single(problems).Location);
    }

    [Fact]
    public void An_image_marked_decorative_may_have_empty_alt()
    {
        var (html, problems) = Render("![](divider.svg){.decorative}\n");

        Assert.Empty(problems);
        Assert.Equal("", html.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public void An_image_with_alt_text_passes()
    {
        var (html, problems) = Render("![Bar chart of attendance](chart.svg)\n");

        Assert.Empty(problems);
        Assert.Equal("Bar chart of attendance", html.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public void Pipe_tables_render_header_cells()
    {
        var (html, _) = Render("| Group | People |\n|---|---|\n| Carers | 12 |\n");

        Assert.Equal(["Group", "People"], html.QuerySelectorAll("table thead th").Select(th => th.TextContent));
        Assert.Equal(["Carers", "12"], html.QuerySelectorAll("table tbody td").Select(td => td.TextContent));
    }

    [Fact]
    public void Footnotes_link_to_their_note()
    {
        var (html, _) = Render("We met online.[^1]\n\n[^1]: On Zoom, with captions.\n");

        var reference = html.QuerySelector("a.footnote-ref")!;
        var note = html.GetElementById(reference.GetAttribute("href")!.TrimStart('#'))!;
        Assert.Contains("On Zoom, with captions.", note.TextContent);
    }

    [Fact]
    public void Abbreviations_are_expanded_with_abbr()
    {
        var (html, _) = Render("*[SUI]: service user involvement\n\nGood SUI takes time.\n");

        var abbr = html.QuerySelector("abbr")!;
        Assert.Equal("SUI", abbr.TextContent);
        Assert.Equal("service user involvement", abbr.GetAttribute("title"));
    }

    [Fact]
    public void A_generic_lang_attribute_applies_to_its_paragraph()
    {
        var (html, _) = Render("Croeso i bawb. {lang=cy}\n");

        var p = html.QuerySelector("p")!;
        Assert.Equal("cy", p.GetAttribute("lang"));
        Assert.Equal("Croeso i bawb.", p.TextContent.Trim());
    }

    [Fact]
    public void Links_are_rewritten_by_the_resolver()
    {
        var (html, problems) = Render("See [about us](../about.md).\n", resolve: url => ("/about/", null));

        Assert.Empty(problems);
        Assert.Equal("/about/", html.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_broken_markdown_link_is_an_error_at_the_link_line()
    {
        var (html, problems) = Render(
            "First paragraph.\n\nSee [the follow-up](missing.md) for more.\n",
            firstLine: 6,
            resolve: url => url == "missing.md"
                ? (null, new LinkProblem("\"missing.md\" links to content/en/events/missing.md, which does not exist."))
                : (url, null));

        var error = Assert.Single(problems);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(Codes.BrokenLink, error.Code);
        Assert.Equal(new SourceLocation(File, 8, 5), error.Location);
        Assert.Contains("content/en/events/missing.md", error.Message);
        Assert.True(html.QuerySelector("a")!.HasAttribute(MarkdownRenderer.ReportedAttribute));
    }

    [Fact]
    public void A_missing_image_is_a_missing_asset_error()
    {
        var (_, problems) = Render("![A chart](nowhere.svg)\n", resolve: _ => (null, new LinkProblem("not found.")));

        Assert.Equal(Codes.MissingAsset, Assert.Single(problems).Code);
    }
    [Fact]
    public void An_empty_alt_image_in_a_block_quote_points_at_the_image()
    {
        var (_, problems) = Render("> Quote\n> ![](chart.svg)\n", firstLine: 3);

        Assert.Equal(new SourceLocation(File, 4, 3), Assert.Single(problems).Location);
    }

    [Fact]
    public void An_empty_alt_image_in_a_table_cell_points_at_the_image()
    {
        var (_, problems) = Render("| A | B |\n|---|---|\n| x | ![](chart.svg) |\n");

        Assert.Equal(new SourceLocation(File, 3, 7), Assert.Single(problems).Location);
    }

    [Fact]
    public void An_image_with_only_code_as_alt_has_alt_text()
    {
        var (_, problems) = Render("![`sitegen build`](terminal.png)\n");

        Assert.Empty(problems);
    }
}
