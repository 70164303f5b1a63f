using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using SiteGen.Server.Builds;

namespace SiteGen.Server.LiveReload;

/// <summary>
/// The Server-Sent Events stream at /__sitegen/events. Each open page gets the latest state when it
/// connects, then one event per build: <c>reload</c>, <c>css</c> (stylesheets only) or <c>errors</c>.
/// </summary>
/// <param name="overlayText">The overlay's fixed text in the site's languages, sent with a failed build's errors.</param>
public sealed class EventStream(OverlayText? overlayText = null)
{
    public const string Path = "/__sitegen/events";
    private readonly Lock gate = new();
    private readonly List<Channel<string>> clients = [];
    private string? latest;

    /// <summary>Tells every open page about a finished build.</summary>
    public void Announce(BuildReport report)
    {
        var (name, payload) = Describe(report);
        var message = Format(name, payload);
        lock (gate)
        {
            latest = Format("state", payload);
            foreach (var client in clients) client.Writer.TryWrite(message);
        }
    }

    /// <summary>Serves one page's event stream until the page goes away.</summary>
    public async Task ServeAsync(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (gate)
        {
            // A page that connects after a build still learns whether it is current and whether the build failed.
            if (latest is not null) channel.Writer.TryWrite(latest);
            clients.Add(channel);
        }
        try
        {
            // Reconnect quickly after the server restarts; the first write also sends the headers.
            await http.Response.WriteAsync("retry: 1000\n\n", http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(http.RequestAborted))
            {
                await http.Response.WriteAsync(message, http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { }
        finally
        {
            lock (gate) clients.Remove(channel);
        }
    }

    /// <summary>Closes every stream, so the server can stop without waiting for open pages.</summary>
    public void Close()
    {
        lock (gate)
            foreach (var client in clients) client.Writer.TryComplete();
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private (string Name, string Payload) Describe(BuildReport report)
    {
        var name = report.Change switch
        {
            BuildChange.Failed => "errors",
            BuildChange.Stylesheets => "css",
            _ => "reload",
        };
        var payload = JsonSerializer.Serialize(new
        {
            generation = report.Served?.Number ?? 0,
            errors = report.Errors.Select(d => new
            {
                file = d.Location?.File,
                line = d.Location?.Line,
                column = d.Location?.Column,
                code = d.Code,
                message = d.Message,
                text = d.ToString(),
            }),
            // Only a failed build opens the overlay, so only its event carries the overlay's text.
            text = report.Errors.Count > 0 ? overlayText?.Read() : null,
        }, Json);
        return (name, payload);
    }

    private static string Format(string name, string data) => $"event: {name}\ndata: {data}\n\n";
}
