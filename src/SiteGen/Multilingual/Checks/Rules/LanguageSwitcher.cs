using AngleSharp.Dom;
using SiteGen.Accessibility;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>The language switcher of a built page: the links with hreflang inside a nav.</summary>
public static class LanguageSwitcher
{
    public static IEnumerable<IElement> Links(PageContext page) => page.QuerySelectorAll("nav a[hreflang]");

    /// <summary>Where the switcher's link for a language should go: the page's own version in it, or, when there is none, that language's home page.</summary>
    public static (string File, bool IsTranslation)? ExpectedTarget(SiteUnderCheck site, BuiltPage page, string language)
    {
        if (page.Info is not null)
            return site.VersionsOf(page).TryGetValue(language, out var version) ? (version.File, true) : null;
        // Generated pages (listings) declare their versions in hreflang.
        var alternate = page.Html.Alternates.FirstOrDefault(l => LanguageTag.Primary(l.Hreflang ?? "") == LanguageTag.Primary(language));
        return alternate is not null && site.FileOf(alternate.Href, page) is { } file ? (file, true) : null;
    }
}
