namespace SiteGen.Tests.Server;

/// <summary>Reads a Server-Sent Events stream as a browser's EventSource would: one named event at a time.</summary>
public sealed class EventStreamReader : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private EventStreamReader(HttpResponseMessage response, StreamReader reader)
    {
        this.response = response;
        this.reader = reader;
    }

    public static async Task<EventStreamReader> OpenAsync(HttpClient http, string path = "/__sitegen/events")
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStreamReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event's name and data.</summary>
    public async Task<(string Name, string Data)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(PreviewSite.Patience);
        string name = "message", data = "";
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0) return (name, data);
                name = "message";
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data += line["data: ".Length..];
        }
        throw new EndOfStreamException("The event stream closed.");
    }

    /// <summary>Skips events until one with this name arrives.</summary>
    public async Task<string> NextAsync(string eventName)
    {
        while (true)
        {
            var (name, data) = await NextAsync();
            if (name == eventName) return data;
        }
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
