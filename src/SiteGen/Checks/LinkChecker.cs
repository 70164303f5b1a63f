using AngleSharp.Dom;
using SiteGen.Accessibility;
using SiteGen.Site;

namespace SiteGen.Checks;

/// <summary>A reference in a page to a file or fragment the built site does not have.</summary>
public sealed record BrokenReference(IElement Element, string Url, bool IsAsset, bool FragmentOnly);

/// <summary>
/// Checks that every internal (relative or root-relative) link and asset reference in a page resolves to a file the build
/// writes, and that fragments (#id) exist on the page they point to.
/// </summary>
public sealed class LinkChecker(UrlBuilder urls, Uri baseUrl, IReadOnlySet<string> writtenFiles, IReadOnlyDictionary<string, IReadOnlySet<string>> idsByFile)
{
    // Element and attribute of each kind of reference: a[href], area[href], img[src] and so on.
    private static readonly (string Element, string Attribute, bool IsAsset)[] References =
    [
        ("a", "href", false), ("area", "href", false), ("img", "src", true), ("link", "href", true),
        ("script", "src", true), ("source", "src", true), ("video", "src", true), ("audio", "src", true),
    ];

    /// <summary>The broken references of the page written at <paramref name="pageFile"/> (e.g. "events/x/index.html").</summary>
    public IEnumerable<BrokenReference> Check(PageContext page, string pageFile)
    {
        var pageUrl = new Uri(baseUrl, pageFile);
        // Over the page's element list, once per kind: the same elements in the same order as a query per
        // kind, without walking the DOM eight times.
        foreach (var (name, attribute, isAsset) in References)
            foreach (var element in page.Elements)
            {
                if (element.LocalName != name || element.GetAttribute(attribute) is not { } value) continue;
                var raw = value.Trim();
                if (element.HasAttribute(Content.Markdown.MarkdownRenderer.ReportedAttribute)) continue;
                if (element.LocalName == "link" && element.GetAttribute("rel") is "canonical" or "alternate") continue;
                // Absolute URLs are left alone even on the site's own host: other software may serve them.
                // (On Unix "/x" parses as an absolute file URI, so a leading slash is checked first.)
                if (raw.Length == 0 || raw.StartsWith("//", StringComparison.Ordinal)
                    || (!raw.StartsWith('/') && Uri.TryCreate(raw, UriKind.Absolute, out _))) continue;
                if (!Uri.TryCreate(pageUrl, raw, out var target)) continue;
                if (target.Scheme != baseUrl.Scheme || target.Authority != baseUrl.Authority) continue;
                var sitePath = urls.SitePathOf(Uri.UnescapeDataString(target.AbsolutePath));
                if (sitePath is null)
                {
                    yield return new BrokenReference(element, raw, isAsset, false);
                    continue;
                }
                var file = FileFor(sitePath);
                if (file is null)
                {
                    yield return new BrokenReference(element, raw, isAsset, false);
                    continue;
                }
                var fragment = target.Fragment.TrimStart('#');
                if (fragment.Length > 0 && idsByFile.TryGetValue(file, out var ids) && !ids.Contains(Uri.UnescapeDataString(fragment)))
                    yield return new BrokenReference(element, raw, isAsset, true);
            }
    }

    private string? FileFor(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/')) return Exists(sitePath + "index.html");
        return Exists(sitePath) ?? Exists(sitePath + "/index.html");
    }

    private string? Exists(string file) => writtenFiles.Contains(file) ? file : null;
}
