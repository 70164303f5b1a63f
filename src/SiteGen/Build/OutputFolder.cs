namespace SiteGen.Build;

/// <summary>
/// The output folder and the staging folder beside it: a build writes into staging and swaps it in
/// only when it succeeds, so a failed or interrupted build leaves the previous site exactly as it was.
/// </summary>
public sealed class OutputFolder
{
    public string Path { get; }
    public string StagingPath { get; }

    public OutputFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(Path)!;
        // Beside the output, on the same disk, so the swap is a rename and not a copy.
        StagingPath = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(Path)}.staging-{Guid.NewGuid():N}");
    }

    /// <summary>Why <paramref name="output"/> may not be used, or null when it is safe: the build replaces it whole.</summary>
    public static string? Refusal(string siteRoot, string output)
    {
        var root = Normalise(siteRoot);
        var target = Normalise(output);
        if (string.Equals(target, root, StringComparison.OrdinalIgnoreCase)) return "--output cannot be the site root: the build replaces the output folder, and would delete your content.";
        if (IsSameOrInside(root, target)) return "--output cannot be a folder that holds the site root: the build replaces the output folder, and would delete your content.";
        foreach (var protectedFolder in new[] { "content", "themes", ".git" })
        {
            var p = Normalise(System.IO.Path.Combine(siteRoot, protectedFolder));
            if (IsSameOrInside(target, p)) return $"--output cannot be {protectedFolder}/ or a folder inside it: the build replaces the output folder. Use _site or a folder outside the site.";
        }
        return null;
    }

    public void CreateStaging()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        Directory.CreateDirectory(StagingPath);
    }

    /// <summary>Puts the staged site in place of the old output, then removes the old one.</summary>
    public void Promote()
    {
        string? old = null;
        if (Directory.Exists(Path))
        {
            old = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, $".{System.IO.Path.GetFileName(Path)}.old-{Guid.NewGuid():N}");
            Directory.Move(Path, old);
        }
        Directory.Move(StagingPath, Path);
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    public void DiscardStaging()
    {
        if (Directory.Exists(StagingPath)) Directory.Delete(StagingPath, recursive: true);
    }

    private static string Normalise(string path) =>
        System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar;

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or below it.</summary>
    /// <remarks>Compared ignoring case everywhere: on macOS and Windows disks "Content" is content/, and refusing too much is safe.</remarks>
    private static bool IsSameOrInside(string inner, string outer) => inner.StartsWith(outer, StringComparison.OrdinalIgnoreCase);
}
