using SiteGen.Build;
using SiteGen.Site;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The sample site with one item a listing page, so its listings have several pages in every language (one
/// more Welsh and Urdu write-up is added for that), built once under the base path <see cref="Prefix"/>
/// so the browser fixture serves it beside the sample site.
/// </summary>
public static class PaginatedSampleSite
{
    public const string Prefix = "/__paginated";

    public static string Output { get; } = Path.Combine(Path.GetTempPath(), "sitegen-browser-paginated-" + Guid.NewGuid().ToString("N"));

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "sitegen-browser-paginated-src-" + Guid.NewGuid().ToString("N"));

    private const string WriteUp = "events/2020-12-08-diversity-in-service-user-involvement.md";

    private static readonly Lazy<Task<BuildResult>> Build = new(async () =>
    {
        Copy(Path.Combine(BuiltSite.RepositoryRoot, "content"), Path.Combine(Root, "content"));
        Copy(Path.Combine(BuiltSite.RepositoryRoot, "themes"), Path.Combine(Root, "themes"));
        File.AppendAllText(Path.Combine(Root, "content", "site.yml"), "\npaginate: 1\n");
        foreach (var language in new[] { "cy", "ur" })
        {
            // A second write-up, a day earlier, with its own title, so the Welsh and Urdu listings have a page 2.
            var text = File.ReadAllText(Path.Combine(Root, "content", language, WriteUp));
            var title = text.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal));
            text = text.Replace(title, title + " 2").Replace("date: 2020-12-08", "date: 2020-12-07");
            File.WriteAllText(Path.Combine(Root, "content", language, $"events/2020-12-07-second-{language}.md"), text);
        }
        var result = await SiteBuilder.RunAsync(Root, new BuildOptions
        {
            OutputPath = Output,
            BaseUrl = new Uri("https://example.org" + Prefix + "/"),
        });
        if (result.ExitCode != 0 || result.Warnings != 0)
            throw new InvalidOperationException(
                $"The paginated sample site did not build cleanly (exit code {result.ExitCode}):{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Diagnostics));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete();
        return result;
    });

    public static Task<BuildResult> EnsureBuiltAsync() => Build.Value;

    /// <summary>Every page of every paginated listing as a path the browser fixture serves ("/__paginated/ur/events/page/2/"), sorted.</summary>
    public static IReadOnlyList<string> Pages()
    {
        EnsureBuiltAsync().GetAwaiter().GetResult();
        return Directory.EnumerateFiles(Output, "index.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("<nav class=\"pagination\"", StringComparison.Ordinal))
            .Select(f => Prefix + "/" + Path.GetRelativePath(Output, f).Replace('\\', '/')[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Delete()
    {
        foreach (var folder in new[] { Output, Root })
        {
            try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
