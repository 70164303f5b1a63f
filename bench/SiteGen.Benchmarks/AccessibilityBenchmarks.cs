using BenchmarkDotNet.Attributes;
using SiteGen.Accessibility;

namespace SiteGen.Benchmarks;

/// <summary>Checking one built page, the event write-up: parsing it with AngleSharp, and running every rule over that DOM.</summary>
[MemoryDiagnoser]
public class AccessibilityBenchmarks
{
    private readonly CheckOptions options = new() { Languages = new HashSet<string>(["en", "cy", "ur"], StringComparer.OrdinalIgnoreCase) };
    private string html = "";
    private PageContext parsed = null!;

    [GlobalSetup]
    public void Setup()
    {
        html = SampleSite.BuildEventPage();
        parsed = PageContext.Parse(html, "/" + SampleSite.EventPage, options);
    }

    [Benchmark]
    public PageContext Parse() => PageContext.Parse(html, "/" + SampleSite.EventPage, options);

    [Benchmark]
    public int CheckPage() => AccessibilityChecker.Default.CheckPage(parsed).Count;

    // A parsed page collects its element list on first use and keeps it, so CheckPage on the same page
    // measures the rules alone; this is the whole cost per page, as the build pays it.
    [Benchmark]
    public int ParseAndCheck() => AccessibilityChecker.Default.CheckPage(PageContext.Parse(html, "/" + SampleSite.EventPage, options)).Count;
}
