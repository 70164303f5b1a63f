using System.CommandLine;
using System.Net;
using SiteGen.Diagnostics;
using SiteGen.Server;

namespace SiteGen.Cli;

/// <summary><c>sitegen serve</c>: the local preview with live reload, until Ctrl+C.</summary>
public static class Serve
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "The site root: the folder that holds content/. Default: the current folder.", DefaultValueFactory = _ => "." };
        var port = new Option<int>("--port") { Description = $"The port to serve on. Default: {ServeOptions.DefaultPort}.", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        var host = new Option<string>("--host") { Description = "The address to listen on. Default: 127.0.0.1, this computer only. Another address shows the preview to your network.", DefaultValueFactory = _ => "127.0.0.1" };
        // The preview always shows drafts and scheduled pages, each with a banner; the options are
        // accepted so a build command line can be reused for serve unchanged.
        var drafts = new Option<bool>("--drafts") { Description = "Include drafts. Always on in serve: drafts show a \"Draft\" banner." };
        var future = new Option<bool>("--future") { Description = "Include pages dated in the future. Always on in serve: they show a \"Scheduled\" banner." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print info messages (such as each page's readability figures) after each rebuild; without it the terminal lists errors and warnings and counts the info messages." };
        var command = new Command("serve", "Build the site, serve it on this computer and rebuild it when you save a file; open pages reload by themselves.");
        foreach (var option in new Option[] { source, port, host, drafts, future, verbose }) command.Options.Add(option);

        command.SetAction(async (parse, cancel) =>
        {
            var siteRoot = Path.GetFullPath(parse.GetValue(source)!);
            var portNumber = parse.GetValue(port);
            if (portNumber is < 1 or > 65535)
            {
                Console.Error.WriteLine(new Diagnostic(Severity.Error, Codes.ServeOptionInvalid, $"--port {portNumber} is not a port number. Use a number from 1 to 65535, e.g. --port {ServeOptions.DefaultPort}."));
                return 2;
            }
            if (ParseHost(parse.GetValue(host)!) is not { } address)
            {
                Console.Error.WriteLine(new Diagnostic(Severity.Error, Codes.ServeOptionInvalid, $"--host \"{parse.GetValue(host)}\" is not an IP address. Use 127.0.0.1 (this computer only) or, to share the preview on your network, 0.0.0.0."));
                return 2;
            }
            if (!IPAddress.IsLoopback(address))
                Console.Error.WriteLine(new Diagnostic(Severity.Warning, Codes.HostNotLoopback, $"Serving on {address}: other computers on your network can see this preview, drafts included. Leave out --host to keep it on this computer."));

            var options = new ServeOptions { SiteRoot = siteRoot, Port = portNumber, Host = address, Verbose = parse.GetValue(verbose) };
            PreviewServer server;
            try
            {
                Console.Error.WriteLine($"Building {siteRoot} for the preview ...");
                (server, var first) = await PreviewServer.StartAsync(options, Console.Out, cancel);
                if (first.Result.ConfigurationFailed)
                {
                    await server.DisposeAsync();
                    return 2;
                }
            }
            catch (PortInUseException)
            {
                Console.Error.WriteLine(new Diagnostic(Severity.Error, Codes.PortInUse,
                    $"Port {portNumber} is already in use by another program. Stop that program, or choose another port: sitegen serve --port {(portNumber < 65535 ? portNumber + 1 : 8081)}"));
                return 2;
            }
            await using (server)
            {
                Console.Error.WriteLine($"Serving the site at {server.Address} (built into {server.OutputRoot}). Press Ctrl+C to stop.");
                await server.WaitAsync(cancel);
                Console.Error.WriteLine("Stopped.");
            }
            return 0;
        });
        return command;
    }

    /// <summary>An IP address, or "localhost" for the loopback address; null for anything else.</summary>
    private static IPAddress? ParseHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var address) ? address
        : null;
}
