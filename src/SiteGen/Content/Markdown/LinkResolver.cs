using SiteGen.Site;

namespace SiteGen.Content.Markdown;

/// <summary>Why a URL written in a page leads nowhere, with how to fix it when that is not the usual advice.</summary>
public sealed record LinkProblem(string What, string? Fix = null);

/// <summary>
/// Rewrites the URLs authors write in markdown into URLs that work on the published site:
/// links to other .md files become their page URLs, relative file paths become root-relative,
/// and every root-relative URL gains the base path.
/// </summary>
/// <param name="draftsLeftOut">The pages (content-relative) this build leaves out because they are drafts.</param>
/// <param name="leftOutWithErrors">Whether a page (content-relative) that is not built was left out for errors.</param>
public sealed class LinkResolver(
    ContentPaths paths, UrlBuilder urls, IReadOnlyDictionary<string, string> pageSitePathsBySource,
    IReadOnlySet<string>? draftsLeftOut = null, Func<string, bool>? leftOutWithErrors = null)
{
    /// <summary>The URL to publish, or null with the reason when it points at nothing SiteGen knows.</summary>
    public string? Resolve(string url, string sourceContentRelative, out LinkProblem? problem)
    {
        problem = null;
        if (url.Length == 0 || url[0] == '#' || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url)) return url;

        var cut = url.IndexOfAny(['#', '?']);
        var (path, suffix) = cut >= 0 ? (url[..cut], url[cut..]) : (url, "");
        path = Uri.UnescapeDataString(path);

        if (path.StartsWith('/'))
            return urls.Path(path) + suffix;

        var directory = sourceContentRelative.Contains('/') ? sourceContentRelative[..sourceContentRelative.LastIndexOf('/')] : "";
        var target = Normalise(directory, path);
        if (target is null)
        {
            problem = new($"\"{url}\" points outside the content folder.");
            return null;
        }
        if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (pageSitePathsBySource.TryGetValue(target, out var sitePath)) return urls.Path(sitePath) + suffix;
            problem = draftsLeftOut?.Contains(target) == true
                ? new($"\"{url}\" links to content/{target}, which is a draft.",
                    "Publish it (remove draft: true from its front matter) or remove the link.")
                : leftOutWithErrors?.Invoke(target) == true
                ? new($"\"{url}\" links to content/{target}, which has errors and is left out of the site until "
                    + "they are fixed.", "Fix the errors reported for that page; this link then works as written.")
                : new($"\"{url}\" links to content/{target}, which does not exist.");
            return null;
        }
        var published = urls.Path(Escape(paths.OutputPathOfFile(target)));
        // "about/" names a folder, which a host serves from its index.html; without the slash it answers with a redirect.
        if (path.EndsWith('/') && !published.EndsWith('/')) published += "/";
        return published + suffix;
    }

    /// <summary>
    /// The file in content/ (content-relative) that a relative or root-relative URL written in
    /// <paramref name="sourceContentRelative"/> names, or null when it names none (a page, another site, outside content/).
    /// </summary>
    public string? ContentFileOf(string url, string sourceContentRelative)
    {
        if (url.Length == 0 || url[0] == '#' || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url)) return null;
        var cut = url.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut >= 0 ? url[..cut] : url);
        var directory = path.StartsWith('/') || !sourceContentRelative.Contains('/') ? "" : sourceContentRelative[..sourceContentRelative.LastIndexOf('/')];
        var target = Normalise(directory, path);
        return target is null || target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? null : target;
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0;
    }

    /// <summary>Joins and folds "." and ".." segments; null when the result climbs out of content/.</summary>
    public static string? Normalise(string directory, string relative)
    {
        var parts = new List<string>(directory.Length == 0 ? [] : directory.Split('/'));
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
