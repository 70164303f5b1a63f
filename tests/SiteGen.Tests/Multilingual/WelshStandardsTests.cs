using SiteGen.Content.FrontMatter;
using SiteGen.Multilingual.Checks;
using SiteGen.Multilingual.Checks.Rules;
using SiteGen.Site;
using static SiteGen.Tests.Multilingual.LanguageRuleHarness;

namespace SiteGen.Tests.Multilingual;

/// <summary>With welshStandards: true, Welsh is treated no less favourably than English (the ml-cy-* rules).</summary>
public sealed class WelshStandardsTests
{
    private static SiteConfig WelshStandards(bool welshFirst = false)
    {
        var config = TestSites.Config();
        return config with
        {
            WelshStandards = true,
            Languages = welshFirst ? [config.Languages[1], config.Languages[0], config.Languages[2]] : config.Languages,
        };
    }

    private const string SwitcherToWelsh = "<nav><a href=\"/cy/about/\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a></nav>";

    [Fact]
    public void Rules_apply_only_when_site_yml_asks_for_them()
    {
        var site = SiteOf([Markdown("about/index.html", Html("en", "<p>x</p>"), "en", "about")]);
        Assert.DoesNotContain(RunAll(site), r => r.Rule.WelshStandardsOnly);
    }

    [Fact]
    public void Page_without_a_welsh_version_is_an_error()
    {
        var site = SiteOf([Markdown("about/index.html", Html("en", "<p>x</p>"), "en", "about")], config: WelshStandards());
        Assert.Equal("content/en/about.md", Assert.Single(Findings(new WelshCoverage(), site)).At!.Value.File);
    }

    [Fact]
    public void Every_page_and_string_in_welsh_passes()
    {
        var site = SiteOf([
            Markdown("about/index.html", Html("en", "<p>x</p>"), "en", "about"),
            Markdown("cy/about/index.html", Html("cy", "<p>x</p>"), "cy", "about"),
        ], config: WelshStandards());
        Assert.Empty(Findings(new WelshCoverage(), site));
    }

    [Fact]
    public void English_page_not_linking_to_its_welsh_version_is_an_error()
    {
        var site = SiteOf([
            Markdown("about/index.html", Html("en", "<p>x</p>"), "en", "about"),
            Markdown("cy/about/index.html", Html("cy", "<p>x</p>"), "cy", "about"),
        ], config: WelshStandards());
        Assert.Single(Findings(new WelshLinkOnEnglish(), site));
    }

    [Fact]
    public void Hidden_link_to_the_welsh_version_does_not_count()
    {
        var site = SiteOf([
            Markdown("about/index.html", Html("en", "<div hidden>" + SwitcherToWelsh + "</div>"), "en", "about"),
            Markdown("cy/about/index.html", Html("cy", "<p>x</p>"), "cy", "about"),
        ], config: WelshStandards());
        Assert.Single(Findings(new WelshLinkOnEnglish(), site));
    }

    [Fact]
    public void Visible_link_to_the_welsh_version_in_welsh_passes()
    {
        var site = SiteOf([
            Markdown("about/index.html", Html("en", SwitcherToWelsh), "en", "about"),
            Markdown("cy/about/index.html", Html("cy", "<p>x</p>"), "cy", "about"),
        ], config: WelshStandards());
        Assert.Empty(Findings(new WelshLinkOnEnglish(), site));
    }

    [Fact]
    public void Welsh_page_not_recording_what_it_translates_is_a_warning()
    {
        var site = SiteOf([
            Markdown("about/index.html", Html("en", "<p>x</p>"), "en", "about"),
            Markdown("cy/about/index.html", Html("cy", "<p>x</p>"), "cy", "about"),
        ], config: WelshStandards());
        Assert.Single(Findings(new WelshParity(), site));
    }

    [Fact]
    public void Welsh_page_recording_what_it_translates_passes()
    {
        var fm = new FrontMatter { Title = "t", Translation = new TranslationInfo(false, true, "0123456789ab") };
        var site = SiteOf([
            Markdown("about/index.html", Html("en", "<p>x</p>"), "en", "about"),
            Markdown("cy/about/index.html", Html("cy", "<p>x</p>"), "cy", "about", frontMatter: fm),
        ], config: WelshStandards());
        Assert.Empty(Findings(new WelshParity(), site));
    }

    [Fact]
    public void English_before_welsh_in_a_bilingual_passage_or_the_switcher_is_a_warning()
    {
        var page = Generated("index.html", Html("en", "<div><p lang=\"en\">Welcome</p><p lang=\"cy\">Croeso</p></div>"), "en");
        var findings = Findings(new WelshFirst(), SiteOf([page], config: WelshStandards()));
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("site.yml"));
    }

    [Fact]
    public void Welsh_first_passes()
    {
        var page = Generated("index.html", Html("en", "<div><p lang=\"cy\">Croeso</p><p lang=\"en\">Welcome</p></div>"), "en");
        Assert.Empty(Findings(new WelshFirst(), SiteOf([page], config: WelshStandards(welshFirst: true))));
    }
}
