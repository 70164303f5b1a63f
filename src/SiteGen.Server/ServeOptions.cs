using System.Net;

namespace SiteGen.Server;

/// <summary>How <c>sitegen serve</c> was asked for.</summary>
public sealed record ServeOptions
{
    /// <summary>Absolute path of the site root.</summary>
    public required string SiteRoot { get; init; }
    /// <summary>The port to listen on; 0 picks a free one (for tests).</summary>
    public int Port { get; init; } = DefaultPort;
    /// <summary>The address to listen on: loopback unless the user says otherwise.</summary>
    public IPAddress Host { get; init; } = IPAddress.Loopback;
    /// <summary>Print info messages after each rebuild, not only errors and warnings.</summary>
    public bool Verbose { get; init; }
    /// <summary>How long changes must stop before a rebuild starts, so a burst of saves is one rebuild.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(200);

    public const int DefaultPort = 8080;
}
