using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

/// <summary>Errors only for failures of criteria at or below the site's level; everything else is a warning.</summary>
public class SeverityTests
{
    private const string NewTabLink =
        """<p><a href="https://example.org/report/" target="_blank">Our annual report</a></p>""";
    private const string ZoomLocked = "width=device-width, initial-scale=1, user-scalable=no";

    private static CheckOptions At(WcagLevel level) => CheckOptions.Default with { Level = level };

    [Fact]
    public void A_site_aims_for_AA_unless_told_otherwise() => Assert.Equal(WcagLevel.AA, CheckOptions.Default.Level);

    [Fact]
    public void A_failure_of_a_AAA_criterion_is_a_warning_on_a_AA_site() =>
        Assert.Equal(Severity.Warning, Assert.Single(Run<LinkNewWindow>(Page(NewTabLink), At(WcagLevel.AA))).Severity);

    [Fact]
    public void A_failure_of_a_AAA_criterion_is_an_error_on_a_AAA_site() =>
        Assert.Equal(Severity.Error, Assert.Single(Run<LinkNewWindow>(Page(NewTabLink), At(WcagLevel.AAA))).Severity);

    [Theory]
    [InlineData(WcagLevel.A)]
    [InlineData(WcagLevel.AA)]
    public void A_failure_of_a_level_A_criterion_is_an_error(WcagLevel site) =>
        Assert.Equal(Severity.Error, Assert.Single(Run<ImgAlt>(Page("""<img src="/a.png">"""), At(site))).Severity);

    [Fact]
    public void A_failure_of_a_AA_criterion_is_an_error_on_a_AA_site() =>
        Assert.Equal(Severity.Error, Assert.Single(Run<MetaViewport>(ZoomLockedPage(), At(WcagLevel.AA))).Severity);

    [Fact]
    public void A_failure_of_a_AA_criterion_is_a_warning_on_a_level_A_site() =>
        Assert.Equal(Severity.Warning, Assert.Single(Run<MetaViewport>(ZoomLockedPage(), At(WcagLevel.A))).Severity);

    [Theory]
    [InlineData(WcagLevel.A)]
    [InlineData(WcagLevel.AA)]
    [InlineData(WcagLevel.AAA)]
    public void A_best_practice_finding_is_a_warning_at_every_level(WcagLevel site) =>
        Assert.Equal(Severity.Warning,
            Assert.Single(Run<HeadingOne>(Page("<h1>Second title</h1>"), At(site))).Severity);

    [Theory]
    [InlineData(WcagLevel.AA)]
    [InlineData(WcagLevel.AAA)]
    public void A_heuristic_finding_is_a_warning_at_every_level(WcagLevel site) =>
        Assert.Equal(Severity.Warning, Assert.Single(Run<LinkTextAmbiguous>(Page("""
            <p><a href="/a/">Programme</a></p><p><a href="/b/">Programme</a></p>
            """), At(site))).Severity);

    [Fact]
    public void A_finding_its_rule_is_unsure_of_stays_a_warning_on_a_AAA_site() =>
        Assert.Equal(Severity.Warning,
            Assert.Single(Run<Tabindex>(Page("""<p tabindex="0">Hello</p>"""), At(WcagLevel.AAA))).Severity);

    [Fact]
    public void A_site_rules_finding_follows_the_level_of_its_page()
    {
        var pages = new[] { "/a/", "/b/" }
            .Select(url => PageContext.Parse(Page("<p>Hi</p>"), url, At(WcagLevel.AAA))).ToList();
        Assert.Equal(Severity.Warning, Assert.Single(AccessibilityChecker.Default.CheckSite(pages)).Severity);
    }

    [Fact]
    public void A_stylesheet_finding_follows_the_sites_level()
    {
        const string Pale = ".tag { color: #999999; background: #ffffff; }";
        var css = StylesheetContext.Parse(Pale, "theme.css", At(WcagLevel.A));
        Assert.Equal(Severity.Warning, Assert.Single(new ColorContrast().Check(css)).Severity);
    }

    [Theory]
    [InlineData(RuleKind.Failure, "3.2.5", WcagLevel.AA, Severity.Warning)]
    [InlineData(RuleKind.Failure, "3.2.5", WcagLevel.AAA, Severity.Error)]
    [InlineData(RuleKind.Failure, "1.4.3", WcagLevel.AA, Severity.Error)]
    [InlineData(RuleKind.Failure, "1.4.3", WcagLevel.A, Severity.Warning)]
    [InlineData(RuleKind.Failure, "2.4.6, 1.1.1", WcagLevel.A, Severity.Error)]
    [InlineData(RuleKind.Heuristic, "1.3.1", WcagLevel.AAA, Severity.Warning)]
    [InlineData(RuleKind.BestPractice, "1.3.1", WcagLevel.AAA, Severity.Warning)]
    public void The_severity_follows_the_rules_kind_the_criterions_level_and_the_sites_level(
        RuleKind kind, string wcag, WcagLevel site, Severity expected) =>
        Assert.Equal(expected, Conformance.SeverityOf(kind, wcag, site));

    [Fact]
    public void A_heuristic_finding_its_rule_is_sure_of_is_an_error_for_a_criterion_within_the_level() =>
        Assert.Equal(Severity.Error, Conformance.SeverityOf(RuleKind.Heuristic, "1.3.1", WcagLevel.AA, Severity.Error));

    [Fact]
    public void A_finding_its_rule_is_sure_of_is_a_warning_for_a_criterion_above_the_level() =>
        Assert.Equal(Severity.Warning,
            Conformance.SeverityOf(RuleKind.Heuristic, "3.1.4", WcagLevel.AA, Severity.Error));

    [Fact]
    public void A_failure_citing_no_criterion_of_WCAG_2_2_is_a_warning() =>
        Assert.Equal(Severity.Warning, Conformance.SeverityOf(RuleKind.Failure, "4.1.1", WcagLevel.AAA));

    private static string ZoomLockedPage() =>
        Page("<p>Hi</p>").Replace("width=device-width, initial-scale=1", ZoomLocked, StringComparison.Ordinal);
}
