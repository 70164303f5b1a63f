using SiteGen.Build;
using SiteGen.Diagnostics;
using Spectre.Console;

namespace SiteGen.Cli.Output;

/// <summary>
/// Output for a person at a terminal: a progress display while a large build runs, each diagnostic
/// on its own line coloured by severity, and a table of the figures at the end.
/// </summary>
public sealed class RichOutput : IRunOutput
{
    private readonly IAnsiConsole output;
    private readonly IAnsiConsole error;

    /// <param name="output">Standard output: the diagnostics.</param>
    /// <param name="error">Standard error: progress and summary.</param>
    public RichOutput(IAnsiConsole output, IAnsiConsole error)
    {
        // A diagnostic stays one line however narrow the terminal: the terminal wraps it, so a
        // copied line or an editor's "go to file(line,col)" still sees the whole of it.
        output.Profile.Width = UnwrappedWidth;
        this.output = output;
        this.error = error;
    }

    /// <summary>Builds with fewer pages than this finish in a few seconds, too soon for a progress bar to help.</summary>
    public const int ProgressThreshold = 200;

    /// <summary>How many of the most frequent codes the summary lists.</summary>
    public const int FrequentCodes = 5;

    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);
    private const int UnwrappedWidth = 1 << 20;

    /// <summary>Consoles on this process's standard output and error.</summary>
    public static RichOutput ForThisProcess() => new(
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }),
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));

    public void Starting(string message) => error.MarkupLine($"[bold]{Markup.Escape(message)}[/]");

    public async Task<BuildResult> RunAsync(Func<IProgress<BuildProgress>?, Task<BuildResult>> build)
    {
        var figures = new ProgressFigures(ProgressThreshold);
        var running = Task.Run(() => build(figures));
        // A small build ends before any stage reaches the threshold, and no bar flashes by.
        if (await Task.WhenAny(running, figures.Large) == running) return await running;

        await error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DoneOfTotalColumn())
            .StartAsync(async display =>
            {
                var tasks = new Dictionary<BuildStage, ProgressTask>();
                while (!running.IsCompleted)
                {
                    Show(display, figures, tasks);
                    await Task.WhenAny(running, Task.Delay(Refresh));
                }
                Show(display, figures, tasks);
            });
        return await running;
    }

    public void Diagnostics(IReadOnlyList<Diagnostic> shown)
    {
        foreach (var d in shown) output.MarkupLine(Colour(d));
    }

    public void Note(string message) => error.WriteLine(message);

    public void Finished(BuildResult result, bool wroteOutput, string summary)
    {
        if (result.Stop == BuildStop.None && !result.ConfigurationFailed)
        {
            // A blank line sets the figures apart from the last diagnostic above them.
            error.WriteLine();
            error.Write(Figures(result, wroteOutput));
            if (Frequent(result.Diagnostics) is { } frequent) error.Write(frequent);
        }
        var colour = result.ExitCode != 0 ? "red" : result.Warnings > 0 ? "yellow" : "green";
        error.MarkupLine($"[{colour}]{Markup.Escape(summary)}[/]");
    }

    /// <summary>The diagnostic's plain line, with its severity and code coloured.</summary>
    public static string Colour(Diagnostic d)
    {
        var (word, colour) = d.Severity switch
        {
            Severity.Error => ("error", "red"),
            Severity.Warning => ("warning", "yellow"),
            _ => ("info", "blue"),
        };
        var where = d.Location is { } at ? $"{at.File}({at.Line},{at.Column})" : "sitegen";
        return $"{Markup.Escape(where)}: [bold {colour}]{word} {Markup.Escape(d.Code)}[/]: {Markup.Escape(d.Message)}";
    }

    private static string Label(BuildStage stage) => stage switch
    {
        BuildStage.Rendering => "Rendering pages",
        BuildStage.Checking => "Checking pages",
        _ => "Writing files",
    };

    /// <summary>A stage gets its row once it has work announced, so a check shows no "Writing files" row.</summary>
    private static void Show(ProgressContext display, ProgressFigures figures, Dictionary<BuildStage, ProgressTask> tasks)
    {
        foreach (var stage in Enum.GetValues<BuildStage>())
        {
            var (done, total) = figures.Of(stage);
            if (total == 0) continue;
            if (!tasks.TryGetValue(stage, out var task)) tasks[stage] = task = display.AddTask(Label(stage), maxValue: total);
            task.MaxValue = total;
            task.Value = done;
        }
    }

    private static Table Figures(BuildResult result, bool wroteOutput)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Summary")
            .AddColumn("")
            .AddColumn(new TableColumn("").RightAligned());
        table.ShowHeaders = false;
        table.AddRow("Pages", result.PagesWritten.ToString());
        if (wroteOutput) table.AddRow("Files", result.FilesWritten.ToString());
        table.AddRow(new Text("Errors"), Count(result.Errors, "red"));
        table.AddRow(new Text("Warnings"), Count(result.Warnings, "yellow"));
        table.AddRow(new Text("Info messages"), Count(result.Infos, "blue"));
        table.AddRow("Time", $"{result.Elapsed.TotalSeconds:0.0} s");
        return table;
    }

    private static Markup Count(int n, string colour) => new(n > 0 ? $"[{colour}]{n}[/]" : "0");

    /// <summary>The codes found most often, so an author can see which fix clears the most lines; null when there are none.</summary>
    private static Table? Frequent(IReadOnlyList<Diagnostic> diagnostics)
    {
        var top = diagnostics.GroupBy(d => d.Code)
            .Select(g => (First: g.First(), Count: g.Count()))
            .OrderByDescending(x => x.First.Severity).ThenByDescending(x => x.Count).ThenBy(x => x.First.Code, StringComparer.Ordinal)
            .Take(FrequentCodes).ToList();
        if (top.Count == 0) return null;
        var table = new Table().Border(TableBorder.Rounded).Title("Most frequent codes")
            .AddColumn("Code").AddColumn("Name").AddColumn("Severity").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (first, count) in top)
            table.AddRow(new Text(first.Code), new Text(CodeNames.Of(first)), new Text(first.Severity.ToString().ToLowerInvariant()), new Text(count.ToString()));
        return table;
    }
}
