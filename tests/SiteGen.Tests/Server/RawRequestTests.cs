using System.Net.Sockets;
using System.Text;

namespace SiteGen.Tests.Server;

/// <summary>
/// Request lines sent byte for byte over TCP, as an attacker would, since HTTP clients clean paths
/// before sending them: the preview answers 400 or 404 and never a file from outside its output.
/// </summary>
public sealed class RawRequestTests : IAsyncLifetime
{
    private PreviewSite preview = null!;

    public async Task InitializeAsync() => preview = await PreviewSite.StartAsync();

    public async Task DisposeAsync() => await preview.DisposeAsync();

    [Theory]
    [InlineData("GET /../../../../etc/passwd HTTP/1.1")]
    [InlineData("GET /%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1")]
    [InlineData("GET /%2E%2E%2F%2E%2E%2Fetc%2Fpasswd HTTP/1.1")]
    [InlineData("GET /..%2f..%2f..%2fetc/passwd HTTP/1.1")]
    [InlineData("GET /..%5c..%5c..%5cetc%5cpasswd HTTP/1.1")]
    [InlineData("GET /..\\..\\..\\etc\\passwd HTTP/1.1")]
    [InlineData("GET /%252e%252e/%252e%252e/etc/passwd HTTP/1.1")]
    [InlineData("GET //etc/passwd HTTP/1.1")]
    [InlineData("GET http://127.0.0.1/../../etc/passwd HTTP/1.1")]
    public async Task Traversal_is_a_bad_request(string requestLine) =>
        Assert.Equal(400, await StatusOfAsync(requestLine));

    [Theory]
    [InlineData("GET /etc/passwd HTTP/1.1")]
    [InlineData("GET /proc/self/environ HTTP/1.1")]
    public async Task Absolute_system_path_is_looked_up_inside_the_site_and_not_found(string requestLine) =>
        Assert.Equal(404, await StatusOfAsync(requestLine));

    [Theory]
    [InlineData("GARBAGE")]
    [InlineData("GET")]
    [InlineData("GET /about/ HTTP/9.9")]
    [InlineData("GET /ab out/ HTTP/1.1")]
    public async Task Malformed_request_line_is_a_bad_request(string requestLine)
    {
        var status = await StatusOfAsync(requestLine);
        Assert.True(status is 400 or 505, $"status {status}");
    }

    [Fact]
    public async Task Post_is_not_allowed() =>
        Assert.Equal(405, await StatusOfAsync("POST /about/ HTTP/1.1"));

    [Fact]
    public async Task Plain_request_is_answered() =>
        Assert.Equal(200, await StatusOfAsync("GET /about/ HTTP/1.1"));

    /// <summary>The status code of the response to one raw request line.</summary>
    private async Task<int> StatusOfAsync(string requestLine)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(preview.Server.Address.Host, preview.Server.Address.Port);
        var stream = client.GetStream();
        var request = $"{requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync().WaitAsync(PreviewSite.Patience) ?? "";
        var parts = statusLine.Split(' ');
        Assert.True(parts.Length >= 2 && parts[0].StartsWith("HTTP/", StringComparison.Ordinal), $"not a status line: {statusLine}");
        return int.Parse(parts[1]);
    }
}
