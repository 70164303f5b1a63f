using SiteGen.Diagnostics.Formats;

namespace SiteGen.Cli.Output;

/// <summary>How a build or check shows itself: plain text for scripts, logs and screen readers, or colour, a progress bar and a table in a terminal.</summary>
public enum OutputStyle { Plain, Rich }

/// <summary>Chooses the output style from where the output goes and what the user asked for.</summary>
public static class OutputStyles
{
    /// <summary>
    /// Rich only when both streams are a terminal, the format is text, and neither NO_COLOR
    /// (see no-color.org) nor TERM=dumb asks for plain output: scripts that read the output
    /// and terminals that cannot move the cursor get exactly the plain lines.
    /// </summary>
    public static OutputStyle Detect(DiagnosticFormat format, bool outputRedirected, bool errorRedirected, Func<string, string?> environment)
    {
        if (format != DiagnosticFormat.Text || outputRedirected || errorRedirected) return OutputStyle.Plain;
        if (!string.IsNullOrEmpty(environment("NO_COLOR"))) return OutputStyle.Plain;
        if (string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal)) return OutputStyle.Plain;
        return OutputStyle.Rich;
    }

    /// <summary>The style for this process's own console and environment.</summary>
    public static OutputStyle ForThisProcess(DiagnosticFormat format) =>
        Detect(format, Console.IsOutputRedirected, Console.IsErrorRedirected, Environment.GetEnvironmentVariable);
}
