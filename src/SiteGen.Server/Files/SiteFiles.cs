using Microsoft.AspNetCore.Http;
using SiteGen.Server.Builds;
using SiteGen.Server.LiveReload;

namespace SiteGen.Server.Files;

/// <summary>
/// Answers requests for the site's files from the current generation's map of them, the way the site will be hosted:
/// pretty URLs (/events/x/ serves index.html, /events/x redirects to /events/x/), 404.html with status 404,
/// and the right Content-Type. Every HTML page gets the live reload script.
/// </summary>
public sealed class SiteFiles(Generations generations)
{
    public async Task ServeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        var raw = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "";
        if (RequestTarget.CheckRaw(raw) == RequestTarget.Verdict.BadRequest || RequestTarget.ToRelative(request.Path.Value ?? "") is not { } relative)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // One generation for the whole request: a rebuild that finishes meanwhile does not mix two builds.
        if (generations.Current is not { } generation)
        {
            await NotBuiltYetAsync(http);
            return;
        }

        var isFolder = relative.Length == 0 || relative.EndsWith('/');
        if (generation.FileOf(isFolder ? relative + "index.html" : relative) is { } path)
        {
            await SendAsync(http, path, generation, StatusCodes.Status200OK);
            return;
        }
        if (!isFolder && generation.IsFolder(relative))
        {
            http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            http.Response.Headers.Location = "/" + relative + "/" + request.QueryString;
            return;
        }
        if (generation.FileOf("404.html") is { } notFound) await SendAsync(http, notFound, generation, StatusCodes.Status404NotFound);
        else http.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static async Task SendAsync(HttpContext http, string path, Generation generation, int status)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = ContentTypes.Of(path);
        // The preview changes under the reader's eyes; a cached copy would hide the change.
        response.Headers.CacheControl = "no-store";
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            var html = LiveScript.InjectInto(await File.ReadAllTextAsync(path, http.RequestAborted), generation.Number);
            var bytes = System.Text.Encoding.UTF8.GetBytes(html);
            response.ContentLength = bytes.Length;
            if (!HttpMethods.IsHead(http.Request.Method)) await response.Body.WriteAsync(bytes, http.RequestAborted);
            return;
        }
        // Opened before a newer build can retire this generation; an open file stays readable after its folder is deleted.
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true);
        response.ContentLength = file.Length;
        if (!HttpMethods.IsHead(http.Request.Method)) await file.CopyToAsync(response.Body, http.RequestAborted);
    }

    /// <summary>Before the first good build there is no site yet: a short page that shows the errors as they come.</summary>
    private static async Task NotBuiltYetAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "1";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "text/html; charset=utf-8";
        const string page = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The site has not been built yet</title></head>
            <body><main><h1>The site has not been built yet</h1><p>This page shows the site as soon as it builds without errors.</p></main></body>
            </html>
            """;
        await http.Response.WriteAsync(LiveScript.InjectInto(page, 0), http.RequestAborted);
    }
}
