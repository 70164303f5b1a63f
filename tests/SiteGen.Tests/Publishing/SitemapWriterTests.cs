using System.Xml.Linq;
using SiteGen.Publishing;

namespace SiteGen.Tests.Publishing;

/// <summary>sitemap.xml is written a page's element at a time, laid out and escaped exactly as an indenting XML writer would.</summary>
public sealed class SitemapWriterTests
{
    private static readonly XNamespace Sitemap = SitemapWriter.Sitemap;
    private static readonly XNamespace Xhtml = SitemapWriter.Xhtml;
    private static readonly DateTimeOffset Date = new(2026, 11, 27, 9, 30, 0, TimeSpan.FromHours(1));

    /// <summary>The same sitemap as an XML document written by System.Xml.Linq.</summary>
    private static string AsXmlWriterWritesIt(IEnumerable<SitemapEntry> entries)
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Sitemap + "urlset",
            new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml.NamespaceName),
            entries.Select(e => new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", e.Url),
                new XElement(Sitemap + "lastmod", Rfc3339.Format(e.LastModified)),
                e.Alternates.Select(a => new XElement(Xhtml + "link",
                    new XAttribute("rel", "alternate"), new XAttribute("hreflang", a.HrefLang), new XAttribute("href", a.Url)))))));
        return document.Declaration + "\n" + document + "\n";
    }

    [Fact]
    public void Pages_with_and_without_versions_are_written_as_an_xml_writer_writes_them()
    {
        SitemapEntry[] entries =
        [
            new("https://example.org/", Date, [("en", "https://example.org/"), ("cy", "https://example.org/cy/"), ("x-default", "https://example.org/")]),
            new("https://example.org/about/", Date, []),
        ];
        Assert.Equal(AsXmlWriterWritesIt(entries), SitemapWriter.Write(entries));
    }

    [Fact]
    public void Characters_xml_reserves_are_escaped_as_an_xml_writer_escapes_them()
    {
        SitemapEntry[] entries = [new("https://example.org/?a=1&b=<2>\"", Date, [("en", "https://example.org/?a=1&b=<2>\"'")])];
        Assert.Equal(AsXmlWriterWritesIt(entries), SitemapWriter.Write(entries));
    }

    [Fact]
    public void Sitemap_without_pages_is_an_empty_urlset()
    {
        Assert.Equal(AsXmlWriterWritesIt([]), SitemapWriter.Write(Array.Empty<SitemapEntry>()));
    }
}
