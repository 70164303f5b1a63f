using System.Xml.Linq;

namespace SiteGen.Publishing;

/// <summary>One page in the sitemap: its absolute URL, when it last changed, and its language versions (with x-default) as its head lists them.</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset LastModified, IReadOnlyList<(string HrefLang, string Url)> Alternates);

/// <summary>Writes sitemap.xml (sitemaps.org 0.9) with hreflang alternates in the xhtml namespace, and robots.txt that points at it.</summary>
public static class SitemapWriter
{
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Write(IEnumerable<SitemapEntry> entries)
    {
        var root = new XElement(Sitemap + "urlset",
            new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml.NamespaceName),
            entries.Select(e => new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", e.Url),
                new XElement(Sitemap + "lastmod", Rfc3339.Format(e.LastModified)),
                e.Alternates.Select(a => new XElement(Xhtml + "link",
                    new XAttribute("rel", "alternate"), new XAttribute("hreflang", a.HrefLang), new XAttribute("href", a.Url))))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        return document.Declaration + "\n" + document.ToString() + "\n";
    }

    /// <summary>Lets every crawler in and tells it where the sitemap is (an absolute URL, as the robots.txt standard asks).</summary>
    public static string Robots(string sitemapUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n";
}
