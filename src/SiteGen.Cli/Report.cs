using SiteGen.Build;
using SiteGen.Diagnostics.Formats;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>Runs a build or check and prints its progress, problems and a one-line summary.</summary>
public static class Report
{
    public static async Task<int> RunAsync(string siteRoot, BuildOptions options, DiagnosticFormat format, string? htmlReport, CancellationToken cancel)
    {
        var verb = options.WriteOutput ? "Building" : "Checking";
        // Progress and summary go to stderr so --format json|sarif output on stdout stays machine-readable.
        Console.Error.WriteLine($"{verb} {Display(siteRoot)} ...");
        var result = await SiteBuilder.RunAsync(siteRoot, options, cancel);
        DiagnosticWriter.Write(format, result.Diagnostics, Console.Out);
        if (htmlReport is not null)
        {
            using (var file = new StreamWriter(htmlReport)) HtmlReport.Write(result.Diagnostics, siteRoot, file);
            Console.Error.WriteLine($"Report written to {Display(htmlReport)}.");
        }
        Console.Error.WriteLine(Summary(result, options, siteRoot));
        return result.ExitCode;
    }

    public static string Summary(BuildResult result, BuildOptions options, string siteRoot)
    {
        var counts = $"{result.Errors} {Plural(result.Errors, "error")}, {result.Warnings} {Plural(result.Warnings, "warning")}";
        var time = $"{result.Elapsed.TotalSeconds:0.0} s";
        if (result.Stop == BuildStop.Busy) return "Could not start: another build is writing the same output. Nothing was written.";
        if (result.Stop == BuildStop.Interrupted)
            return options.WriteOutput
                ? $"Build interrupted after {time}. The previous output in {Display(options.OutputPath, siteRoot)} was left as it was."
                : $"Check interrupted after {time}.";
        if (result.ConfigurationFailed) return $"Could not start: {counts}. Nothing was written.";
        if (!options.WriteOutput)
            return $"Checked {result.PagesWritten} {Plural(result.PagesWritten, "page")} in {time}: {counts}.";
        var outputPath = Display(options.OutputPath, siteRoot);
        return result.Errors > 0
            ? $"Build failed in {time}: {counts}. The previous output in {outputPath} was left as it was."
            : $"Built {result.PagesWritten} {Plural(result.PagesWritten, "page")} ({result.FilesWritten} files) into {outputPath} in {time}: {counts}.";
    }

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";

    private static string Display(string path, string? relativeTo = null)
    {
        var baseDir = relativeTo ?? Environment.CurrentDirectory;
        var relative = Path.GetRelativePath(baseDir, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative == "." ? "." : relative;
    }
}
