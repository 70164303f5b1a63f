using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Accessibility;

/// <summary>One parsed page plus the site options; every rule reads the same DOM.</summary>
public sealed class PageContext
{
    private readonly Lazy<Dictionary<string, IElement>> _ids;

    /// <summary>Wraps an already parsed document.</summary>
    public PageContext(IDocument document, string url, CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Url = url ?? "";
        Options = options ?? CheckOptions.Default;
        // Built once per page on first use; Lazy keeps it safe if rules share the page across threads.
        _ids = new Lazy<Dictionary<string, IElement>>(BuildIdMap);
    }

    /// <summary>The parsed page.</summary>
    public IDocument Document { get; }

    /// <summary>The page's URL (or output path), used in messages that name other pages.</summary>
    public string Url { get; }

    /// <summary>Site settings: languages, ignored rules, known abbreviations.</summary>
    public CheckOptions Options { get; }

    /// <summary>Parses the HTML once with AngleSharp.</summary>
    public static PageContext Parse(string html, string url, CheckOptions options)
    {
        // A parser and browsing context per call: neither is documented as thread-safe. Only the
        // selector parser, which is, is shared.
        var document = new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(SharedSelectorParser.Configuration)).ParseDocument(html ?? "");
        return new PageContext(document, url, options);
    }

    /// <summary>The first element with this id, or null; same answer as getElementById.</summary>
    public IElement? FindById(string id) => _ids.Value.TryGetValue(id, out var e) ? e : null;

    /// <summary>The element an in-page fragment points at: an id, else a named anchor, else null.</summary>
    public IElement? FindFragmentTarget(string fragment)
    {
        if (FindById(fragment) is { } byId) return byId;
        foreach (var a in Document.GetElementsByTagName("a"))
            if (a.GetAttribute("name") == fragment) return a;
        return null;
    }

    private Dictionary<string, IElement> BuildIdMap()
    {
        var map = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var e in Document.QuerySelectorAll("[id]"))
            map.TryAdd(e.Id ?? "", e);
        return map;
    }
}
