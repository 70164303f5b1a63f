using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>
/// What the rules share of a page, collected in one walk of its tree: every element in document order,
/// the elements by tag name and by attribute name (both lower case) as positions in that order, where
/// each element's subtree ends, which elements are hidden, the first element of each id, and the
/// visible text runs.
/// </summary>
/// <remarks>In document order an element's descendants are the positions right after it, up to its
/// <see cref="SubtreeEnd"/>, so "the descendants of e" is a range and needs no walk of the tree.
/// Each of these was a walk of its own before; the walk knows every element's parent position, so
/// hidden-ness and subtree ends need no look-up of the parent.</remarks>
internal sealed class ElementIndex
{
    private static readonly int[] None = [];
    private readonly Dictionary<string, int[]> byTag;
    private readonly Dictionary<string, int[]> byAttribute;
    // Made on the first question about an element that was not the one a match list last gave (see PositionOf).
    private Dictionary<IElement, int>? positions;
    private readonly Dictionary<string, IElement> ids;
    private readonly int[] subtreeEnds;
    private readonly bool[] hidden;

    // The walk's working lists, kept per thread and cleared for each page: grown afresh for every page, they were
    // the most of what indexing a page allocated, and the collections they caused were most of its time.
    [ThreadStatic] private static Scratch? scratch;

    private sealed class Scratch
    {
        public readonly List<IElement> Elements = new(1024);
        public readonly List<(IElement Parent, string Text)> Runs = new(512);
        public readonly List<int> Parents = new(1024);
        public readonly List<bool> Hidden = new(1024);
        public readonly List<bool> InText = new(1024);
        // (node, parent position); a position of -1 is the document.
        public readonly Stack<(IElement Element, int Parent)> Stack = new(64);
        // Gathered first so the id map is made at its size: pages have hundreds of ids, and it grew for them.
        public readonly List<(string Id, IElement Element)> Ids = new(256);
        public readonly Dictionary<string, List<int>> ByTag = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<int>> ByAttribute = new(StringComparer.Ordinal);
        // A query's matches as they are found, copied out at their number.
        public readonly List<int> Matches = new(256);

        public void Clear()
        {
            Elements.Clear();
            Runs.Clear();
            Parents.Clear();
            Hidden.Clear();
            InText.Clear();
            Stack.Clear();
            Ids.Clear();
            Clear(ByTag);
            Clear(ByAttribute);
        }

        // The names' lists are emptied, not dropped, so their arrays serve the next page; a site that names
        // thousands of different attributes starts afresh rather than keep them all.
        private static void Clear(Dictionary<string, List<int>> index)
        {
            if (index.Count > 512) index.Clear();
            foreach (var list in index.Values) list.Clear();
        }
    }

