using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Site;
using SiteGen.Templates;

namespace SiteGen.Build;

/// <summary>Builds (or only checks) a site: reads its settings, runs the pipelines, and publishes the output if nothing failed.</summary>
public static class SiteBuilder
{
    /// <param name="checkCache">Kept across builds in one process to re-check only pages whose HTML changed; null checks every page.</param>
    public static async Task<BuildResult> RunAsync(string siteRoot, BuildOptions options, CancellationToken cancellationToken = default, Checks.PageCheckCache? checkCache = null)
    {
        var clock = Stopwatch.StartNew();
        siteRoot = Path.GetFullPath(siteRoot);
        var setup = new DiagnosticBag();

        var config = SiteConfigLoader.Load(siteRoot, setup);
        if (config is null) return Failed(setup, clock);
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
        var context = new BuildContext
        {
            Site = new SiteProject { Root = siteRoot, Config = config, ThemePath = themePath },
            Options = options,
            OutputRoot = output.StagingPath,
            CancellationToken = cancellationToken,
            CheckCache = checkCache,
        };
        foreach (var d in setup.Sorted()) context.Diagnostics.Add(d);
        Multilingual.CultureData.Check(config, context.Diagnostics);
        if (config.AllowRawHtml)
            context.Diagnostics.Add(new Diagnostic(Severity.Info, Codes.RawHtmlAllowed,
                "Raw HTML in pages is published as written, without removing scripts or styles (allowRawHtml: true in site.yml).",
                SourceLocation.StartOf(SiteConfigLoader.FileName)));

        if (options.WriteOutput) output.CreateStaging();
        try
        {
            await new Engine(SitePipelines.Create()).RunAsync(context);
            var written = context.AllOutputs.Where(d => d.Destination is not null).ToList();
            var pages = written.Count(d => d.CopyFrom is null && d.Destination!.EndsWith(".html", StringComparison.Ordinal));
            if (options.WriteOutput && !context.Diagnostics.HasErrors) output.Promote();
            return new BuildResult(context.Diagnostics.Sorted(), pages, written.Count, clock.Elapsed, false);
        }
        finally
        {
            output.DiscardStaging();
        }
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(diagnostics.Sorted(), 0, 0, clock.Elapsed, ConfigurationFailed: true);
}
