using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Accessibility;

namespace SiteGen.Checks;

/// <summary>
/// Remembers each page's parsed DOM and rule findings by the page's exact HTML and address, so a
/// rebuild in the same process (the preview) re-checks only the pages whose output changed: the page
/// that was edited and the pages that show it (listings, tag pages, its translations). A page's
/// findings depend on nothing else but the check options, and a change to those empties the cache.
/// </summary>
public sealed class PageCheckCache
{
    private readonly ConcurrentDictionary<string, CheckedPage> pages = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, byte> usedThisBuild = new(StringComparer.Ordinal);
    private string optionsKey = "";
    private int checkedThisBuild;

    /// <summary>A page as the rules saw it: its parsed DOM, which later site-wide checks read, and its findings.</summary>
    public sealed record CheckedPage(PageContext Parsed, IReadOnlyList<Finding> Findings);

    /// <summary>How many pages the latest build parsed and checked, rather than took from the cache.</summary>
    public int PagesCheckedLastBuild => checkedThisBuild;

    /// <summary>Starts a build: forgets everything if the check options differ from the previous build's.</summary>
    internal void BeginBuild(CheckOptions options)
    {
        var key = string.Join("|", Sorted(options.Languages), Sorted(options.KnownAbbreviations), Sorted(options.IgnoredRules));
        if (key != optionsKey) pages.Clear();
        optionsKey = key;
        usedThisBuild = new(StringComparer.Ordinal);
        checkedThisBuild = 0;
    }

    /// <summary>The cached result for this HTML at this address, or <paramref name="check"/>'s, remembered for the next build.</summary>
    internal CheckedPage GetOrCheck(string html, string url, Func<CheckedPage> check)
    {
        var key = Key(html, url);
        usedThisBuild[key] = 0;
        if (pages.TryGetValue(key, out var hit)) return hit;
        Interlocked.Increment(ref checkedThisBuild);
        return pages[key] = check();
    }

    /// <summary>Ends a build: pages no longer in the site are dropped, so the cache never outgrows it.</summary>
    internal void EndBuild()
    {
        foreach (var key in pages.Keys)
            if (!usedThisBuild.ContainsKey(key)) pages.TryRemove(key, out _);
    }

    private static string Key(string html, string url) =>
        url + "\n" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)));

    private static string Sorted(IEnumerable<string> values) => string.Join(",", values.Order(StringComparer.Ordinal));
}
