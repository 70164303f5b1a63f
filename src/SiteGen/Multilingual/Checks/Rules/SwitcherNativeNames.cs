using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-switcher-native-names: each switcher link says the language's own name (site.yml's name), written in
/// that language (lang, and dir="rtl" for right-to-left names) with hreflang, as words, never a flag alone.
/// </summary>
public sealed class SwitcherNativeNames : LanguageRule
{
    public override string Code => Codes.SwitcherNames;
    public override string Name => "ml-switcher-native-names";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<LanguageFinding> CheckPage(ParsedPage parsed, LanguageSettings site)
    {
        var (page, html) = parsed;
        foreach (var link in LanguageSwitcher.Links(html))
        {
            var hreflang = link.GetAttribute("hreflang")!;
            var text = Dom.Collapse(link.TextContent);
            if (site.Config.FindLanguage(hreflang) is not { } language)
            {
                yield return new LanguageFinding($"The language switcher links to hreflang=\"{hreflang}\", which site.yml does not list.", page, link);
                continue;
            }
            if (text.Length == 0)
                yield return new LanguageFinding($"The switcher link to {language.Code} has no words (a flag or icon alone). Write the language's name, \"{language.Name}\": flags stand for countries, not languages.", page, link);
            else if (text != language.Name)
                yield return new LanguageFinding($"The switcher link to {language.Code} says \"{text}\"; it should say the language's own name, \"{language.Name}\", so readers find their language without reading this one.", page, link);
            if (!string.Equals(link.GetAttribute("lang"), language.Code, StringComparison.OrdinalIgnoreCase))
                yield return new LanguageFinding($"The switcher link \"{text}\" needs lang=\"{language.Code}\", so screen readers say the name in its own language.", page, link);
            if (language.IsRightToLeft && link.Closest("[dir]")?.GetAttribute("dir") is not ("rtl" or "auto"))
                yield return new LanguageFinding($"The switcher link \"{text}\" is a right-to-left name and needs dir=\"rtl\".", page, link);
        }
    }
}
