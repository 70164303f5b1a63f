using System.Collections;
using AngleSharp.Dom;

namespace SiteGen.Accessibility;

/// <summary>Elements of a page by their positions in its <see cref="ElementIndex"/>, in document order: a query's matches.</summary>
/// <remarks>The positions are the index's own arrays, shared by every rule that asks the same query of the page, so a
/// query builds no list. Walking the list tells the index which element it gave last, which answers the rule's next
/// question about that element (is it hidden, what is its text) without a look-up.</remarks>
public sealed class ElementList : IReadOnlyList<IElement>
{
    private readonly ElementIndex index;
    // Null for a run of consecutive positions (a subtree, or the whole page) from start.
    private readonly int[]? positions;
    private readonly int start;

    internal ElementList(ElementIndex index, int[] positions)
    {
        this.index = index;
        this.positions = positions;
        Count = positions.Length;
    }

    internal ElementList(ElementIndex index, int start, int count)
    {
        this.index = index;
        this.start = start;
        Count = count;
    }

    /// <summary>How many elements the list holds.</summary>
    public int Count { get; }

    /// <summary>The element at this place in the list.</summary>
    public IElement this[int i] => index.Elements[PositionAt(i)];

    /// <summary>Walks the list without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    private int PositionAt(int i)
    {
        if ((uint)i >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(i));
        return positions is null ? start + i : positions[i];
    }

    IEnumerator<IElement> IEnumerable<IElement>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks an <see cref="ElementList"/>, telling its index each element it gives.</summary>
    public struct Enumerator : IEnumerator<IElement>
    {
        private readonly ElementList list;
        private int next;

        internal Enumerator(ElementList list)
        {
            this.list = list;
            next = 0;
            Current = null!;
        }

        /// <summary>The element the enumerator is on.</summary>
        public IElement Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next element; false at the end of the list.</summary>
        public bool MoveNext()
        {
            if (next >= list.Count) return false;
            var position = list.PositionAt(next++);
            list.index.Recent = position;
            Current = list.index.Elements[position];
            return true;
        }

        /// <summary>Starts again from the first element.</summary>
        public void Reset() => next = 0;

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose() { }
    }
}
