using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SiteGen.Browser.Tests;

/// <summary>
/// A tiny static file server on 127.0.0.1 and a free port, the way Netlify or GitHub Pages serve the
/// built site: folders serve their index.html (a folder without the trailing slash redirects to it),
/// and a missing path gets 404.html with status 404. Extra folders can be mounted under a path prefix,
/// and response headers can be added by request path, as a host's header rules do.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's address, ending in a slash: http://127.0.0.1:PORT/.</summary>
    public Uri BaseAddress { get; }

    public static async Task<StaticSiteServer> StartAsync(string root, IReadOnlyDictionary<string, string>? mounts = null,
        Func<string, IEnumerable<KeyValuePair<string, string>>>? headersFor = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();

        if (headersFor is not null)
            app.Use((context, next) =>
            {
                foreach (var (name, value) in headersFor(context.Request.Path.Value ?? "/"))
                    context.Response.Headers[name] = value;
                return next(context);
            });

        foreach (var (prefix, folder) in mounts ?? new Dictionary<string, string>())
            Serve(app, new PhysicalFileProvider(folder), prefix);
        Serve(app, new PhysicalFileProvider(root), "");

        var notFound = Path.Combine(root, "404.html");
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    private static void Serve(WebApplication app, IFileProvider files, string prefix)
    {
        var path = prefix.Length == 0 ? PathString.Empty : new PathString(prefix);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = path });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = path, ServeUnknownFileTypes = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