    private ElementIndex(IDocument document)
    {
        var work = scratch ??= new Scratch();
        work.Clear();
        var (elements, runs, parents, hiddenFlags, inText, stack) = (work.Elements, work.Runs, work.Parents, work.Hidden, work.InText, work.Stack);
        var body = document.Body;
        PushChildren(stack, document.ChildNodes, -1);
        while (stack.Count > 0)
        {
            var (element, parent) = stack.Pop();
            var position = elements.Count;
            elements.Add(element);
            parents.Add(parent);

            var attributes = element.Attributes;
            // Only an element with attributes, or one of four tags, can hide itself or have an id.
            var selfHidden = (attributes.Length > 0 || element.LocalName is "template" or "script" or "style" or "noscript") && Dom.IsSelfHidden(element);
            hiddenFlags.Add(selfHidden || (parent >= 0 && hiddenFlags[parent]));

            // Text runs are the visible text under the body: the body's subtree, less self-hidden subtrees.
            var isBody = ReferenceEquals(element, body);
            if (isBody) bodyPosition = position;
            var textHere = isBody ? !selfHidden : parent >= 0 && inText[parent] && !selfHidden;
            inText.Add(textHere);
            var children = element.ChildNodes;
            if (textHere)
                foreach (var node in children)
                    if (node is IText { Data.Length: > 0 } t && !string.IsNullOrWhiteSpace(t.Data))
                        runs.Add((element, t.Data));
            PushChildren(stack, children, position);

            var localName = element.LocalName;
            if (!Ascii.IsValid(localName)) TagNamesAreAscii = false;
            Add(work.ByTag, localName.ToLowerInvariant(), position);
            if (attributes.Length > 0 && element.Id is { } id) work.Ids.Add((id, element));
            for (var a = 0; a < attributes.Length; a++)
            {
                var attribute = attributes[a]!;
                Add(work.ByAttribute, attribute.Name.ToLowerInvariant(), position);
                // [href] may be asked of xlink:href: index the local name as well, so no candidate is missed.
                if (attribute.Prefix is not null) Add(work.ByAttribute, attribute.LocalName.ToLowerInvariant(), position);
            }
        }

        Elements = [.. elements];
        TextRuns = [.. runs];
        ids = new Dictionary<string, IElement>(work.Ids.Count, StringComparer.Ordinal);
        foreach (var (id, element) in work.Ids) ids.TryAdd(id, element);
        byTag = Kept(work.ByTag);
        byAttribute = Kept(work.ByAttribute);
        hidden = [.. hiddenFlags];
        Texts = new string?[Elements.Length];
        // Pre-order: an element's subtree ends where the next element that is not its descendant begins;
        // going backwards, each element's end is at least its last child's.
        subtreeEnds = new int[Elements.Length];
        for (var i = 0; i < Elements.Length; i++) subtreeEnds[i] = i;
        for (var i = Elements.Length - 1; i >= 0; i--)
            if (parents[i] >= 0 && subtreeEnds[parents[i]] < subtreeEnds[i]) subtreeEnds[parents[i]] = subtreeEnds[i];
    }

    /// <summary>Walks the page once and indexes what it finds.</summary>
    public static ElementIndex Of(IDocument document) => new(document);

    /// <summary>Every element of the page in document order (depth-first, pre-order).</summary>
    /// <remarks>The walk reads ChildNodes rather than Children: AngleSharp builds and keeps a Children collection on every
    /// element asked for one, which for all the pages of a site adds up to megabytes held until the end.</remarks>
    public IElement[] Elements { get; }

    /// <summary>The visible text runs, the same as <see cref="Scripts.TextRuns"/> gives.</summary>
    public IReadOnlyList<(IElement Parent, string Text)> TextRuns { get; }

    /// <summary>Each element's text (<see cref="AccessibleName.TextOf"/>) by position, once a rule has asked for it.</summary>
    public string?[] Texts { get; }

    /// <summary>Whether every element's local name is ASCII, so a bare tag name selects exactly the elements listed under it.</summary>
    public bool TagNamesAreAscii { get; } = true;

    /// <summary>The element's position in document order, or -1 when it is not one of the page's elements.</summary>
    /// <remarks>Rules ask about the elements a match list gives them, one at a time, so the position the list gave
    /// last answers most questions. Only a question about another element makes the element-to-position table,
    /// which was the walk's largest allocation and, hashing every element, a third of its time.</remarks>
    public int PositionOf(IElement element)
    {
        var recent = Recent;
        if ((uint)recent < (uint)Elements.Length && ReferenceEquals(Elements[recent], element)) return recent;
        // The body is asked about by the rules that start from it.
        if (bodyPosition >= 0 && ReferenceEquals(Elements[bodyPosition], element)) return bodyPosition;
        return PositionTable().TryGetValue(element, out var position) ? position : -1;
    }

    /// <summary>The position a match list gave last; read and written by any thread, and always checked before use.</summary>
    internal int Recent = -1;

    private readonly int bodyPosition = -1;

    private Dictionary<IElement, int> PositionTable()
    {
        if (positions is { } made) return made;
        var table = new Dictionary<IElement, int>(Elements.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Elements.Length; i++) table[Elements[i]] = i;
        // Two threads may both make it; either table gives the same answers.
        return positions = table;
    }

