using SiteGen.Multilingual.Checks;
using static SiteGen.Tests.Multilingual.LanguageRuleHarness;

namespace SiteGen.Tests.Multilingual;

/// <summary>
/// The preview keeps a rule's cross-page findings after an edit of a body only, unless the rule declares that it
/// reads bodies (<see cref="LanguageRule.ReadsBodies"/>): a rule that does not declare it must find the same in
/// pages without bodies.
/// </summary>
public sealed class ReadsBodiesTests
{
    // An untranslated Welsh copy of an English page, and a Welsh page that records no original: findings for the
    // rules that compare bodies, under the Welsh Language Standards so that every rule applies.
    private static TestSite Site(bool withBodies)
    {
        string? Body(string text) => withBodies ? text : null;
        var pages = new[]
        {
            Markdown("about/index.html", Html("en", "<p>Who we are.</p>"), "en", "about"),
            Markdown("cy/about/index.html", Html("cy", "<p>Who we are.</p>"), "cy", "about"),
            Markdown("contact/index.html", Html("en", "<p>Write to us.</p>"), "en", "contact", body: "Write to us.\n"),
            Markdown("cy/contact/index.html", Html("cy", "<p>Ysgrifennwch atom.</p>"), "cy", "contact", body: "Ysgrifennwch atom.\n"),
        }.Select(p => p with { Page = p.Page with { Body = Body(p.Page.Body!) } }).ToList();
        var config = SiteGen.Tests.TestSites.Config() with { WelshStandards = true };
        return SiteOf(pages, config: config);
    }

    public static TheoryData<string> RulesThatDoNotReadBodies => [.. LanguageChecks.All.Where(r => !r.ReadsBodies).Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RulesThatDoNotReadBodies))]
    public void Rule_that_does_not_declare_it_reads_bodies_finds_the_same_without_them(string name)
    {
        var rule = LanguageChecks.All.Single(r => r.Name == name);

        Assert.Equal(rule.Check(Site(withBodies: true).Site).Select(f => (f.Message, f.Page?.File)),
            rule.Check(Site(withBodies: false).Site).Select(f => (f.Message, f.Page?.File)));
    }

    [Theory]
    [InlineData("ml-fallback-marked")]
    [InlineData("ml-cy-parity")]
    public void Rule_that_compares_bodies_declares_it_reads_them(string name)
    {
        var rule = LanguageChecks.All.Single(r => r.Name == name);

        Assert.True(rule.ReadsBodies);
        Assert.NotEqual(rule.Check(Site(withBodies: true).Site).Select(f => f.Message), rule.Check(Site(withBodies: false).Site).Select(f => f.Message));
    }

    public static TheoryData<string> RulesWithinVersions => [.. LanguageChecks.All.Where(r => r.WithinVersions).Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RulesWithinVersions))]
    public void Rule_that_declares_it_compares_only_versions_finds_the_same_over_each_page_s_versions_alone(string name)
    {
        var rule = LanguageChecks.All.Single(r => r.Name == name);
        var site = Site(withBodies: true);

        var whole = rule.Check(site.Site).Select(f => (f.Message, f.Page?.File)).ToList();
        var byVersions = site.Pages.GroupBy(p => p.Page.Info?.TranslationKey)
            .SelectMany(versions => rule.Check(SiteOf([.. versions], config: site.Site.Config).Site))
            .Select(f => (f.Message, f.Page?.File));

        Assert.NotEmpty(whole);
        Assert.Equal(whole.Order(), byVersions.Order());
    }

    [Theory]
    [InlineData("ml-fallback-marked")]
    [InlineData("ml-cy-parity")]
    public void Rule_that_compares_a_page_with_its_original_declares_it_compares_only_versions(string name) =>
        Assert.True(LanguageChecks.All.Single(r => r.Name == name).WithinVersions);
}
