using AngleSharp.Dom;
using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using SiteGen.Multilingual.Checks.Rules;

namespace SiteGen.Multilingual.Checks;

/// <summary>A link a rule may report, as written, with where it is.</summary>
/// <param name="Hreflang">Its hreflang; null when it has none (a canonical link).</param>
public sealed record PageLink(string? Hreflang, string Href, SourceLocation At);

/// <summary>
/// What the rules that compare pages read of one page's HTML, taken while it is parsed: small, immutable,
/// and with each element a finding may point at already located, so the DOM can be dropped.
/// </summary>
/// <param name="HtmlLang">&lt;html lang&gt;, or null when it has none.</param>
/// <param name="HtmlAt">Where &lt;html&gt; is written.</param>
/// <param name="BodyAt">Where &lt;body&gt; is written; only located under the Welsh Language Standards, which report there.</param>
/// <param name="Alternates">The &lt;link rel=alternate hreflang&gt; elements, in document order.</param>
/// <param name="Canonical">The first &lt;link rel=canonical&gt;, or null.</param>
/// <param name="Switcher">The language switcher's links (<see cref="LanguageSwitcher"/>), in document order.</param>
/// <param name="WelshLinks">Where the visible links marked as Welsh (lang or hreflang cy) go, as written.</param>
/// <param name="Scripts">The languages whose passages on the page are in Arabic or Bengali script: ("ur", "Arabic").</param>
public sealed record PageFacts(
    string? HtmlLang,
    SourceLocation HtmlAt,
    SourceLocation? BodyAt,
    bool IsNoIndex,
    IReadOnlyList<PageLink> Alternates,
    PageLink? Canonical,
    IReadOnlyList<PageLink> Switcher,
    IReadOnlyList<string> WelshLinks,
    IReadOnlyList<(string Language, string Script)> Scripts)
{
    /// <summary>Takes the facts from a parsed page; <paramref name="locate"/> says where an element of it was written.</summary>
    /// <param name="welshStandards">Whether the Welsh Language Standards apply, the only rules that need the body's place.</param>
    public static PageFacts Of(IDocument dom, Func<IElement?, SourceLocation> locate, bool welshStandards)
    {
        PageLink Link(IElement e) => new(e.GetAttribute("hreflang"), e.GetAttribute("href") ?? "", locate(e));
        var html = dom.DocumentElement;
        return new PageFacts(
            html.GetAttribute("lang"),
            locate(html),
            welshStandards ? locate(dom.Body) : null,
            dom.QuerySelector("meta[name=robots]")?.GetAttribute("content")?.Contains("noindex", StringComparison.OrdinalIgnoreCase) == true,
            [.. dom.QuerySelectorAll("link[rel=alternate][hreflang]").Select(Link)],
            dom.QuerySelector("link[rel=canonical]") is { } canonical ? Link(canonical) : null,
            [.. LanguageSwitcher.Links(dom).Select(Link)],
            [.. dom.QuerySelectorAll("a[href]").Where(a => Welsh.IsVisible(a)
                    && (LanguageTag.Primary(a.GetAttribute("lang") ?? "") == Welsh.Code || LanguageTag.Primary(a.GetAttribute("hreflang") ?? "") == Welsh.Code))
                .Select(a => a.GetAttribute("href")!)],
            ScriptsOf(dom));
    }

    // Which scripts each language's text uses, from every passage marked with a language.
    private static IReadOnlyList<(string Language, string Script)> ScriptsOf(IDocument dom)
    {
        var used = new List<(string Language, string Script)>();
        foreach (var (parent, text) in Accessibility.Scripts.TextRuns(dom))
        {
            var lang = LanguageTag.Primary(parent.Closest("[lang]")?.GetAttribute("lang") ?? "");
            if (lang.Length == 0) continue;
            if (!used.Contains((lang, "Arabic")) && Accessibility.Scripts.Count(text, Accessibility.Scripts.IsArabic) >= Accessibility.Rules.LangOfPartsScript.MinLetters) used.Add((lang, "Arabic"));
            if (!used.Contains((lang, "Bengali")) && Accessibility.Scripts.Count(text, Accessibility.Scripts.IsBengali) >= Accessibility.Rules.LangOfPartsScript.MinLetters) used.Add((lang, "Bengali"));
        }
        return used;
    }
}
