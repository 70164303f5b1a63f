using System.Text.RegularExpressions;
using SiteGen.Accessibility;
using SiteGen.Checks;
using SiteGen.Diagnostics;
using SiteGen.EasyRead.Rules;
using SiteGen.Multilingual.Checks;
using SiteGen.Multilingual.Checks.Rules;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Tests.Checks;

/// <summary>Easy Read and multilingual rules cite WCAG from the one table; errors follow the site level.</summary>
public sealed class WcagReferenceTests
{
    public static TheoryData<string, string> CitedByOtherRules()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in ReadabilityRules.All.Where(r => r.Wcag is not null)) data.Add(rule.Id, rule.Wcag!);
        foreach (var rule in LanguageChecks.All.Where(r => r.Wcag is not null)) data.Add(rule.Code, rule.Wcag!);
        return data;
    }

    [Theory]
    [MemberData(nameof(CitedByOtherRules))]
    public void Every_criterion_an_easy_read_or_multilingual_rule_cites_is_in_WCAG_2_2(string rule, string wcag)
    {
        var numbers = Wcag22.NumbersIn(wcag);
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n =>
            Assert.True(Wcag22.Find(n) is not null, $"{rule} cites {n}, which WCAG 2.2 does not have"));
    }

    [Fact]
    public void Every_criterion_an_easy_read_rules_source_names_is_one_it_cites()
    {
        var naming = ReadabilityRules.All.Where(r => r.Source.Contains("WCAG", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(naming);
        foreach (var rule in naming)
            foreach (Match m in Regex.Matches(rule.Source, @"WCAG (\d+\.\d+\.\d+)"))
                Assert.Contains(m.Groups[1].Value, Wcag22.NumbersIn(rule.Wcag ?? ""));
    }

    [Theory]
    [InlineData(WcagLevel.AA, Severity.Error)]
    [InlineData(WcagLevel.A, Severity.Warning)]
    public void Unmarked_fallback_text_fails_a_AA_criterion_so_is_an_error_from_AA(WcagLevel level, Severity expected)
    {
        var finding = new LanguageFinding("Home is English.");
        var diagnostic = LanguageChecks.ToDiagnostic(new FallbackTextMarked(), finding, level,
            _ => SourceLocation.StartOf("themes/default/layouts/_Layout.cshtml"));
        Assert.Equal(expected, diagnostic.Severity);
        Assert.Equal("3.1.2", diagnostic.Wcag);
    }

    [Fact]
    public void A_rule_that_cites_no_criterion_keeps_its_own_error() =>
        Assert.Equal(Severity.Error, Severities.AtLevel(Severity.Error, null, WcagLevel.A));

    [Fact]
    public void An_error_for_a_AAA_criterion_is_a_warning_on_a_AA_site() =>
        Assert.Equal(Severity.Warning, Severities.AtLevel(Severity.Error, "3.1.5", WcagLevel.AA));
}
