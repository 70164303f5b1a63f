using AngleSharp.Dom;
using SiteGen.Site;

namespace SiteGen.Checks;

/// <summary>A problem with a page's language or its hreflang alternates, found in the built HTML.</summary>
public sealed record LanguageProblem(IElement? Element, string Message);

/// <summary>
/// Checks what search engines and screen readers rely on across languages, in the pages as built:
/// each page's lang is its folder's language, and the hreflang sets are complete, reciprocal, carry
/// x-default, and point only at pages that exist.
/// </summary>
public sealed class HreflangCheck(UrlBuilder urls)
{
    /// <param name="pages">Each built page: its output file, its parsed DOM, and the language its source folder says.</param>
    public IEnumerable<(int Page, LanguageProblem Problem)> Check(IReadOnlyList<(string File, IDocument Dom, string? Language)> pages)
    {
        var byFile = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) byFile[pages[i].File] = i;

        var sets = pages.Select(p => p.Dom.QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => (Element: l, Lang: l.GetAttribute("hreflang")!, Href: l.GetAttribute("href") ?? "")).ToList()).ToList();

        for (var i = 0; i < pages.Count; i++)
        {
            var (file, dom, language) = pages[i];
            var htmlLang = dom.DocumentElement.GetAttribute("lang");
            if (language is not null && !string.Equals(htmlLang, language, StringComparison.OrdinalIgnoreCase))
                yield return (i, new LanguageProblem(dom.DocumentElement,
                    $"The page is in the {language} folder but its <html lang> is \"{htmlLang}\". The theme should write lang=\"@Model.Site.Language\"."));

            var set = sets[i];
            if (set.Count == 0) continue;
            if (!set.Any(s => s.Lang == "x-default"))
                yield return (i, new LanguageProblem(set[0].Element, "The page lists its translations with hreflang but has no hreflang=\"x-default\"."));
            var self = set.FirstOrDefault(s => s.Lang != "x-default" && FileOf(s.Href) == file);
            if (self.Element is null)
                yield return (i, new LanguageProblem(set[0].Element, "The page's hreflang links do not include the page itself; every version must list all versions, itself too."));

            foreach (var (element, lang, href) in set)
            {
                if (FileOf(href) is not { } target || !byFile.TryGetValue(target, out var j))
                {
                    yield return (i, new LanguageProblem(element, $"hreflang=\"{lang}\" points at {href}, which the site does not have."));
                    continue;
                }
                if (lang == "x-default" || j == i) continue;
                // Reciprocity: the other version must list this page back.
                if (!sets[j].Any(s => FileOf(s.Href) == file))
                    yield return (i, new LanguageProblem(element, $"hreflang=\"{lang}\" points at {href}, but that page does not list this one back."));
            }
        }
    }

    private string? FileOf(string absoluteUrl)
    {
        if (!Uri.TryCreate(absoluteUrl, UriKind.Absolute, out var uri)) return null;
        var sitePath = urls.SitePathOf(uri.AbsolutePath);
        return sitePath is null ? null : sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
    }
}
