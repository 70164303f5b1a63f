using SiteGen.Server.Watching;

namespace SiteGen.Tests.Server;

/// <summary>How file changes become rebuilds: bursts debounced into one, never two at once, one more queued during a rebuild.</summary>
public sealed class RebuildQueueTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    /// <summary>A rebuild that records what it was given and how many ran at once, and can be held open.</summary>
    private sealed class RecordingRebuild
    {
        private int running;
        public List<IReadOnlyCollection<string>> Batches { get; } = [];
        public int MostAtOnce { get; private set; }
        public TaskCompletionSource Release { get; set; } = Completed();
        public TaskCompletionSource Started { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync(IReadOnlyCollection<string> batch, CancellationToken cancel)
        {
            var now = Interlocked.Increment(ref running);
            lock (Batches)
            {
                MostAtOnce = Math.Max(MostAtOnce, now);
                Batches.Add(batch);
            }
            Started.TrySetResult();
            await Release.Task.WaitAsync(cancel);
            Interlocked.Decrement(ref running);
        }

        public void ExpectNextStart() => Started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private static TaskCompletionSource Completed()
        {
            var done = new TaskCompletionSource();
            done.SetResult();
            return done;
        }
    }

    [Fact]
    public async Task Burst_of_saves_is_one_rebuild_with_every_file()
    {
        // The saves come 20 ms apart; a quiet period many times that keeps them one burst even when a loaded
        // machine stretches the gaps.
        var quiet = TimeSpan.FromMilliseconds(600);
        var rebuild = new RecordingRebuild();
        var queue = new RebuildQueue(rebuild.RunAsync, quiet);
        using var stop = new CancellationTokenSource();
        var loop = queue.RunAsync(stop.Token);

        foreach (var file in new[] { "a.md", "b.md", "a.md", "c.md" })
        {
            queue.Changed(file);
            await Task.Delay(20);
        }
        await rebuild.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(quiet * 1.5);
        await stop.CancelAsync();
        await loop;

        var batch = Assert.Single(rebuild.Batches);
        Assert.Equal(["a.md", "b.md", "c.md"], batch.Order());
    }

    [Fact]
    public async Task Changes_during_a_rebuild_queue_exactly_one_more_and_never_run_alongside()
    {
        var rebuild = new RecordingRebuild { Release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var queue = new RebuildQueue(rebuild.RunAsync, Quiet);
        using var stop = new CancellationTokenSource();
        var loop = queue.RunAsync(stop.Token);

        queue.Changed("first.md");
        await rebuild.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        rebuild.ExpectNextStart();
        // Three saves while the first rebuild is still running.
        queue.Changed("second.md");
        queue.Changed("third.md");
        await Task.Delay(Quiet * 3);
        queue.Changed("fourth.md");
        await Task.Delay(Quiet * 3);
        Assert.Single(rebuild.Batches);

        rebuild.Release.SetResult();
        await rebuild.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(Quiet * 3);
        await stop.CancelAsync();
        await loop;

        Assert.Equal(2, rebuild.Batches.Count);
        Assert.Equal(["fourth.md", "second.md", "third.md"], rebuild.Batches[1].Order());
        Assert.Equal(1, rebuild.MostAtOnce);
    }

    [Fact]
    public async Task Nothing_changed_means_no_rebuild()
    {
        var rebuild = new RecordingRebuild();
        var queue = new RebuildQueue(rebuild.RunAsync, Quiet);
        using var stop = new CancellationTokenSource();
        var loop = queue.RunAsync(stop.Token);
        await Task.Delay(Quiet * 3);
        await stop.CancelAsync();
        await loop;
        Assert.Empty(rebuild.Batches);
    }
}
