namespace SiteGen.Content;

/// <summary>Which file names travel between Linux, macOS and Windows, and to every static host.</summary>
public static class FileNames
{
    private static readonly char[] WindowsForbidden = ['<', '>', ':', '"', '|', '?', '*', '\\'];

    private static readonly HashSet<string> WindowsReserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Why a '/'-separated path cannot be used on Windows ("contains ':'"), or null when every part of it can.</summary>
    public static string? NotPortableReason(string path)
    {
        foreach (var part in path.Split('/'))
        {
            if (part.IndexOfAny(WindowsForbidden) is var i and >= 0) return $"contains '{part[i]}'";
            if (part.Any(char.IsControl)) return "contains a control character";
            if (part.EndsWith(' ') || part.EndsWith('.')) return "ends with a space or a dot";
            var stem = part.Contains('.') ? part[..part.IndexOf('.')] : part;
            if (WindowsReserved.Contains(stem)) return $"is \"{stem}\", a name Windows reserves for devices";
        }
        return null;
    }
}
