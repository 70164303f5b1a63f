using AngleSharp.Dom;
using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>Helpers shared by the Welsh Language Standards rules (welshStandards: true in site.yml).</summary>
internal static class Welsh
{
    public const string Code = "cy";

    /// <summary>True when a reader can see the element: not hidden, not aria-hidden, not visually hidden.</summary>
    public static bool IsVisible(IElement element) =>
        element.Closest("[hidden], [aria-hidden=true], .visually-hidden") is null;
}

/// <summary>ml-cy-coverage: under the Welsh Language Standards every published page and every interface string has Welsh.</summary>
public sealed class WelshCoverage : LanguageRule
{
    public override string Code => Codes.WelshCoverage;
    public override string Name => "ml-cy-coverage";
    public override Severity Severity => Severity.Error;
    public override bool WelshStandardsOnly => true;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        if (site.Config.FindLanguage(Welsh.Code) is null)
        {
            yield return new LanguageFinding("welshStandards is true but site.yml does not list Welsh: add - { code: cy, name: Cymraeg } to languages.",
                At: SourceLocation.StartOf("content/site.yml"));
            yield break;
        }
        foreach (var page in site.Pages)
            if (page.Info is { Language: var l } && l != Welsh.Code && page.Source is not null && !site.VersionsOf(page).ContainsKey(Welsh.Code))
                yield return new LanguageFinding(
                    $"This page has no Welsh version. Under the Welsh Language Standards (welshStandards: true) every page is published in Welsh too: add content/cy/{page.Source[(page.Source.IndexOf('/', "content/".Length) + 1)..]}.",
                    page, At: SourceLocation.StartOf(page.Source));
        var missing = site.Strings(Welsh.Code).MissingKeys;
        if (missing.Count > 0)
            yield return new LanguageFinding(
                $"The theme has no Welsh text for: {string.Join(", ", missing)}. Under the Welsh Language Standards the interface is in Welsh on every page.",
                At: site.StringAt(Welsh.Code));
    }
}

/// <summary>ml-cy-link-on-en: under the Welsh Language Standards an English page with a Welsh version says so visibly and links straight to it.</summary>
public sealed class WelshLinkOnEnglish : LanguageRule
{
    public override string Code => Codes.WelshLinkOnEnglish;
    public override string Name => "ml-cy-link-on-en";
    public override Severity Severity => Severity.Error;
    public override bool WelshStandardsOnly => true;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var page in site.Pages)
        {
            if (LanguageTag.Primary(page.Html.HtmlLang ?? "") != "en") continue;
            var welsh = page.Info is not null
                ? site.VersionsOf(page).GetValueOrDefault(Welsh.Code)?.File
                : LanguageSwitcher.ExpectedTarget(site, page, Welsh.Code)?.File;
            if (welsh is null) continue;
            if (!page.Html.WelshLinks.Any(href => site.FileOf(href, page) == welsh))
                yield return new LanguageFinding(
                    $"This English page has a Welsh version (/{welsh}) but no visible link to it in Welsh. Under the Welsh Language Standards it must say so and link straight to it: the language switcher's \"Cymraeg\" link does this.",
                    page, At: page.Html.BodyAt);
        }
    }
}

/// <summary>
/// ml-cy-parity: under the Welsh Language Standards both languages are published at the same time, so a Welsh
/// page records which version of the English it translates (translatedFrom); SG601 reports when that changes.
/// </summary>
public sealed class WelshParity : LanguageRule
{
    public override string Code => Codes.WelshParity;
    public override string Name => "ml-cy-parity";
    public override Severity Severity => Severity.Warning;
    public override bool WelshStandardsOnly => true;
    public override bool ReadsBodies => true;
    public override bool WithinVersions => true;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var page in site.Pages)
        {
            if (page.Info?.Language != Welsh.Code || page.Source is null || page.FrontMatter?.Translation?.TranslatedFrom is not null) continue;
            if (!site.VersionsOf(page).TryGetValue(site.Config.DefaultLanguage, out var original) || original.Body is null) continue;
            yield return new LanguageFinding(
                $"This Welsh page does not record which version of {original.Source} it translates, so the build cannot tell when the English changes and the Welsh falls behind. Add translation: {{ translatedFrom: {Translations.Fingerprint(original.Body)} }} once it matches.",
                page, At: SourceLocation.StartOf(page.Source));
        }
    }
}

/// <summary>ml-cy-first: under the Welsh Language Standards a component in both languages puts the Welsh first, so it is read first.</summary>
public sealed class WelshFirst : LanguageRule
{
    public override string Code => Codes.WelshFirst;
    public override string Name => "ml-cy-first";
    public override Severity Severity => Severity.Warning;
    public override bool WelshStandardsOnly => true;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        var languages = site.Config.Languages.Select(l => l.Code).ToList();
        var cy = languages.IndexOf(Welsh.Code);
        if (cy > 0 && cy > languages.IndexOf("en") && languages.Contains("en"))
            yield return new LanguageFinding("The language switcher lists English before Cymraeg. Under the Welsh Language Standards Welsh comes first: list cy before en under languages in site.yml.",
                At: SourceLocation.StartOf("content/site.yml"));
    }

    public override IEnumerable<LanguageFinding> CheckPage(ParsedPage page, LanguageSettings site)
    {
        foreach (var welsh in page.Context.QuerySelectorAll("body [lang]").Where(e => LanguageTag.Primary(e.GetAttribute("lang")!) == Welsh.Code && e.Closest("nav") is null))
        {
            var english = welsh.PreviousElementSibling;
            if (english is not null && LanguageTag.Primary(english.GetAttribute("lang") ?? "") == "en"
                && Dom.Collapse(english.TextContent).Length > 0)
                yield return new LanguageFinding("This passage gives the English before the Welsh. Under the Welsh Language Standards, put the Welsh first.", page.Page, english);
        }
    }
}
