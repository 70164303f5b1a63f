using SiteGen.Build;
using SiteGen.Cli.Output;
using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Formats;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>Runs a build or check and prints its progress, problems and a one-line summary.</summary>
public static class Report
{
    public static async Task<int> RunAsync(string siteRoot, BuildOptions options, DiagnosticFormat format, string? htmlReport, bool verbose, CancellationToken cancel)
    {
        // Progress and summary go to stderr so --format json|sarif output on stdout stays machine-readable.
        IRunOutput output = OutputStyles.ForThisProcess(format) == OutputStyle.Rich
            ? RichOutput.ForThisProcess()
            : new PlainOutput(format, Console.Out, Console.Error);
        return await RunAsync(siteRoot, options, format, htmlReport, verbose, output, cancel);
    }

    public static async Task<int> RunAsync(string siteRoot, BuildOptions options, DiagnosticFormat format, string? htmlReport, bool verbose, IRunOutput output, CancellationToken cancel)
    {
        var verb = options.WriteOutput ? "Building" : "Checking";
        output.Starting($"{verb} {Display(siteRoot)} ...");
        var result = await output.RunAsync(progress => SiteBuilder.RunAsync(siteRoot, options with { Progress = progress }, cancel));
        output.Diagnostics(Shown(result.Diagnostics, format, verbose));
        if (htmlReport is not null)
        {
            using (var file = new StreamWriter(htmlReport)) HtmlReport.Write(result.Diagnostics, siteRoot, file);
            output.Note($"Report written to {Display(htmlReport)}.");
        }
        var summary = Summary(result, options, siteRoot) + result.BaselineNote + InfoNote(result, format, verbose);
        output.Finished(result, options.WriteOutput, summary);
        return result.ExitCode;
    }

    /// <summary>
    /// Text output lists errors and warnings; info messages (one a page, on a large site a flood)
    /// only with --verbose. JSON and SARIF are read by programs, which get everything.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Shown(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format, bool verbose) =>
        format != DiagnosticFormat.Text || verbose ? diagnostics : [.. diagnostics.Where(d => d.Severity != Severity.Info)];

    public static string Summary(BuildResult result, BuildOptions options, string siteRoot)
    {
        var counts = result.ProblemCounts;
        var time = $"{result.Elapsed.TotalSeconds:0.0} s";
        if (result.Stop == BuildStop.Busy) return "Could not start: another build is writing the same output. Nothing was written.";
        if (result.Stop == BuildStop.Interrupted)
            return options.WriteOutput
                ? $"Build interrupted after {time}. The previous output in {Display(options.OutputPath, siteRoot)} was left as it was."
                : $"Check interrupted after {time}.";
        if (result.ConfigurationFailed) return $"Could not start: {counts}. Nothing was written.";
        if (!options.WriteOutput)
            return $"Checked {Counted.Of(result.PagesWritten, "page")} in {time}: {counts}.";
        var outputPath = Display(options.OutputPath, siteRoot);
        return result.Errors > 0
            ? $"Build failed in {time}: {counts}. The previous output in {outputPath} was left as it was."
            : $"Built {Counted.Of(result.PagesWritten, "page")} ({result.FilesWritten} files) into {outputPath} in {time}: {counts}.";
    }

    /// <summary>A sentence after the summary counting info messages, and saying how to see them when they were left out.</summary>
    public static string InfoNote(BuildResult result, DiagnosticFormat format, bool verbose)
    {
        if (result.Infos == 0) return "";
        var messages = Counted.Of(result.Infos, "info message");
        return format == DiagnosticFormat.Text && !verbose ? $" {messages} not shown: add --verbose to list them." : $" {messages}.";
    }

    private static string Display(string path, string? relativeTo = null)
    {
        var baseDir = relativeTo ?? Environment.CurrentDirectory;
        var relative = Path.GetRelativePath(baseDir, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative == "." ? "." : relative;
    }
}
