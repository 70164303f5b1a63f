using SiteGen.Build;
using SiteGen.Site;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The repository's sample site, built once per test process into a temporary folder with
/// SiteBuilder.RunAsync. Static, so that MemberData can list the built pages before any fixture exists.
/// </summary>
public static class BuiltSite
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Output { get; } = Path.Combine(Path.GetTempPath(), "sitegen-browser-" + Guid.NewGuid().ToString("N"));

    private static readonly Lazy<Task<BuildResult>> Build = new(async () =>
    {
        var result = await SiteBuilder.RunAsync(RepositoryRoot, new BuildOptions { OutputPath = Output });
        if (result.ExitCode != 0)
            throw new InvalidOperationException(
                $"The sample site did not build (exit code {result.ExitCode}):{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Diagnostics));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete();
        return result;
    });

    public static Task<BuildResult> EnsureBuiltAsync() => Build.Value;

    /// <summary>Every built HTML page a reader stays on, as a site path ("/", "/about/", "/404.html"), sorted.</summary>
    /// <remarks>Pages at old addresses forward at once, so a browser never rests on them; see <see cref="RedirectPages"/>.</remarks>
    public static IReadOnlyList<string> Pages() => HtmlFiles().Where(f => !IsRedirect(f)).Select(ToSitePath).Order(StringComparer.Ordinal).ToList();

    /// <summary>Pages at old addresses (front matter aliases) that forward to the page's new address.</summary>
    public static IReadOnlyList<string> RedirectPages() => HtmlFiles().Where(IsRedirect).Select(ToSitePath).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> HtmlFiles()
    {
        EnsureBuiltAsync().GetAwaiter().GetResult();
        return Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories);
    }

    private static bool IsRedirect(string file) => File.ReadAllText(file).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal);

    /// <summary>MemberData source: one row per built page.</summary>
    public static IEnumerable<object[]> PageRows() => Pages().Select(p => new object[] { p });

    private static string ToSitePath(string file)
    {
        var relative = Path.GetRelativePath(Output, file).Replace('\\', '/');
        if (relative == "index.html") return "/";
        return relative.EndsWith("/index.html", StringComparison.Ordinal)
            ? "/" + relative[..^"index.html".Length]
            : "/" + relative;
    }

    private static void Delete()
    {
        try { if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
