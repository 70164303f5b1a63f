using System.Net;
using System.Net.Sockets;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Cli;

/// <summary>sitegen serve's command line: problems that stop it before it serves, each with exit code 2 and one clear line.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Busy_port_exits_2_and_suggests_the_next_port()
    {
        using var site = new TempSite();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await SitegenProcess.RunAsync(site.Root, "serve", "--port", port.ToString());

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("SG005"));
        Assert.Contains($"Port {port} is already in use", line);
        Assert.Contains($"sitegen serve --port {port + 1}", line);
    }

    [Fact]
    public async Task Host_that_is_not_an_address_exits_2()
    {
        using var site = new TempSite();
        var run = await SitegenProcess.RunAsync(site.Root, "serve", "--host", "my laptop");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error SG007: --host \"my laptop\" is not an IP address", run.StandardError);
    }
}
