using AngleSharp.Dom;
using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using SiteGen.Site;

namespace SiteGen.Checks;

/// <summary>An internal reference in a page, as written, with the file it leads to (null when the build writes no such file).</summary>
/// <param name="Fragment">The #fragment it points at, unescaped; null when it has none.</param>
/// <param name="Draft">For a link to nothing the build writes, the draft (content-relative) that would be there.</param>
public sealed record PageReference(
    IElement Element, string Url, bool IsAsset, string? File, string? Fragment, string? Draft = null);

/// <summary>A link to a part (#id) of a page the build writes, kept until every page's ids are known.</summary>
public sealed record FragmentLink(string Url, bool IsAsset, string File, string Fragment, SourceLocation At);

/// <summary>A reference in a page to a file or fragment the built site does not have.</summary>
/// <param name="Draft">The draft (content-relative) a broken link would reach once published, if any.</param>
public sealed record BrokenReference(string Url, bool IsAsset, bool FragmentOnly, SourceLocation At, string? Draft = null);

/// <summary>
/// Checks that every internal (relative or root-relative) link and asset reference in a page resolves to a file the build
/// writes, and that fragments (#id) exist on the page they point to. The first is known from one page; the second
/// needs the ids of the pages linked to, so <see cref="References"/> reads a page and <see cref="BrokenFragments"/>
/// checks the fragments once every page has been read.
/// </summary>
/// <param name="draftsBySitePath">The drafts this build leaves out, by the site path each would have.</param>
public sealed class LinkChecker(
    UrlBuilder urls, Uri baseUrl, IReadOnlySet<string> writtenFiles,
    IReadOnlyDictionary<string, string>? draftsBySitePath = null)
{
    // Element and attribute of each kind of reference: a[href], area[href], img[src] and so on.
    private static readonly (string Element, string Attribute, bool IsAsset)[] Kinds =
    [
        ("a", "href", false), ("area", "href", false), ("img", "src", true), ("link", "href", true),
        ("script", "src", true), ("source", "src", true), ("video", "src", true), ("audio", "src", true),
    ];

    /// <summary>The internal references of the page written at <paramref name="pageFile"/> (e.g. "events/x/index.html").</summary>
    public IEnumerable<PageReference> References(PageContext page, string pageFile)
    {
        var pageUrl = new Uri(baseUrl, pageFile);
        // Over the page's element list, once per kind: the same elements in the same order as a query per
        // kind, without walking the DOM eight times.
        foreach (var (name, attribute, isAsset) in Kinds)
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
                var file = sitePath is null ? null : FileFor(sitePath);
                var fragment = target.Fragment.TrimStart('#');
                yield return new PageReference(element, raw, isAsset, file,
                    fragment.Length > 0 ? Uri.UnescapeDataString(fragment) : null,
                    file is null && sitePath is not null ? DraftAt(sitePath) : null);
            }
    }

    /// <summary>The fragment links whose page has no element with that id.</summary>
    public static IEnumerable<BrokenReference> BrokenFragments(IEnumerable<FragmentLink> links, IReadOnlyDictionary<string, IReadOnlySet<string>> idsByFile)
    {
        foreach (var link in links)
            if (idsByFile.TryGetValue(link.File, out var ids) && !ids.Contains(link.Fragment))
                yield return new BrokenReference(link.Url, link.IsAsset, true, link.At);
    }

    private string? DraftAt(string sitePath) =>
        draftsBySitePath is null ? null
        : draftsBySitePath.TryGetValue(sitePath.EndsWith('/') || sitePath.Length == 0 ? sitePath : sitePath + "/", out var d)
            ? d : null;

    private string? FileFor(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/')) return Exists(sitePath + "index.html");
        return Exists(sitePath) ?? Exists(sitePath + "/index.html");
    }

    private string? Exists(string file) => writtenFiles.Contains(file) ? file : null;
}
