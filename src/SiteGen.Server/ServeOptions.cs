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
    /// <remarks>
    /// An editor's save is a burst of a few system calls in a row: truncate and write in place (VS Code,
    /// nano), or write a new file and rename it over the old one (vim, Emacs, JetBrains' safe write,
    /// gedit), each within a millisecond or two of the last. 50 ms covers that with room for a busy
    /// machine, and leaves most of a 300 ms save-to-reload budget to the rebuild.
    /// </remarks>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(50);

    public const int DefaultPort = 8080;
}
