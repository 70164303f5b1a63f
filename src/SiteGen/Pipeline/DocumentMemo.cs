using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// What one build's per-document modules made of each document, and what they reported doing it,
/// kept so the next build in the same process can take the result instead of doing the work again.
/// Only pipelines that ask for it (<see cref="Pipeline.RemembersDocuments"/>) are remembered.
/// </summary>
public sealed class DocumentMemo
{
    /// <summary>One module's result for one document: null when the module dropped it.</summary>
    public sealed record Entry(Document? Output, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>What a pipeline that declares <see cref="Pipeline.Reads"/> made in its input and process phases, and what it reported making it.</summary>
    public sealed record Generated(ImmutableArray<Document> Documents, IReadOnlyList<Diagnostic> Diagnostics);

    // One table a module (slot), by source: a look-up hashes one path, not a pair of strings.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Entry>> slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> expected;

    /// <param name="sizedAfter">The previous build's memo: each module's table starts at its size, so that recording one
    /// result per page from parallel workers neither grows a table (which stops every writer) nor queues them on a few locks.</param>
    public DocumentMemo(DocumentMemo? sizedAfter = null) =>
        expected = sizedAfter?.slots.ToDictionary(s => s.Key, s => s.Value.Count, StringComparer.Ordinal) ?? [];

    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> outputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Generated> generated = new(StringComparer.Ordinal);

    internal Entry? Find(string slot, string source) =>
        slots.TryGetValue(slot, out var entries) ? entries.GetValueOrDefault(source) : null;

    internal void Remember(string slot, string source, Entry entry) =>
        slots.GetOrAdd(slot, s => new(Environment.ProcessorCount * 8, expected.GetValueOrDefault(s)))[source] = entry;

    /// <summary>The documents a remembered pipeline's input phase produced (for the content pipeline: each file as read).</summary>
    public ImmutableArray<Document> InputsOf(string pipeline) => inputs.GetValueOrDefault(pipeline, []);

    /// <summary>The documents a remembered pipeline's process phase produced.</summary>
    public ImmutableArray<Document> OutputsOf(string pipeline) => outputs.GetValueOrDefault(pipeline, []);

    /// <summary>What a pipeline that declares <see cref="Pipeline.Reads"/> generated; null when it did not run in that build.</summary>
    public Generated? GeneratedBy(string pipeline) => generated.GetValueOrDefault(pipeline);

    /// <summary>Everything the pipelines that declare <see cref="Pipeline.Reads"/> generated.</summary>
    public IEnumerable<Document> AllGenerated => generated.Values.SelectMany(g => g.Documents);

    private readonly ConcurrentDictionary<string, object> kept = new(StringComparer.Ordinal);

    internal object? KeptValue(string key) => kept.GetValueOrDefault(key);

    internal void Keep(string key, object value) => kept[key] = value;

    internal void RememberGenerated(string pipeline, Generated made) => generated[pipeline] = made;

    internal void RememberInputs(string pipeline, ImmutableArray<Document> documents) => inputs[pipeline] = documents;

    internal void RememberOutputs(string pipeline, ImmutableArray<Document> documents) => outputs[pipeline] = documents;
}

/// <summary>
/// How a build uses the previous build's <see cref="DocumentMemo"/>: which documents may be taken
/// from it unchanged, and which files in the previous output are still right. It records this build's
/// results in a new memo either way, so the next build can reuse them.
/// </summary>
/// <param name="previous">The previous build's memo; null when there is none or it must not be used.</param>
/// <param name="mustRedo">Whether a module of a pipeline has to process a document (by source) again.</param>
/// <param name="previousFolder">The output folder that holds the previous build's file identical to a document's, or null.</param>
/// <param name="previousRead">A source file as the previous build read it, when it has not changed since; null to read it.</param>
/// <param name="generatedStill">Whether what a pipeline generated in the previous build is still right (it declares <see cref="Pipeline.Reads"/>, and nothing it reads changed).</param>
public sealed class Reuse(DocumentMemo? previous, Func<string, IModule, string, bool> mustRedo, Func<Document, string?> previousFolder,
    Func<string, Document?> previousRead, Func<Pipeline, DocumentMemo.Generated, bool> generatedStill)
{
    /// <summary>Nothing is reused; results are only recorded.</summary>
    public static Reuse None() => new(null, (_, _, _) => true, _ => null, _ => null, (_, _) => false);

    /// <summary>This build's results, for the next build.</summary>
    public DocumentMemo Recorded { get; } = new(previous);

    private int reused;

    /// <summary>How many module results were taken from the previous build rather than worked out again.</summary>
    public int ReusedResults => reused;

    private readonly ConcurrentDictionary<string, string> kept = new(StringComparer.Ordinal);

    /// <summary>
    /// True when the previous build published a file with exactly this document's bytes at its
    /// destination: it is not written again, and stays in the folder that holds it (<see cref="Kept"/>).
    /// </summary>
    public bool KeepsPreviousFile(Document document)
    {
        if (document.Destination is not { } destination || previousFolder(document) is not { } folder) return false;
        kept[destination] = folder;
        return true;
    }

    /// <summary>The destinations this build left in an earlier build's output folder, with that folder.</summary>
    public IReadOnlyDictionary<string, string> Kept => kept;

    /// <summary>
    /// A value a build works out once from what only a rebuild of everything can change (site settings, the
    /// theme's strings and assets, the pages' front matter and list): the previous build's when this build
    /// reuses anything, else made now. Kept for the next build either way.
    /// </summary>
    public T Unchanging<T>(string key, Func<T> make) where T : class
    {
        var value = previous?.KeptValue(key) as T ?? make();
        Recorded.Keep(key, value);
        return value;
    }

    /// <summary>The document for a source file (path relative to the site) as the previous build read it, when the file has not changed since; null to read it.</summary>
    public Document? PreviousRead(string source) => previousRead(source);

    /// <summary>What a pipeline that declares <see cref="Pipeline.Reads"/> generated in the previous build, when none of what it reads changed since; null to run it.</summary>
    internal DocumentMemo.Generated? PreviousOutputsOf(Pipeline pipeline)
    {
        if (pipeline.Reads is null || previous?.GeneratedBy(pipeline.Name) is not { } made || !generatedStill(pipeline, made)) return null;
        takenWhole.Enqueue(pipeline.Name);
        return made;
    }

    private readonly ConcurrentQueue<string> takenWhole = new();

    /// <summary>The pipelines whose documents this build took whole from the previous build.</summary>
    public IReadOnlyCollection<string> PipelinesTakenWhole => takenWhole;

    internal async ValueTask<Document?> GetOrProcessAsync(MemoSlot slot, Document input, Func<Document, ValueTask<Document?>> process, DiagnosticBag diagnostics)
    {
        if (previous?.Find(slot.Key, input.Source) is { } entry && !mustRedo(slot.Pipeline, slot.Module, input.Source))
        {
            foreach (var d in entry.Diagnostics) diagnostics.Add(d);
            Recorded.Remember(slot.Key, input.Source, entry);
            Interlocked.Increment(ref reused);
            return entry.Output;
        }
        var (output, added) = await DiagnosticBag.CaptureAsync(() => process(input));
        Recorded.Remember(slot.Key, input.Source, new DocumentMemo.Entry(output, added));
        return output;
    }
}
