using System.Net;
using SiteGen.Server;
using SiteGen.Server.Builds;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Server;

/// <summary>A small site served by the preview in-process on a free loopback port, with helpers to wait for rebuilds.</summary>
public sealed class PreviewSite : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly StringWriter log = new();

    public TempSite Site { get; }
    public PreviewServer Server { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public BuildReport FirstBuild { get; private set; } = null!;

    /// <summary>What the preview printed, as the terminal would show it.</summary>
    public string Log { get { lock (log) return log.ToString(); } }

    private PreviewSite(TempSite site) => Site = site;

    public static async Task<PreviewSite> StartAsync(TempSite? site = null, int port = 0)
    {
        var preview = new PreviewSite(site ?? new TempSite());
        var options = new ServeOptions { SiteRoot = preview.Site.Root, Port = port, QuietPeriod = TimeSpan.FromMilliseconds(100) };
        (preview.Server, preview.FirstBuild) = await PreviewServer.StartAsync(options, TextWriter.Synchronized(preview.log));
        preview.Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = preview.Server.Address, Timeout = Patience };
        return preview;
    }

    /// <summary>Starts waiting for the next build that matches, before the change that causes it is made.</summary>
    public Task<BuildReport> NextBuild(Func<BuildReport, bool>? matching = null)
    {
        var done = new TaskCompletionSource<BuildReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnBuilt(BuildReport report)
        {
            if (matching is not null && !matching(report)) return;
            Server.Built -= OnBuilt;
            done.TrySetResult(report);
        }
        Server.Built += OnBuilt;
        return done.Task.WaitAsync(Patience);
    }

    public async Task<string> GetTextAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        Site.Dispose();
    }
}
