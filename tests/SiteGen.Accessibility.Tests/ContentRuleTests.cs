using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class ContentRuleTests
{
    [Fact]
    public void ListStructure_reports_paragraph_directly_inside_ul()
    {
        var f = Assert.Single(Run<ListStructure>(Page("<ul><li>One</li><p>Two</p></ul>")));
        Assert.Equal("p", f.Element!.LocalName);
    }

    [Fact]
    public void ListStructure_reports_li_outside_a_list() =>
        Assert.Equal("li", Assert.Single(Run<ListStructure>(Page("<div><li>Stray</li></div>"))).Element!.LocalName);

    [Fact]
    public void ListStructure_reports_dd_outside_dl() =>
        Assert.Single(Run<ListStructure>(Page("<div><dd>Stray</dd></div>")));

    [Fact]
    public void ListStructure_passes_nested_lists_and_grouped_definition_lists() => AssertClean(Page("""
        <ul><li>One<ul><li>One a</li></ul></li><li>Two</li></ul>
        <ol><li>First</li></ol>
        <dl><dt>Date</dt><dd>8 December 2020</dd><div><dt>Place</dt><dd>Online</dd></div></dl>
        """));

    [Fact]
    public void TableLayout_reports_presentation_table() =>
        Assert.Equal("table", Assert.Single(Run<TableLayout>(Page("""<table role="presentation"><tr><td>A</td></tr></table>"""))).Element!.LocalName);

    [Fact]
    public void TableLayout_reports_nested_table()
    {
        var html = Page("""<table><tr><th>A</th></tr><tr><td><table id="inner"><tr><th>B</th></tr></table></td></tr></table>""");
        Assert.Equal("inner", Assert.Single(Run<TableLayout>(html)).Element!.Id);
    }

    [Fact]
    public void TableLayout_passes_data_table() =>
        Assert.Empty(Run<TableLayout>(Page("<table><tr><th>A</th></tr><tr><td>1</td></tr></table>")));

    [Fact]
    public void Tabindex_warns_about_positive_tabindex_which_may_still_keep_a_meaningful_order()
    {
        var f = Assert.Single(Run<Tabindex>(Page("""<p><a href="/x/" tabindex="3">Events</a></p>""")));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void Tabindex_warns_about_tab_stop_on_plain_text() =>
        Assert.Equal(Severity.Warning, Assert.Single(Run<Tabindex>(Page("""<p tabindex="0">Hello</p>"""))).Severity);

    [Fact]
    public void Tabindex_passes_named_scroll_region_and_minus_one() => AssertClean(Page("""
        <div role="region" aria-label="Attendance table" tabindex="0"><table><tr><th>A</th></tr><tr><td>1</td></tr></table></div>
        <h2 id="later" tabindex="-1">Later</h2>
        """));

    [Theory]
    [InlineData("<blink>Now on</blink>")]
    [InlineData("<marquee>Book now</marquee>")]
    public void NoBlinkMarquee_reports_moving_text(string html) => Assert.Single(Run<NoBlinkMarquee>(Page(html)));

    [Fact]
    public void NoBlinkMarquee_passes_still_text() => Assert.Empty(Run<NoBlinkMarquee>(Page("<p>Book now</p>")));

    [Fact]
    public void HeadingAllCaps_reports_heading_in_capitals()
    {
        var f = Assert.Single(Run<HeadingAllCaps>(Page("<h2>WHAT WE HEARD</h2>")));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Theory]
    [InlineData("NHS and BBC")]
    [InlineData("Working with the NHS")]
    [InlineData("A UK charity")]
    [InlineData("FAQ")]
    public void HeadingAllCaps_passes_sentence_case_and_known_acronyms(string heading) =>
        Assert.Empty(Run<HeadingAllCaps>(Page($"<h2>{heading}</h2>")));

    [Fact]
    public void HeadingAllCaps_passes_site_abbreviations_from_options()
    {
        var options = new CheckOptions { KnownAbbreviations = new HashSet<string> { "SCVO", "WCVA" } };
        Assert.Empty(Run<HeadingAllCaps>(Page("<h2>SCVO WCVA</h2>"), options));
        Assert.Single(Run<HeadingAllCaps>(Page("<h2>SCVO WCVA</h2>")));
    }

    [Fact]
    public void EmojiHeading_reports_emoji_only_heading_as_error() =>
        Assert.Equal(Severity.Error, Assert.Single(Run<EmojiHeading>(Page("<h2>🎉🎉</h2>"))).Severity);

    [Fact]
    public void EmojiHeading_warns_about_decorated_heading() =>
        Assert.Equal(Severity.Warning, Assert.Single(Run<EmojiHeading>(Page("<h2>🎉 Summer fair</h2>"))).Severity);

    [Fact]
    public void EmojiHeading_passes_heading_with_aria_hidden_emoji() =>
        AssertClean(Page("""<h2><span aria-hidden="true">🎉</span> Summer fair</h2>"""));

    [Fact]
    public void LangOfPartsScript_reports_urdu_text_under_english()
    {
        var f = Assert.Single(Run<LangOfPartsScript>(Page("""<p data-md-pos="9:1">We said شکریہ to everyone.</p>""")));
        Assert.Equal("p", f.Element!.LocalName);
        Assert.Contains("Arabic script", f.Message);
    }

    [Fact]
    public void LangOfPartsScript_reports_bengali_text_under_english() =>
        Assert.Single(Run<LangOfPartsScript>(Page("<p>We said ধন্যবাদ to everyone.</p>")));

    [Fact]
    public void LangOfPartsScript_passes_marked_passage() =>
        AssertClean(Page("""<p>We said <span lang="ur" dir="rtl">شکریہ</span> and <span lang="bn">ধন্যবাদ</span>.</p>"""));

    [Fact]
    public void LangOfPartsScript_passes_english_acronym_on_an_urdu_page() =>
        AssertClean(Page("""<p>یہ NHS کے ساتھ ہے</p>""", lang: "ur").Replace("<html lang=\"ur\">", "<html lang=\"ur\" dir=\"rtl\">"));

    [Fact]
    public void DirRtl_reports_arabic_script_without_dir()
    {
        var f = Assert.Single(Run<DirRtl>(Page("""<p>The group's motto was <span lang="ur">سب کے لیے، 2020 میں!</span> on the day.</p>""")));
        Assert.Equal("span", f.Element!.LocalName);
    }

    [Fact]
    public void DirRtl_reports_urdu_page_without_dir_rtl() =>
        Assert.Equal("html", Assert.Single(Run<DirRtl>(Page("<p>شکریہ</p>", lang: "ur"))).Element!.LocalName);

    [Fact]
    public void DirRtl_passes_lone_rtl_word_in_its_own_element() =>
        Assert.Empty(Run<DirRtl>(Page("""<ul><li><a href="/ur/" hreflang="ur" lang="ur">اردو</a></li></ul>""")));

    [Fact]
    public void DirRtl_passes_bdi_and_dir_auto() =>
        Assert.Empty(Run<DirRtl>(Page("""<p>Speaker: <bdi lang="ar">محمد</bdi>, and <span lang="ar" dir="auto">أحمد علي</span></p>""")));
}
