namespace SiteGen.Server.Builds;

/// <summary>One complete, successfully built copy of the site that the server reads from; never changed once published.</summary>
/// <param name="Number">Grows with every build started, so a page can tell whether a newer build has replaced it.</param>
public sealed record Generation(int Number, string Path);

/// <summary>
/// The preview's output: every good build goes into a new folder, and the server switches to it in one
/// reference swap. A request that started on the previous build finishes reading from it, so no reader
/// ever sees half of one build and half of another. Old folders are deleted once no request can still
/// be reading them. A rebuild's unchanged files may be hard links to the current generation's: a
/// generation is never written to once published, and deleting an old folder removes only its names.
/// </summary>
public sealed class Generations : IDisposable
{
    // A request holds its generation for milliseconds; this leaves a wide margin before its folder goes.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);
    private readonly List<(Generation Generation, DateTime RetiredAt)> retired = [];
    private readonly Lock gate = new();
    private Generation? current;
    private int next;

    /// <summary>The folder that holds every generation: a temporary folder of its own, never the site's _site.</summary>
    public string Root { get; }

    public Generations(string? root = null)
    {
        Root = root ?? Path.Combine(Path.GetTempPath(), "sitegen-serve-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    /// <summary>The generation requests are served from; null until the first good build.</summary>
    public Generation? Current => Volatile.Read(ref current);

    /// <summary>Where the next build writes; it becomes current only through <see cref="Publish"/>.</summary>
    public Generation Prepare()
    {
        var number = Interlocked.Increment(ref next);
        return new Generation(number, Path.Combine(Root, $"build-{number}"));
    }

    /// <summary>Makes <paramref name="generation"/> the one requests see, and retires the previous one.</summary>
    public void Publish(Generation generation)
    {
        List<Generation> due;
        lock (gate)
        {
            var previous = Interlocked.Exchange(ref current, generation);
            if (previous is not null) retired.Add((previous, DateTime.UtcNow));
            var before = DateTime.UtcNow - Grace;
            due = [.. retired.Where(r => r.RetiredAt <= before).Select(r => r.Generation)];
            retired.RemoveAll(r => r.RetiredAt <= before);
        }
        // Deleting a generation of a large site is thousands of unlinks; the reload that waits on this
        // build should not wait for them too.
        if (due.Count > 0) _ = Task.Run(() => due.ForEach(g => TryDelete(g.Path)));
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
