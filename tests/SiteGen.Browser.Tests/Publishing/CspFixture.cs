using Microsoft.Playwright;

namespace SiteGen.Browser.Tests.Publishing;

/// <summary>The built sample site served with the headers netlify.toml gives each path, and a browser context for it.</summary>
public sealed class CspFixture : IAsyncLifetime
{
    public NetlifyConfig Netlify { get; } = NetlifyConfig.Load();
    public StaticSiteServer Server { get; private set; } = null!;
    private IBrowserContext? _context;

    public async Task InitializeAsync()
    {
        await BuiltSite.EnsureBuiltAsync();
        Server = await StaticSiteServer.StartAsync(BuiltSite.Output, headersFor: Netlify.HeadersFor);
    }

    /// <summary>
    /// A tab that records every Content-Security-Policy violation Chromium reports, from the first byte
    /// of the page on (the listener is installed before any of the page's own code runs).
    /// </summary>
    public async Task<IPage> NewPageAsync(IBrowser browser)
    {
        _context ??= await browser.NewContextAsync();
        var page = await _context.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
              window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
            """);
        return page;
    }

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("window.__cspViolations");

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
        if (Server is not null) await Server.DisposeAsync();
    }
}
