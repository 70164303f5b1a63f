using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RazorLight;
using RazorLight.Compilation;

namespace SiteGen.Templates;

/// <summary>
/// Renders theme layouts with RazorLight. Each layout is compiled once per process (Roslyn start-up
/// costs seconds), so one renderer is kept per theme folder and reused by every build in the process;
/// compiled layouts are also kept on disk, so the next process skips Roslyn altogether, and the default
/// theme's come compiled with SiteGen. Roslyn and Razor's code generator are loaded only when a layout
/// has to be compiled.
/// </summary>
public sealed partial class ThemeRenderer
{
    private static readonly ConcurrentDictionary<string, ThemeRenderer> ByThemePath = new();
    private readonly RazorLightEngine engine;
    private readonly string layoutsPath;
    private readonly ConcurrentDictionary<string, Lazy<Task>> compiled = new();
    private readonly Lock gate = new();
    private Task? compilingAll;

    /// <param name="layoutsPath">The theme's layouts folder.</param>
    /// <param name="cacheFolder">Where compiled layouts are kept between processes; null for memory only.</param>
    /// <param name="precompiledFolder">Layouts compiled with SiteGen itself; null for none.</param>
    /// <param name="watchLayouts">Whether an edited layout is noticed and compiled again while the renderer lives.</param>
    internal ThemeRenderer(string layoutsPath, string? cacheFolder, string? precompiledFolder = null, bool watchLayouts = false)
    {
        this.layoutsPath = layoutsPath;
        Cache = new CompiledTemplateCache(layoutsPath, cacheFolder, precompiledFolder, watchLayouts);
        var compiler = new DeferredTemplateCompiler(() => new RazorLightEngineBuilder()
            .UseFileSystemProject(layoutsPath)
            .UseCachingProvider(Cache)
            .Build().Handler.Compiler);
        engine = new RazorLightEngine(new EngineHandler(RenderOptions(Cache), compiler, new TemplateFactoryProvider(), Cache));
    }

    /// <summary>The compiled layouts this renderer uses.</summary>
    public CompiledTemplateCache Cache { get; }

    /// <summary>The renderer of <paramref name="theme"/>'s layouts, made by the first build of this process that asks for it.</summary>
    /// <param name="watchLayouts">Whether it notices layout edits by itself: for the preview, which lives on while they are edited.</param>
    public static ThemeRenderer For(Theme theme, bool watchLayouts = false) =>
        ByThemePath.GetOrAdd(theme.LayoutsPath, p => new ThemeRenderer(p, CompiledTemplateCache.DefaultFolder(), CompiledTemplateCache.PrecompiledFolder(), watchLayouts));

    /// <summary>
    /// Compiles every layout and partial of <paramref name="layoutsPath"/> into <paramref name="folder"/>,
    /// replacing what it held: how SiteGen's own build ships the default theme's layouts compiled.
    /// </summary>
    /// <exception cref="TemplateCompilationException">A layout does not compile.</exception>
    public static async Task PrecompileAsync(string layoutsPath, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var renderer = new ThemeRenderer(layoutsPath, folder);
        var layouts = renderer.LayoutNames().ToList();
        foreach (var layout in layouts) await renderer.Compile(layout);
        var written = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dll").Length : 0;
        if (written != layouts.Count) throw new IOException($"{written} of {layouts.Count} compiled layouts were written to {folder}.");
    }

    /// <summary>Drops the compiled layouts of <paramref name="theme"/> after a layout file changed, so the next render compiles them afresh.</summary>
    public static void Forget(Theme theme) => ByThemePath.TryRemove(theme.LayoutsPath, out _);

    /// <summary>
    /// Starts compiling every layout and partial on one background thread, once per renderer, and
    /// returns at once. Without a compiled-layout cache, Roslyn takes seconds; started with the build,
    /// it runs while the content is read and parsed instead of holding up the first page's layout.
    /// A layout that fails to compile is reported by the first page that uses it.
    /// </summary>
    /// <returns>The background work, which never fails; a build need not wait for it.</returns>
    public Task StartCompilingAll()
    {
        if (!Directory.Exists(layoutsPath)) return Task.CompletedTask;
        lock (gate)
            return compilingAll ??= Task.Run(async () =>
            {
                try
                {
                    foreach (var name in LayoutNames())
                    {
                        try { await Compile(name); }
                        catch (Exception) { /* the page that uses this layout reports why it failed */ }
                    }
                }
                catch (IOException) { /* a layout not compiled here is compiled by the first page that uses it */ }
            });
    }

    /// <summary>Renders <paramref name="layout"/> (a name without .cshtml) with <paramref name="model"/>.</summary>
    public async Task<string> RenderAsync(string layout, PageModel model)
    {
        await Compile(layout);
        // A page instance keeps render state, so each render takes a fresh one from the compiled cache.
        var page = await engine.CompileTemplateAsync(layout + ".cshtml");
        return ReadableText(await engine.RenderTemplateAsync(page, model));
    }

    /// <summary>The model type <paramref name="layout"/> declares with @model (object when it declares none).</summary>
    public async Task<Type> ModelTypeAsync(string layout)
    {
        await Compile(layout);
        var page = await engine.CompileTemplateAsync(layout + ".cshtml");
        for (var type = page.GetType(); type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(TemplatePage<>))
                return type.GetGenericArguments()[0];
        return typeof(object);
    }

    /// <summary>Every layout and partial, as a name relative to the layouts folder without .cshtml.</summary>
    private IEnumerable<string> LayoutNames() =>
        Directory.EnumerateFiles(layoutsPath, "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => Path.GetRelativePath(layoutsPath, file).Replace('\\', '/')[..^".cshtml".Length]);

    /// <summary>
    /// What rendering needs of RazorLight's options. Its constructor makes a set of Roslyn metadata
    /// references, which loads Roslyn into a process that may never compile a layout; the compiler built
    /// by <see cref="DeferredTemplateCompiler"/> has complete options of its own.
    /// </summary>
    private static RazorLightOptions RenderOptions(CompiledTemplateCache cache)
    {
        var options = (RazorLightOptions)RuntimeHelpers.GetUninitializedObject(typeof(RazorLightOptions));
        options.PreRenderCallbacks = [];
        options.DisableEncoding = false;
        options.CachingProvider = cache;
        return options;
    }

    // One compilation per layout even when many pages (and the background compilation) ask for it at once.
    private Task Compile(string layout) =>
        compiled.GetOrAdd(layout, l => new Lazy<Task>(() => engine.CompileTemplateAsync(l + ".cshtml"))).Value;

    /// <summary>
    /// Razor's default encoder writes every character outside ASCII as a reference (&amp;#x627;), which makes
    /// Welsh, Urdu and Bengali pages bulky and unreadable as source. Characters above U+007F never carry
    /// meaning in HTML syntax, so they are written as themselves; &amp;lt; &amp;amp; &amp;quot; and the like stay.
    /// </summary>
    public static string ReadableText(string html) =>
        NonAsciiReference().Replace(html, m =>
        {
            var code = int.Parse(m.Groups[1].ValueSpan, System.Globalization.NumberStyles.HexNumber);
            return code > 0x7F && code <= 0x10FFFF && !(code is >= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : m.Value;
        });

    [System.Text.RegularExpressions.GeneratedRegex("&#x([0-9A-Fa-f]{2,6});")]
    private static partial System.Text.RegularExpressions.Regex NonAsciiReference();
}
