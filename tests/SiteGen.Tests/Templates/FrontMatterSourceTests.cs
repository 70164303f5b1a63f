using AngleSharp.Html.Parser;
using SiteGen.Content.Markdown;
using SiteGen.Diagnostics;
using SiteGen.Templates;

namespace SiteGen.Tests.Templates;

public sealed class FrontMatterSourceTests
{
    private static readonly FrontMatterSource Source = new("content/en/events/x.md",
        new Dictionary<string, int> { ["title"] = 2, ["event"] = 5, ["event.location"] = 7 });

    [Fact]
    public void Mark_names_the_file_and_the_line_of_the_key() =>
        Assert.Equal("2:1:content/en/events/x.md", Source.Mark("title"));

    [Fact]
    public void Key_of_a_block_has_its_own_line() =>
        Assert.Equal("7:1:content/en/events/x.md", Source.Mark("event.location"));

    [Fact]
    public void Key_of_a_block_not_written_falls_back_to_the_block() =>
        Assert.Equal("5:1:content/en/events/x.md", Source.Mark("event.registration"));

    [Fact]
    public void Key_not_written_has_no_mark() => Assert.Null(Source.Mark("summary"));

    [Fact]
    public void Document_title_that_shows_the_page_title_is_marked_at_the_title_line() =>
        Assert.Equal("2:1:content/en/events/x.md", (TemplateTestModels.Page("Spring forum") with { Source = Source }).DocumentTitleFrom);

    [Fact]
    public void Document_title_that_is_the_site_title_is_not_marked()
    {
        var home = TemplateTestModels.Page("Welcome") with { DocumentTitle = "Site", Source = Source };
        Assert.Null(home.DocumentTitleFrom);
    }

    [Fact]
    public void Element_inside_a_mark_of_front_matter_is_located_in_its_file()
    {
        var html = $"<ul data-md-pos=\"{Source.Mark("event.location")}\"><li><a href=\"/\">x</a></li></ul>";
        var link = new HtmlParser().ParseDocument(html).QuerySelector("a");
        Assert.Equal(new SourceLocation("content/en/events/x.md", 7, 1), MarkdownRenderer.SourceOf(link, "content/en/other.md"));
    }

    [Fact]
    public void Element_with_a_body_mark_is_located_in_the_page_source()
    {
        var paragraph = new HtmlParser().ParseDocument("<p data-md-pos=\"12:3\">x</p>").QuerySelector("p");
        Assert.Equal(new SourceLocation("content/en/a.md", 12, 3), MarkdownRenderer.SourceOf(paragraph, "content/en/a.md"));
    }
}
