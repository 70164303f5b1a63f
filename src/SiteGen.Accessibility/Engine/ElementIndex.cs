using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>
/// A page's elements by tag name and by attribute name (both lower case), as positions in document
/// order, and where each element's subtree ends; built by one pass over the page's element list.
/// </summary>
/// <remarks>In document order an element's descendants are the positions right after it, up to its
/// <see cref="SubtreeEnd"/>, so "the descendants of e" is a range and needs no walk of the tree.</remarks>
internal sealed class ElementIndex
{
    private static readonly int[] None = [];
    private readonly Dictionary<string, List<int>> byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byAttribute = new(StringComparer.Ordinal);
    private readonly Dictionary<IElement, int> positions = new(ReferenceEqualityComparer.Instance);
    private readonly int[] subtreeEnds;

    public ElementIndex(IReadOnlyList<IElement> elements)
    {
        subtreeEnds = new int[elements.Count];
        var open = new Stack<int>();
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            positions[element] = i;
            // Elements still open are this one's ancestors; the others' subtrees ended just before it.
            while (open.Count > 0 && !ReferenceEquals(elements[open.Peek()], element.ParentElement))
                subtreeEnds[open.Pop()] = i - 1;
            open.Push(i);

            Add(byTag, element.LocalName.ToLowerInvariant(), i);
            var attributes = element.Attributes;
            for (var a = 0; a < attributes.Length; a++)
            {
                var attribute = attributes[a]!;
                var name = attribute.Name.ToLowerInvariant();
                Add(byAttribute, name, i);
                // [href] may be asked of xlink:href: index the local name as well, so no candidate is missed.
                if (attribute.Prefix is not null) Add(byAttribute, attribute.LocalName.ToLowerInvariant(), i);
            }
        }
        while (open.Count > 0) subtreeEnds[open.Pop()] = elements.Count - 1;
    }

    /// <summary>The element's position in document order, or -1 when it is not one of the page's elements.</summary>
    public int PositionOf(IElement element) => positions.TryGetValue(element, out var position) ? position : -1;

    /// <summary>The position of the last descendant of the element at <paramref name="position"/> (itself when it has none).</summary>
    public int SubtreeEnd(int position) => subtreeEnds[position];

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
        (key.IsAttribute ? byAttribute : byTag).TryGetValue(key.Name, out var found) ? found : None;

    private static void Add(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        // An element with the same attribute twice (name and local name alike) is listed once.
        if (list.Count == 0 || list[^1] != position) list.Add(position);
    }
}
