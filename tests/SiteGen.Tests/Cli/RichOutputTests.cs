using SiteGen.Build;
using SiteGen.Cli.Output;
using SiteGen.Diagnostics;
using Spectre.Console.Testing;

namespace SiteGen.Tests.Cli;

/// <summary>sitegen in a terminal: coloured diagnostics that stay one a line, a progress display for large builds, a summary table.</summary>
public sealed class RichOutputTests
{
    private static readonly Diagnostic LinkError = new(Severity.Error, "A11Y012",
        "Link text \"here\" does not say where the link goes. Use words that describe the destination (WCAG 2.4.4).",
        new SourceLocation("content/en/events/x.md", 12, 5)) { RuleName = "link-text-vague" };

    private static readonly Diagnostic Readability = new(Severity.Info, Codes.ReadabilityFigures, "Readability: 120 words.", new SourceLocation("content/en/about.md", 1, 1));

    private static readonly Diagnostic UnknownKey = new(Severity.Warning, Codes.UnknownKey, "tittle: did you mean title?", new SourceLocation("content/en/about.md", 2, 1));

    private static (RichOutput Rich, TestConsole Output, TestConsole Error) Create(bool ansi = false, int width = 80)
    {
        var output = new TestConsole().Width(width);
        var error = new TestConsole().Width(100);
        if (ansi)
        {
            output.EmitAnsiSequences();
            error.EmitAnsiSequences();
        }
        return (new RichOutput(output, error), output, error);
    }

    [Fact]
    public void A_diagnostic_reads_as_its_plain_line_once_colour_is_taken_away()
    {
        var (rich, output, _) = Create();
        rich.Diagnostics([LinkError]);
        Assert.Equal(LinkError.ToString(), output.Output.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void A_long_diagnostic_stays_on_one_line_in_a_narrow_terminal()
    {
        var (rich, output, _) = Create(width: 40);
        rich.Diagnostics([LinkError]);
        Assert.Single(output.Lines, l => l.Length > 0);
    }

    [Fact]
    public void Errors_warnings_and_infos_are_coloured_differently()
    {
        var (rich, output, _) = Create(ansi: true);
        rich.Diagnostics([LinkError, UnknownKey, Readability]);
        var lines = output.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Contains("\u001b[", l));
        Assert.Equal(3, lines.Select(l => l[l.IndexOf("\u001b[", StringComparison.Ordinal)..l.IndexOf('m', l.IndexOf("\u001b[", StringComparison.Ordinal))]).Distinct().Count());
    }

    [Fact]
    public void The_summary_table_gives_pages_files_counts_and_time()
    {
        var (rich, _, error) = Create();
        var result = new BuildResult([LinkError, UnknownKey, Readability, Readability], 12, 40, TimeSpan.FromSeconds(2.5), false);
        rich.Finished(result, wroteOutput: true, "Build failed.");
        var text = error.Output;
        Assert.Matches(@"Pages\s*│\s*12", text);
        Assert.Matches(@"Files\s*│\s*40", text);
        Assert.Matches(@"Errors\s*│\s*1", text);
        Assert.Matches(@"Warnings\s*│\s*1", text);
        Assert.Matches(@"Info messages\s*│\s*2", text);
        Assert.Matches(@"Time\s*│\s*2\.5 s", text);
        Assert.EndsWith("Build failed.", text.TrimEnd());
    }

    [Fact]
    public void A_checks_summary_table_has_no_files_row()
    {
        var (rich, _, error) = Create();
        rich.Finished(new BuildResult([], 12, 40, TimeSpan.FromSeconds(1), false), wroteOutput: false, "Checked 12 pages.");
        Assert.Matches(@"Pages\s*│\s*12", error.Output);
        Assert.DoesNotContain("Files", error.Output);
    }

    [Fact]
    public void The_summary_lists_the_most_frequent_codes_with_their_names_errors_first()
    {
        var (rich, _, error) = Create();
        var result = new BuildResult([LinkError, UnknownKey, UnknownKey, UnknownKey], 12, 40, TimeSpan.FromSeconds(1), false);
        rich.Finished(result, wroteOutput: true, "Build failed.");
        var text = error.Output;
        Assert.Matches(@"A11Y012\s*│\s*link-text-vague\s*│\s*error\s*│\s*1", text);
        Assert.Matches(@"SG204\s*│\s*unknown key\s*│\s*warning\s*│\s*3", text);
        Assert.True(text.IndexOf("A11Y012", StringComparison.Ordinal) < text.IndexOf("SG204", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_large_build_shows_its_progress_stage_by_stage()
    {
        var (rich, _, error) = Create();
        error.Interactive();
        var pages = RichOutput.ProgressThreshold + 50;
        var result = await rich.RunAsync(async progress =>
        {
            progress!.Report(new BuildProgress(BuildStage.Checking, 0, pages));
            // Long enough for the display to draw at least once.
            await Task.Delay(400);
            progress.Report(new BuildProgress(BuildStage.Checking, pages, pages));
            return new BuildResult([], pages, pages, TimeSpan.FromSeconds(1), false);
        });
        Assert.Equal(pages, result.PagesWritten);
        Assert.Contains("Checking pages", error.Output);
        Assert.Contains($"/{pages}", error.Output);
    }

    [Fact]
    public async Task A_small_build_shows_no_progress_display()
    {
        var (rich, _, error) = Create();
        error.Interactive();
        await rich.RunAsync(progress =>
        {
            progress!.Report(new BuildProgress(BuildStage.Checking, 10, 10));
            return Task.FromResult(new BuildResult([], 10, 10, TimeSpan.FromSeconds(1), false));
        });
        Assert.Equal("", error.Output);
    }
}
