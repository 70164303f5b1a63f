using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Output;

/// <summary>What a build or check shows while it runs and when it ends, in one output style.</summary>
public interface IRunOutput
{
    void Starting(string message);

    /// <summary>Runs the build, handing it a progress callback if this output shows progress.</summary>
    Task<BuildResult> RunAsync(Func<IProgress<BuildProgress>?, Task<BuildResult>> build);

    /// <summary>Prints the diagnostics to be shown, one a line, on standard output.</summary>
    void Diagnostics(IReadOnlyList<Diagnostic> shown);

    void Note(string message);

    /// <summary>Ends the run with its summary sentence (and, in a terminal, a table of the figures).</summary>
    /// <param name="wroteOutput">False for a check, which counts pages but writes no files.</param>
    void Finished(BuildResult result, bool wroteOutput, string summary);
}
