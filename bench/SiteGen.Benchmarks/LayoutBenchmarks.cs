using BenchmarkDotNet.Attributes;
using SiteGen.Diagnostics;
using SiteGen.Templates;

namespace SiteGen.Benchmarks;

/// <summary>Rendering a page through the default theme's layout (compiled once, in setup).</summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private ThemeRenderer renderer = null!;
    private PageModel model = null!;

    [GlobalSetup]
    public void Setup()
    {
        var theme = new Theme(SampleSite.ThemePath);
        renderer = ThemeRenderer.For(theme);
        model = new PageModel
        {
            Site = new SiteModel
            {
                Title = "Clinks events and news",
                TitleLanguage = "en",
                Description = "Write-ups of events and news.",
                Language = "en",
                Direction = "ltr",
                HomeUrl = "/",
                StylesheetUrl = "/css/site.css",
                Navigation = [new NavLink("Events", "/events/", false), new NavLink("Blog", "/blog/", false)],
                Strings = theme.Strings(new TextLanguage("en", "ltr"), new TextLanguage("en", "ltr"), "themes/default", new DiagnosticBag()),
            },
            Title = "Page not found",
            DocumentTitle = "Page not found – Clinks events and news",
            Url = "/404.html",
            CanonicalUrl = "https://example.org/404.html",
            Layout = "404",
        };
        renderer.RenderAsync(model.Layout, model).GetAwaiter().GetResult();
    }

    [Benchmark]
    public Task<string> Layout() => renderer.RenderAsync(model.Layout, model);
}
