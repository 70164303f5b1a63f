namespace SiteGen.Server.Watching;

/// <summary>
/// Turns a stream of file changes into rebuilds: changes that arrive close together (an editor saving
/// several files, or one file twice) make one rebuild after the burst ends; a rebuild never starts
/// while another runs, and changes during a rebuild queue exactly one more, with all of them.
/// </summary>
public sealed class RebuildQueue(Func<IReadOnlyCollection<string>, CancellationToken, Task> rebuild, TimeSpan quietPeriod)
{
    private readonly Lock gate = new();
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim signal = new(0, 1);
    private long changes;

    /// <summary>Records a changed file; the rebuild that includes it starts once changes stop for the quiet period.</summary>
    public void Changed(string path)
    {
        lock (gate)
        {
            pending.Add(path);
            changes++;
            // One wake-up is enough however many changes come in: the loop takes them all at once.
            if (signal.CurrentCount == 0) signal.Release();
        }
    }

    /// <summary>Runs rebuilds one at a time until <paramref name="cancel"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(cancel);
                await WaitForQuietAsync(cancel);
            }
            catch (OperationCanceledException) { return; }

            IReadOnlyCollection<string> batch;
            lock (gate)
            {
                batch = pending.ToList();
                pending.Clear();
                // Changes already signalled belong to this batch, so their wake-up is spent too.
                if (signal.CurrentCount > 0) signal.Wait(0);
            }
            if (batch.Count > 0) await rebuild(batch, cancel);
        }
    }

    /// <summary>Waits until no change (a new file or the same one saved again) has arrived for the quiet period.</summary>
    private async Task WaitForQuietAsync(CancellationToken cancel)
    {
        while (true)
        {
            long before;
            lock (gate) before = changes;
            await Task.Delay(quietPeriod, cancel);
            lock (gate)
                if (changes == before) return;
        }
    }
}
