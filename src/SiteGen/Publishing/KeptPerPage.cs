using SiteGen.Pipeline;

namespace SiteGen.Publishing;

/// <summary>
/// What an aggregate (the sitemap, the feeds, a search index) takes from each page, kept between preview builds by
/// place: a rebuild hands on the very document objects of the pages an edit did not touch, mostly at the same index,
/// so each page's facts are taken from the last build by one reference comparison instead of being read again from
/// its metadata. Only a page that is not the same object at the same index is read.
/// </summary>
/// <typeparam name="T">What is taken from one page; null for a page the aggregate leaves out.</typeparam>
public sealed class KeptPerPage<T> where T : class
{
    private sealed record Made(Document[] Pages, T?[] Facts);

    // One reference, swapped whole, so a build that is stopped halfway leaves a consistent record behind.
    private Made? last;

    /// <summary>
    /// <paramref name="factsOf"/> of each page, in order, without the pages it leaves out (null). The facts may read
    /// only the document and what a rebuild of everything alone can change (the kept record lives in
    /// <paramref name="context"/>'s preview under <paramref name="name"/>, as <see cref="Reuse.Unchanging{T}"/> values do).
    /// </summary>
    public static List<T> Of(BuildContext context, string name, IReadOnlyList<Document> pages, Func<Document, T?> factsOf)
    {
        var kept = context.Reuse?.Unchanging($"per-page.{name}", () => new KeptPerPage<T>());
        var before = kept?.last;
        var now = new Document[pages.Count];
        var facts = new T?[pages.Count];
        var taken = new List<T>(pages.Count);
        for (var i = 0; i < now.Length; i++)
        {
            now[i] = pages[i];
            facts[i] = before is not null && i < before.Pages.Length && ReferenceEquals(before.Pages[i], now[i]) ? before.Facts[i] : factsOf(now[i]);
            if (facts[i] is { } f) taken.Add(f);
        }
        if (kept is not null) kept.last = new Made(now, facts);
        return taken;
    }
}
