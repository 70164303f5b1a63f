using System.Text;

namespace SiteGen.Publishing;

/// <summary>One page in the sitemap: its absolute URL, when it last changed, and its language versions (with x-default) as its head lists them.</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset LastModified, IReadOnlyList<(string HrefLang, string Url)> Alternates);

/// <summary>
/// Writes sitemap.xml (sitemaps.org 0.9) with hreflang alternates in the xhtml namespace, and robots.txt that points at it.
/// Each page's element is written on its own (<see cref="Url"/>), so a preview rebuild writes again only the elements of
/// the pages that changed; the file is laid out as an indenting XML writer lays it out.
/// </summary>
public static class SitemapWriter
{
    public const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    private static readonly string NewLine = Environment.NewLine;
    private static readonly string Open = $"<urlset xmlns:xhtml=\"{Xhtml}\" xmlns=\"{Sitemap}\"";

    public static string Write(IEnumerable<SitemapEntry> entries) => Write(entries.Select(Url));

    /// <summary>The file, from each page's element as <see cref="Url"/> writes it.</summary>
    public static string Write(IEnumerable<string> urls)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n").Append(Open);
        var any = false;
        foreach (var url in urls)
        {
            text.Append(any ? "" : ">").Append(url);
            any = true;
        }
        return text.Append(any ? NewLine + "</urlset>\n" : " />\n").ToString();
    }

    /// <summary>One page's <c>&lt;url&gt;</c> element, indented as it stands in the file, with the line break before it.</summary>
    public static string Url(SitemapEntry entry)
    {
        var text = new StringBuilder()
            .Append(NewLine).Append("  <url>")
            .Append(NewLine).Append("    <loc>").Append(Escaped(entry.Url, attribute: false)).Append("</loc>")
            .Append(NewLine).Append("    <lastmod>").Append(Rfc3339.Format(entry.LastModified)).Append("</lastmod>");
        foreach (var (hrefLang, url) in entry.Alternates)
            text.Append(NewLine).Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(Escaped(hrefLang, attribute: true))
                .Append("\" href=\"").Append(Escaped(url, attribute: true)).Append("\" />");
        return text.Append(NewLine).Append("  </url>").ToString();
    }

    /// <summary>Lets every crawler in and tells it where the sitemap is (an absolute URL, as the robots.txt standard asks).</summary>
    public static string Robots(string sitemapUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n";

    // What an XML writer escapes in text and in double-quoted attributes.
    private static string Escaped(string value, bool attribute)
    {
        if (value.AsSpan().IndexOfAny("&<>\"") < 0) return value;
        var text = new StringBuilder(value.Length + 16);
        foreach (var c in value)
            text.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                _ => c.ToString(),
            });
        return text.ToString();
    }
}
