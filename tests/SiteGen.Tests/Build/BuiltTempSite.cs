using AngleSharp.Html.Parser;
using SiteGen.Build;

namespace SiteGen.Tests.Build;

/// <summary>A <see cref="TempSite"/> written and built once for a class or collection of tests, and what it wrote.</summary>
public abstract class BuiltTempSite(string siteYml) : IAsyncLifetime
{
    private readonly TempSite site = new(siteYml);

    public BuildResult Result { get; private set; } = null!;
    public string Output => site.Output;

    public async Task InitializeAsync() => Result = await WriteAndBuildAsync(site);

    /// <summary>Writes the site's pages and builds it.</summary>
    protected abstract Task<BuildResult> WriteAndBuildAsync(TempSite site);

    public Task DisposeAsync()
    {
        site.Dispose();
        return Task.CompletedTask;
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(site.Output, relative));

    public bool Exists(string relative) => File.Exists(Path.Combine(site.Output, relative));

    public AngleSharp.Dom.IDocument Page(string relative) => new HtmlParser().ParseDocument(Read(relative));
}
