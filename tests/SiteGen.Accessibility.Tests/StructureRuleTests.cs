using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class StructureRuleTests
{
    [Fact]
    public void IdUniqueRefs_reports_second_occurrence_of_a_duplicate_id()
    {
        var f = Assert.Single(Run<IdUniqueRefs>(Page("""<h2 id="x">A</h2><h2 id="x" data-second="1">B</h2>""")));
        Assert.Equal("1", f.Element!.GetAttribute("data-second"));
    }

    [Fact]
    public void IdUniqueRefs_reports_in_page_link_to_missing_id()
    {
        var f = Assert.Single(Run<IdUniqueRefs>(Page("""<p><a href="#contact-us">Contact us</a></p>""")));
        Assert.Equal("a", f.Element!.LocalName);
    }

    [Fact]
    public void IdUniqueRefs_reports_label_for_missing_id() =>
        Assert.Single(Run<IdUniqueRefs>(Page("""<label for="email">Email</label><input id="mail">""")));

    [Fact]
    public void IdUniqueRefs_reports_aria_describedby_to_missing_id() =>
        Assert.Single(Run<IdUniqueRefs>(Page("""<p aria-describedby="hint">Text</p>""")));

    [Fact]
    public void IdUniqueRefs_passes_resolved_references_and_named_anchors() =>
        AssertClean(Page("""<p><a href="#old">Old section</a> <a href="#top">Back to top</a></p><h2 id="new">N</h2><p><a name="old"></a>x</p><p aria-describedby="new">y</p>"""));

    [Fact]
    public void IdUniqueRefs_resolves_percent_encoded_fragments() =>
        Assert.Empty(Run<IdUniqueRefs>(Page("""<a href="#caf%C3%A9">Café</a><h2 id="café">Café</h2>""")));

    [Fact]
    public void TableHeaders_reports_table_without_th()
    {
        var f = Assert.Single(Run<TableHeaders>(Page("<table><tr><td>Date</td><td>Place</td></tr><tr><td>1 May</td><td>Hall</td></tr></table>")));
        Assert.Equal("table", f.Element!.LocalName);
    }

    [Fact]
    public void TableHeaders_passes_table_with_th() =>
        AssertClean(Page("<table><thead><tr><th>Date</th><th>Place</th></tr></thead><tbody><tr><td>1 May</td><td>Hall</td></tr></tbody></table>"));

    [Fact]
    public void LandmarkMain_reports_page_without_main()
    {
        var html = Document("""<a href="#c">Skip to main content</a><div id="c"><h1>T</h1></div>""");
        Assert.Equal("body", Assert.Single(Run<LandmarkMain>(html)).Element!.LocalName);
    }

    [Fact]
    public void LandmarkMain_reports_second_main() =>
        Assert.Single(Run<LandmarkMain>(Page("").Replace("</body>", "<main>More</main></body>")));

    [Fact]
    public void LandmarkMain_reports_main_nested_in_another_landmark() =>
        Assert.Contains("inside a <aside>", Assert.Single(Run<LandmarkMain>(Document("<aside aria-label='x'><main><h1>T</h1></main></aside>"))).Message);

    [Fact]
    public void LandmarkUnique_reports_two_unlabelled_navs()
    {
        var html = Page("").Replace("<body>", """<body><nav><a href="/">Home</a></nav><nav><a href="/a/">A</a></nav>""");
        Assert.Equal(2, Run<LandmarkUnique>(html).Count);
    }

    [Fact]
    public void LandmarkUnique_reports_second_nav_with_the_same_label()
    {
        var html = Page("").Replace("</main>", """</main><nav aria-label="Menu" id="a"></nav><nav aria-label="menu" id="b"></nav>""");
        Assert.Equal("b", Assert.Single(Run<LandmarkUnique>(html)).Element!.Id);
    }

    [Fact]
    public void LandmarkUnique_passes_single_unlabelled_nav() =>
        Assert.Empty(Run<LandmarkUnique>(Page("").Replace("</main>", "</main><nav><a href='/'>Home</a></nav>")));

    [Fact]
    public void LandmarkUnique_passes_navs_labelled_by_headings() =>
        Assert.Empty(Run<LandmarkUnique>(Page("").Replace("</main>",
            """</main><nav aria-labelledby="h-a"><h2 id="h-a">Topics</h2></nav><nav aria-labelledby="h-b"><h2 id="h-b">Years</h2></nav>""")));

    [Fact]
    public void LandmarkBannerContentinfo_reports_second_page_footer()
    {
        var html = Page("").Replace("</body>", "<footer>One</footer><footer>Two</footer></body>");
        Assert.Equal("Two", Assert.Single(Run<LandmarkBannerContentinfo>(html)).Element!.TextContent);
    }

    [Fact]
    public void LandmarkBannerContentinfo_reports_explicit_banner_inside_main() =>
        Assert.Single(Run<LandmarkBannerContentinfo>(Page("""<div role="banner">Logo</div>""")));

    [Fact]
    public void LandmarkBannerContentinfo_passes_article_header_and_footer() =>
        AssertClean(Page("<article><header><p>By Sam</p></header><p>Text</p><footer><p>Tags</p></footer></article>")
            .Replace("<body>", "<body><header>Site</header>").Replace("</body>", "<footer>Site footer</footer></body>"));

    [Fact]
    public void FormLabels_reports_input_without_label()
    {
        var f = Assert.Single(Run<FormLabels>(Page("""<form><input name="email" type="email" placeholder="Email"><button>Send</button></form>""")));
        Assert.Equal("input", f.Element!.LocalName);
        Assert.Contains("\"email\"", f.Message);
    }

    [Fact]
    public void FormLabels_reports_image_button_without_alt() =>
        Assert.Single(Run<FormLabels>(Page("""<form><input type="image" src="/go.png"></form>""")));

    [Fact]
    public void FormLabels_reports_select_with_only_a_title() =>
        Assert.Single(Run<FormLabels>(Page("""<select title="Pick one"><option>A</option></select>""")));

    [Fact]
    public void FormLabels_passes_every_labelling_method() => AssertClean(Page("""
        <form action="/x/">
          <label for="a">Name</label><input id="a">
          <label>Email <input type="email" name="email"></label>
          <input aria-label="Postcode" name="pc">
          <span id="lb">Message</span><textarea aria-labelledby="lb"></textarea>
          <input type="hidden" name="t" value="1">
          <input type="submit" value="Send">
        </form>
        """));

    [Fact]
    public void IframeTitle_reports_iframe_without_title()
    {
        var f = Assert.Single(Run<IframeTitle>(Page("""<iframe src="https://www.youtube.com/embed/x"></iframe>""")));
        Assert.Equal("iframe", f.Element!.LocalName);
    }

    [Fact]
    public void IframeTitle_reports_blank_title() =>
        Assert.Single(Run<IframeTitle>(Page("""<iframe src="https://x.org/" title=" "></iframe>""")));

    [Fact]
    public void IframeTitle_passes_titled_iframe() =>
        AssertClean(Page("""<iframe src="https://www.openstreetmap.org/export/embed.html" title="Map of the venue"></iframe>"""));
}

