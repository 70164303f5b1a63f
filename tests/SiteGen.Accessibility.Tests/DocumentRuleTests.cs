using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class DocumentRuleTests
{
    [Fact]
    public void HtmlLang_reports_missing_lang_on_the_html_element()
    {
        var f = Assert.Single(Run<HtmlLang>(Page("", lang: "")));
        Assert.Equal("html", f.Element!.LocalName);
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void HtmlLang_reports_malformed_tag() =>
        Assert.Contains("english", Assert.Single(Run<HtmlLang>(Page("", lang: "english"))).Message);

    [Fact]
    public void HtmlLang_reports_underscore_locale() => Assert.Single(Run<HtmlLang>(Page("", lang: "en_GB")));

    [Fact]
    public void HtmlLang_reports_language_the_site_does_not_publish() =>
        Assert.Single(Run<HtmlLang>(Page("", lang: "fr"), Options(languages: ["en", "cy"])));

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("cy")]
    [InlineData("ur")]
    public void HtmlLang_passes_published_language_or_its_regional_form(string lang) =>
        Assert.Empty(Run<HtmlLang>(Page("", lang: lang), Options(languages: ["en", "cy", "ur"])));

    [Theory]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn")]
    [InlineData("es-419")]
    public void HtmlLang_passes_any_well_formed_tag_when_no_languages_configured(string lang) =>
        Assert.Empty(Run<HtmlLang>(Page("", lang: lang)));

    [Fact]
    public void LangValid_reports_empty_lang_on_a_span()
    {
        var f = Assert.Single(Run<LangValid>(Page("""<p>Say <span lang="">diolch</span>.</p>""")));
        Assert.Equal("span", f.Element!.LocalName);
    }

    [Fact]
    public void LangValid_reports_three_letter_form_of_a_two_letter_language() =>
        Assert.Single(Run<LangValid>(Page("""<p lang="eng">I love a good fair.</p>""")));

    [Fact]
    public void HtmlLang_reports_grandfathered_tag() => Assert.Single(Run<HtmlLang>(Page("", lang: "i-lux")));

    [Fact]
    public void LangValid_passes_wrong_lang_on_an_element_with_no_text_of_its_own() =>
        Assert.Empty(Run<LangValid>(Page("""<div lang="invalid"><p lang="en">Hello</p><span hidden>x</span></div>""")));

    [Fact]
    public void LangValid_reports_wrong_lang_on_alt_text() =>
        Assert.Single(Run<LangValid>(Page("""<div lang="invalid"><img src="/a.png" alt="Fireworks"></div>""")));

    [Fact]
    public void LangValid_reports_malformed_lang() =>
        Assert.Single(Run<LangValid>(Page("""<p lang="welsh">Bore da</p>""")));

    [Fact]
    public void LangValid_passes_well_formed_lang_of_parts() =>
        AssertClean(Page("""<p>We say <span lang="cy">bore da</span> and <span lang="ur" dir="rtl">شکریہ</span>.</p>"""));

    [Fact]
    public void PageTitle_reports_missing_title()
    {
        var html = Page("").Replace("<title>Test page – Example charity</title>", "");
        Assert.Equal("The page has no title.", Assert.Single(Run<PageTitle>(html)).Message);
    }

    [Fact]
    public void PageTitle_reports_blank_title_on_the_title_element()
    {
        var f = Assert.Single(Run<PageTitle>(Page("", title: "   ")));
        Assert.Equal("title", f.Element!.LocalName);
    }

    [Fact]
    public void PageTitle_passes_non_empty_title() => Assert.Empty(Run<PageTitle>(Page("")));

    [Fact]
    public void PageTitleUnique_reports_second_page_with_same_title_and_language()
    {
        var first = Parse(Page("", title: "Events – Example"), url: "/events/");
        var second = Parse(Page("", title: "Events  – Example"), url: "/blog/");
        var f = Assert.Single(new PageTitleUnique().Check([first, second]));
        Assert.Same(second, f.Page);
        Assert.Equal("title", f.Element!.LocalName);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("/events/", f.Message);
    }

    [Fact]
    public void PageTitleUnique_leaves_out_a_page_that_forwards_at_once()
    {
        var page = Parse(Page("", title: "Events – Example"), url: "/events/");
        var forwarding = Parse(Page("", title: "Events – Example")
            .Replace("<title>", "<meta http-equiv=\"refresh\" content=\"0; url=/events/\"><title>"), url: "/old-events/");
        Assert.Empty(new PageTitleUnique().Check([page, forwarding]));
    }

    [Fact]
    public void PageTitleUnique_still_compares_a_page_that_refreshes_after_a_delay()
    {
        var page = Parse(Page("", title: "Events – Example"), url: "/events/");
        var refreshing = Parse(Page("", title: "Events – Example")
            .Replace("<title>", "<meta http-equiv=\"refresh\" content=\"300\"><title>"), url: "/live/");
        Assert.Single(new PageTitleUnique().Check([page, refreshing]));
    }

    [Fact]
    public void PageTitleUnique_passes_same_title_in_different_languages()
    {
        var en = Parse(Page("", lang: "en", title: "Croeso"));
        var cy = Parse(Page("", lang: "cy", title: "Croeso"));
        Assert.Empty(new PageTitleUnique().Check([en, cy]));
    }

    [Theory]
    [InlineData("width=device-width, user-scalable=no")]
    [InlineData("width=device-width, user-scalable=0")]
    [InlineData("width=device-width, maximum-scale=1")]
    [InlineData("width=device-width, maximum-scale=1.5")]
    [InlineData("width=device-width, user-scalable=invalid")]
    [InlineData("width=device-width, maximum-scale=yes")]
    public void MetaViewport_reports_zoom_blocking(string content)
    {
        var html = Page("").Replace("width=device-width, initial-scale=1", content);
        Assert.Equal("meta", Assert.Single(Run<MetaViewport>(html)).Element!.LocalName);
    }

    [Theory]
    [InlineData("width=device-width, initial-scale=1")]
    [InlineData("width=device-width, maximum-scale=5, user-scalable=yes")]
    [InlineData("width=device-width, maximum-scale=-1")]
    public void MetaViewport_passes_zoomable_viewport(string content) =>
        Assert.Empty(Run<MetaViewport>(Page("").Replace("width=device-width, initial-scale=1", content)));

    [Fact]
    public void SkipLink_reports_page_whose_first_link_is_not_a_skip_link()
    {
        var html = Document("""<header><a href="/">Home</a></header><main id="main"><h1>T</h1></main>""");
        var f = Assert.Single(Run<SkipLink>(html));
        Assert.Equal("/", f.Element!.GetAttribute("href"));
    }

    [Fact]
    public void SkipLink_reports_skip_link_whose_target_is_not_main()
    {
        var html = Document("""<a href="#nav">Skip to navigation</a><nav id="nav" aria-label="Main"></nav><main id="main"><h1>T</h1></main>""");
        Assert.Contains("not the main content", Assert.Single(Run<SkipLink>(html)).Message);
    }

    [Fact]
    public void SkipLink_reports_skip_link_to_missing_target() =>
        Assert.Contains("not on the page", Assert.Single(Run<SkipLink>(Document("""<a href="#content">Skip</a><main><h1>T</h1></main>"""))).Message);

    [Fact]
    public void SkipLink_passes_link_to_a_heading_inside_main() =>
        Assert.Empty(Run<SkipLink>(Document("""<a href="#start">Skip to main content</a><main><h1 id="start">T</h1></main>""")));

    [Fact]
    public void SkipLink_passes_standard_skip_link() => Assert.Empty(Run<SkipLink>(Page("")));
}
