using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Accessibility;

/// <summary>One parsed page plus the site options; every rule reads the same DOM.</summary>
public sealed class PageContext
{
    private readonly Lazy<ElementIndex> _index;

    /// <summary>Wraps an already parsed document.</summary>
    public PageContext(IDocument document, string url, CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Url = url ?? "";
        Options = options ?? CheckOptions.Default;
        // Built once per page on first use; Lazy keeps it safe if rules share the page across threads.
        _index = new Lazy<ElementIndex>(() => ElementIndex.Of(Document));
    }

    /// <summary>The parsed page.</summary>
    public IDocument Document { get; }

    /// <summary>The page's URL (or output path), used in messages that name other pages.</summary>
    public string Url { get; }

    /// <summary>Site settings: languages, ignored rules, known abbreviations.</summary>
    public CheckOptions Options { get; }

    // No rule reads where in the HTML text an element was written (findings are located by their data-md-pos
    // marks and layout lines), so the tokenizer need not track it: about a tenth of the parse's CPU.
    private static readonly HtmlParserOptions ParserOptions = new() { DisableElementPositionTracking = true };

    /// <summary>Parses the HTML once with AngleSharp.</summary>
    public static PageContext Parse(string html, string url, CheckOptions options)
    {
        // A parser and browsing context per call: neither is documented as thread-safe. Only the
        // selector parser, which is, is shared.
        var parser = new HtmlParser(ParserOptions, BrowsingContext.New(SharedSelectorParser.Configuration));
        var duplicated = new List<IElement>();
        var document = ParseNotingDuplicates(parser, html ?? "", duplicated);
        return new PageContext(document, url, options) { DuplicatedAttributes = duplicated };
    }

    /// <summary>Elements written with an attribute twice: browsers keep the first and drop the other silently.</summary>
    public IReadOnlyList<IElement> DuplicatedAttributes { get; private init; } = [];

