using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// Runs pipelines phase by phase: independent pipelines' input and process phases in parallel as
/// soon as their dependencies are done; every post-process phase once all have processed; and each
/// pipeline's output phase as soon as its own documents are final, beside the rest.
/// Problems are collected in the context's diagnostics; a failing module does not stop the others.
/// </summary>
public sealed class Engine(IReadOnlyList<Pipeline> pipelines)
{
    public async Task RunAsync(BuildContext context)
    {
        CheckDependencies();
        var processed = pipelines.ToDictionary(p => p.Name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var postProcessed = pipelines.ToDictionary(p => p.Name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var processing = pipelines.Select(p => ProcessAsync(p, processed, context)).ToList();
        var postProcessing = PostProcessAsync(Task.WhenAll(processing), postProcessed, context);
        // Output waits only for its own pipeline's post-process (at once if it has none), so files are written
        // while other pipelines are still processed or checked, and all pipelines write side by side.
        var written = pipelines.Where(p => p.Output.Count > 0).Select(async pipeline =>
        {
            await (pipeline.PostProcess.Count > 0 ? postProcessed[pipeline.Name].Task : processed[pipeline.Name].Task);
            return (pipeline.Name, Documents: await RunPhaseAsync(pipeline, nameof(pipeline.Output), pipeline.Output, context.OutputsOf(pipeline.Name), context));
        }).ToList();
        await Task.WhenAll([.. processing, postProcessing, .. written]);
        // Post-process sees processed documents, so what output made of them is published only when everything is done.
        foreach (var (name, documents) in written.Select(w => w.Result))
            context.SetOutputs(name, documents);
    }

    private async Task ProcessAsync(Pipeline pipeline, Dictionary<string, TaskCompletionSource> processed, BuildContext context)
    {
        try
        {
            await Task.WhenAll(pipeline.DependsOn.Select(d => processed[d].Task));
            var docs = pipeline.Reads is not null && context.Reuse is { } reuse
                ? await GenerateOrTakePreviousAsync(pipeline, reuse, context)
                : await InputAndProcessAsync(pipeline, context);
            context.SetOutputs(pipeline.Name, docs);
            processed[pipeline.Name].SetResult();
        }
        catch (Exception e)
        {
            processed[pipeline.Name].TrySetException(e);
            throw;
        }
    }

    /// <summary>Post-process sees every pipeline's processed documents, so these run after all processing, one pipeline after another.</summary>
    private async Task PostProcessAsync(Task allProcessed, Dictionary<string, TaskCompletionSource> postProcessed, BuildContext context)
    {
        try
        {
            await allProcessed;
            foreach (var pipeline in pipelines)
            {
                if (pipeline.PostProcess.Count > 0)
                    context.SetOutputs(pipeline.Name, await RunPhaseAsync(pipeline, nameof(pipeline.PostProcess), pipeline.PostProcess, context.OutputsOf(pipeline.Name), context));
                postProcessed[pipeline.Name].SetResult();
            }
        }
        catch (Exception e)
        {
            foreach (var waiting in postProcessed.Values) waiting.TrySetException(e);
            throw;
        }
    }

    private static async Task<ImmutableArray<Document>> InputAndProcessAsync(Pipeline pipeline, BuildContext context)
    {
        var docs = await RunPhaseAsync(pipeline, nameof(pipeline.Input), pipeline.Input, [], context);
        var remember = pipeline.RemembersDocuments ? context.Reuse?.Recorded : null;
        remember?.RememberInputs(pipeline.Name, docs);
        docs = await RunPhaseAsync(pipeline, nameof(pipeline.Process), pipeline.Process, docs, context);
        remember?.RememberOutputs(pipeline.Name, docs);
        return docs;
    }

    /// <summary>
    /// A pipeline that declares what it reads (<see cref="Pipeline.Reads"/>): the previous build's
    /// documents and diagnostics when none of that changed, else made again. Either way they are recorded for the next build.
    /// </summary>
    private static async Task<ImmutableArray<Document>> GenerateOrTakePreviousAsync(Pipeline pipeline, Reuse reuse, BuildContext context)
    {
        var made = reuse.PreviousOutputsOf(pipeline);
        if (made is not null)
            foreach (var d in made.Diagnostics) context.Diagnostics.Add(d);
        else
        {
            var (docs, added) = await DiagnosticBag.CaptureAsync(async () => await InputAndProcessAsync(pipeline, context));
            made = new DocumentMemo.Generated(docs, added);
        }
        reuse.Recorded.RememberGenerated(pipeline.Name, made);
        return made.Documents;
    }

    private static async Task<ImmutableArray<Document>> RunPhaseAsync(Pipeline pipeline, string phase, IReadOnlyList<IModule> modules, ImmutableArray<Document> docs, BuildContext context)
    {
        var phaseStart = DateTimeOffset.UtcNow;
        for (var i = 0; i < modules.Count;)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var moduleStart = DateTimeOffset.UtcNow;
            // A one-off build remembers nothing per module, so consecutive per-document modules take each document in one pass.
            var pass = context.Reuse is null ? OnePass(modules, i) : [];
            if (pass.Count > 1)
            {
                docs = await PerDocumentModule.ExecuteInOnePassAsync(pass, docs, context);
                context.Timings?.Add($"{pipeline.Name}/{phase}/{string.Join('+', pass.Select(m => m.GetType().Name))}", moduleStart);
                i += pass.Count;
                continue;
            }
            // A module is known across builds by its place, since each build makes its modules afresh.
            // Only processing is remembered: the output phase must write every file of every build.
            docs = modules[i] is PerDocumentModule perDocument && phase == nameof(pipeline.Process) && pipeline.RemembersDocuments && context.Reuse is { } reuse
                ? await perDocument.ExecuteAsync(docs, context, new MemoSlot(reuse, pipeline.Name, perDocument, $"{pipeline.Name}/{phase}/{i}"))
                : await modules[i].ExecuteAsync(docs, context);
            context.Timings?.Add($"{pipeline.Name}/{phase}/{modules[i].GetType().Name}", moduleStart);
            i++;
        }
        if (modules.Count > 0) context.Timings?.Add($"{pipeline.Name}/{phase}", phaseStart);
        return docs;
    }

    /// <summary>The per-document modules from <paramref name="first"/> on that can take each document in one pass.</summary>
    private static List<PerDocumentModule> OnePass(IReadOnlyList<IModule> modules, int first)
    {
        var pass = new List<PerDocumentModule>();
        for (var i = first; i < modules.Count && modules[i] is PerDocumentModule module && (i == first || module.JoinsPassBefore); i++)
            pass.Add(module);
        return pass;
    }

    private void CheckDependencies()
    {
        var names = pipelines.Select(p => p.Name).ToHashSet();
        foreach (var p in pipelines)
            foreach (var d in p.DependsOn)
                if (!names.Contains(d))
                    throw new InvalidOperationException($"Pipeline {p.Name} depends on unknown pipeline {d}.");
        // A cycle would make the wait above hang forever, so refuse it up front.
        var state = new Dictionary<string, int>();
        var byName = pipelines.ToDictionary(p => p.Name);
        void Visit(string n)
        {
            if (state.GetValueOrDefault(n) == 2) return;
            if (state.GetValueOrDefault(n) == 1) throw new InvalidOperationException($"Pipelines depend on each other in a cycle through {n}.");
            state[n] = 1;
            foreach (var d in byName[n].DependsOn) Visit(d);
            state[n] = 2;
        }
        foreach (var p in pipelines) Visit(p.Name);
    }
}
