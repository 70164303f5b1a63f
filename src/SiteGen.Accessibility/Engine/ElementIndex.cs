using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>
/// A page's elements by tag name and by attribute name (both lower case), as positions in document
/// order, built by one pass over the page's element list.
/// </summary>
internal sealed class ElementIndex
{
    private static readonly int[] None = [];
    private readonly Dictionary<string, List<int>> byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byAttribute = new(StringComparer.Ordinal);

    public ElementIndex(IReadOnlyList<IElement> elements)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            Add(byTag, element.LocalName.ToLowerInvariant(), i);
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                Add(byAttribute, name, i);
                // [href] may be asked of xlink:href: index the local name as well, so no candidate is missed.
                var local = attribute.LocalName.ToLowerInvariant();
                if (local != name) Add(byAttribute, local, i);
            }
        }
    }

    /// <summary>Positions of the elements that have one of the keys, in document order, each once.</summary>
    public IReadOnlyList<int> Positions(IReadOnlyList<ElementKey> keys)
    {
        if (keys.Count == 1) return Lookup(keys[0]);
        var all = new List<int>();
        foreach (var key in keys) all.AddRange(Lookup(key));
        all.Sort();
        var distinct = new List<int>(all.Count);
        foreach (var position in all)
            if (distinct.Count == 0 || distinct[^1] != position) distinct.Add(position);
        return distinct;
    }

    private IReadOnlyList<int> Lookup(ElementKey key) =>
        (key.IsAttribute ? byAttribute : byTag).TryGetValue(key.Name, out var positions) ? positions : None;

    private static void Add(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var positions)) index[key] = positions = [];
        // An element with the same attribute twice (name and local name alike) is listed once.
        if (positions.Count == 0 || positions[^1] != position) positions.Add(position);
    }
}
