using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

/// <summary>
/// Shared by every browser test: the built sample site, its paginated variant and the a11y corpus served on 127.0.0.1,
/// and one Chromium launched for the whole run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string CorpusPrefix = "/__a11y-corpus";

    public static string CorpusFolder { get; } = Path.Combine(BuiltSite.RepositoryRoot, "tests", "a11y-corpus");

    private IPlaywright? _playwright;

    public StaticSiteServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}. Install it with: sudo apt-get install -y chromium (or run .ci/run as root).");

        await Task.WhenAll(BuiltSite.EnsureBuiltAsync(), PaginatedSampleSite.EnsureBuiltAsync());
        Server = await StaticSiteServer.StartAsync(BuiltSite.Output, new Dictionary<string, string>
        {
            [CorpusPrefix] = CorpusFolder,
            [PaginatedSampleSite.Prefix] = PaginatedSampleSite.Output,
        });

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public Uri Url(string sitePath) => new(Server.BaseAddress, sitePath.TrimStart('/'));

    private readonly Dictionary<(int, int), IBrowserContext> _contexts = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>
    /// A fresh tab at the given viewport size, already loaded. Tabs of one size share a browser context
    /// (a new context per test costs a second or more on a busy two-core machine); close the tab after use.
    /// </summary>
    public async Task<IPage> OpenAsync(string sitePath, int width = 1280, int height = 800)
    {
        IBrowserContext context;
        await _lock.WaitAsync();
        try
        {
            if (!_contexts.TryGetValue((width, height), out context!))
                _contexts[(width, height)] = context = await Browser.NewContextAsync(new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = width, Height = height },
                    ReducedMotion = ReducedMotion.Reduce,
                });
        }
        finally
        {
            _lock.Release();
        }

        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(Url(sitePath).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || response.Status != 200)
            throw new InvalidOperationException($"{sitePath}: the server answered {response?.Status.ToString() ?? "nothing"}, expected 200.");
        return page;
    }

    public static Task CloseAsync(IPage page) => page.CloseAsync();

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
