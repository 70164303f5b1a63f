namespace SiteGen.Templates;

/// <summary>Where a page of a paginated listing stands among its pages, for the page navigation and the head's prev/next links.</summary>
/// <param name="Status">"Page 2 of 9" in the page's language, shown under the heading and in the document title.</param>
/// <param name="StatusLanguage">Set when <paramref name="Status"/> is another language's text (a missing interface string).</param>
/// <param name="Links">The pages the navigation links to, in order; null marks a gap between them.</param>
public sealed record PaginationModel(int Number, int Count, string Status, TextLanguage? StatusLanguage, IReadOnlyList<PageLink?> Links)
{
    /// <summary>Root-relative URL of the page before this one; null on the first.</summary>
    public string? PreviousUrl { get; init; }
    /// <summary>Root-relative URL of the page after this one; null on the last.</summary>
    public string? NextUrl { get; init; }
    /// <summary>Absolute URLs of the same two pages, for rel="prev" and rel="next" in the head.</summary>
    public string? PreviousAbsoluteUrl { get; init; }
    public string? NextAbsoluteUrl { get; init; }
}

/// <summary>One numbered page of a listing in its page navigation; <paramref name="IsCurrent"/> marks the page being read.</summary>
public sealed record PageLink(int Number, string Url, bool IsCurrent);
