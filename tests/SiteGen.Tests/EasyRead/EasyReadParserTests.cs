using SiteGen.EasyRead.Model;

namespace SiteGen.Tests.EasyRead;

public sealed class EasyReadParserTests
{
    [Fact]
    public void A_paragraph_that_starts_with_a_picture_starts_a_point()
    {
        var text = EasyReadParser.Parse("![A calendar](calendar.svg) The meeting was in December.\n");
        var point = Assert.Single(text.Points);
        Assert.Equal(new Picture("calendar.svg", "A calendar", false, new MarkdownPosition(1, 1)), point.Picture);
        Assert.Equal("The meeting was in December.", Assert.Single(point.Sentences).Text);
    }

    [Fact]
    public void Paragraphs_and_lists_below_a_picture_belong_to_its_point_until_the_next_picture_or_heading()
    {
        var text = EasyReadParser.Parse(
            "![A](a.svg) One.\n\nTwo.\n\n- Three\n\n![B](b.svg) Four.\n\n## Heading\n\nFive.\n");
        Assert.Equal(3, text.Points.Count);
        Assert.Equal(["One.", "Two.", "Three"], text.Points[0].Sentences.Select(s => s.Text));
        Assert.Equal(["Four."], text.Points[1].Sentences.Select(s => s.Text));
        Assert.Null(text.Points[2].Picture);
        Assert.Equal(["Five."], text.Points[2].Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Words_carry_their_line_and_column_in_the_file()
    {
        var text = EasyReadParser.Parse("## Title\n\nWe met.\nThen we **talked** a lot.\n", firstLine: 5);
        var sentence = text.Sentences.Last();
        Assert.Equal(new MarkdownPosition(8, 1), sentence.At);
        Assert.Equal(new MarkdownPosition(8, 11), sentence.Words.Single(w => w.Text == "talked").At);
    }

    [Fact]
    public void Headings_and_alt_text_are_not_body_text()
    {
        var text = EasyReadParser.Parse("## A heading\n\n![Alt words here](a.svg) Body.\n");
        Assert.Equal(["Body."], text.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Single_star_or_underscore_emphasis_and_u_tags_are_recorded_as_italic_and_underline()
    {
        var text = EasyReadParser.Parse("This is *italic*, _also_, **bold** and <u>underlined</u>.\n");
        Assert.Equal([EmphasisKind.Italic, EmphasisKind.Italic, EmphasisKind.Underline], text.Emphasis.Select(e => e.Kind));
        Assert.Equal("italic", text.Emphasis[0].Text);
    }

    [Fact]
    public void Email_addresses_shown_as_link_text_are_not_words() =>
        Assert.Equal(["Email"], EasyReadParser.Parse("Email [us@example.org](mailto:us@example.org).\n").Sentences.Single().Words.Select(w => w.Text));

    [Fact]
    public void Abbreviations_defined_on_the_page_are_known() =>
        Assert.Contains("LEAP", EasyReadParser.Parse("LEAP met.\n\n*[LEAP]: Lived Experience Advisory Panel\n").DefinedAbbreviations);
}
