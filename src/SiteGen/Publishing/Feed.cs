namespace SiteGen.Publishing;

/// <summary>
/// One feed, in the terms both Atom and JSON Feed share. URLs are absolute, because feed readers
/// show entries away from the site.
/// </summary>
public sealed record Feed
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>BCP 47 code of the feed's language.</summary>
    public required string Language { get; init; }
    /// <summary>The page the feed belongs to: the language's home page or the section's index.</summary>
    public required string HomePageUrl { get; init; }
    public required string AtomUrl { get; init; }
    public required string JsonUrl { get; init; }
    /// <summary>The site: it is the author of every entry.</summary>
    public required string AuthorName { get; init; }
    public required string AuthorUrl { get; init; }
    /// <summary>The latest entry's date, or the build time when the feed has no entries.</summary>
    public required DateTimeOffset Updated { get; init; }
    public required IReadOnlyList<FeedEntry> Entries { get; init; }
}

/// <summary>An event write-up or blog post as a feed entry.</summary>
/// <param name="Url">The page's absolute URL, which is also the entry's id.</param>
/// <param name="ContentHtml">The rendered body, with every link and image made absolute.</param>
public sealed record FeedEntry(string Url, string Title, string? Summary, string ContentHtml, DateTimeOffset Published, DateTimeOffset Updated,
    IReadOnlyList<string> Tags, FeedSection Section);
