using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Multilingual;

namespace SiteGen.Tests.Build;

/// <summary>Pages in several languages: how translations are linked, announced and checked.</summary>
public sealed class MultilingualBuildTests
{
    private const string ThreeLanguages = "title: Test site\nbaseUrl: https://example.org/\ndefaultLanguage: en\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n  - { code: ur, name: اردو, dir: rtl }\n";

    private static TempSite Site()
    {
        // The theme's own Welsh and Urdu interface text comes with it, so no string is missing.
        var site = new TempSite(ThreeLanguages);
        site.Write("content/cy/about.md", "---\ntitle: Amdanom ni\n---\nPwy ydym ni.\n");
        site.Write("content/ur/about.md", "---\ntitle: ہمارے بارے میں\n---\nہم کون ہیں۔\n");
        return site;
    }

    private static AngleSharp.Dom.IDocument Page(TempSite site, string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));

    [Fact]
    public async Task Other_languages_live_under_their_code_and_the_default_at_the_root()
    {
        using var site = Site();
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "about/index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "cy/about/index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "ur/about/index.html")));
    }

    [Fact]
    public async Task Every_version_lists_every_version_and_x_default_in_hreflang()
    {
        using var site = Site();
        await site.BuildAsync();
        foreach (var path in new[] { "about/index.html", "cy/about/index.html", "ur/about/index.html" })
        {
            var links = Page(site, path).QuerySelectorAll("link[rel=alternate][hreflang]")
                .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
            Assert.Equal("https://example.org/about/", links["en"]);
            Assert.Equal("https://example.org/cy/about/", links["cy"]);
            Assert.Equal("https://example.org/ur/about/", links["ur"]);
            Assert.Equal("https://example.org/about/", links["x-default"]);
        }
    }

    [Fact]
    public async Task Translation_key_links_pages_with_different_file_names()
    {
        using var site = Site();
        site.Write("content/cy/amdanom.md", "---\ntitle: Amdanom\ntranslationKey: about\n---\nTestun.\n");
        File.Delete(Path.Combine(site.Root, "content/cy/about.md"));
        await site.BuildAsync();
        var hreflangs = Page(site, "about/index.html").QuerySelectorAll("link[hreflang=cy]").Select(l => l.GetAttribute("href"));
        Assert.Equal(["https://example.org/cy/amdanom/"], hreflangs);
    }

    [Fact]
    public async Task Language_switcher_names_each_language_in_itself_and_marks_the_current_one()
    {
        using var site = Site();
        await site.BuildAsync();
        var links = Page(site, "cy/about/index.html").QuerySelectorAll(".language-switcher a").ToList();
        Assert.Equal(["English", "Cymraeg", "اردو"], links.Select(a => a.TextContent));
        Assert.Equal(["en", "cy", "ur"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["en", "cy", "ur"], links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal("page", links[1].GetAttribute("aria-current"));
        Assert.Null(links[0].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Page_without_translations_has_no_switcher_or_hreflang()
    {
        using var site = Site();
        site.Write("content/en/blog/2021-01-01-only-english.md", "---\ntitle: Only in English\n---\nText.\n");
        await site.BuildAsync();
        var page = Page(site, "blog/only-english/index.html");
        Assert.Empty(page.QuerySelectorAll(".language-switcher"));
        Assert.Empty(page.QuerySelectorAll("link[hreflang]"));
    }

    [Fact]
    public async Task Right_to_left_language_pages_say_so_on_html()
    {
        using var site = Site();
        await site.BuildAsync();
        var html = Page(site, "ur/about/index.html").DocumentElement;
        Assert.Equal("ur", html.GetAttribute("lang"));
        Assert.Equal("rtl", html.GetAttribute("dir"));
        Assert.Equal("ltr", Page(site, "cy/about/index.html").DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task Missing_interface_strings_stop_a_publishing_build_naming_them()
    {
        using var site = Site();
        site.Write("themes/default/i18n/cy.yml", "skipLink: Neidio i'r prif gynnwys\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Code == Codes.MissingUiStrings);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("themes/default/i18n/cy.yml", error.Location!.Value.File);
        Assert.Contains("navHome", error.Message);
        Assert.DoesNotContain("skipLink", error.Message);
    }

    [Fact]
    public async Task In_a_preview_build_missing_interface_strings_show_the_default_language_marked_as_such()
    {
        using var site = Site();
        site.Write("themes/default/i18n/cy.yml", "skipLink: Neidio i'r prif gynnwys\n");
        var result = await site.BuildAsync(o => o with { IncludeDrafts = true });
        Assert.Equal(Severity.Warning, Assert.Single(result.Diagnostics, d => d.Code == Codes.MissingUiStrings).Severity);
        // Every fallback the theme writes carries lang="en", so the language-of-parts rule finds nothing.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.FallbackTextNotMarked);
        var page = Page(site, "cy/about/index.html");
        Assert.Equal("Neidio i'r prif gynnwys", page.QuerySelector(".skip-link")!.TextContent);
        var home = page.QuerySelectorAll(".site-nav a").First(a => a.TextContent == "Home");
        Assert.Equal("en", home.GetAttribute("lang"));
        Assert.Equal("ltr", home.GetAttribute("dir"));
    }

    [Fact]
    public async Task Tag_index_counts_pages_in_the_plural_form_of_the_pages_language()
    {
        using var site = Site();
        site.Write("content/cy/blog/2021-01-01-un.md", "---\ntitle: Un\ntags: [amrywiaeth]\n---\nTestun.\n");
        site.Write("content/cy/blog/2021-01-02-dau.md", "---\ntitle: Dau\ntags: [amrywiaeth]\n---\nTestun.\n");
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal("2 dudalen", Page(site, "cy/tags/index.html").QuerySelector(".tag-count")!.TextContent);
    }

    [Fact]
    public async Task Machine_assisted_translation_tells_readers_in_the_page()
    {
        using var site = Site();
        var fingerprint = Translations.Fingerprint("Who we are.\n");
        site.Write("content/en/about.md", "---\ntitle: About us\n---\nWho we are.\n");
        site.Write("content/cy/about.md", $"---\ntitle: Amdanom ni\ntranslation:\n  machineAssisted: true\n  reviewed: false\n  translatedFrom: {fingerprint}\n---\nPwy ydym ni.\n");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.TranslationOutOfDate);
        var notice = Page(site, "cy/about/index.html").QuerySelector(".translation-notice");
        Assert.NotNull(notice);
        Assert.Equal("/about/", notice.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Translation_whose_original_changed_is_flagged_as_maybe_out_of_date()
    {
        using var site = Site();
        var old = Translations.Fingerprint("Who we were.\n");
        site.Write("content/en/about.md", "---\ntitle: About us\n---\nWho we are now.\n");
        site.Write("content/cy/about.md", $"---\ntitle: Amdanom ni\ntranslation:\n  machineAssisted: false\n  reviewed: true\n  translatedFrom: {old}\n---\nPwy ydym ni.\n");
        var result = await site.BuildAsync();
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.TranslationOutOfDate);
        Assert.Equal(new SourceLocation("content/cy/about.md", 3, 1), warning.Location);
        Assert.Contains(Translations.Fingerprint("Who we are now.\n"), warning.Message);
        Assert.NotNull(Page(site, "cy/about/index.html").QuerySelector(".translation-notice"));
    }

    [Fact]
    public async Task Two_pages_claiming_the_same_translation_in_one_language_is_an_error()
    {
        using var site = Site();
        site.Write("content/cy/amdanom.md", "---\ntitle: Amdanom\ntranslationKey: about\n---\nTestun.\n");
        var result = await site.BuildAsync();
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.DuplicateTranslationKey && d.Location!.Value.File == "content/cy/amdanom.md");
    }

    [Fact]
    public async Task Listings_link_to_their_translations()
    {
        using var site = Site();
        await site.BuildAsync();
        var hreflangs = Page(site, "cy/index.html").QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("https://example.org/", hreflangs);
        Assert.Contains("https://example.org/cy/", hreflangs);
        Assert.Contains("https://example.org/ur/", hreflangs);
    }
}
