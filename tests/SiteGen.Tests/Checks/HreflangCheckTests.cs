using SiteGen.Accessibility;
using SiteGen.Checks;
using SiteGen.Diagnostics;
using SiteGen.Multilingual.Checks;
using SiteGen.Site;

namespace SiteGen.Tests.Checks;

/// <summary>hreflang sets are checked across pages from what was read of each page's HTML, with no DOM kept.</summary>
public sealed class HreflangCheckTests
{
    private static readonly HreflangCheck Check = new(new UrlBuilder(new Uri("https://example.org/")));

    private static BuiltPage Page(string file, string folderLanguage, string htmlLang, params string[] alternates)
    {
        var head = string.Concat(alternates.Select(a => $"<link rel=\"alternate\" hreflang=\"{a.Split(' ')[0]}\" href=\"https://example.org/{a.Split(' ')[1]}\">"));
        var dom = PageContext.Parse($"<!DOCTYPE html><html lang=\"{htmlLang}\"><head>{head}</head><body></body></html>", "/" + file, CheckOptions.Default);
        return new BuiltPage(file, PageFacts.Of(dom, e => new SourceLocation(file, e?.LocalName == "html" ? 1 : 2, 1), welshStandards: false), folderLanguage);
    }

    [Fact]
    public void Versions_that_list_each_other_pass()
    {
        Assert.Empty(Check.Check([
            Page("about/index.html", "en", "en", "en about/", "cy cy/about/", "x-default about/"),
            Page("cy/about/index.html", "cy", "cy", "en about/", "cy cy/about/", "x-default about/"),
        ]));
    }

    [Fact]
    public void Version_that_does_not_list_the_page_back_is_an_error_at_the_link()
    {
        var (page, problem) = Assert.Single(Check.Check([
            Page("about/index.html", "en", "en", "en about/", "cy cy/about/", "x-default about/"),
            Page("cy/about/index.html", "cy", "cy", "cy cy/about/", "x-default cy/about/"),
        ]));
        Assert.Equal(0, page);
        Assert.Contains("does not list this one back", problem.Message);
        Assert.Equal(new SourceLocation("about/index.html", 2, 1), problem.At);
    }

    [Fact]
    public void Html_lang_other_than_the_folders_language_is_an_error_at_html()
    {
        var (_, problem) = Assert.Single(Check.Check([Page("cy/index.html", "cy", "en")]));
        Assert.Contains("in the cy folder", problem.Message);
        Assert.Equal(new SourceLocation("cy/index.html", 1, 1), problem.At);
    }
}
