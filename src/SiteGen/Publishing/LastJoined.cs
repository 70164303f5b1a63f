using System.Collections.Concurrent;

namespace SiteGen.Publishing;

/// <summary>
/// The text of a file made from many pages' parts (the search index, the sitemap, the feeds), kept from the
/// last time it was made in this process. A preview rebuild passes on the very same part objects for every
/// page an edit did not touch, so when every part is the same object as last time, or a text equal to it (and the
/// header, if the file has one, is equal), the text made then is taken instead of joining megabytes again, and the
/// rebuild tells by one reference comparison that the file did not change.
/// </summary>
internal static class LastJoined
{
    // By the file's absolute address (and anything else that fixes what the parts do not), for the life of the process.
    private static readonly ConcurrentDictionary<string, (object? Header, object[] Parts, object? Text)> Last = new(StringComparer.Ordinal);

    /// <param name="key">The file's absolute address, with anything else <paramref name="join"/> reads besides the parts and the header.</param>
    /// <param name="header">What the file says besides its parts, compared by value (a record); null when the key fixes it.</param>
    /// <param name="join">Makes the text from the parts; it may read nothing that <paramref name="key"/> and <paramref name="header"/> do not fix.</param>
    public static TText Of<TPart, TText>(string key, IReadOnlyList<TPart> parts, Func<IReadOnlyList<TPart>, TText> join, object? header = null)
        where TPart : class
    {
        var same = Last.TryGetValue(key, out var last) && Equals(last.Header, header) && Same(last.Parts, parts);
        var text = same ? (TText)last.Text! : join(parts);
        Last[key] = (header, [.. parts], text);
        return text;
    }

    // An edited page's part is a new object; when its text is what it was (an edit the file does not show, such as
    // a sitemap entry whose page kept its date), the file is still the same.
    private static bool Same<TPart>(object[] before, IReadOnlyList<TPart> now) where TPart : class
    {
        if (before.Length != now.Count) return false;
        for (var i = 0; i < before.Length; i++)
            if (!ReferenceEquals(before[i], now[i]) && !SameText(before[i], now[i])) return false;
        return true;
    }

    private static bool SameText(object before, object now) => (before, now) switch
    {
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        _ => false,
    };
}
