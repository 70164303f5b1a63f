using SiteGen.Templates;

namespace SiteGen.Tests.Templates;

/// <summary>Compiled layouts are kept on disk, so a new process renders without compiling them again.</summary>
public sealed class CompiledTemplateCacheTests : IDisposable
{
    private readonly TempFolder theme = new();
    private readonly TempFolder cache = new();

    public CompiledTemplateCacheTests() =>
        theme.Write("layouts/page.cshtml", "@model SiteGen.Templates.PageModel\n<h1>@Model.Title</h1>\n");

    [Fact]
    public async Task A_compiled_layout_is_stored_in_the_cache_folder()
    {
        await Render(new ThemeRenderer(LayoutsPath, cache.Path));

        Assert.Single(Directory.GetFiles(cache.Path, "*.dll"));
    }

    [Fact]
    public async Task A_new_renderer_loads_the_stored_layout_instead_of_compiling_it()
    {
        await Render(new ThemeRenderer(LayoutsPath, cache.Path));

        var next = new ThemeRenderer(LayoutsPath, cache.Path);
        var html = await Render(next);

        Assert.Equal(1, next.Cache.LoadedFromDisk);
        Assert.Contains("<h1>A meeting</h1>", html);
    }

    [Fact]
    public async Task A_changed_layout_is_compiled_again()
    {
        await Render(new ThemeRenderer(LayoutsPath, cache.Path));
        theme.Write("layouts/page.cshtml", "@model SiteGen.Templates.PageModel\n<h1 class=\"changed\">@Model.Title</h1>\n");

        var next = new ThemeRenderer(LayoutsPath, cache.Path);
        var html = await Render(next);

        Assert.Equal(0, next.Cache.LoadedFromDisk);
        Assert.Contains("<h1 class=\"changed\">A meeting</h1>", html);
    }

    [Fact]
    public async Task A_layout_changed_while_a_watching_renderer_lives_is_rendered_anew()
    {
        var renderer = new ThemeRenderer(LayoutsPath, cache.Path, watchLayouts: true);
        await Render(renderer);
        theme.Write("layouts/page.cshtml", "@model SiteGen.Templates.PageModel\n<h2>@Model.Title</h2>\n");

        // The folder watcher reports the change a moment after the write.
        var html = await Render(renderer);
        for (var tries = 0; tries < 50 && !html.Contains("<h2>"); tries++)
        {
            await Task.Delay(100);
            html = await Render(renderer);
        }

        Assert.Contains("<h2>A meeting</h2>", html);
    }

    [Fact]
    public async Task Without_a_cache_folder_nothing_is_written()
    {
        var renderer = new ThemeRenderer(LayoutsPath, null);
        await Render(renderer);

        Assert.Empty(Directory.GetFiles(cache.Path));
        Assert.Equal(0, renderer.Cache.LoadedFromDisk);
    }

    [Fact]
    public async Task Compiling_all_layouts_compiles_every_layout_and_partial_before_any_page_is_rendered()
    {
        theme.Write("layouts/partials/_Note.cshtml", "@model SiteGen.Templates.PageModel\n<p>@Model.Title</p>\n");

        await new ThemeRenderer(LayoutsPath, cache.Path).StartCompilingAll();

        Assert.Equal(2, Directory.GetFiles(cache.Path, "*.dll").Length);
    }

    [Fact]
    public async Task A_layout_that_fails_to_compile_in_the_background_fails_the_page_that_uses_it()
    {
        theme.Write("layouts/page.cshtml", "@model SiteGen.Templates.PageModel\n<h1>@Model.NoSuchProperty</h1>\n");
        var renderer = new ThemeRenderer(LayoutsPath, cache.Path);

        await renderer.StartCompilingAll();

        await Assert.ThrowsAsync<RazorLight.Compilation.TemplateCompilationException>(() => Render(renderer));
    }

    private string LayoutsPath => Path.Combine(theme.Path, "layouts");

    private static Task<string> Render(ThemeRenderer renderer) => renderer.RenderAsync("page", TemplateTestModels.Page("A meeting"));

    public void Dispose()
    {
        theme.Dispose();
        cache.Dispose();
    }
}
