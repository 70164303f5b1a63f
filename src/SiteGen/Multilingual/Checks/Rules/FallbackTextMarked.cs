using System.Text.RegularExpressions;
using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-lang-of-parts: interface text shown in the default language because the page's language lacks it
/// carries the default language's lang (and dir), so screen readers read it with the right voice (WCAG 3.1.2).
/// </summary>
public sealed class FallbackTextMarked : LanguageRule
{
    public override string Code => Codes.FallbackTextNotMarked;
    public override string Name => "ml-lang-of-parts";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var group in site.Pages.Where(p => p.Language is not null && p.Language != site.Config.DefaultLanguage).GroupBy(p => p.Language!))
        {
            var strings = site.Strings(group.Key);
            var fallbacks = strings.MissingKeys
                .Select(k => (Key: k, Pattern: PatternOf(strings.Fallback[k].Text)))
                .Where(f => f.Pattern is not null).ToList();
            if (fallbacks.Count == 0) continue;
            var fallbackLanguage = strings.FallbackLanguage.Code;
            foreach (var page in group)
                foreach (var (parent, _) in Scripts.TextRuns(page.Dom).DistinctBy(r => r.Parent))
                {
                    var text = Dom.Collapse(parent.TextContent);
                    if (fallbacks.FirstOrDefault(f => f.Pattern!.IsMatch(text)) is not { Key: { } key }) continue;
                    var lang = LanguageTag.Primary(parent.Closest("[lang]")?.GetAttribute("lang") ?? "");
                    if (lang == LanguageTag.Primary(fallbackLanguage)) continue;
                    yield return new LanguageFinding(
                        $"\"{text}\" is the {fallbackLanguage} text of \"{key}\", which the theme has no {group.Key} text for, but it is not marked lang=\"{fallbackLanguage}\": screen readers read it as {group.Key}. Write it with @s.Text(\"{key}\") in the layout, or add {key} to i18n/{group.Key}.yml.",
                        page, parent);
                }
        }
    }

    // The whole text of an element showing the string: placeholders ({0}, {site}) stand for any words.
    private static Regex? PatternOf(string value)
    {
        var collapsed = Dom.Collapse(value);
        if (collapsed.Length < 2) return null; // separators such as ", " are not words in a language
        var parts = Regex.Split(collapsed, @"\{[^}]*\}").Select(Regex.Escape);
        return new Regex("^" + string.Join(".+?", parts) + "$", RegexOptions.CultureInvariant);
    }
}
