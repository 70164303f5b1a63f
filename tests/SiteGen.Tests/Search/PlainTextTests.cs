using SiteGen.Publishing.Search;

namespace SiteGen.Tests.Search;

/// <summary>How a rendered page body becomes the plain text the search index holds.</summary>
public sealed class PlainTextTests
{
    [Fact]
    public void Paragraphs_headings_and_list_items_are_separated_by_a_space() =>
        Assert.Equal("Why we met It was December. First point Second point",
            PlainText.FromHtml("<h2>Why we met</h2><p>It was December.</p><ul><li>First point</li><li>Second point</li></ul>"));

    [Fact]
    public void Inline_markup_inside_a_word_does_not_split_it() =>
        Assert.Equal("Diversity matters", PlainText.FromHtml("<p>Diver<em>sity</em> <strong>matters</strong></p>"));

    [Fact]
    public void Table_cells_are_separated_by_a_space() =>
        Assert.Equal("Offer Why Captions Deaf people can follow",
            PlainText.FromHtml("<table><tr><th>Offer</th><th>Why</th></tr><tr><td>Captions</td><td>Deaf people can follow</td></tr></table>"));

    [Fact]
    public void Footnote_numbers_and_back_links_are_left_out_but_the_footnote_text_is_kept() =>
        Assert.Equal("Raheel spoke. Maslaha means public interest.",
            PlainText.FromHtml("<p>Raheel spoke<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\" aria-label=\"Footnote 1\"><sup>1</sup></a>.</p>"
                + "<div class=\"footnotes\"><ol><li id=\"fn:1\"><p>Maslaha means public interest.<a href=\"#fnref:1\" class=\"footnote-back-ref\" aria-label=\"Back to the text of footnote 1\">&#8617;</a></p></li></ol></div>"));

    [Fact]
    public void Hidden_elements_are_left_out() =>
        Assert.Equal("Seen", PlainText.FromHtml("<p>Seen</p><p hidden>Unseen</p><svg aria-hidden=\"true\"><title>Icon</title></svg>"));

    [Fact]
    public void Character_references_become_characters_and_whitespace_collapses() =>
        Assert.Equal("Clinks & Maslaha – together", PlainText.FromHtml("<p>Clinks &amp;\n   Maslaha&nbsp;&ndash;  together</p>"));

    [Fact]
    public void Welsh_and_Urdu_text_is_kept_as_written() =>
        Assert.Equal("Mae’r grŵp yn cwrdd. خدمات میں تنوع",
            PlainText.FromHtml("<p>Mae’r grŵp yn cwrdd.</p><p lang=\"ur\" dir=\"rtl\">خدمات میں تنوع</p>"));

    [Fact]
    public void Shorten_leaves_text_within_the_limit_unchanged() =>
        Assert.Equal("one two three", PlainText.Shorten("one two three", 13));

    [Fact]
    public void Shorten_cuts_at_the_end_of_the_last_whole_word() =>
        Assert.Equal("one two", PlainText.Shorten("one two three", 10));

    [Fact]
    public void Shorten_cuts_a_single_word_longer_than_the_limit_at_the_limit() =>
        Assert.Equal("abcd", PlainText.Shorten("abcdefgh", 4));
}
