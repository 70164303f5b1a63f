using System.Collections.Concurrent;
using AngleSharp;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace SiteGen.Accessibility;

/// <summary>
/// Parses each CSS selector the rules use once per process and shares the result between pages and threads.
/// AngleSharp's own selector cache takes a lock on every QuerySelector call; with pages checked in
/// parallel, a profile of a 1,000-page build spent about a fifth of its check time waiting on that lock.
/// </summary>
internal sealed class SharedSelectorParser : ICssSelectorParser
{
    public static readonly SharedSelectorParser Instance = new();

    /// <summary>AngleSharp's default configuration, with this parser for every query.</summary>
    public static readonly IConfiguration Configuration =
        AngleSharp.Configuration.Default.Without<ICssSelectorParser>().With<ICssSelectorParser>(_ => Instance);

    private readonly ConcurrentDictionary<string, ISelector?> selectors = new(StringComparer.Ordinal);

    public ISelector? ParseSelector(string selectorText) =>
        selectors.GetOrAdd(selectorText, static text => new CssSelectorParser().ParseSelector(text));
}
