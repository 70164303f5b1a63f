namespace SiteGen.Server.Files;

/// <summary>
/// Decides whether a request may name a file of the site, before any path reaches the disk.
/// The server answers only plain site paths: anything that tries to step out of the output folder,
/// or hides a separator or a dot segment behind percent-encoding, is refused outright.
/// </summary>
public static class RequestTarget
{
    /// <summary>What to do with a request path.</summary>
    public enum Verdict { Allowed, BadRequest }

    // Encodings of '.', '/', '\' and NUL: a browser never needs them in a link to a static page,
    // and decoding them late is how traversal slips past a check on the decoded path.
    private static readonly string[] ForbiddenEncodings = ["%2e", "%2f", "%5c", "%00", "%25"];

    /// <summary>Checks the request target exactly as the client sent it (before Kestrel decodes and normalises it).</summary>
    public static Verdict CheckRaw(string rawTarget)
    {
        // Origin form only ("/path?query"); absolute form (http://host/...) and "*" are not for a static site.
        if (rawTarget.Length == 0 || rawTarget[0] != '/') return Verdict.BadRequest;
        var path = rawTarget.Split('?', 2)[0];
        if (path.StartsWith("//", StringComparison.Ordinal)) return Verdict.BadRequest;
        foreach (var encoded in ForbiddenEncodings)
            if (path.Contains(encoded, StringComparison.OrdinalIgnoreCase)) return Verdict.BadRequest;
        return HasUnsafeSegment(path) ? Verdict.BadRequest : Verdict.Allowed;
    }

    /// <summary>
    /// The file path below the output folder that a decoded request path names, with forward slashes
    /// and no leading slash ("events/x/"), or null when it is not a plain site path.
    /// </summary>
    public static string? ToRelative(string decodedPath)
    {
        if (!decodedPath.StartsWith('/') || HasUnsafeSegment(decodedPath)) return null;
        return decodedPath[1..];
    }

    private static bool HasUnsafeSegment(string path)
    {
        if (path.Contains('\\') || path.Contains('\0') || path.Contains(':')) return true;
        foreach (var segment in path.Split('/'))
            if (segment is "." or "..") return true;
        return false;
    }

    /// <summary>
    /// The absolute path of <paramref name="relative"/> inside <paramref name="root"/>, or null if it
    /// would resolve anywhere else: the last guard, whatever the checks above let through.
    /// </summary>
    public static string? Resolve(string root, string relative)
    {
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(rootFull, relative.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(rootFull, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == rootFull ? full : null;
    }
}
