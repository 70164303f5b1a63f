using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Baselines;
using SiteGen.Pipeline;
using SiteGen.Site;
using SiteGen.Templates;

namespace SiteGen.Build;

/// <summary>Builds (or only checks) a site: reads its settings, runs the pipelines, and publishes the output if nothing failed.</summary>
public static class SiteBuilder
{
    /// <param name="checkCache">Kept across builds in one process to re-check only pages whose HTML changed; null checks every
    /// page, or those that changed since the build that last wrote <see cref="BuildOptions.CacheFolder"/>.</param>
    /// <param name="memory">Kept across builds in one process to work out again only the pages a change touches; null builds everything.</param>
    public static async Task<BuildResult> RunAsync(string siteRoot, BuildOptions options, CancellationToken cancellationToken = default,
        Checks.PageCheckCache? checkCache = null, Incremental.RebuildMemory? memory = null)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        siteRoot = Path.GetFullPath(siteRoot);
        // Read in the background while the site's settings and pages are.
        checkCache ??= options.CacheFolder is { } cacheFolder ? Checks.PageCheckCache.Persisted(Checks.PageCheckCache.FileFor(cacheFolder, siteRoot)) : null;
        var setup = new DiagnosticBag();

        var config = SiteConfigLoader.Load(siteRoot, setup);
        if (config is null) return Failed(setup, clock);
        var baseline = options.UseBaseline ? BaselineFile.Read(siteRoot, setup) : Baseline.None;
        if (baseline is null) return Failed(setup, clock);
        if (options.WriteOutput && OutputFolder.Refusal(siteRoot, options.OutputPath) is { } refusal)
        {
            setup.Error(Codes.OutputFolderUnsafe, refusal);
            return Failed(setup, clock);
        }
        var themePath = Theme.Locate(siteRoot, config.Theme);
        if (themePath is null)
        {
            setup.Error(Codes.ThemeMissing, $"The theme \"{config.Theme}\" was not found in themes/{config.Theme}. Check theme: in site.yml, or remove it to use the default theme.",
                SourceLocation.StartOf(SiteConfigLoader.FileName));
            return Failed(setup, clock);
        }

        var output = new OutputFolder(options.OutputPath);
        var holder = 0;
        using var buildLock = options.WriteOutput ? BuildLock.TryAcquire(output.Path, out holder) : null;
        if (options.WriteOutput)
        {
            if (buildLock is null)
            {
                setup.Error(Codes.BuildRunning, holder > 0
                    ? $"Another build is running (pid {holder}) and writing {Path.GetFileName(output.Path)}. Wait for it to finish, or stop it, then build again."
                    : $"Another build is running and writing {Path.GetFileName(output.Path)}. Wait for it to finish, or stop it, then build again.");
                return Failed(setup, clock) with { Stop = BuildStop.Busy };
            }
            output.RecoverFromKilledBuild();
            if (output.ForeignFilesRefusal() is { } foreign)
            {
                setup.Error(Codes.OutputNotOurs, foreign);
                return Failed(setup, clock);
            }
        }

        var context = new BuildContext
        {
            Site = new SiteProject { Root = siteRoot, Config = config, ThemePath = themePath },
            Options = options,
            OutputRoot = output.StagingPath,
            CancellationToken = cancellationToken,
            CheckCache = checkCache,
            Timings = Timings.FromEnvironment(),
        };
        context.Timings?.Add("setup", started);
        context.Reuse = memory?.Plan(context);
        foreach (var d in setup.Sorted()) context.Diagnostics.Add(d);
        Multilingual.CultureData.Check(config, context.Diagnostics);
        if (config.AllowRawHtml)
            context.Diagnostics.Add(new Diagnostic(Severity.Info, Codes.RawHtmlAllowed,
                "Raw HTML in pages is published as written, without removing scripts or styles (allowRawHtml: true in site.yml).",
                SourceLocation.StartOf(SiteConfigLoader.FileName)));

        if (options.WriteOutput) output.CreateStaging();
        try
        {
            var pipelinesStart = DateTimeOffset.UtcNow;
            await new Engine(SitePipelines.Create()).RunAsync(context);
            context.Timings?.Add("pipelines", pipelinesStart);
            var publishStart = DateTimeOffset.UtcNow;
            var written = context.AllOutputs.Where(d => d.Destination is not null).ToList();
            var pages = written.Count(d => d.CopyFrom is null && d.Destination!.EndsWith(".html", StringComparison.Ordinal));
            // The last moment to stop: once the swap starts it is finished, so the output is never half old, half new.
            cancellationToken.ThrowIfCancellationRequested();
            // Known findings neither fail the build nor are listed: the one place build, check and serve hold them back.
            var found = baseline.Apply(SortedDiagnostics(context.Diagnostics, memory));
            if (options.WriteOutput && !found.Reported.Any(d => d.IsError))
            {
                output.WriteManifest(memory?.ManifestLines(written) ?? OutputFolder.ManifestLines(written.Select(d => d.Destination!)));
                output.Promote();
                memory?.Remember(context, output.Path);
            }
            // Kept whether or not the site has errors: the results hold for the same pages however the build ended.
            checkCache?.Save();
            context.Timings?.Add("publish", publishStart);
            return new BuildResult(found.Reported, pages, written.Count, clock.Elapsed, false) { Baseline = found.Summary };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Diagnostics.Error(Codes.BuildInterrupted, options.WriteOutput
                ? $"The build was interrupted. The previous output in {Path.GetFileName(output.Path)} was left as it was."
                : "The check was interrupted before it finished.");
            return new BuildResult(context.Diagnostics.Sorted(), 0, 0, clock.Elapsed, false) { Stop = BuildStop.Interrupted };
        }
        finally
        {
            output.DiscardStaging();
            context.Timings?.Write();
        }
    }

    // A preview rebuild reports mostly the previous build's diagnostics again: their order is taken from its list.
    private static IReadOnlyList<Diagnostic> SortedDiagnostics(DiagnosticBag diagnostics, Incremental.RebuildMemory? memory)
    {
        var sorted = diagnostics.Sorted(memory?.LatestDiagnostics);
        if (memory is not null) memory.LatestDiagnostics = sorted;
        return sorted;
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(diagnostics.Sorted(), 0, 0, clock.Elapsed, ConfigurationFailed: true);
}
