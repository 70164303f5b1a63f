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
    /// <remarks>The page's queries and text runs come from the index the accessibility rules' walk built, so the
    /// extract walks the page no further.</remarks>
    /// <param name="welshStandards">Whether the Welsh Language Standards apply, the only rules that need the body's place.</param>
    public static PageFacts Of(PageContext page, Func<IElement?, SourceLocation> locate, bool welshStandards)
    {
        PageLink Link(IElement e) => new(e.GetAttribute("hreflang"), e.GetAttribute("href") ?? "", locate(e));
        var dom = page.Document;
        var html = dom.DocumentElement;
        return new PageFacts(
            html.GetAttribute("lang"),
            locate(html),
            welshStandards ? locate(dom.Body) : null,
            page.QuerySelector("meta[name=robots]")?.GetAttribute("content")?.Contains("noindex", StringComparison.OrdinalIgnoreCase) == true,
            [.. page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(Link)],
            page.QuerySelector("link[rel=canonical]") is { } canonical ? Link(canonical) : null,
            [.. LanguageSwitcher.Links(page).Select(Link)],
            // The attributes first: whether a link is visible walks its ancestors, and few links are marked as Welsh.
            [.. page.QuerySelectorAll("a[href]").Where(a =>
                    (LanguageTag.Primary(a.GetAttribute("lang") ?? "") == Welsh.Code || LanguageTag.Primary(a.GetAttribute("hreflang") ?? "") == Welsh.Code)
                    && Welsh.IsVisible(a))
                .Select(a => a.GetAttribute("href")!)],
            ScriptsOf(page));
    }

    // Which scripts each language's text uses, from every passage marked with a language.
    private static IReadOnlyList<(string Language, string Script)> ScriptsOf(PageContext page)
    {
        var used = new List<(string Language, string Script)>();
        foreach (var (parent, text) in page.TextRuns)
        {
            // Letters are counted before the passage's language is looked up: most runs have neither script,
            // and a run of ASCII alone has no letter of either.
            if (System.Text.Ascii.IsValid(text)) continue;
            var arabic = Accessibility.Scripts.Count(text, Accessibility.Scripts.IsArabic) >= Accessibility.Rules.LangOfPartsScript.MinLetters;
            var bengali = Accessibility.Scripts.Count(text, Accessibility.Scripts.IsBengali) >= Accessibility.Rules.LangOfPartsScript.MinLetters;
            if (!arabic && !bengali) continue;
            var lang = LanguageTag.Primary(parent.Closest("[lang]")?.GetAttribute("lang") ?? "");
            if (lang.Length == 0) continue;
            if (arabic && !used.Contains((lang, "Arabic"))) used.Add((lang, "Arabic"));
            if (bengali && !used.Contains((lang, "Bengali"))) used.Add((lang, "Bengali"));
        }
        return used;
    }
}
