namespace SiteGen.Build;

/// <summary>
/// Counts pages and files done in each stage of one build, from many threads at once, and passes
/// every new figure to the caller's progress callback (<see cref="Site.BuildOptions.Progress"/>).
/// </summary>
public sealed class ProgressCounter(IProgress<BuildProgress>? report)
{
    private readonly int[] done = new int[Enum.GetValues<BuildStage>().Length];
    private readonly int[] total = new int[Enum.GetValues<BuildStage>().Length];

    /// <summary>Adds items that a stage will work through; a stage may be announced in parts, by each module that takes part in it.</summary>
    public void Expect(BuildStage stage, int items)
    {
        if (report is null || items <= 0) return;
        var i = (int)stage;
        var all = Interlocked.Add(ref total[i], items);
        report.Report(new BuildProgress(stage, Volatile.Read(ref done[i]), all));
    }

    /// <summary>One item of a stage is finished.</summary>
    public void Advance(BuildStage stage)
    {
        if (report is null) return;
        var i = (int)stage;
        var finished = Interlocked.Increment(ref done[i]);
        report.Report(new BuildProgress(stage, finished, Math.Max(finished, Volatile.Read(ref total[i]))));
    }
}
