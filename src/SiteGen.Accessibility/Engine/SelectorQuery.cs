using System.Collections.Concurrent;
using AngleSharp.Css.Dom;

namespace SiteGen.Accessibility;

/// <summary>
/// A selector list the rules query pages with, parsed once per process, and what every element it can
/// match must have: one of a few tag names or attribute names. A page's <see cref="ElementIndex"/> then
/// hands the selector only those elements to match, instead of every element of the page.
/// </summary>
/// <remarks>
/// The keys are read from the selector text conservatively: each selector's subject (its last compound)
/// gives a key only when it starts with a type selector or an attribute selector; anything else
/// (a class, an id, a pseudo-class, *, a namespace, an escape) means "every element". The selector
/// itself still decides every match, so the answer is the same as matching every element.
/// </remarks>
internal sealed class SelectorQuery
{
    private static readonly ConcurrentDictionary<string, SelectorQuery> Cache = new(StringComparer.Ordinal);

    private SelectorQuery(ISelector selector, IReadOnlyList<ElementKey>? keys, QueryShape shape)
    {
        Selector = selector;
        Keys = keys;
        Shape = shape;
    }

    /// <summary>The parsed selector list.</summary>
    public ISelector Selector { get; }

    /// <summary>Tag or attribute names one of which every matching element has; null when any element may match.</summary>
    public IReadOnlyList<ElementKey>? Keys { get; }

    /// <summary>Whether the selector has to be matched against its candidates, or the candidates are the answer.</summary>
    public QueryShape Shape { get; }

    /// <summary>The shared query for a selector list; throws when it is not valid CSS.</summary>
    public static SelectorQuery For(string selectors) =>
        Cache.GetOrAdd(selectors, static text => new SelectorQuery(
            SharedSelectorParser.Instance.ParseSelector(text) ?? throw new ArgumentException($"\"{text}\" is not a valid CSS selector.", nameof(selectors)),
            KeysOf(text),
            ShapeOf(text)));

    /// <summary>What a selector list's matches are without matching: every element for "*", the elements of the tags for a
    /// list of bare tag names ("p, li, td"), otherwise only what matching the candidates gives.</summary>
    /// <remarks>A type selector matches an element whose local name equals it ignoring case, in any namespace, and
    /// the index lists elements by their lower-cased local name: the same elements when both are ASCII, which a
    /// page's index checks for its own names (<see cref="ElementIndex.TagNamesAreAscii"/>).</remarks>
    internal static QueryShape ShapeOf(string selectors)
    {
        if (selectors.Trim() == "*") return QueryShape.Everything;
        foreach (var selector in selectors.Split(','))
        {
            var name = selector.Trim();
            if (name.Length == 0 || !char.IsAsciiLetter(name[0])) return QueryShape.Match;
            foreach (var c in name)
                if (!char.IsAsciiLetterOrDigit(c) && c != '-') return QueryShape.Match;
        }
        return QueryShape.TagNames;
    }

    /// <summary>The key of each selector of the list, or null when one of them has none.</summary>
    internal static IReadOnlyList<ElementKey>? KeysOf(string selectors)
    {
        if (selectors.Contains('\\')) return null;
        var keys = new List<ElementKey>();
        foreach (var selector in TopLevel(selectors, isSeparator: c => c == ','))
        {
            var subject = TopLevel(selector.Trim(), isSeparator: c => c is ' ' or '>' or '+' or '~' or '\t' or '\n').LastOrDefault(s => s.Length > 0);
            if (subject is null || KeyOf(subject) is not { } key) return null;
            if (!keys.Contains(key)) keys.Add(key);
        }
        return keys.Count == 0 ? null : keys;
    }

    // "a[href]" → tag a; "[role=img]:not(img)" → attribute role; ".x", "#x", ":is(...)", "*", "svg|a" → none.
    private static ElementKey? KeyOf(string compound)
    {
        var isAttribute = compound[0] == '[';
        var start = isAttribute ? 1 : 0;
        var end = start;
        while (end < compound.Length && (char.IsAsciiLetterOrDigit(compound[end]) || compound[end] is '-' or '_')) end++;
        if (end == start || (!isAttribute && !char.IsAsciiLetter(compound[0]))) return null;
        // A namespace prefix (svg|a, [xlink|href]) is not worth reasoning about; |= is an attribute operator.
        if (end < compound.Length && compound[end] == '|' && !(isAttribute && end + 1 < compound.Length && compound[end + 1] == '=')) return null;
        return new ElementKey(isAttribute, compound[start..end].ToLowerInvariant());
    }

    // Splits at separators outside brackets, parentheses and quotes.
    private static List<string> TopLevel(string text, Func<char, bool> isSeparator)
    {
        var parts = new List<string>();
        var depth = 0;
        var quote = '\0';
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth--;
            else if (depth == 0 && isSeparator(c)) { parts.Add(text[from..i]); from = i + 1; }
        }
        parts.Add(text[from..]);
        return parts;
    }
}

/// <summary>What answers a selector list: matching its candidates, the candidates themselves, or every element.</summary>
internal enum QueryShape
{
    /// <summary>Each candidate is matched against the selector.</summary>
    Match,

    /// <summary>A list of bare tag names: every element with one of those names matches.</summary>
    TagNames,

    /// <summary>"*": every element matches.</summary>
    Everything,
}

/// <summary>A tag name (lower case) or an attribute name (lower case) that an element can be looked up by.</summary>
internal readonly record struct ElementKey(bool IsAttribute, string Name);
