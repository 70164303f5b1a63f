using SiteGen.Server.Files;

namespace SiteGen.Server.Builds;

/// <summary>One complete, successfully built copy of the site that the server reads from; never changed once published.</summary>
/// <param name="number">Grows with every build published, so a page can tell whether a newer build has replaced it.</param>
/// <param name="files">Every file of the site by its path in the site ("events/x/index.html"), with the generation folder that holds it.</param>
public sealed class Generation(int number, IReadOnlyDictionary<string, string> files)
{
    public int Number { get; } = number;

    /// <summary>Every file of the site by its path in the site, with the generation folder that holds it.</summary>
    public IReadOnlyDictionary<string, string> Files { get; } = files;

    // Worked out once, when a request first misses: most requests name a file.
    private readonly Lazy<HashSet<string>> folders = new(() => FoldersOf(files.Keys));

    /// <summary>The generation folders this generation reads from.</summary>
    internal IReadOnlySet<string> Holders { get; } = DistinctFolders(files.Values);

    // Every file names one of a few folders, each as one string object shared by the files of a build, in long runs:
    // a run of the same object is counted once instead of hashing the folder of every file.
    private static HashSet<string> DistinctFolders(IEnumerable<string> folders)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        string? last = null;
        foreach (var folder in folders)
            if (!ReferenceEquals(folder, last)) distinct.Add(last = folder);
        return distinct;
    }

    /// <summary>The absolute path of the file at <paramref name="sitePath"/>, or null when the site has no such file: only paths a build wrote are ever opened.</summary>
    public string? FileOf(string sitePath) =>
        Files.TryGetValue(sitePath, out var folder) ? RequestTarget.Resolve(folder, sitePath) : null;

    /// <summary>Whether <paramref name="sitePath"/> (no trailing slash) is a folder of the site: some file is inside it.</summary>
    public bool IsFolder(string sitePath) => folders.Value.Contains(sitePath);

    private static HashSet<string> FoldersOf(IEnumerable<string> files)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
            for (var slash = file.LastIndexOf('/'); slash > 0 && found.Add(file[..slash]); slash = file.LastIndexOf('/', slash - 1)) { }
        return found;
    }
}

/// <summary>
/// The preview's output. Every good build writes the files it changed into a new folder, and is
/// published as a new <see cref="Generation"/>: a map from every path of the site to the folder that
/// holds its file, this build's or an earlier one's. The server switches to it in one reference swap.
/// A request that started on the previous generation finishes reading from it, so no reader ever sees
/// half of one build and half of another. Folders are never written to once published, and a folder
/// is deleted only once no generation a request can still be reading refers to it.
/// </summary>
public sealed class Generations : IDisposable
{
    // A request holds its generation for milliseconds; this leaves a wide margin before its folders go.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);
    private readonly List<(Generation Generation, DateTimeOffset RetiredAt)> retired = [];
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly TimeProvider clock;
    private Generation? current;
    private int prepared;
    private int published;

    /// <summary>The folder that holds every generation's folder: a temporary folder of its own, never the site's _site.</summary>
    public string Root { get; }

    /// <param name="clock">Tells when a retired generation's grace is over; the system clock unless a test fixes it.</param>
    public Generations(string? root = null, TimeProvider? clock = null)
    {
        Root = root ?? Path.Combine(Path.GetTempPath(), "sitegen-serve-" + Guid.NewGuid().ToString("N")[..12]);
        this.clock = clock ?? TimeProvider.System;
        Directory.CreateDirectory(Root);
    }

    /// <summary>The generation requests are served from; null until the first good build.</summary>
    public Generation? Current => Volatile.Read(ref current);

    /// <summary>A new folder for the next build to write into; requests see its files only through <see cref="Publish"/>.</summary>
    public string Prepare() => Path.Combine(Root, $"build-{Interlocked.Increment(ref prepared)}");

    /// <summary>
    /// Makes the site of <paramref name="files"/> (site path → the folder that holds it) the one requests
    /// see, retires the previous generation, and deletes the folders no generation still in use refers to.
    /// </summary>
    public Generation Publish(IReadOnlyDictionary<string, string> files)
    {
        var generation = new Generation(Interlocked.Increment(ref published), files);
        List<string> due;
        lock (gate)
        {
            var previous = Interlocked.Exchange(ref current, generation);
            var now = clock.GetUtcNow();
            if (previous is not null) retired.Add((previous, now));
            retired.RemoveAll(r => r.RetiredAt <= now - Grace);
            folders.UnionWith(generation.Holders);
            var inUse = new HashSet<string>(generation.Holders, StringComparer.Ordinal);
            foreach (var (old, _) in retired) inUse.UnionWith(old.Holders);
            due = [.. folders.Where(f => !inUse.Contains(f))];
            folders.ExceptWith(due);
        }
        // Deleting a folder of a large site is thousands of unlinks; the reload that waits on this
        // build should not wait for them too.
        if (due.Count > 0) _ = Task.Run(() => due.ForEach(TryDelete));
        return generation;
    }

    private static void TryDelete(string path)
    {
        try { if (Directory.Exists(path)) Directory.Delete(path, recursive: true); }
        // A file still open elsewhere (Windows): the whole folder goes when the server stops.
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public void Dispose() => TryDelete(Root);
}
