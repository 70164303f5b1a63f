namespace SiteGen.Site;

/// <summary>Turns site paths ("events/x/") into the URLs pages use, honouring the base URL's path.</summary>
public sealed class UrlBuilder(Uri baseUrl)
{
    /// <summary>"/" or "/repo/".</summary>
    public string BasePath { get; } = baseUrl.AbsolutePath;

    /// <summary>Root-relative URL with the base path: "events/x/" → "/repo/events/x/".</summary>
    public string Path(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>Absolute URL: "events/x/" → "https://user.github.io/repo/events/x/".</summary>
    public string Absolute(string sitePath) => new Uri(baseUrl, sitePath.TrimStart('/')).AbsoluteUri;

    /// <summary>The site path of a root-relative URL, or null when it lies outside the base path.</summary>
    public string? SitePathOf(string rootRelative) =>
        rootRelative.StartsWith(BasePath, StringComparison.Ordinal) ? rootRelative[BasePath.Length..]
        : rootRelative + "/" == BasePath ? ""
        : null;
}
