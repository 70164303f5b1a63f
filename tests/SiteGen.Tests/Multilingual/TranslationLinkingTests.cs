using SiteGen.Content.FrontMatter;
using SiteGen.Multilingual.Checks.Rules;
using static SiteGen.Tests.Multilingual.LanguageRuleHarness;

namespace SiteGen.Tests.Multilingual;

/// <summary>How translations sit in the site and point at each other: URL prefixes, translation keys, hreflang, canonical links.</summary>
public sealed class TranslationLinkingTests
{
    private static string Alternates(params (string Lang, string Href)[] links) =>
        string.Concat(links.Select(l => $"<link rel=\"alternate\" hreflang=\"{l.Lang}\" href=\"{l.Href}\">"));

    [Fact]
    public void Default_language_page_under_another_languages_prefix_is_an_error()
    {
        var page = Markdown("cy/about/index.html", Html("en", "<p>x</p>"), "en", "cy/about");
        var finding = Assert.Single(Findings(new UrlPrefix(), SiteOf([page])));
        Assert.Contains("Cymraeg", finding.Message);
    }

    [Fact]
    public void Pages_under_their_own_prefix_pass()
    {
        Assert.Empty(Findings(new UrlPrefix(), SiteOf([
            Markdown("about/index.html", Html("en", "<p>x</p>"), "en", "about"),
            Markdown("cy/about/index.html", Html("cy", "<p>x</p>"), "cy", "about"),
            Markdown("about/easy-read/index.html", Html("en", "<p>x</p>"), "en", "about.easy-read", easyRead: true),
        ])));
    }

    [Fact]
    public void Easy_read_version_away_from_its_full_page_is_an_error()
    {
        var finding = Assert.Single(Findings(new UrlPrefix(), SiteOf([
            Markdown("about/index.html", Html("en", "<p>x</p>"), "en", "about"),
            Markdown("about-us/easy-read/index.html", Html("en", "<p>x</p>"), "en", "about.easy-read", easyRead: true),
        ])));
        Assert.Contains("/about/easy-read/", finding.Message);
    }

    [Fact]
    public void Translation_key_no_other_language_shares_is_reported_as_information()
    {
        var fm = new FrontMatter { Title = "t", TranslationKey = "abuot", KeyLines = new Dictionary<string, int> { ["translationKey"] = 3 } };
        var finding = Assert.Single(Findings(new TranslationOrphan(), SiteOf([
            Markdown("about/index.html", Html("en", "<p>x</p>"), "en", "about"),
            Markdown("cy/amdanom/index.html", Html("cy", "<p>x</p>"), "cy", "abuot", frontMatter: fm),
        ])));
        Assert.Equal(3, finding.At!.Value.Line);
    }

    [Fact]
    public void Translation_key_shared_across_languages_passes()
    {
        var fm = new FrontMatter { Title = "t", TranslationKey = "about" };
        Assert.Empty(Findings(new TranslationOrphan(), SiteOf([
            Markdown("about/index.html", Html("en", "<p>x</p>"), "en", "about"),
            Markdown("cy/amdanom/index.html", Html("cy", "<p>x</p>"), "cy", "about", frontMatter: fm),
        ])));
    }

    [Fact]
    public void Hreflang_pointing_at_a_page_in_another_language_is_an_error()
    {
        var head = Alternates(("en", "https://example.org/about/"), ("cy", "https://example.org/cy/about/"));
        var finding = Assert.Single(Findings(new HreflangNoFallback(), SiteOf([
            Generated("about/index.html", Html("en", "<p>x</p>", head), "en"),
            Generated("cy/about/index.html", Html("en", "<p>untranslated</p>"), "cy"),
        ])));
        Assert.Contains("hreflang=\"cy\"", finding.Message);
    }

    [Fact]
    public void Hreflang_pointing_at_a_noindex_page_is_an_error()
    {
        var head = Alternates(("cy", "https://example.org/cy/about/"));
        var finding = Assert.Single(Findings(new HreflangNoFallback(), SiteOf([
            Generated("about/index.html", Html("en", "<p>x</p>", head), "en"),
            Generated("cy/about/index.html", Html("cy", "<p>x</p>", "<meta name=\"robots\" content=\"noindex\">"), "cy"),
        ])));
        Assert.Contains("not to index", finding.Message);
    }

