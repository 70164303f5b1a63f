using System.Collections.Concurrent;

namespace SiteGen.Publishing;

/// <summary>
/// The text of a file joined from many pages' parts (the search index, the sitemap), kept from the last
/// time it was made in this process. A preview rebuild passes on the very same part objects for every
/// page an edit did not touch, so when every part is the same object as last time the text made then is
/// taken instead of joining megabytes again, and the rebuild tells by one reference comparison that the
/// file did not change.
/// </summary>
internal static class LastJoined
{
    // By what fixes everything but the parts (the file's absolute address, and its language if the text names it), for the life of the process.
    private static readonly ConcurrentDictionary<string, (string[] Parts, string Text)> Last = new(StringComparer.Ordinal);

    /// <param name="key">The file's absolute address, with anything else <paramref name="join"/> reads besides the parts.</param>
    /// <param name="join">Makes the text from the parts; it may read nothing that <paramref name="key"/> does not fix.</param>
    public static string Of(string key, IReadOnlyList<string> parts, Func<IReadOnlyList<string>, string> join)
    {
        if (Last.TryGetValue(key, out var last) && Same(last.Parts, parts)) return last.Text;
        var text = join(parts);
        Last[key] = ([.. parts], text);
        return text;
    }

    private static bool Same(string[] before, IReadOnlyList<string> now)
    {
        if (before.Length != now.Count) return false;
        for (var i = 0; i < before.Length; i++)
            if (!ReferenceEquals(before[i], now[i])) return false;
        return true;
    }
}
