using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-switcher-target: a switcher link goes to the translation of the page the reader is on, not elsewhere;
/// where the page has no translation in that language, it may go to that language's home page.
/// </summary>
public sealed class SwitcherTarget : LanguageRule
{
    public override string Code => Codes.SwitcherTarget;
    public override string Name => "ml-switcher-target";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var page in site.Pages)
            foreach (var link in page.Html.Switcher)
            {
                var language = link.Hreflang!;
                if (site.Config.FindLanguage(language) is null) continue; // ml-switcher-native-names reports it
                var target = site.FileOf(link.Href, page);
                if (target is null || site.PageAt(target) is null) continue; // ml-switcher-missing reports it
                var expected = LanguageSwitcher.ExpectedTarget(site, page, language);
                var home = (language == site.Config.DefaultLanguage ? "" : language + "/") + "index.html";
                if (expected is { } e ? target == e.File : target == home) continue;
                var should = expected is { } x ? $"its {language} version, /{x.File}" : $"the {language} home page, /{home}";
                yield return new LanguageFinding($"The switcher link to {language} goes to /{target}, but should go to {should}.", page, At: link.At);
            }
    }
}
