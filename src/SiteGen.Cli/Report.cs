using SiteGen.Build;
using SiteGen.Diagnostics.Formats;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>Runs a build or check and prints its progress, problems and a one-line summary.</summary>
public static class Report
{
    public static async Task<int> RunAsync(string siteRoot, BuildOptions options, DiagnosticFormat format, CancellationToken cancel)
    {
        var verb = options.WriteOutput ? "Building" : "Checking";
        // Progress and summary go to stderr so --format json|sarif output on stdout stays machine-readable.
        Console.Error.WriteLine($"{verb} {Display(siteRoot)} ...");
        var result = await SiteBuilder.RunAsync(siteRoot, options, cancel);
        DiagnosticWriter.Write(format, result.Diagnostics, Console.Out);
        Console.Error.WriteLine(Summary(result, options, siteRoot));
        return result.ExitCode;
    }

    public static string Summary(BuildResult result, BuildOptions options, string siteRoot)
    {
        var counts = $"{result.Errors} {Plural(result.Errors, "error")}, {result.Warnings} {Plural(result.Warnings, "warning")}";
        var time = $"{result.Elapsed.TotalSeconds:0.0} s";
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
