using SiteGen.Site;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Rewrites the URLs authors write in markdown into URLs that work on the published site:
/// links to other .md files become their page URLs, relative file paths become root-relative,
/// and every root-relative URL gains the base path.
/// </summary>
public sealed class LinkResolver(ContentPaths paths, UrlBuilder urls, IReadOnlyDictionary<string, string> pageSitePathsBySource)
{
    /// <summary>The URL to publish, or null with the reason when it points at nothing SiteGen knows.</summary>
    public string? Resolve(string url, string sourceContentRelative, out string? problem)
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
            problem = $"\"{url}\" points outside the content folder.";
            return null;
        }
        if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (pageSitePathsBySource.TryGetValue(target, out var sitePath)) return urls.Path(sitePath) + suffix;
            problem = $"\"{url}\" links to content/{target}, which does not exist (or is a draft).";
            return null;
        }
        return urls.Path(Escape(paths.OutputPathOfFile(target))) + suffix;
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
