using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Browser.Tests.Publishing;

/// <summary>
/// Follows every internal reference of a served site (links, assets, srcset candidates, link rel,
/// forwarding pages and url() in stylesheets), the way a reader's browser would, and records what is broken.
/// Works in the site's public address space: URLs are written as the published site would see them,
/// and fetched from the local server that stands in for the host.
/// </summary>
public sealed partial class SiteCrawler(HttpClient http, Uri publicRoot, Uri localRoot)
{
    private readonly HtmlParser _parser = new();
    private readonly Dictionary<Uri, HashSet<string>?> _fetched = [];
    private readonly List<(Uri From, Uri To)> _fragmentLinks = [];

    /// <summary>Problems found, one line each: "from → to: what is wrong".</summary>
    public List<string> Broken { get; } = [];

    /// <summary>Every page and file fetched, by public URL without fragment.</summary>
    public IEnumerable<Uri> Visited => _fetched.Keys;

    public async Task CrawlAsync(IEnumerable<Uri> seeds)
    {
        var queue = new Queue<(Uri? From, Uri To)>(seeds.Select(s => ((Uri?)null, s)));
        while (queue.Count > 0)
        {
            var (from, to) = queue.Dequeue();
            if (!publicRoot.IsBaseOf(to))
            {
                if (to.Host == publicRoot.Host) Broken.Add($"{from} → {to}: outside the site's base path {publicRoot.AbsolutePath}");
                continue;
            }
            if (to.Fragment.Length > 1) _fragmentLinks.Add((from!, to));
            var page = WithoutFragment(to);
            if (_fetched.ContainsKey(page)) continue;

            using var response = await http.GetAsync(new Uri(localRoot, publicRoot.MakeRelativeUri(page)));
            if (!response.IsSuccessStatusCode)
            {
                _fetched[page] = null;
                Broken.Add($"{from} → {page}: {(int)response.StatusCode}");
                continue;
            }
            var type = response.Content.Headers.ContentType?.MediaType;
            var body = await response.Content.ReadAsStringAsync();
            IEnumerable<string> references = [];
            HashSet<string>? ids = null;
            if (type == "text/html")
            {
                var document = _parser.ParseDocument(body);
                ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(document.QuerySelectorAll("a[name]").Select(a => a.GetAttribute("name")!)).ToHashSet(StringComparer.Ordinal);
                references = References(document);
            }
            else if (type == "text/css")
                references = CssUrl().Matches(body).Select(m => m.Groups["url"].Value);
            _fetched[page] = ids;

            foreach (var reference in references.Select(r => r.Trim()).Where(r => r.Length > 0))
                if (Uri.TryCreate(page, reference, out var target) && target.Scheme is "http" or "https")
                    queue.Enqueue((page, target));
        }
        CheckFragments();
    }

    private void CheckFragments()
    {
        foreach (var (from, to) in _fragmentLinks)
        {
            var id = Uri.UnescapeDataString(to.Fragment[1..]);
            if (_fetched.GetValueOrDefault(WithoutFragment(to)) is { } ids && !ids.Contains(id))
                Broken.Add($"{from} → {to}: no element with id \"{id}\"");
        }
    }

    /// <summary>Every URL the page asks the browser to follow or load.</summary>
    private static IEnumerable<string> References(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[href]")) yield return element.GetAttribute("href")!;
        foreach (var element in document.QuerySelectorAll("[src]")) yield return element.GetAttribute("src")!;
        foreach (var element in document.QuerySelectorAll("video[poster]")) yield return element.GetAttribute("poster")!;
        foreach (var element in document.QuerySelectorAll("[srcset]"))
            foreach (var candidate in element.GetAttribute("srcset")!.Split(','))
                yield return candidate.Trim().Split(' ')[0];
        foreach (var meta in document.QuerySelectorAll("meta[http-equiv=refresh]"))
            if (RefreshUrl().Match(meta.GetAttribute("content") ?? "") is { Success: true } m) yield return m.Groups["url"].Value;
        // Open Graph and Twitter card addresses are followed by every site a page is shared on.
        foreach (var meta in document.QuerySelectorAll("meta[property='og:url'], meta[property='og:image'], meta[name='twitter:image']"))
            yield return meta.GetAttribute("content")!;
    }

    private static Uri WithoutFragment(Uri uri) => new(uri.GetLeftPart(UriPartial.Query));

    [GeneratedRegex(@"url\(\s*['""]?(?<url>[^'"")]+)['""]?\s*\)|@import\s+['""](?<url>[^'""]+)['""]")]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"url\s*=\s*['""]?(?<url>[^'""]+)", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshUrl();
}
