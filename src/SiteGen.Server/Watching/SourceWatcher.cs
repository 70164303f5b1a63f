namespace SiteGen.Server.Watching;

/// <summary>
/// Watches what a build reads, content/ (site.yml included), themes/ when the site has one and the site's
/// baseline of known findings, and reports each changed file. Editors' scratch files (.swp, ~ backups,
/// .# locks) are not changes.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];

    public SourceWatcher(string siteRoot, Action<string> changed)
    {
        foreach (var folder in new[] { "content", "themes" })
        {
            var path = Path.Combine(siteRoot, folder);
            if (Directory.Exists(path)) Watch(path, "*", subfolders: true, changed);
        }
        // Running sitegen baseline beside the preview updates what it lists without waiting for a save.
        Watch(siteRoot, SiteGen.Diagnostics.Baselines.Baseline.FileName, subfolders: false, changed);
    }

    private void Watch(string path, string filter, bool subfolders, Action<string> changed)
    {
        var watcher = new FileSystemWatcher(path, filter)
        {
            IncludeSubdirectories = subfolders,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            // Saving many files at once can overflow the default 8 KB buffer and lose events.
            InternalBufferSize = 64 * 1024,
        };
        FileSystemEventHandler report = (_, e) => { if (!IsScratch(e.FullPath)) changed(e.FullPath); };
        watcher.Changed += report;
        watcher.Created += report;
        watcher.Deleted += report;
        watcher.Renamed += (_, e) =>
        {
            if (!IsScratch(e.OldFullPath)) changed(e.OldFullPath);
            if (!IsScratch(e.FullPath)) changed(e.FullPath);
        };
        // Lost events: rebuild anyway, naming the folder so it counts as a page change.
        watcher.Error += (_, _) => changed(path);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    /// <summary>
    /// True for the files editors write beside the one being saved: backups (~), Emacs' locks (.#) and
    /// auto-saves (#name#), vim's swap files and its write test (4913), JetBrains' safe-write copies
    /// (___jb_tmp___, ___jb_old___), gedit's .goutputstream- files, and .tmp files.
    /// </summary>
    public static bool IsScratch(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal)
            || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name == "4913"
            || name.EndsWith("___jb_tmp___", StringComparison.Ordinal) || name.EndsWith("___jb_old___", StringComparison.Ordinal)
            || name.StartsWith(".goutputstream-", StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var w in watchers) w.Dispose();
    }
}
