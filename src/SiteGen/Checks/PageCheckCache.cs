using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Checks;

/// <summary>
/// Remembers what checking each page left (<see cref="CheckedPage"/>: its located findings and what the
/// site-wide checks compare) by the page's exact HTML and what it is, so a rebuild in the same process (the
/// preview) parses and checks only the pages whose output changed: the page that was edited and the pages that
/// show it (listings, tag pages, its translations). The site-wide checks then compare the kept extracts.
/// Everything else a page's result depends on (check options, site.yml, the theme's strings, the files the build
/// writes) is the build's key; a change to it empties the cache. A layout edit does not: a kept result is used
/// again only while the theme elements its findings point at are still where they were.
/// </summary>
public sealed class PageCheckCache
{
    private readonly ConcurrentDictionary<string, CheckedPage> pages = new(StringComparer.Ordinal);
    // A page taken whole from the previous build holds the very same HTML string, so its hash is looked up by
    // reference instead of being worked out again over every page's HTML on every save.
    private readonly ConditionalWeakTable<string, string> hashes = new();
    private ConcurrentDictionary<string, byte> usedThisBuild = new(StringComparer.Ordinal);
    private string buildKey = "";
    private int checkedThisBuild;

    /// <summary>How many pages the latest build parsed and checked, rather than took from the cache.</summary>
    public int PagesCheckedLastBuild => checkedThisBuild;

    /// <summary>Starts a build: forgets everything if what every page's check depends on differs from the previous build's.</summary>
    /// <param name="key">All a page's result depends on besides its own HTML and identity (<see cref="CheckInputs"/>).</param>
    internal void BeginBuild(string key)
    {
        if (key != buildKey) pages.Clear();
        buildKey = key;
        usedThisBuild = new(StringComparer.Ordinal);
        checkedThisBuild = 0;
    }

    /// <summary>The cached result for this HTML of this page, or <paramref name="check"/>'s, remembered for the next build.</summary>
    /// <param name="page">What the page is besides its HTML: its address, source file, layout and language.</param>
    /// <param name="stillHolds">Whether a kept result is still right (its theme locations have not moved).</param>
    internal CheckedPage GetOrCheck(string html, string page, Func<CheckedPage> check, Func<CheckedPage, bool> stillHolds)
    {
        var key = page + "\n" + hashes.GetValue(html, h => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(h))));
        usedThisBuild[key] = 0;
        if (pages.TryGetValue(key, out var hit) && stillHolds(hit)) return hit;
        Interlocked.Increment(ref checkedThisBuild);
        return pages[key] = check();
    }

    /// <summary>Ends a build: pages no longer in the site are dropped, so the cache never outgrows it.</summary>
    internal void EndBuild()
    {
        foreach (var key in pages.Keys)
            if (!usedThisBuild.ContainsKey(key)) pages.TryRemove(key, out _);
    }
}
