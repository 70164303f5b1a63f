namespace SiteGen.Diagnostics;

/// <summary>
/// Writes what SiteGen knows of a failure of its own (the exception and its stack) to a file in the system's temp
/// folder, so that the screen shows one plain line and the details are there for a bug report.
/// </summary>
public static class CrashLog
{
    /// <summary>The path of a new file with the heading and the failure; null when none could be written.</summary>
    public static string? Write(Exception failure, string heading)
    {
        // Pages failing in parallel each get a file of their own: the time alone would not tell them apart.
        var name = $"sitegen-crash-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..8]}.log";
        var path = Path.Combine(Path.GetTempPath(), name);
        try
        {
            File.WriteAllText(path, $"{heading}\n\n{failure}\n");
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>"details in /tmp/sitegen-crash-….log", or why there are none.</summary>
    public static string DetailsAt(string? path) =>
        path is null ? "no details could be written to the temp folder" : $"details in {path}";
}
