using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SiteGen.Templates;
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
    public override string? Wcag => "3.1.2";

    // The patterns of a language's missing strings, made once per set of strings rather than once per page.
    private readonly ConditionalWeakTable<UiStrings, List<(string Key, Regex Pattern)>> fallbacksOf = new();

    public override IEnumerable<LanguageFinding> CheckPage(ParsedPage parsed, LanguageSettings site)
    {
        var (page, html) = parsed;
        if (page.Language is not { } language || language == site.Config.DefaultLanguage) yield break;
        var strings = site.Strings(language);
        var fallbacks = fallbacksOf.GetValue(strings, s => s.MissingKeys
            .Select(k => (Key: k, Pattern: PatternOf(s.Fallback[k].Text)))
            .Where(f => f.Pattern is not null).Select(f => (f.Key, f.Pattern!)).ToList());
        if (fallbacks.Count == 0) yield break;
        var fallbackLanguage = strings.FallbackLanguage.Code;
        foreach (var (parent, _) in html.TextRuns.DistinctBy(r => r.Parent))
        {
            var text = Dom.Collapse(parent.TextContent);
            if (fallbacks.FirstOrDefault(f => f.Pattern.IsMatch(text)) is not { Key: { } key }) continue;
            var lang = LanguageTag.Primary(parent.Closest("[lang]")?.GetAttribute("lang") ?? "");
            if (lang == LanguageTag.Primary(fallbackLanguage)) continue;
            yield return new LanguageFinding(
                $"\"{text}\" is the {fallbackLanguage} text of \"{key}\", which the theme has no {language} text for, but it is not marked lang=\"{fallbackLanguage}\": screen readers read it as {language}. Write it with @s.Text(\"{key}\") in the layout, or add {key} to i18n/{language}.yml.",
                page, parent);
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
