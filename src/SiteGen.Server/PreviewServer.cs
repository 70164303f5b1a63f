using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SiteGen.Server.Builds;
using SiteGen.Server.Files;
using SiteGen.Server.LiveReload;
using SiteGen.Server.Watching;

namespace SiteGen.Server;

/// <summary>
/// The local preview: builds the site, serves it with Kestrel, rebuilds when a source file changes and
/// tells open pages to reload. Errors in a rebuild are shown in the browser and the terminal while the
/// last good build stays served; nothing in the site can stop the server.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Generations generations;
    private readonly EventStream events;
    private readonly TextWriter log;
    private readonly CancellationTokenSource stopping = new();
    private PreviewBuilder? builder;
    private SourceWatcher? watcher;
    private RebuildQueue? queue;
    private Task? rebuilding;

    /// <summary>The address pages are served at, ending in a slash.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The latest build's report.</summary>
    public BuildReport? LatestBuild => builder?.Latest;

    /// <summary>Raised after every build, good or not (tests wait on it).</summary>
    public event Action<BuildReport>? Built;

    /// <summary>Where the preview's builds are written: a temporary folder, never the site's _site.</summary>
    public string OutputRoot => generations.Root;

    private readonly ServeOptions options;

    private PreviewServer(ServeOptions options, TextWriter log)
    {
        this.options = options;
        this.log = log;
        events = new EventStream(new OverlayText(options.SiteRoot));
        generations = new Generations();
        // The host would otherwise watch its content root for appsettings.json changes, with a recursive watcher
        // that takes up every folder of every new generation written there; the preview has no settings file.
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = generations.Root,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        web.Logging.ClearProviders();
        web.WebHost.UseKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(options.Host, options.Port);
        });
        app = web.Build();
        var files = new SiteFiles(generations);
        app.Run(http => http.Request.Path.Value switch
        {
            EventStream.Path => events.ServeAsync(http),
            LiveScript.ScriptPath => Text(http, LiveScript.Script, "application/javascript; charset=utf-8"),
            LiveScript.OverlayStylesheetPath => Text(http, LiveScript.OverlayStylesheet, "text/css; charset=utf-8"),
            _ => files.ServeAsync(http),
        });
    }

    /// <summary>
    /// Listens, builds once and starts watching. Throws <see cref="PortInUseException"/> when the port is taken.
    /// The first build's report is returned, so the caller can refuse a site whose site.yml cannot be read.
    /// </summary>
    public static async Task<(PreviewServer Server, BuildReport FirstBuild)> StartAsync(ServeOptions options, TextWriter log, CancellationToken cancel = default)
    {
        var server = new PreviewServer(options, log);
        try
        {
            await server.app.StartAsync(cancel);
        }
        catch (Exception e) when (e is AddressInUseException || e.InnerException is AddressInUseException)
        {
            await server.DisposeAsync();
            throw new PortInUseException(options.Port);
        }
        var bound = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(bound.TrimEnd('/') + "/");
        server.builder = new PreviewBuilder(options.SiteRoot, server.Address, server.generations, log, verbose: options.Verbose);

        var first = await server.BuildAsync([], cancel);
        server.queue = new RebuildQueue(server.BuildAsync, options.QuietPeriod);
        server.watcher = new SourceWatcher(options.SiteRoot, server.queue.Changed);
        server.rebuilding = server.queue.RunAsync(server.stopping.Token);
        return (server, first);
    }

    private async Task<BuildReport> BuildAsync(IReadOnlyCollection<string> changed, CancellationToken cancel)
    {
        if (changed.Count > 0)
            log.WriteLine($"Rebuilding after changes to {Describe(changed)} ...");
        BuildReport report;
        try
        {
            report = await builder!.BuildAsync(changed, cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in the build must not stop the preview: say so, keep serving the last good site.
            log.WriteLine($"sitegen: internal error while rebuilding ({e.GetType().Name}: {e.Message}). The last good version stays served.");
            var error = new SiteGen.Diagnostics.Diagnostic(SiteGen.Diagnostics.Severity.Error, SiteGen.Diagnostics.Codes.PreviewBuildCrashed,
                $"SiteGen itself failed while rebuilding ({e.GetType().Name}). This is a bug, not a problem with your site; save again to retry.");
            report = new BuildReport(BuildChange.Failed, generations.Current, [error],
                new SiteGen.Build.BuildResult([error], 0, 0, TimeSpan.Zero, false));
        }
        events.Announce(report);
        Built?.Invoke(report);
        return report;
    }

    private string Describe(IReadOnlyCollection<string> changed)
    {
        var names = changed.Select(c => Path.GetRelativePath(options.SiteRoot, c).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        return names.Count <= 3 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more";
    }

    private static Task Text(HttpContext http, string text, string contentType)
    {
        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(text, http.RequestAborted);
    }

    /// <summary>Serves until <paramref name="cancel"/> fires (Ctrl+C).</summary>
    public async Task WaitAsync(CancellationToken cancel)
    {
        try { await Task.Delay(Timeout.Infinite, cancel); }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        watcher?.Dispose();
        await stopping.CancelAsync();
        events.Close();
        if (rebuilding is not null)
        {
            try { await rebuilding; }
            catch (OperationCanceledException) { }
        }
        await app.StopAsync();
        await app.DisposeAsync();
        generations.Dispose();
        stopping.Dispose();
    }
}

/// <summary>The port the preview was asked to use is taken by another program.</summary>
public sealed class PortInUseException(int port) : Exception($"Port {port} is already in use.")
{
    public int Port { get; } = port;
}
