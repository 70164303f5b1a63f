using RazorLight.Compilation;
using SiteGen.Templates;

namespace SiteGen.Tests.Templates;

/// <summary>
/// Layouts compiled ahead of time (as SiteGen's build does for the default theme) are used only for
/// layouts byte for byte the same as those they were compiled from; anything else is compiled.
/// </summary>
public sealed class PrecompiledLayoutsTests : IDisposable
{
    private const string Layout = "@model SiteGen.Templates.PageModel\n<h1>@Model.Title</h1>\n";
    private readonly TempFolder theme = new();
    private readonly TempFolder precompiled = new();
    private readonly TempFolder cache = new();

    public PrecompiledLayoutsTests() => theme.Write("layouts/page.cshtml", Layout);

    [Fact]
    public async Task Precompiling_writes_one_assembly_per_layout_and_partial()
    {
        theme.Write("layouts/partials/_Note.cshtml", "@model SiteGen.Templates.PageModel\n<p>@Model.Title</p>\n");

        await ThemeRenderer.PrecompileAsync(LayoutsPath, precompiled.Path);

        Assert.Equal(2, Directory.GetFiles(precompiled.Path, "*.dll").Length);
    }

    [Fact]
    public async Task Precompiled_layouts_of_the_same_files_are_loaded_and_nothing_is_compiled()
    {
        await ThemeRenderer.PrecompileAsync(LayoutsPath, precompiled.Path);

        var renderer = new ThemeRenderer(LayoutsPath, cache.Path, precompiled.Path);
        await Render(renderer);

        Assert.Equal(0, renderer.Cache.Compiled);
        Assert.Equal(1, renderer.Cache.LoadedPrecompiled);
        Assert.Empty(Directory.GetFiles(cache.Path));
    }

    [Fact]
    public async Task Precompiled_layouts_are_loaded_from_their_files_so_their_native_code_is_used()
    {
        await ThemeRenderer.PrecompileAsync(LayoutsPath, precompiled.Path);

        await Render(new ThemeRenderer(LayoutsPath, cache.Path, precompiled.Path));

        // An assembly loaded from bytes has no location, and the runtime ignores any ReadyToRun code in it.
        Assert.Contains(AppDomain.CurrentDomain.GetAssemblies(), a => !a.IsDynamic && a.Location.StartsWith(precompiled.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_precompiled_layout_renders_what_the_compiled_layout_renders()
    {
        await ThemeRenderer.PrecompileAsync(LayoutsPath, precompiled.Path);

        var fromPrecompiled = await Render(new ThemeRenderer(LayoutsPath, cache.Path, precompiled.Path));
        var compiled = new ThemeRenderer(LayoutsPath, null);
        var fromCompiled = await Render(compiled);

        Assert.Equal(1, compiled.Cache.Compiled);
        Assert.Equal(fromCompiled, fromPrecompiled);
    }

    [Fact]
    public async Task An_edited_layout_is_compiled_and_its_edit_shows()
    {
        await ThemeRenderer.PrecompileAsync(LayoutsPath, precompiled.Path);
        theme.Write("layouts/page.cshtml", Layout.Replace("<h1>", "<h1 class=\"edited\">"));

        var renderer = new ThemeRenderer(LayoutsPath, cache.Path, precompiled.Path);
        var html = await Render(renderer);

        Assert.Equal(1, renderer.Cache.Compiled);
        Assert.Equal(0, renderer.Cache.LoadedPrecompiled);
        Assert.Contains("<h1 class=\"edited\">A meeting</h1>", html);
    }

    [Fact]
    public async Task A_layout_added_beside_the_precompiled_ones_makes_every_layout_compile()
    {
        await ThemeRenderer.PrecompileAsync(LayoutsPath, precompiled.Path);
        theme.Write("layouts/extra.cshtml", "@model SiteGen.Templates.PageModel\n<p>Extra</p>\n");

        var renderer = new ThemeRenderer(LayoutsPath, cache.Path, precompiled.Path);
        await Render(renderer);

        Assert.Equal(1, renderer.Cache.Compiled);
        Assert.Equal(0, renderer.Cache.LoadedPrecompiled);
    }

    [Fact]
    public async Task Precompiling_leaves_nothing_from_an_earlier_run_in_the_folder()
    {
        precompiled.Write("old.dll", "not an assembly");

        await ThemeRenderer.PrecompileAsync(LayoutsPath, precompiled.Path);

        Assert.DoesNotContain(Path.Combine(precompiled.Path, "old.dll"), Directory.GetFiles(precompiled.Path));
    }

    [Fact]
    public async Task Precompiling_a_layout_that_does_not_compile_fails()
    {
        theme.Write("layouts/page.cshtml", "@model SiteGen.Templates.PageModel\n<h1>@Model.NoSuchProperty</h1>\n");

        await Assert.ThrowsAsync<TemplateCompilationException>(() => ThemeRenderer.PrecompileAsync(LayoutsPath, precompiled.Path));
    }

    private string LayoutsPath => Path.Combine(theme.Path, "layouts");

    private static Task<string> Render(ThemeRenderer renderer) => renderer.RenderAsync("page", TemplateTestModels.Page("A meeting"));

    public void Dispose()
    {
        theme.Dispose();
        precompiled.Dispose();
        cache.Dispose();
    }
}
