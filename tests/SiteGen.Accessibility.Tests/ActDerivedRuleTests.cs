using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

/// <summary>The rules added from the W3C ACT rules, one behaviour each; the ACT cases test them in full.</summary>
public class ActDerivedRuleTests
{
    private static string Refresh(string content) =>
        Document("<main><h1>Moved</h1></main>", head: $"<meta http-equiv=\"refresh\" content=\"{content}\">");

    [Fact]
    public void MetaRefresh_reports_a_redirect_after_a_delay() =>
        Assert.Equal(Severity.Error, Assert.Single(Run<MetaRefreshDelay>(Refresh("5; url=/new/"))).Severity);

    [Fact]
    public void MetaRefresh_passes_an_instant_redirect() =>
        Assert.Empty(Run<MetaRefreshDelay>(Refresh("0; url=/new/")));

    [Fact]
    public void MetaRefresh_ignores_a_content_browsers_ignore() =>
        Assert.Empty(Run<MetaRefreshDelay>(Refresh("+5; url=/new/")));

    [Fact]
    public void MetaRefreshLong_reports_a_refresh_after_more_than_twenty_hours_as_a_warning_at_AA() =>
        Assert.Equal(Severity.Warning, Assert.Single(Run<MetaRefreshLong>(Refresh("72001"))).Severity);

    [Fact]
    public void MetaRefreshLong_leaves_shorter_delays_to_meta_refresh() =>
        Assert.Empty(Run<MetaRefreshLong>(Refresh("30")));

    [Fact]
    public void TextSpacingInline_reports_important_letter_spacing_below_a_tenth_of_the_font_size() =>
        Assert.Single(Run<TextSpacingInline>(Page("<p style=\"letter-spacing: 0.1em !important\">Text</p>")));

    [Fact]
    public void TextSpacingInline_passes_spacing_readers_can_override() =>
        Assert.Empty(Run<TextSpacingInline>(Page("<p style=\"line-height: 1\">Text</p>")));

    [Fact]
    public void TextSpacingInline_reads_pixels_against_the_font_size_of_the_page_style() =>
        Assert.Single(Run<TextSpacingInline>(Page(
            "<style>p { font-size: 20px }</style><p style=\"letter-spacing: 2px !important\">Text</p>")));

    [Fact]
    public void HtmlXmlLang_reports_a_different_language_in_xml_lang() =>
        Assert.Single(Run<HtmlXmlLang>(Page("<p>Bonjour</p>", lang: "fr").Replace("<html lang=\"fr\"", "<html lang=\"fr\" xml:lang=\"en\"")));

    [Fact]
    public void AriaAllowedAttr_reports_a_name_on_a_generic_element() =>
        Assert.Single(Run<AriaAllowedAttr>(Page("<div aria-label=\"Bananas\">Fruit</div>")));

    [Fact]
    public void AriaAllowedAttr_reports_aria_sort_on_a_button() =>
        Assert.Single(Run<AriaAllowedAttr>(Page("<button aria-sort=\"ascending\">Sort</button>")));

    [Fact]
    public void AriaAllowedAttr_passes_a_name_on_a_button() =>
        Assert.Empty(Run<AriaAllowedAttr>(Page("<button aria-label=\"Close\">×</button>")));

    [Fact]
    public void TableHeaderAssigned_reports_a_header_over_an_empty_column() =>
        Assert.Single(Run<TableHeaderAssigned>(Page(
            "<table><tr><th>Rate</th><th>Value</th></tr><tr><td>15%</td></tr></table>")));

    [Fact]
    public void TableHeaderAssigned_passes_row_and_column_headers_that_head_cells() =>
        Assert.Empty(Run<TableHeaderAssigned>(Page(
            "<table><tr><th>Day</th><th>Open</th></tr><tr><th>Mon</th><td>9-5</td></tr></table>")));

    [Fact]
    public void NoInlineColour_passes_a_background_picture_behind_no_text() =>
        Assert.Empty(Run<NoInlineColour>(Page(
            "<div role=\"img\" aria-label=\"Logo\" style=\"background-image: url(logo.png)\"></div>")));

    [Fact]
    public void IframeTitle_leaves_a_frame_out_of_the_tab_order() =>
        Assert.Empty(Run<IframeTitle>(Page("<iframe tabindex=\"-1\" src=\"https://x.org/\"></iframe>")));

    [Fact]
    public void TableHeaders_leaves_a_table_of_one_row() =>
        Assert.Empty(Run<TableHeaders>(Page("<table><tr><td>12:00</td><td>Hall</td></tr></table>")));

    [Fact]
    public void AttrNotDuplicated_reports_the_element_with_an_attribute_written_twice() =>
        Assert.Equal("img", Assert.Single(Run<AttrNotDuplicated>(Page(
            "<p>Logo</p><img src=\"logo.png\" alt=\"\" alt=\"Our logo\"><p>After</p>"))).Element?.LocalName);

    [Fact]
    public void AttrNotDuplicated_passes_a_tag_written_inside_a_script() =>
        Assert.Empty(Run<AttrNotDuplicated>(Page("<script>var s = '<img alt=\"\" alt=\"x\">';</script>")));

    private static string Turned(string declaration) => Page(
        $"<style>@media (orientation: portrait) {{ html {{ {declaration} }} }}</style><p>Text</p>");

    [Fact]
    public void OrientationTurned_reports_a_quarter_turn_in_one_orientation() =>
        Assert.Single(Run<OrientationTurned>(Turned("transform: rotate(1.5708rad);")));

    [Fact]
    public void OrientationTurned_passes_a_whole_turn() =>
        Assert.Empty(Run<OrientationTurned>(Turned("transform: rotateZ(1turn);")));
}
