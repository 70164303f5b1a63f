using SiteGen.Build;
using SiteGen.Build.Incremental;
using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Formats;
using SiteGen.Site;
using SiteGen.Templates;

namespace SiteGen.Server.Builds;

/// <summary>What the browser is told after a build.</summary>
public enum BuildChange
{
    /// <summary>Pages changed: reload.</summary>
    Pages,
    /// <summary>Only stylesheets changed: swap them without a reload.</summary>
    Stylesheets,
    /// <summary>The build failed: show its errors over the last good page.</summary>
    Failed,
}

/// <summary>The outcome of one preview build, as the browser and the terminal see it.</summary>
/// <param name="Served">The generation being served after this build (the last good one).</param>
/// <param name="Errors">The errors of this build; empty when it succeeded.</param>
public sealed record BuildReport(BuildChange Change, Generation? Served, IReadOnlyList<Diagnostic> Errors, BuildResult Result);

/// <summary>
/// Builds the site for the preview: drafts and scheduled pages included with their banners, links
/// pointing at the preview's own address, each good build published as a new generation. A build with
/// errors publishes nothing, so the last good site stays served.
/// </summary>
/// <param name="clock">Where builds read "now"; the system clock unless a test fixes it.</param>
public sealed class PreviewBuilder(string siteRoot, Uri previewAddress, Generations generations, TextWriter log, TimeProvider? clock = null, bool verbose = false)
{
    // Rebuilds re-check only the pages whose HTML changed since the previous build.
    private readonly Checks.PageCheckCache checks = new();
    // Rebuilds work out again only the pages a change touches, and write only the files that changed.
    private readonly RebuildMemory memory = new();
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>How many pages the latest build checked, rather than reused from the previous build.</summary>
    public int PagesCheckedLastBuild => checks.PagesCheckedLastBuild;

    /// <summary>What the latest build worked out again, and what it took from the build before.</summary>
    public RebuildPlan LatestPlan => memory.LatestPlan;

    /// <summary>The latest build's report; null before the first build finishes.</summary>
    public BuildReport? Latest { get; private set; }

    /// <summary>Builds once. <paramref name="changedFiles"/> are the absolute paths that changed since the last build (none for the first).</summary>
    public async Task<BuildReport> BuildAsync(IReadOnlyCollection<string> changedFiles, CancellationToken cancel)
    {
        // Templates are compiled once per process; only an edited layout makes them compile again.
        if (changedFiles.Any(f => f.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase)))
            foreach (var theme in ThemesOf(changedFiles))
                ThemeRenderer.Forget(theme);

        var options = new BuildOptions
        {
            OutputPath = generations.Prepare(),
            BaseUrl = previewAddress,
            IncludeDrafts = true,
            IncludeFuture = true,
            Preview = true,
            Clock = time,
            Now = time.GetUtcNow(),
        };
        memory.Changed(changedFiles);
        var result = await SiteBuilder.RunAsync(siteRoot, options, cancel, checks, memory);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        // The memory now holds where each file of this build is: written just now, or kept from an earlier build.
        if (errors.Count == 0) generations.Publish(memory.PublishedFiles!);

        var change = errors.Count > 0 ? BuildChange.Failed
            : changedFiles.Count > 0 && changedFiles.All(IsStylesheet) ? BuildChange.Stylesheets
            : BuildChange.Pages;
        Print(result);
        return Latest = new BuildReport(change, generations.Current, errors, result);
    }

    private static bool IsStylesheet(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    private IEnumerable<Theme> ThemesOf(IEnumerable<string> changedFiles) =>
        changedFiles
            .Select(f => Path.GetRelativePath(Path.Combine(siteRoot, "themes"), f).Split(Path.DirectorySeparatorChar)[0])
            .Where(name => !name.StartsWith("..", StringComparison.Ordinal))
            .Distinct()
            .Select(name => new Theme(Path.Combine(siteRoot, "themes", name)));

    private string InfoNote(BuildResult result) =>
        result.Infos == 0 ? ""
        : verbose ? $" {Counted.Of(result.Infos, "info message")}."
        : $" {Counted.Of(result.Infos, "info message")} not shown: start with --verbose to list them.";

    /// <summary>The same diagnostics a build prints, then one line saying what the preview shows now.</summary>
    private void Print(BuildResult result)
    {
        // As in build: one info line a page would bury the errors on every save of a large site.
        DiagnosticWriter.Write(DiagnosticFormat.Text, verbose ? result.Diagnostics : [.. result.Diagnostics.Where(d => d.Severity != Severity.Info)], log);
        var counts = result.ProblemCounts;
        var time = $"{result.Elapsed.TotalSeconds:0.0} s";
        log.WriteLine(result.Errors > 0
            ? $"Build failed in {time}: {counts}. The browser shows the errors; the last good version stays served."
                + result.BaselineNote
            : $"Built {Counted.Of(result.PagesWritten, "page")} in {time} ({memory.LatestPlan}): {counts}."
                + result.BaselineNote + InfoNote(result));
        log.Flush();
    }
}
