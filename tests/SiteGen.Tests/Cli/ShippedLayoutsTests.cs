using SiteGen.Tests.Build;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The default theme's layouts come compiled with sitegen: a site that uses them unchanged builds
/// without Roslyn, even with an empty build cache, and a site with edited layouts compiles them.
/// </summary>
public sealed class ShippedLayoutsTests : IDisposable
{
    private readonly TempFolder cache = new();
    private readonly TempFolder record = new();

    [Fact]
    public async Task A_site_with_the_default_theme_unchanged_builds_without_loading_roslyn()
    {
        using var site = new TempSite();

        var loaded = await BuildRecordingAssemblies(site);

        Assert.Contains("SiteGen", loaded);
        Assert.DoesNotContain(loaded, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.Empty(CompiledLayoutsInCache());
    }

    [Fact]
    public async Task A_site_with_an_edited_layout_compiles_it_and_the_edit_shows()
    {
        using var site = new TempSite();
        var page = Path.Combine(site.Root, "themes/default/layouts/page.cshtml");
        File.WriteAllText(page, File.ReadAllText(page).Replace("<h1 class=\"page-title\"", "<h1 class=\"page-title edited\""));

        var loaded = await BuildRecordingAssemblies(site);

        Assert.Contains("Microsoft.CodeAnalysis.CSharp", loaded);
        Assert.NotEmpty(CompiledLayoutsInCache());
        Assert.Contains("<h1 class=\"page-title edited\">", File.ReadAllText(Path.Combine(site.Output, "about/index.html")));
    }

    [Fact]
    public async Task A_build_from_the_shipped_layouts_writes_the_pages_a_build_that_compiles_them_writes()
    {
        using var shipped = new TempSite();
        using var compiled = new TempSite();
        // One more layout makes the folder differ from the shipped one, so every layout is compiled.
        compiled.Write("themes/default/layouts/unused.cshtml", "@model SiteGen.Templates.PageModel\n<p>Not used</p>\n");

        await BuildRecordingAssemblies(shipped);
        Assert.Empty(CompiledLayoutsInCache());
        await BuildRecordingAssemblies(compiled);
        Assert.NotEmpty(CompiledLayoutsInCache());

        // The pages are what the layouts write; feeds carry the time of the build.
        var files = Files(shipped.Output).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        Assert.Equal(Files(shipped.Output), Files(compiled.Output));
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(shipped.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(compiled.Output, file))),
            $"{file} differs"));
    }

    private async Task<string[]> BuildRecordingAssemblies(TempSite site)
    {
        var list = Path.Combine(record.Path, Guid.NewGuid().ToString("N") + ".txt");
        var run = await SitegenProcess.RunAsync(site.Root, new Dictionary<string, string>
        {
            ["SITEGEN_CACHE_DIR"] = cache.Path,
            ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
            ["SITEGEN_TEST_LOADED_ASSEMBLIES"] = list,
        }, "build");
        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        return File.ReadAllLines(list);
    }

    private string[] CompiledLayoutsInCache()
    {
        var templates = Path.Combine(cache.Path, "templates");
        return Directory.Exists(templates) ? Directory.GetFiles(templates, "*.dll") : [];
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        cache.Dispose();
        record.Dispose();
    }
}
