using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>What a build or check run ended with.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, bool ConfigurationFailed)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>The contract's exit codes: 0 success, 1 the site has errors, 2 the command line or site.yml is wrong.</summary>
    public int ExitCode => ConfigurationFailed ? 2 : Errors > 0 ? 1 : 0;
}
