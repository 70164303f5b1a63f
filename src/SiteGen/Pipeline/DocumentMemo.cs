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

    /// <summary>
    /// One module's results in one build: by source, and in the order of its inputs. A rebuild gives a module nearly
    /// the same inputs in the same order, mostly the very same objects, so it finds their entries by place without hashing.
    /// </summary>
    /// <param name="BySource">Each source's entry; a rebuild starts its own table as a copy of this one instead of inserting every page again.</param>
    /// <param name="Inputs">The module's inputs, in order.</param>
    /// <param name="ByIndex">The entry of each input, at its index.</param>
    internal sealed record Table(Dictionary<string, Entry> BySource, ImmutableArray<Document> Inputs, Entry?[] ByIndex);

    // One table a module (slot), filled while that module runs and only read after the build.
    private readonly ConcurrentDictionary<string, Table> slots = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> outputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Generated> generated = new(StringComparer.Ordinal);

    /// <summary>One module's results; null when it did not run in that build.</summary>
    internal Table? TableOf(string slot) => slots.GetValueOrDefault(slot);

    internal void RememberTable(string slot, Table table) => slots[slot] = table;

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

    /// <summary>True when this build takes documents from the previous build, so most of its documents are the very objects that build made.</summary>
    public bool FromPrevious => previous is not null;

    /// <summary>This build's results, for the next build.</summary>
    public DocumentMemo Recorded { get; } = new();

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

    /// <summary>
    /// Fills <paramref name="results"/> with the previous build's result of each input that the module need not process
    /// again, reporting again what it reported then; returns the indexes of the inputs left to process. One pass, no
    /// thread: in a rebuild after one page's edit, that is every input but a few.
    /// </summary>
    internal List<int> TakeKept(MemoSlot slot, ImmutableArray<Document> inputs, Document?[] results, DiagnosticBag diagnostics)
    {
        var before = previous?.TableOf(slot.Key);
        var work = new List<int>();
        var taken = new DocumentMemo.Entry?[inputs.Length];
        var known = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            var source = inputs[i].Source;
            // The very input at the same place as last time has the entry kept there; any other is looked up by its source.
            var entry = before is null ? null
                : i < before.Inputs.Length && ReferenceEquals(before.Inputs[i], inputs[i]) ? before.ByIndex[i]
                : before.BySource.GetValueOrDefault(source);
            if (entry is not null)
            {
                known++;
                if (!mustRedo(slot.Pipeline, slot.Module, source))
                {
                    foreach (var d in entry.Diagnostics) diagnostics.Add(d);
                    results[i] = entry.Output;
                    taken[i] = entry;
                    continue;
                }
            }
            work.Add(i);
        }
        Interlocked.Add(ref reused, inputs.Length - work.Count);
        // When every source the previous build knew is still here, this build's table starts as a copy of that one
        // (an array copy, not a hash a page); the documents processed again then replace their entries.
        Dictionary<string, DocumentMemo.Entry> table;
        if (before is not null && known == before.BySource.Count) table = new(before.BySource, StringComparer.Ordinal);
        else
        {
            table = new(inputs.Length, StringComparer.Ordinal);
            for (var i = 0; i < inputs.Length; i++)
                if (taken[i] is { } entry) table[inputs[i].Source] = entry;
        }
        Recorded.RememberTable(slot.Key, new DocumentMemo.Table(table, inputs, taken));
        return work;
    }

    /// <summary>Records what the module made of the inputs it processed (<see cref="TakeKept"/>'s work, by index), for the next build.</summary>
    internal void Record(MemoSlot slot, IReadOnlyList<int> work, IReadOnlyList<DocumentMemo.Entry> made)
    {
        var table = Recorded.TableOf(slot.Key)!;
        for (var j = 0; j < work.Count; j++)
        {
            table.BySource[table.Inputs[work[j]].Source] = made[j];
            table.ByIndex[work[j]] = made[j];
        }
    }
}
