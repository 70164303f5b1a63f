using SiteGen.Server.Builds;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Server;

/// <summary>What the preview prints after each build: like sitegen build, errors and warnings one a line, info messages counted unless asked for.</summary>
public sealed class PreviewLogTests : IDisposable
{
    private static readonly Uri Address = new("http://127.0.0.1:8080/");
    private readonly TempSite site = new();
    private readonly Generations generations;

    public PreviewLogTests()
    {
        // An English page long enough to measure gets its readability figures as an info message.
        var text = string.Concat(Enumerable.Repeat("We are a small charity. We help people who have been in prison. We meet every month in our office.\n\n", 10));
        site.Write("content/en/about.md", "---\ntitle: About us\n---\n" + text);
        generations = new Generations(Path.Combine(site.Root, "generations"));
    }

    private async Task<string> LogOfFirstBuild(bool verbose)
    {
        var log = new StringWriter();
        await new PreviewBuilder(site.Root, Address, generations, log, verbose: verbose).BuildAsync([], default);
        return log.ToString();
    }

    [Fact]
    public async Task Info_messages_are_counted_not_listed()
    {
        var log = await LogOfFirstBuild(verbose: false);
        Assert.DoesNotContain(": info SG700:", log);
        Assert.Matches(@"\d+ info messages? not shown: start with --verbose to list them\.", log);
    }

    [Fact]
    public async Task Verbose_preview_lists_info_messages()
    {
        var log = await LogOfFirstBuild(verbose: true);
        Assert.Contains(": info SG700:", log);
        Assert.DoesNotContain("not shown", log);
    }

    public void Dispose()
    {
        generations.Dispose();
        site.Dispose();
    }
}
