using System.Globalization;

namespace SiteGen.Publishing;

/// <summary>Dates as Atom, JSON Feed and sitemaps write them (RFC 3339): "2020-12-08T10:00:00+00:00".</summary>
public static class Rfc3339
{
    public static string Format(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