    /// <summary>The positions of the elements matching the query, in document order; null when every element matches.</summary>
    /// <remarks>Several rules ask the same selector of a page (nine ask for a[href]), so what matching found is kept per
    /// page and query, as the merged positions are; a list of bare tag names needs no matching at all. Every query of the
    /// whole page has the page's root as its scope, so the scope is not part of what the matches are kept by.</remarks>
    public int[]? Matches(SelectorQuery query, IElement? scope)
    {
        if (query.Shape == QueryShape.Everything) return null;
        if (query.Shape == QueryShape.TagNames && TagNamesAreAscii) return Positions(query.Keys!);
        var known = matched;
        foreach (var (q, found) in known)
            if (ReferenceEquals(q, query)) return found;
        var matches = Match(query, scope);
        matched = [.. known, (query, matches)];
        return matches;
    }

    private (SelectorQuery Query, int[] Positions)[] matched = [];

    private int[] Match(SelectorQuery query, IElement? scope)
    {
        var work = scratch ??= new Scratch();
        var found = work.Matches;
        found.Clear();
        if (query.Keys is null)
        {
            for (var i = 0; i < Elements.Length; i++)
                if (query.Selector.Match(Elements[i], scope)) found.Add(i);
        }
        else
        {
            foreach (var position in Positions(query.Keys))
                if (query.Selector.Match(Elements[position], scope)) found.Add(position);
        }
        return found.Count == 0 ? None : [.. found];
    }

    /// <summary>The position of the last descendant of the element at <paramref name="position"/> (itself when it has none).</summary>
    public int SubtreeEnd(int position) => subtreeEnds[position];

    /// <summary>Whether the element at <paramref name="position"/> is hidden: the same answer as <see cref="Dom.IsHidden"/>.</summary>
    public bool IsHidden(int position) => hidden[position];

    /// <summary>The first element in document order with this id, or null.</summary>
    public IElement? FindById(string id) => ids.TryGetValue(id, out var e) ? e : null;

    /// <summary>Positions of the elements that have one of the keys, in document order, each once.</summary>
    /// <remarks>The keys of a selector are one list object per process (<see cref="SelectorQuery"/>), so the merged
    /// positions of several keys are kept per list: text-all-caps asks "p, li, td, th, blockquote, dd" of every block
    /// of the page, and merged and sorted them again each time.</remarks>
    public int[] Positions(IReadOnlyList<ElementKey> keys)
    {
        if (keys.Count == 1) return Lookup(keys[0]);
        var known = merged;
        foreach (var (list, positions) in known)
            if (ReferenceEquals(list, keys)) return positions;
        var found = Merge(keys);
        // Copied on write rather than a concurrent table (a page asks for a few such lists, and the table's locks
        // and nodes cost more than a look along them): two threads adding at once may drop one, which is merged again.
        merged = [.. known, (keys, found)];
        return found;
    }

    private (IReadOnlyList<ElementKey> Keys, int[] Positions)[] merged = [];

    private int[] Merge(IReadOnlyList<ElementKey> keys)
    {
        // One array of the keys' positions together, sorted and made distinct in place: no list grows.
        var total = 0;
        foreach (var key in keys) total += Lookup(key).Length;
        var all = new int[total];
        var at = 0;
        foreach (var key in keys)
        {
            var positions = Lookup(key);
            positions.CopyTo(all, at);
            at += positions.Length;
        }
        Array.Sort(all);
        var distinct = 0;
        foreach (var position in all)
            if (distinct == 0 || all[distinct - 1] != position) all[distinct++] = position;
        return distinct == all.Length ? all : all[..distinct];
    }

    private int[] Lookup(ElementKey key) =>
        (key.IsAttribute ? byAttribute : byTag).TryGetValue(key.Name, out var found) ? found : None;

    // Pushed in reverse so elements come out in document order.
    private static void PushChildren(Stack<(IElement, int)> stack, INodeList children, int parent)
    {
        for (var i = children.Length - 1; i >= 0; i--)
            if (children[i] is IElement child) stack.Push((child, parent));
    }

    // The names this page has, each with its positions in an array of their number.
    private static Dictionary<string, int[]> Kept(Dictionary<string, List<int>> index)
    {
        var kept = new Dictionary<string, int[]>(index.Count, StringComparer.Ordinal);
        foreach (var (name, positions) in index)
            if (positions.Count > 0) kept.Add(name, [.. positions]);
        return kept;
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        // An element with the same attribute twice (name and local name alike) is listed once.
        if (list.Count == 0 || list[^1] != position) list.Add(position);
    }
}