    // The parser reports a duplicate while it reads the tag, before the element is in the tree; the tree builder
    // then appends it after every element made so far, so its place in document order is known already.
    private static IDocument ParseNotingDuplicates(HtmlParser parser, string html, List<IElement> duplicated)
    {
        IDocument? building = null;
        var places = new List<int>();
        parser.Parsing += (_, e) => building = (e as AngleSharp.Html.Dom.Events.HtmlParseEvent)?.Document;
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent { Code: (int)HtmlParseError.AttributeDuplicateOmitted }
                && building is not null)
                places.Add(building.All.Length);
        };
        var document = parser.ParseDocument(html);
        var all = document.All;
        foreach (var place in places.Distinct())
            if (place < all.Length) duplicated.Add(all[place]);
        return document;
    }

    /// <summary>Every element of the page in document order (depth-first, pre-order), collected by one walk on first use.</summary>
    public IReadOnlyList<IElement> Elements => _index.Value.Elements;

    /// <summary>The elements matching a selector list, in document order: the same answer as Document.QuerySelectorAll.</summary>
    /// <remarks>Some sixty rules each query the whole page. Each selector is matched only against the elements
    /// that have the tag or attribute it requires (<see cref="SelectorQuery"/>), found in the page's
    /// <see cref="ElementIndex"/>: walking the tree, and then matching every element, cost more than the rules' own work.
    /// The matches are kept in the index for the next rule that asks the same query.</remarks>
    public ElementList QuerySelectorAll(string selectors)
    {
        var index = _index.Value;
        return index.Matches(SelectorQuery.For(selectors), Document.DocumentElement) is { } positions
            ? new ElementList(index, positions)
            : new ElementList(index, 0, index.Elements.Length);
    }

    /// <summary>The first element matching a selector list, or null: the same answer as Document.QuerySelector.</summary>
    public IElement? QuerySelector(string selectors)
    {
        var query = SelectorQuery.For(selectors);
        var index = _index.Value;
        var scope = Document.DocumentElement;
        var elements = index.Elements;
        if (query.Shape == QueryShape.TagNames && index.TagNamesAreAscii)
        {
            var named = index.Positions(query.Keys!);
            return named.Length > 0 ? elements[named[0]] : null;
        }
        if (query.Keys is null)
        {
            foreach (var e in elements)
                if (query.Selector.Match(e, scope)) return e;
            return null;
        }
        foreach (var position in index.Positions(query.Keys))
            if (query.Selector.Match(elements[position], scope)) return elements[position];
        return null;
    }

    /// <summary>True when an element inside <paramref name="element"/> matches the selector list: the same answer as element.QuerySelector(selectors) is not null.</summary>
    public bool HasDescendant(IElement element, string selectors)
    {
        ArgumentNullException.ThrowIfNull(element);
        var query = SelectorQuery.For(selectors);
        var index = _index.Value;
        var position = index.PositionOf(element);
        if (position < 0) return element.QuerySelector(selectors) is not null;
        var elements = Elements;
        var end = index.SubtreeEnd(position);
        if (query.Keys is null)
        {
            for (var i = position + 1; i <= end; i++)
                if (query.Selector.Match(elements[i], element)) return true;
            return false;
        }
        var candidates = index.Positions(query.Keys);
        var first = FirstAfter(candidates, position);
        // A bare tag name matches every element listed under it: any candidate inside the subtree answers.
        if (query.Shape == QueryShape.TagNames && index.TagNamesAreAscii) return first < candidates.Length && candidates[first] <= end;
        for (var c = first; c < candidates.Length && candidates[c] <= end; c++)
            if (query.Selector.Match(elements[candidates[c]], element)) return true;
        return false;
    }

    /// <summary>The elements inside <paramref name="element"/>, in document order: the same answer as element.QuerySelectorAll("*").</summary>
    public IReadOnlyList<IElement> DescendantsOf(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var index = _index.Value;
        var position = index.PositionOf(element);
        if (position < 0) return element.QuerySelectorAll("*").ToArray();
        return new ElementList(index, position + 1, index.SubtreeEnd(position) - position);
    }

    /// <summary>The same answer as <see cref="Dom.IsHidden"/>, worked out once per page for all its elements.</summary>
    /// <remarks>Most rules skip hidden elements, and each asked for every element it looked at, walking its ancestors again.</remarks>
    public bool IsHidden(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var index = _index.Value;
        var position = index.PositionOf(element);
        return position < 0 ? Dom.IsHidden(element) : index.IsHidden(position);
    }

    /// <summary>The same answer as <see cref="AccessibleName.TextOf"/>, kept per element: several text rules read the same paragraphs.</summary>
    /// <remarks>Kept in an array by the element's position rather than a concurrent table, which locked and allocated
    /// for each paragraph of each page; two threads asking at once would both work out the same string.</remarks>
    public string TextOf(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var index = _index.Value;
        var position = index.PositionOf(element);
        return position < 0 ? AccessibleName.TextOf(element) : index.Texts[position] ??= AccessibleName.TextOf(element);
    }

    /// <summary>The page's visible text runs (<see cref="Scripts.TextRuns"/>), collected once for every rule that reads them.</summary>
    public IReadOnlyList<(IElement Parent, string Text)> TextRuns => _index.Value.TextRuns;

    /// <summary>The attribute a generator puts on each element it made from the writer's source, with its line and column.</summary>
    public const string SourcePositionAttribute = "data-md-pos";

    /// <summary>
    /// True when the element is part of the text the page's writer wrote rather than the theme around it (navigation,
    /// tag links, listings): inside main and, on a page whose elements carry <see cref="SourcePositionAttribute"/>,
    /// inside one that marks a place in the page's own text ("12:5"). A mark that names a file as well
    /// ("3:1:content/en/x.md") is the theme showing front matter, such as the page's tags.
    /// </summary>
    public bool IsWrittenContent(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (QuerySelector("main, [role=main]") is not { } main || !main.Contains(element)) return false;
        if (QuerySelector("[" + SourcePositionAttribute + "]") is null) return true;
        for (var e = element; e is not null && e != main; e = e.ParentElement)
            if (e.GetAttribute(SourcePositionAttribute) is { } mark) return mark.Count(c => c == ':') == 1;
        return false;
    }

    /// <summary>The first element with this id, or null; same answer as getElementById.</summary>
    public IElement? FindById(string id) => _index.Value.FindById(id);

    /// <summary>The element an in-page fragment points at: an id, else a named anchor, else null.</summary>
    public IElement? FindFragmentTarget(string fragment)
    {
        if (FindById(fragment) is { } byId) return byId;
        foreach (var a in Document.GetElementsByTagName("a"))
            if (a.GetAttribute("name") == fragment) return a;
        return null;
    }

    // The first index in ascending positions whose position is after the given one.
    private static int FirstAfter(int[] positions, int position)
    {
        int low = 0, high = positions.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (positions[mid] <= position) low = mid + 1; else high = mid;
        }
        return low;
    }
}
