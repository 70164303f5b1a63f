using AngleSharp.Html.Parser;
using SiteGen.EasyRead.Glossary;
using SiteGen.EasyRead.Layout;

namespace SiteGen.Tests.EasyRead;

public sealed class EasyReadLayoutTests
{
    private static readonly Glossary Words = new([new GlossaryEntry("diversity", "Including people from lots of different groups.", 1)]);

    private static AngleSharp.Dom.IElement Lay(string html, Glossary? glossary = null)
    {
        var body = new HtmlParser().ParseDocument("<body></body>").Body!;
        body.InnerHtml = EasyReadLayout.Apply(html, glossary ?? Glossary.Empty);
        return body;
    }

    [Fact]
    public void A_paragraph_starting_with_a_picture_becomes_a_row_of_picture_and_text()
    {
        var body = Lay("<p><img src=\"a.svg\" alt=\"A\"> One.</p>\n<p>Two.</p>\n<h2>Next</h2>\n<p>Three.</p>");
        var point = Assert.Single(body.QuerySelectorAll(".er-point"));
        Assert.Equal("a.svg", point.QuerySelector(".er-point__picture > img")!.GetAttribute("src"));
        Assert.Equal(["One.", "Two."], point.QuerySelectorAll(".er-point__text > p").Select(p => p.TextContent));
        Assert.Null(body.QuerySelector("h2")!.Closest(".er-point"));
    }

    [Fact]
    public void Glossary_words_are_bold_and_explained_once_where_first_used()
    {
        var body = Lay("<p><img src=\"a.svg\" alt=\"A\"> We talked about diversity.</p>\n<p>Diversity matters.</p>\n<p><img src=\"b.svg\" alt=\"B\"> More diversity.</p>", Words);
        Assert.Equal(3, body.QuerySelectorAll("strong.hard-word").Length);
        var box = Assert.Single(body.QuerySelectorAll("dl.word-box"));
        Assert.Equal("diversity", box.QuerySelector("dt")!.TextContent);
        Assert.Equal("a.svg", box.Closest(".er-point")!.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void Words_in_links_are_left_as_they_are()
    {
        var body = Lay("<p><a href=\"/x/\">Read about diversity</a></p>", Words);
        Assert.Empty(body.QuerySelectorAll("strong, dl"));
    }
}
