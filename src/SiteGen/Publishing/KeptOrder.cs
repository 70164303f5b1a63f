using SiteGen.Pipeline;

namespace SiteGen.Publishing;

/// <summary>
/// The order an aggregate (the sitemap, the feeds, a search index) sorts its pages in, kept between preview builds:
/// when every item has the same sort key in the same place as last time (after a body edit, every page keeps its
/// address and date), the order worked out then is used again instead of sorting every page on every save.
/// </summary>
/// <typeparam name="TKey">What the items are sorted by; keys are compared with its default equality.</typeparam>
public sealed class KeptOrder<TKey>
{
    private sealed record Sorted(TKey[] Keys, int[] Order);

    // One reference, swapped whole, so a build that is stopped halfway leaves a consistent order behind.
    private Sorted? last;

    /// <summary>
    /// The items in the order <paramref name="sort"/> puts their keys in (it is handed each key with its item's
    /// index, and must be stable, as OrderBy is); the order kept in <paramref name="context"/>'s preview under
    /// <paramref name="name"/> when the keys are those it was worked out for.
    /// </summary>
    public static List<T> Of<T>(BuildContext context, string name, IReadOnlyList<T> items, Func<T, TKey> keyOf,
        Func<IEnumerable<(TKey Key, int Index)>, IEnumerable<(TKey Key, int Index)>> sort)
    {
        var kept = context.Reuse?.Unchanging($"order.{name}", () => new KeptOrder<TKey>());
        var keys = new TKey[items.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = keyOf(items[i]);
        var order = kept?.last is { } last && last.Keys.SequenceEqual(keys) ? last.Order : null;
        if (order is null)
        {
            order = [.. sort(keys.Select((key, i) => (key, i))).Select(k => k.Index)];
            if (kept is not null) kept.last = new Sorted(keys, order);
        }
        var sorted = new List<T>(order.Length);
        foreach (var i in order) sorted.Add(items[i]);
        return sorted;
    }
}
