using System.CommandLine;
using SiteGen.Build;
using SiteGen.Cli.Output;
using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Baselines;
using SiteGen.Diagnostics.Formats;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen baseline</c>: checks the site as <c>check</c> does and records every error and warning it finds in
/// sitegen-baseline.json, so later builds report only new problems.
/// </summary>
public static class RecordBaseline
{
    public static Command Create()
    {
        var source = new Option<string>("--source")
        {
            Description = "The site root: the folder that holds content/. Default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("baseline", $"Record today's errors and warnings in {Baseline.FileName} as known "
            + "problems: later builds list only new ones, and pass while the known ones are fixed. "
            + "Run it again after fixing some.");
        command.Options.Add(source);
        command.SetAction(async (parse, cancel) =>
        {
            var siteRoot = Path.GetFullPath(parse.GetValue(source)!);
            IRunOutput output = OutputStyles.ForThisProcess(DiagnosticFormat.Text) == OutputStyle.Rich
                ? RichOutput.ForThisProcess()
                : new PlainOutput(DiagnosticFormat.Text, Console.Out, Console.Error);
            return await RunAsync(siteRoot, output, cancel);
        });
        return command;
    }

    public static async Task<int> RunAsync(string siteRoot, IRunOutput output, CancellationToken cancel)
    {
        // The site as check sees it, with drafts left out as a published build leaves them out.
        var options = new BuildOptions
        {
            OutputPath = Path.Combine(siteRoot, "_site"),
            WriteOutput = false,
            UseBaseline = false,
            CacheFolder = Path.GetDirectoryName(SiteGen.Templates.CompiledTemplateCache.DefaultFolder()),
        };
        output.Starting($"Checking {siteRoot} to record its known problems ...");
        var result = await output.RunAsync(
            progress => SiteBuilder.RunAsync(siteRoot, options with { Progress = progress }, cancel));
        if (result.Stop != BuildStop.None || result.ConfigurationFailed)
        {
            output.Diagnostics(result.Diagnostics);
            var summary = Report.Summary(result, options, siteRoot) + $" {Baseline.FileName} was not written.";
            output.Finished(result, wroteOutput: false, summary);
            return result.ExitCode;
        }
        var baseline = Baseline.Of(result.Diagnostics);
        BaselineFile.Write(siteRoot, baseline);
        output.Note(Recorded(baseline, result));
        return 0;
    }

    /// <summary>"Recorded 1,204 known problems in sitegen-baseline.json (31 errors, 1,173 warnings). ..."</summary>
    public static string Recorded(Baseline baseline, BuildResult result)
    {
        var split = baseline.Total == 0 ? ""
            : $" ({Counted.Grouped(result.Errors, "error")}, {Counted.Grouped(result.Warnings, "warning")})";
        return $"Recorded {Counted.Grouped(baseline.Total, "known problem")} in {Baseline.FileName}{split}. "
            + "Commit it with the site: builds now list only new problems. "
            + "Run sitegen baseline again after fixing some.";
    }
}
