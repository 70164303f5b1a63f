using SiteGen.Multilingual.Checks.Rules;
using static SiteGen.Tests.Multilingual.LanguageRuleHarness;

namespace SiteGen.Tests.Multilingual;

/// <summary>The language switcher names each language in itself and leads to the translation of the page the reader is on.</summary>
public sealed class LanguageSwitcherTests
{
    private static string Switcher(params string[] links) => "<nav aria-label=\"Languages\"><ul>" + string.Concat(links.Select(l => $"<li>{l}</li>")) + "</ul></nav>";

    private const string English = "<a href=\"/about/\" lang=\"en\" hreflang=\"en\">English</a>";
    private const string Welsh = "<a href=\"/cy/about/\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>";

    private static List<SiteGen.Multilingual.Checks.ParsedPage> AboutIn(string switcher) =>
    [
        Markdown("about/index.html", Html("en", switcher), "en", "about"),
        Markdown("cy/about/index.html", Html("cy", switcher), "cy", "about"),
        Generated("cy/index.html", Html("cy", "<p>Hafan</p>"), "cy"),
    ];

    [Fact]
    public void Switcher_with_native_names_lang_and_hreflang_passes()
    {
        Assert.Empty(Findings(new SwitcherNativeNames(), SiteOf(AboutIn(Switcher(English, Welsh)))));
    }

    [Theory]
    [InlineData("<a href=\"/cy/about/\" lang=\"cy\" hreflang=\"cy\">Welsh</a>", "own name")]
    [InlineData("<a href=\"/cy/about/\" hreflang=\"cy\">Cymraeg</a>", "lang=\"cy\"")]
    [InlineData("<a href=\"/cy/about/\" lang=\"cy\" hreflang=\"cy\"><img src=\"wales.png\" alt=\"\"></a>", "flag")]
    public void Switcher_link_not_named_in_its_own_language_is_an_error(string link, string expected)
    {
        var findings = Findings(new SwitcherNativeNames(), SiteOf(AboutIn(Switcher(English, link))));
        Assert.Contains(findings, f => f.Message.Contains(expected));
    }

    [Fact]
    public void Right_to_left_name_without_dir_is_an_error()
    {
        var urdu = "<a href=\"/ur/\" lang=\"ur\" hreflang=\"ur\">اردو</a>";
        Assert.Contains(Findings(new SwitcherNativeNames(), SiteOf(AboutIn(Switcher(English, urdu)))), f => f.Message.Contains("dir=\"rtl\""));
    }

    [Fact]
    public void Switcher_link_to_the_home_page_when_the_translation_exists_is_an_error()
    {
        var toHome = "<a href=\"/cy/\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>";
        var findings = Findings(new SwitcherTarget(), SiteOf(AboutIn(Switcher(English, toHome))));
        Assert.Contains(findings, f => f.Message.Contains("/cy/about/index.html"));
    }

    [Fact]
    public void Switcher_link_to_the_translation_passes()
    {
        Assert.Empty(Findings(new SwitcherTarget(), SiteOf(AboutIn(Switcher(English, Welsh)))));
    }

    [Fact]
    public void Switcher_link_to_a_page_the_site_does_not_have_is_an_error()
    {
        var toNowhere = "<a href=\"/ur/about/\" lang=\"ur\" hreflang=\"ur\" dir=\"rtl\">اردو</a>";
        Assert.Contains(Findings(new SwitcherMissing(), SiteOf(AboutIn(Switcher(English, Welsh, toNowhere)))), f => f.Message.Contains("/ur/about/"));
    }

    [Fact]
    public void Switcher_linking_only_pages_that_exist_passes()
    {
        Assert.Empty(Findings(new SwitcherMissing(), SiteOf(AboutIn(Switcher(English, Welsh)))));
    }
}
