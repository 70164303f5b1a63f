using SiteGen.Build;
using SiteGen.Site;

namespace SiteGen.Benchmarks;

/// <summary>The repository's sample site, found above the benchmark, and one page of it built once.</summary>
public static class SampleSite
{
    public const string EventSource = "content/en/events/2020-12-08-diversity-in-service-user-involvement.md";
    public const string EventPage = "events/diversity-in-service-user-involvement/index.html";

    public static string Root { get; } = FindRoot();

    public static string EventMarkdown => File.ReadAllText(Path.Combine(Root, EventSource));

    public static string ThemePath => Path.Combine(Root, "themes", "default");

    /// <summary>Builds the sample site into a temporary folder and returns the event write-up's HTML.</summary>
    public static string BuildEventPage()
    {
        var output = Path.Combine(Path.GetTempPath(), "sitegen-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.RunAsync(Root, new BuildOptions { OutputPath = output }).GetAwaiter().GetResult();
            if (result.Diagnostics.Any(d => d.Severity == SiteGen.Diagnostics.Severity.Error))
                throw new InvalidOperationException("The sample site does not build: " + string.Join("; ", result.Diagnostics));
            return File.ReadAllText(Path.Combine(output, EventPage));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "content", "site.yml")) && Directory.Exists(Path.Combine(dir.FullName, "themes", "default")))
                return dir.FullName;
        throw new DirectoryNotFoundException("The sample site (content/site.yml) was not found above " + AppContext.BaseDirectory);
    }
}
