using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Formats;

namespace SiteGen.Cli.Output;

/// <summary>
/// Plain text with no colour or cursor movement: diagnostics (or JSON, SARIF) on standard output,
/// what the run is doing and its summary line on standard error, where scripts can read them.
/// </summary>
public sealed class PlainOutput(DiagnosticFormat format, TextWriter output, TextWriter error) : IRunOutput
{
    public void Starting(string message) => error.WriteLine(message);

    public Task<BuildResult> RunAsync(Func<IProgress<BuildProgress>?, Task<BuildResult>> build) => build(null);

    public void Diagnostics(IReadOnlyList<Diagnostic> shown) => DiagnosticWriter.Write(format, shown, output);

    public void Note(string message) => error.WriteLine(message);

    public void Finished(BuildResult result, bool wroteOutput, string summary) => error.WriteLine(summary);
}
