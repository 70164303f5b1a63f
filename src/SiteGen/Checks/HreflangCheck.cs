using SiteGen.Diagnostics;
using SiteGen.Multilingual.Checks;
using SiteGen.Site;

namespace SiteGen.Checks;

/// <summary>A problem with a page's language or its hreflang alternates, found in the built HTML.</summary>
public sealed record LanguageProblem(SourceLocation At, string Message);

/// <summary>
/// Checks what search engines and screen readers rely on across languages, in the pages as built:
/// each page's lang is its folder's language, and the hreflang sets are complete, reciprocal, carry
/// x-default, and point only at pages that exist.
/// </summary>
public sealed class HreflangCheck(UrlBuilder urls)
{
    /// <param name="pages">Each built page, with the language its source folder says and what was read of its HTML.</param>
    public IEnumerable<(int Page, LanguageProblem Problem)> Check(IReadOnlyList<BuiltPage> pages)
    {
        var byFile = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) byFile[pages[i].File] = i;

        for (var i = 0; i < pages.Count; i++)
        {
            var (file, html, language) = (pages[i].File, pages[i].Html, pages[i].Language);
            if (language is not null && !string.Equals(html.HtmlLang, language, StringComparison.OrdinalIgnoreCase))
                yield return (i, new LanguageProblem(html.HtmlAt,
                    $"The page is in the {language} folder but its <html lang> is \"{html.HtmlLang}\". The theme should write lang=\"@Model.Site.Language\"."));

            var set = html.Alternates;
            if (set.Count == 0) continue;
            if (!set.Any(s => s.Hreflang == "x-default"))
                yield return (i, new LanguageProblem(set[0].At, "The page lists its translations with hreflang but has no hreflang=\"x-default\"."));
            if (!set.Any(s => s.Hreflang != "x-default" && FileOf(s.Href) == file))
                yield return (i, new LanguageProblem(set[0].At, "The page's hreflang links do not include the page itself; every version must list all versions, itself too."));

            foreach (var link in set)
            {
                if (FileOf(link.Href) is not { } target || !byFile.TryGetValue(target, out var j))
                {
                    yield return (i, new LanguageProblem(link.At, $"hreflang=\"{link.Hreflang}\" points at {link.Href}, which the site does not have."));
                    continue;
                }
                if (link.Hreflang == "x-default" || j == i) continue;
                // Reciprocity: the other version must list this page back.
                if (!pages[j].Html.Alternates.Any(s => FileOf(s.Href) == file))
                    yield return (i, new LanguageProblem(link.At, $"hreflang=\"{link.Hreflang}\" points at {link.Href}, but that page does not list this one back."));
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
