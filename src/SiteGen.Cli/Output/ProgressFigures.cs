using SiteGen.Build;

namespace SiteGen.Cli.Output;

/// <summary>
/// The latest figures of each build stage, written by the build's worker threads and read by the
/// progress display; says when the build turns out large enough to be worth a progress bar.
/// </summary>
public sealed class ProgressFigures(int threshold) : IProgress<BuildProgress>
{
    private readonly int[] done = new int[Enum.GetValues<BuildStage>().Length];
    private readonly int[] total = new int[Enum.GetValues<BuildStage>().Length];
    private readonly TaskCompletionSource large = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a stage has at least the threshold's number of pages or files to go through.</summary>
    public Task Large => large.Task;

    public void Report(BuildProgress value)
    {
        var i = (int)value.Stage;
        // Reports from different threads can arrive out of order: keep the highest figure seen.
        Raise(ref done[i], value.Done);
        Raise(ref total[i], value.Total);
        if (value.Total >= threshold) large.TrySetResult();
    }

    public (int Done, int Total) Of(BuildStage stage) =>
        (Volatile.Read(ref done[(int)stage]), Volatile.Read(ref total[(int)stage]));

    private static void Raise(ref int field, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref field)) < value && Interlocked.CompareExchange(ref field, value, seen) != seen) { }
    }
}
