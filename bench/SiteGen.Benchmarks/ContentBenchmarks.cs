using BenchmarkDotNet.Attributes;
using SiteGen.Content.FrontMatter;
using SiteGen.Content.Markdown;
using SiteGen.Diagnostics;

namespace SiteGen.Benchmarks;

/// <summary>Reading one event write-up: splitting off and parsing its front matter, and rendering its markdown.</summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private string source = "";
    private SplitSource split = null!;

    [GlobalSetup]
    public void Setup()
    {
        source = SampleSite.EventMarkdown;
        split = SourceSplitter.Split(source);
    }

    [Benchmark]
    public FrontMatter? FrontMatter()
    {
        var parts = SourceSplitter.Split(source);
        return new FrontMatterParser(SampleSite.EventSource, new DiagnosticBag()).Parse(parts.FrontMatter!, parts.FrontMatterFirstLine);
    }

    [Benchmark]
    public string Markdown() =>
        MarkdownRenderer.Render(split.Body, SampleSite.EventSource, split.BodyFirstLine, url => (url, null), new DiagnosticBag(),
            new FootnoteLabels("Footnote", "Back to the text")).Html;
}
