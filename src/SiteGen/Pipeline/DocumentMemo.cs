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

    private readonly ConcurrentDictionary<(string Slot, string Source), Entry> entries = new();
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> outputs = new(StringComparer.Ordinal);

    internal Entry? Find(string slot, string source) => entries.GetValueOrDefault((slot, source));

    internal void Remember(string slot, string source, Entry entry) => entries[(slot, source)] = entry;

    /// <summary>The documents a remembered pipeline's input phase produced (for the content pipeline: each file as read).</summary>
    public ImmutableArray<Document> InputsOf(string pipeline) => inputs.GetValueOrDefault(pipeline, []);

    /// <summary>The documents a remembered pipeline's process phase produced.</summary>
    public ImmutableArray<Document> OutputsOf(string pipeline) => outputs.GetValueOrDefault(pipeline, []);

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
/// <param name="previousFile">The path of the previous build's output file that is identical to a document's, or null.</param>
public sealed class Reuse(DocumentMemo? previous, Func<string, IModule, string, bool> mustRedo, Func<Document, string?> previousFile)
{
    /// <summary>Nothing is reused; results are only recorded.</summary>
    public static Reuse None() => new(null, (_, _, _) => true, _ => null);

    /// <summary>This build's results, for the next build.</summary>
    public DocumentMemo Recorded { get; } = new();

    private int reused;

    /// <summary>How many module results were taken from the previous build rather than worked out again.</summary>
    public int ReusedResults => reused;

    /// <summary>The previous build's file that has exactly this document's output, to link instead of writing; null to write.</summary>
    public string? PreviousFile(Document document) => previousFile(document);

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
