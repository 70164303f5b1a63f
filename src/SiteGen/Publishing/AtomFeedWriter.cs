using System.Xml.Linq;

namespace SiteGen.Publishing;

/// <summary>Writes a feed as Atom (RFC 4287).</summary>
public static class AtomFeedWriter
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(Feed feed)
    {
        var root = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", feed.Language),
            new XElement(Atom + "id", feed.AtomUrl),
            new XElement(Atom + "title", feed.Title),
            new XElement(Atom + "subtitle", feed.Description),
            new XElement(Atom + "updated", Rfc3339.Format(feed.Updated)),
            Link("self", "application/atom+xml", feed.AtomUrl),
            Link("alternate", "text/html", feed.HomePageUrl),
            Link("alternate", "application/feed+json", feed.JsonUrl),
            new XElement(Atom + "author", new XElement(Atom + "name", feed.AuthorName), new XElement(Atom + "uri", feed.AuthorUrl)),
            new XElement(Atom + "generator", "SiteGen"),
            feed.Entries.Select(Entry));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        return document.Declaration + "\n" + document.ToString() + "\n";
    }

    private static XElement Entry(FeedEntry entry) =>
        new(Atom + "entry",
            new XElement(Atom + "id", entry.Url),
            new XElement(Atom + "title", entry.Title),
            Link("alternate", "text/html", entry.Url),
            new XElement(Atom + "published", Rfc3339.Format(entry.Published)),
            new XElement(Atom + "updated", Rfc3339.Format(entry.Updated)),
            entry.Summary is null ? null : new XElement(Atom + "summary", new XAttribute("type", "text"), entry.Summary),
            new XElement(Atom + "content", new XAttribute("type", "html"), entry.ContentHtml),
            entry.Tags.Select(t => new XElement(Atom + "category", new XAttribute("term", t))));

    private static XElement Link(string rel, string type, string href) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("type", type), new XAttribute("href", href));
}