public class LandmarkEdgeCaseTests
{
    [Fact]
    public void LandmarkMain_passes_main_inside_unnamed_section_wrapper() =>
        Assert.Empty(Run<LandmarkMain>(Document("<div class='page'><section class='wrap'><main><h1>T</h1></main></section></div>")));

    [Fact]
    public void LangValid_reports_malformed_lang_on_body() =>
        Assert.Single(Run<LangValid>(Document("<main><h1>T</h1></main>").Replace("<body>", "<body lang=\"en_GB\">")));

    [Fact]
    public void TableHeaders_reports_a_cell_whose_headers_names_itself() =>
        Assert.Single(Run<TableHeaders>(Page(
            """<table><tr><th id="h">Stall</th></tr><tr><td id="c" headers="c">Cakes</td></tr></table>""")));

    [Fact]
    public void TableHeaders_passes_headers_naming_a_header_cell_of_the_table() =>
        Assert.Empty(Run<TableHeaders>(Page(
            """<table><tr><th id="h">Stall</th></tr><tr><td headers="h">Cakes</td></tr></table>""")));

    [Fact]
    public void FormLabels_passes_disabled_select_removed_by_role_none() =>
        Assert.Empty(Run<FormLabels>(Page("""<select role="none" disabled><option>One</option></select>""")));
}
