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
/// A cache made by <see cref="Persisted"/> also lives on between processes, in one file (<see cref="CheckCacheFile"/>).
/// </summary>
public sealed class PageCheckCache
{
    private readonly ConcurrentDictionary<string, CheckedPage> pages = new(StringComparer.Ordinal);
    // A page taken whole from the previous build holds the very same HTML bytes and markdown string, so their
    // hashes are looked up by reference instead of being worked out again over every page on every save.
    private readonly ConditionalWeakTable<byte[], string> htmlHashes = new();
    private readonly ConditionalWeakTable<string, string> textHashes = new();
    private ConcurrentDictionary<string, byte> usedThisBuild = new(StringComparer.Ordinal);
    private string buildKey = "";
    private int checkedThisBuild;
    // Set for a cache kept on disk: the file, and the reading of it, which runs while the build does other work.
    private readonly string? file;
    private readonly Task? loading;
    private bool checkedAll;

    /// <summary>A cache that lives in this process only (the preview's).</summary>
    public PageCheckCache() { }

    private PageCheckCache(string file)
    {
        this.file = file;
        loading = Task.Run(() =>
        {
            if (CheckCacheFile.Read(file) is not { } kept) return;
            buildKey = kept.BuildKey;
            foreach (var (key, page) in kept.Pages) pages[key] = page;
        });
    }

    /// <summary>
    /// A cache read from <paramref name="file"/> in the background, and written back by <see cref="Save"/>; a file
    /// that is missing, damaged or from another SiteGen build is taken as empty.
    /// </summary>
    public static PageCheckCache Persisted(string file) => new(file);

    /// <summary>
    /// The file that keeps a site's check results in <paramref name="cacheFolder"/>: one file per site folder, so
    /// two sites never share results.
    /// </summary>
    public static string FileFor(string cacheFolder, string siteRoot) =>
        Path.Combine(cacheFolder, "checks", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(siteRoot))))[..32] + ".bin");

    /// <summary>How many pages the latest build parsed and checked, rather than took from the cache.</summary>
    public int PagesCheckedLastBuild => checkedThisBuild;

    /// <summary>Starts a build: forgets everything if what every page's check depends on differs from the previous build's.</summary>
    /// <param name="key">All a page's result depends on besides its own HTML and identity (<see cref="CheckInputs"/>).</param>
    /// <returns>True when the key is the previous build's, so the results kept still hold.</returns>
    internal async Task<bool> BeginBuildAsync(string key)
    {
        if (loading is not null) await loading;
        checkedAll = false;
        var same = key == buildKey;
        if (!same) pages.Clear();
        buildKey = key;
        usedThisBuild = new(StringComparer.Ordinal);
        checkedThisBuild = 0;
        return same;
    }

    /// <summary>The key of this HTML of this page, and the result kept for it when there is one that still holds.</summary>
    /// <param name="page">What the page is besides its HTML: its address, source file, layout and language.</param>
    /// <param name="stillHolds">Whether a kept result is still right (its theme locations have not moved).</param>
    /// <param name="html">The page's HTML as UTF-8.</param>
    internal (string Key, CheckedPage? Kept) Find(byte[] html, string page, Func<CheckedPage, bool> stillHolds)
    {
        var key = page + "\n" + htmlHashes.GetValue(html, h => Convert.ToHexString(SHA256.HashData(h)));
        usedThisBuild[key] = 0;
        return (key, pages.TryGetValue(key, out var hit) && stillHolds(hit) ? hit : null);
    }

    /// <summary>Keeps the result under a key <see cref="Find"/> gave in an earlier build, for a page taken whole from it without looking it up.</summary>
    internal void Keep(string key) => usedThisBuild[key] = 0;

    /// <summary>Remembers the result of checking the page <paramref name="key"/> names (<see cref="Find"/>) for the next build.</summary>
    internal CheckedPage Remember(string key, CheckedPage page)
    {
        Interlocked.Increment(ref checkedThisBuild);
        return pages[key] = page;
    }

    /// <summary>
    /// A SHA-256 of the text, in hex. Worked out once per string object: a page taken whole from the previous build
    /// holds the very same markdown string, so on every save only the edited pages' bodies are hashed again.
    /// </summary>
    internal string HashOf(string text) => textHashes.GetValue(text, h => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(h))));

    /// <summary>Ends a build: pages no longer in the site are dropped, so the cache never outgrows it.</summary>
    internal void EndBuild()
    {
        foreach (var key in pages.Keys)
            if (!usedThisBuild.ContainsKey(key)) pages.TryRemove(key, out _);
        checkedAll = true;
    }

    /// <summary>
    /// Writes the results of the latest build to the cache's file for the next process, when every page was
    /// checked (a build stopped early or before its checks leaves the file as it was). Does nothing for a cache
    /// that lives in memory only.
    /// </summary>
    public void Save()
    {
        if (file is null || !checkedAll) return;
        CheckCacheFile.Write(file, buildKey, pages);
    }
}
