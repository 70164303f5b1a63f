using SiteGen.Build;
using SiteGen.Site;

namespace SiteGen.Browser.Tests.Publishing;

/// <summary>
/// The sample site built for a GitHub Pages project site (https://example.github.io/sitegen/) and served
/// under /sitegen/: every internal link, asset, hreflang, canonical and forwarding address resolves.
/// </summary>
public sealed class BasePathTests(BasePathTests.ProjectSite site) : IClassFixture<BasePathTests.ProjectSite>
{
    public static readonly Uri PublicRoot = new("https://example.github.io/sitegen/");

    [Fact]
    public void Every_internal_reference_resolves_under_the_base_path() =>
        Assert.True(site.Crawler.Broken.Count == 0, string.Join(Environment.NewLine, site.Crawler.Broken));

    [Fact]
    public void Every_built_page_is_reached_from_the_home_page_or_an_old_address()
    {
        var visited = site.Crawler.Visited.Select(u => Uri.UnescapeDataString(u.AbsolutePath[PublicRoot.AbsolutePath.Length..])).ToHashSet(StringComparer.Ordinal);
        var unreached = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Select(p => p == "index.html" ? "" : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Where(p => !visited.Contains(p))
            .ToList();
        Assert.True(unreached.Count == 0, "Not reached: " + string.Join(", ", unreached));
    }

    [Fact]
    public void Crawl_follows_the_stylesheet() =>
        Assert.Contains(site.Crawler.Visited, u => u.AbsolutePath.StartsWith("/sitegen/assets/", StringComparison.Ordinal) && u.AbsolutePath.EndsWith(".css", StringComparison.Ordinal));

    /// <summary>Builds the sample site with --base-url https://example.github.io/sitegen/, serves it under /sitegen/ and crawls it once.</summary>
    public sealed class ProjectSite : IAsyncLifetime
    {
        public string Output { get; } = Path.Combine(Path.GetTempPath(), "sitegen-basepath-" + Guid.NewGuid().ToString("N"));
        private readonly string _emptyRoot = Path.Combine(Path.GetTempPath(), "sitegen-host-" + Guid.NewGuid().ToString("N"));
        public SiteCrawler Crawler { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var result = await SiteBuilder.RunAsync(BuiltSite.RepositoryRoot, new BuildOptions { OutputPath = Output, BaseUrl = PublicRoot });
            if (result.ExitCode != 0)
                throw new InvalidOperationException("The sample site did not build:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));

            // The host's root holds nothing else, so a link that forgets /sitegen/ is a 404.
            Directory.CreateDirectory(_emptyRoot);
            await using var server = await StaticSiteServer.StartAsync(_emptyRoot, new Dictionary<string, string> { ["/sitegen"] = Output });
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            Crawler = new SiteCrawler(http, PublicRoot, new Uri(server.BaseAddress, "sitegen/"));
            await Crawler.CrawlAsync(Seeds());
        }

        /// <summary>The home page, plus what no link reaches: the not-found pages and the pages at old addresses.</summary>
        private IEnumerable<Uri> Seeds()
        {
            yield return PublicRoot;
            foreach (var notFound in Directory.EnumerateFiles(Output, "404.html", SearchOption.AllDirectories))
                yield return new Uri(PublicRoot, Path.GetRelativePath(Output, notFound).Replace('\\', '/'));
            var redirects = Path.Combine(Output, "_redirects");
            if (File.Exists(redirects))
                foreach (var line in File.ReadAllLines(redirects).Where(l => l.Length > 0 && !l.StartsWith('#')))
                    if (line.Split(' ')[0] is var from && !from.Contains('*'))
                        yield return new Uri(PublicRoot, from);
        }

        public Task DisposeAsync()
        {
            foreach (var folder in new[] { Output, _emptyRoot })
                try { Directory.Delete(folder, recursive: true); }
                catch (IOException) { }
            return Task.CompletedTask;
        }
    }
}
