using WcagLevel = SiteGen.Accessibility.WcagLevel;
using SiteGen.Checks;
using SiteGen.Diagnostics;
using SiteGen.Multilingual.Checks.Rules;

namespace SiteGen.Multilingual.Checks;

/// <summary>Runs the multilingual rules over a built site; the Welsh Language Standards ones only when site.yml asks for them.</summary>
public static class LanguageChecks
{
    /// <summary>Every rule, in code order.</summary>
    public static IReadOnlyList<LanguageRule> All { get; } =
    [
        new FallbackTextMarked(), new BidiIsolation(), new UrlPrefix(), new TranslationOrphan(), new HreflangNoFallback(),
        new EasyReadNotHreflang(), new CanonicalSelf(), new SwitcherNativeNames(), new SwitcherTarget(), new SwitcherMissing(),
        new FallbackMarked(), new PluralCategories(), new DateFormat(), new FontCoverage(), new LogicalCss(),
        new WelshCoverage(), new WelshLinkOnEnglish(), new WelshParity(), new WelshFirst(), new HtmlDir(), new ScriptFontScoped(),
    ];

    /// <summary>The findings on one parsed page of every rule that applies to the site, each with its rule.</summary>
    public static IEnumerable<(LanguageRule Rule, LanguageFinding Finding)> RunOnPage(ParsedPage page, LanguageSettings site) =>
        Applying(site).SelectMany(r => r.CheckPage(page, site).Select(f => (r, f)));

    /// <summary>The findings of every rule that applies to the site, comparing its pages, each with its rule.</summary>
    public static IEnumerable<(LanguageRule Rule, LanguageFinding Finding)> Run(SiteUnderCheck site) =>
        Applying(site).SelectMany(r => r.Check(site).Select(f => (r, f)));

    /// <summary>The rules that apply to the site, in code order.</summary>
    public static IEnumerable<LanguageRule> Applying(LanguageSettings site) =>
        All.Where(r => !r.WelshStandardsOnly || site.Config.WelshStandards);

    /// <summary>
    /// A finding as a diagnostic, located by <paramref name="locate"/> when it is on a page; a rule that cites WCAG
    /// makes errors only for criteria at or below the site's <paramref name="level"/>.
    /// </summary>
    public static Diagnostic ToDiagnostic(LanguageRule rule, LanguageFinding finding, WcagLevel level,
        Func<LanguageFinding, SourceLocation> locate) =>
        new(Severities.AtLevel(finding.Severity ?? rule.Severity, rule.Wcag, level), rule.Code, finding.Message,
            finding.At ?? locate(finding)) { RuleName = rule.Name, Wcag = rule.Wcag };
}
