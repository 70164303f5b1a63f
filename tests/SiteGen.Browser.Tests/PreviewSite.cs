using Microsoft.Playwright;
using SiteGen.Server;

namespace SiteGen.Browser.Tests;

/// <summary>
/// A site in a temporary folder with the repository's theme, previewed by <c>sitegen serve</c> on a free
/// port, and a browser context to open its pages in; the tests edit its files while it runs.
/// </summary>
public sealed class PreviewSite : IAsyncDisposable
{
    /// <summary>How long a test waits for a build, a reload or the overlay on a loaded machine.</summary>
    public const float Patience = 90_000;

    private readonly string root = Path.Combine(Path.GetTempPath(), "sitegen-preview-" + Guid.NewGuid().ToString("N"));
    private PreviewServer? server;
    private IBrowserContext? context;

    public PreviewServer Server => server ?? throw new InvalidOperationException("The preview has not started.");
    public IBrowserContext Context => context ?? throw new InvalidOperationException("The preview has not started.");

    /// <summary>Writes the files, copies the theme in, and starts the preview and a 1280 × 800 browser context.</summary>
    public async Task StartAsync(IBrowser browser, params (string Relative, string Text)[] files)
    {
        foreach (var (relative, text) in files) Write(relative, text);
        var themes = Path.Combine(BuiltSite.RepositoryRoot, "themes");
        foreach (var file in Directory.EnumerateFiles(themes, "*", SearchOption.AllDirectories))
            Write(Path.Combine("themes", Path.GetRelativePath(themes, file)), File.ReadAllText(file));
        (server, _) = await PreviewServer.StartAsync(
            new ServeOptions { SiteRoot = root, Port = 0, QuietPeriod = TimeSpan.FromMilliseconds(100) }, TextWriter.Null);
        context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
    }

    /// <summary>The preview's address of a site path ("about/").</summary>
    public string Url(string path) => new Uri(Server.Address, path).ToString();

    public void Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null) await context.CloseAsync();
        if (server is not null) await server.DisposeAsync();
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
