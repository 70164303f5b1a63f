using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Baselines;

namespace SiteGen.Build;

/// <summary>Why a build ended before it could finish, if it did.</summary>
public enum BuildStop
{
    None,
    /// <summary>Another build holds the output folder's lock.</summary>
    Busy,
    /// <summary>Ctrl+C or a termination signal.</summary>
    Interrupted,
}

/// <summary>What a build or check run ended with.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, bool ConfigurationFailed)
{
    /// <summary>Exit code when another build is writing the same output (sysexits' EX_TEMPFAIL: try again later).</summary>
    public const int BusyExitCode = 75;

    /// <summary>Exit code of an interrupted build, as shells report a Ctrl+C (128 + SIGINT).</summary>
    public const int InterruptedExitCode = 130;

    public BuildStop Stop { get; init; }

    /// <summary>
    /// The findings the site's baseline held back from <see cref="Diagnostics"/>, and those it records that are fixed;
    /// null when the site has no baseline.
    /// </summary>
    public BaselineSummary? Baseline { get; init; }

    /// <summary>The sentence after a build's summary about its baseline, with a space before it; empty without one.</summary>
    public string BaselineNote => Baseline?.Sentence is { Length: > 0 } sentence ? " " + sentence : "";

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public int Infos => Diagnostics.Count(d => d.Severity == Severity.Info);

    /// <summary>"0 errors, 2 warnings": how the terminal sums up a build's problems.</summary>
    public string ProblemCounts => $"{Counted.Of(Errors, "error")}, {Counted.Of(Warnings, "warning")}";

    /// <summary>
    /// The contract's exit codes: 0 success, 1 the site has errors, 2 the command line, site.yml or
    /// output folder is wrong; and 75 another build is running, 130 the build was interrupted.
    /// </summary>
    public int ExitCode => Stop switch
    {
        BuildStop.Busy => BusyExitCode,
        BuildStop.Interrupted => InterruptedExitCode,
        _ => ConfigurationFailed ? 2 : Errors > 0 ? 1 : 0,
    };
}
