using System.Collections.Immutable;

namespace SiteGen.Pipeline;

/// <summary>One step of a pipeline: documents in, documents out, one job.</summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context);
}

/// <summary>
/// A module whose work on each document is independent of the others, so documents are
/// processed in parallel. Returning null drops the document (e.g. a draft, or one that failed).
/// </summary>
public abstract class PerDocumentModule : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context) =>
        ExecuteAsync(inputs, context, null);

    /// <summary>Like <see cref="ExecuteAsync(ImmutableArray{Document}, BuildContext)"/>, taking each document's result from the previous build where <paramref name="slot"/> allows.</summary>
    internal async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, MemoSlot? slot)
    {
        Prepare(inputs, context);
        var results = new Document?[inputs.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Length), context.CancellationToken, async (i, _) =>
        {
            results[i] = slot is { } s
                ? await s.Reuse.GetOrProcessAsync(s, inputs[i], d => ProcessAsync(d, context), context.Diagnostics)
                : await ProcessAsync(inputs[i], context);
        });
        return [.. results.OfType<Document>()];
    }

    /// <summary>Work shared by all documents of one run (lookups, compiled templates), done once before the parallel part.</summary>
    protected virtual void Prepare(ImmutableArray<Document> inputs, BuildContext context) { }

    protected abstract ValueTask<Document?> ProcessAsync(Document document, BuildContext context);
}

/// <summary>A per-document module whose work is synchronous.</summary>
public abstract class SyncPerDocumentModule : PerDocumentModule
{
    protected sealed override ValueTask<Document?> ProcessAsync(Document document, BuildContext context) =>
        ValueTask.FromResult(Process(document, context));

    protected abstract Document? Process(Document document, BuildContext context);
}

/// <summary>One per-document module's place in a remembering pipeline, under which its results are kept between builds.</summary>
internal sealed record MemoSlot(Reuse Reuse, string Pipeline, IModule Module, string Key);