    [Fact]
    public void Hreflang_pointing_at_translations_passes()
    {
        var head = Alternates(("en", "https://example.org/about/"), ("cy", "https://example.org/cy/about/"));
        Assert.Empty(Findings(new HreflangNoFallback(), SiteOf([
            Generated("about/index.html", Html("en", "<p>x</p>", head), "en"),
            Generated("cy/about/index.html", Html("cy", "<p>x</p>", head), "cy"),
        ])));
    }

    [Fact]
    public void Easy_read_version_in_the_hreflang_set_is_a_warning()
    {
        var head = Alternates(("en", "https://example.org/about/easy-read/"));
        Assert.Single(Findings(new EasyReadNotHreflang(), SiteOf([
            Markdown("about/index.html", Html("en", "<p>x</p>", head), "en", "about"),
            Markdown("about/easy-read/index.html", Html("en", "<p>x</p>"), "en", "about.easy-read", easyRead: true),
        ])));
    }

    [Fact]
    public void Hreflang_set_of_full_versions_only_passes()
    {
        var head = Alternates(("en", "https://example.org/about/"), ("cy", "https://example.org/cy/about/"));
        Assert.Empty(Findings(new EasyReadNotHreflang(), SiteOf([
            Markdown("about/index.html", Html("en", "<p>x</p>", head), "en", "about"),
            Markdown("cy/about/index.html", Html("cy", "<p>x</p>", head), "cy", "about"),
            Markdown("about/easy-read/index.html", Html("en", "<p>x</p>"), "en", "about.easy-read", easyRead: true),
        ])));
    }

    [Fact]
    public void Translation_whose_canonical_is_the_original_is_an_error()
    {
        var page = Generated("cy/about/index.html", Html("cy", "<p>x</p>", "<link rel=\"canonical\" href=\"https://example.org/about/\">"), "cy");
        Assert.Single(Findings(new CanonicalSelf(), SiteOf([page])));
    }

    [Fact]
    public void Canonical_of_itself_passes_even_with_characters_outside_ascii()
    {
        var page = Generated("ur/tags/تنوع/index.html", Html("ur", "<p>x</p>", "<link rel=\"canonical\" href=\"https://example.org/ur/tags/%D8%AA%D9%86%D9%88%D8%B9/\">"), "ur");
        Assert.Empty(Findings(new CanonicalSelf(), SiteOf([page])));
    }

    [Fact]
    public void Translation_that_is_the_original_word_for_word_is_an_error()
    {
        var finding = Assert.Single(Findings(new FallbackMarked(), SiteOf([
            Markdown("about/index.html", Html("en", "<p>Who we are.</p>"), "en", "about", body: "Who we are.\n"),
            Markdown("cy/about/index.html", Html("cy", "<p>Who we are.</p>"), "cy", "about", body: "Who we are.\n"),
        ])));
        Assert.Equal("content/cy/about.md", finding.At!.Value.File);
    }

    [Fact]
    public void Translated_text_passes()
    {
        Assert.Empty(Findings(new FallbackMarked(), SiteOf([
            Markdown("about/index.html", Html("en", "<p>Who we are.</p>"), "en", "about", body: "Who we are.\n"),
            Markdown("cy/about/index.html", Html("cy", "<p>Pwy ydym ni.</p>"), "cy", "about", body: "Pwy ydym ni.\n"),
        ])));
    }

    [Fact]
    public void Left_to_right_language_marked_rtl_is_an_error()
    {
        Assert.Single(Findings(new HtmlDir(), SiteOf([Generated("cy/index.html", Html("cy", "<p>x</p>", dir: "rtl"), "cy")])));
    }

    [Fact]
    public void Right_to_left_language_marked_ltr_is_an_error()
    {
        Assert.Single(Findings(new HtmlDir(), SiteOf([Generated("ur/index.html", Html("ur", "<p>x</p>", dir: "ltr"), "ur")])));
    }

    [Fact]
    public void Each_language_in_its_own_direction_passes()
    {
        Assert.Empty(Findings(new HtmlDir(), SiteOf([Generated("ur/index.html", Html("ur", "<p>x</p>"), "ur"), Generated("index.html", Html("en", "<p>x</p>"), "en")])));
    }
}
