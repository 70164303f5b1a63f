namespace SiteGen.Build;

/// <summary>
/// The output folder and the staging folder beside it: a build writes into staging and swaps it in
/// only when it succeeds, so a failed or interrupted build leaves the previous site exactly as it was.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>The list, inside the output, of every file the last build wrote; anything else there was put by hand.</summary>
    public const string ManifestName = ".sitegen-manifest";

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

    /// <summary>
    /// Why the build may not replace the output folder, or null when it may: replacing it deletes
    /// whatever is in it, so it must hold only what the last build wrote.
    /// </summary>
    public string? ForeignFilesRefusal()
    {
        if (!Directory.Exists(Path)) return null;
        var present = Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
            .Where(f => f != ManifestName)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (present.Count == 0) return null;
        var manifest = System.IO.Path.Combine(Path, ManifestName);
        var name = System.IO.Path.GetFileName(Path);
        if (!File.Exists(manifest))
            return $"The output folder {name} holds files that SiteGen did not write (it has no {ManifestName}), such as {Examples(present)}. A build replaces the whole folder, so it would delete them. Move what you need elsewhere and delete {name}, or choose another --output.";
        var written = File.ReadAllLines(manifest).ToHashSet(StringComparer.Ordinal);
        var foreign = present.Where(f => !written.Contains(f)).ToList();
        return foreign.Count == 0 ? null
            : $"{foreign.Count} {(foreign.Count == 1 ? "file" : "files")} in {name} {(foreign.Count == 1 ? "was" : "were")} not written by the last build: {Examples(foreign)}. A build replaces the whole folder, so it would delete {(foreign.Count == 1 ? "it" : "them")}. To publish a file, put it in content/ (it is copied into the site); otherwise move it out of {name}.";
    }

    private static string Examples(IReadOnlyList<string> files) =>
        string.Join(", ", files.Take(5)) + (files.Count > 5 ? $" and {files.Count - 5} more" : "");

    /// <summary>
    /// Tidies after a build that was killed (power cut, kill -9): removes its staging and old folders
    /// and, if it stopped between moving the old site aside and the new one in, puts the old site back.
    /// Call only while holding the <see cref="BuildLock"/>, when no other build can be using them.
    /// </summary>
    public void RecoverFromKilledBuild()
    {
        var parent = System.IO.Path.GetDirectoryName(Path)!;
        if (!Directory.Exists(parent)) return;
        var name = System.IO.Path.GetFileName(Path);
        var old = Directory.EnumerateDirectories(parent, $".{name}.old-*").OrderByDescending(Directory.GetLastWriteTimeUtc).ToList();
        if (!Directory.Exists(Path) && old.Count > 0)
        {
            Directory.Move(old[0], Path);
            old.RemoveAt(0);
        }
        foreach (var leftover in old.Concat(Directory.EnumerateDirectories(parent, $".{name}.staging-*")))
            if (leftover != StagingPath) Directory.Delete(leftover, recursive: true);
    }

    /// <summary>Records every file the build wrote (by destination), so the next build can tell them from files added by hand.</summary>
    public void WriteManifest(IEnumerable<string> destinations) => WriteManifest(ManifestLines(destinations));

    /// <summary>Writes the manifest from <see cref="ManifestLines"/>.</summary>
    public void WriteManifest(IReadOnlyList<string> lines) => File.WriteAllLines(System.IO.Path.Combine(StagingPath, ManifestName), lines);

    /// <summary>The manifest's lines: every destination once, with forward slashes, in order.</summary>
    public static IReadOnlyList<string> ManifestLines(IEnumerable<string> destinations) =>
        [.. destinations.Select(d => d.Replace('\\', '/')).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

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
