using System.Collections.Immutable;
using System.Reflection;
using SiteGen.Diagnostics;

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
        // A rebuild takes the results of the documents it need not touch in one pass, so only the rest are worked out.
        var work = slot is { } s ? s.Reuse.TakeKept(s, inputs, results, context.Diagnostics) : [.. Enumerable.Range(0, inputs.Length)];
        var made = new DocumentMemo.Entry[work.Count];
        await ForEachAsync(work.Count, context, async j =>
        {
            var input = inputs[work[j]];
            if (slot is null)
                results[work[j]] = await ProcessOrReportAsync(input, context);
            else
            {
                var (output, added) = await DiagnosticBag.CaptureAsync(() => ProcessOrReportAsync(input, context));
                results[work[j]] = output;
                made[j] = new DocumentMemo.Entry(output, added);
            }
        });
        slot?.Reuse.Record(slot, work, made);
        return [.. results.OfType<Document>()];
    }

    /// <summary>
    /// The most documents worked out one after the other. Beyond this many they are spread over the thread pool; below
    /// it (a rebuild after one page's edit), waking and parking the pool's workers for each module costs more than it saves.
    /// </summary>
    private const int InlineUpTo = 8;

    /// <summary>Runs <paramref name="body"/> for 0 … count − 1: one after the other for a few, spread over the thread pool for more.</summary>
    internal static async Task ForEachAsync(int count, BuildContext context, Func<int, ValueTask> body)
    {
        if (count > InlineUpTo)
            await Parallel.ForEachAsync(Enumerable.Range(0, count), context.CancellationToken, (j, _) => body(j));
        else
            for (var j = 0; j < count; j++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                await body(j);
            }
    }

    /// <summary>
    /// Takes each document through <paramref name="modules"/> one after the other in one parallel pass, so no module
    /// waits for the slowest document of the one before, and what one module makes for the next dies young. Only the
    /// first module may look at the documents before the pass (<see cref="JoinsPassBefore"/>); nothing is remembered.
    /// </summary>
    internal static async Task<ImmutableArray<Document>> ExecuteInOnePassAsync(IReadOnlyList<PerDocumentModule> modules, ImmutableArray<Document> inputs, BuildContext context)
    {
        modules[0].Prepare(inputs, context);
        var results = new Document?[inputs.Length];
        await ForEachAsync(inputs.Length, context, async i =>
        {
            Document? document = inputs[i];
            for (var m = 0; m < modules.Count && document is not null; m++)
                document = await modules[m].ProcessOrReportAsync(document, context);
            results[i] = document;
        });
        return [.. results.OfType<Document>()];
    }

    /// <summary>
    /// False for a module that prepares from the documents it is handed (it overrides <see cref="Prepare"/>): it needs
    /// every document through the module before it, so it starts a pass of its own.
    /// </summary>
    internal bool JoinsPassBefore => GetType().GetMethod(nameof(Prepare), BindingFlags.Instance | BindingFlags.NonPublic, [typeof(ImmutableArray<Document>), typeof(BuildContext)])!.DeclaringType == typeof(PerDocumentModule);

    /// <summary>Work shared by all documents of one run (lookups, compiled templates), done once before the parallel part.</summary>
    protected virtual void Prepare(ImmutableArray<Document> inputs, BuildContext context) { }

    protected abstract ValueTask<Document?> ProcessAsync(Document document, BuildContext context);

    /// <summary>What the module does to a page, for the error when it fails: "could not lay out this page".</summary>
    protected virtual string Work => "lay out";

    /// <summary>
    /// <see cref="ProcessAsync"/>, where a failure of SiteGen's own on one page becomes an error on that page, with the
    /// details in a log file, and the page is left out: every other page is still built and checked in the same run.
    /// </summary>
    private async ValueTask<Document?> ProcessOrReportAsync(Document document, BuildContext context)
    {
        try
        {
            return await ProcessAsync(document, context);
        }
        catch (Exception e) when (!context.CancellationToken.IsCancellationRequested)
        {
            var log = CrashLog.Write(e, $"{GetType().Name} failed on {document.Source}");
            context.Diagnostics.Error(Codes.PageFailed,
                $"SiteGen could not {Work} this page: {e.Message} This is a fault in SiteGen or its theme, "
                + $"not in your writing; the page is left out and the rest of the site was still checked "
                + $"({CrashLog.DetailsAt(log)}).",
                SourceLocation.StartOf(document.Source));
            return null;
        }
    }
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
