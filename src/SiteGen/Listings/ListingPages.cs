namespace SiteGen.Listings;

/// <summary>
/// Splits a listing's items into pages of site.yml's <c>paginate</c> size: page 1 at the listing's own
/// address, page N at <c>&lt;listing&gt;page/N/</c>, as Hugo and Eleventy publish them.
/// </summary>
public static class ListingPages
{
    /// <summary>The page size when site.yml does not set <c>paginate</c>.</summary>
    public const int DefaultSize = 20;

    /// <summary>
    /// The items in pages of at most <paramref name="size"/>, in order. An empty listing is one empty page,
    /// so the listing's address always has a page that says there is nothing yet.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (items.Count == 0) return [Array.Empty<T>()];
        return items.Chunk(size).ToList();
    }

    /// <summary>How many pages <paramref name="itemCount"/> items take at <paramref name="size"/> a page (at least one).</summary>
    public static int CountFor(int itemCount, int size) => Math.Max(1, (itemCount + size - 1) / size);

    /// <summary>The site path of page <paramref name="number"/> of the listing at <paramref name="listingPath"/> ("events/" → "events/page/2/").</summary>
    public static string PathOf(string listingPath, int number) =>
        number == 1 ? listingPath : $"{listingPath}page/{number}/";

    /// <summary>
    /// The page numbers the navigation links to: the first, the last, and those within <paramref name="radius"/>
    /// of the current one; null marks a gap. A gap never hides a single page: that page is shown instead,
    /// since a number takes no more room than the gap's mark.
    /// </summary>
    public static IReadOnlyList<int?> Window(int current, int count, int radius = 2)
    {
        var shown = Enumerable.Range(1, count)
            .Where(n => n == 1 || n == count || Math.Abs(n - current) <= radius)
            .ToList();
        var window = new List<int?>();
        var previous = 0;
        foreach (var n in shown)
        {
            if (n - previous == 2) window.Add(n - 1);
            else if (n - previous > 2) window.Add(null);
            window.Add(n);
            previous = n;
        }
        return window;
    }
}
