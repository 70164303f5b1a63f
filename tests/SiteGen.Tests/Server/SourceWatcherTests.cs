using SiteGen.Server.Watching;

namespace SiteGen.Tests.Server;

/// <summary>
/// The watcher and the rebuild queue together: however an editor saves a page, the save is one rebuild,
/// of that page, with none of the editor's scratch files.
/// </summary>
public sealed class SourceWatcherTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("sitegen-watch-").FullName;
    private string Page => Path.Combine(root, "content", "en", "page.md");

    // Longer than the preview's own: a loaded test machine can pause this thread between two steps of one
    // save for longer than the preview waits, which would split the save in two for reasons of timing alone.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);

    public SourceWatcherTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Page)!);
        File.WriteAllText(Page, "---\ntitle: Page\n---\nFirst text.\n");
    }

    /// <summary>How editors write a file, at the level of the calls they make.</summary>
    public static TheoryData<string> Saves => [.. Save.All.Keys];

    [Theory]
    [MemberData(nameof(Saves))]
    public async Task An_editor_save_is_one_rebuild_of_the_page(string save)
    {
        var batches = new List<IReadOnlyCollection<string>>();
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new RebuildQueue((batch, _) =>
        {
            lock (batches) batches.Add(batch);
            first.TrySetResult();
            return Task.CompletedTask;
        }, Quiet);
        using var stop = new CancellationTokenSource();
        var loop = queue.RunAsync(stop.Token);
        using (new SourceWatcher(root, queue.Changed))
        {
            Save.All[save](Page, "---\ntitle: Page\n---\nSecond text.\n");
            await first.Task.WaitAsync(TimeSpan.FromSeconds(10));
            // Long enough for a late part of the save to have made a second rebuild, if it were going to.
            await Task.Delay(Quiet * 2);
        }
        await stop.CancelAsync();
        await loop;

        var batch = Assert.Single(batches);
        Assert.Equal([Page], batch.Distinct());
    }

    [Theory]
    [InlineData("page.md~")]
    [InlineData(".#page.md")]
    [InlineData("#page.md#")]
    [InlineData(".page.md.swp")]
    [InlineData("4913")]
    [InlineData("page.md___jb_tmp___")]
    [InlineData("page.md___jb_old___")]
    [InlineData(".goutputstream-X1Y2Z3")]
    public void Editor_scratch_files_are_not_changes(string name) =>
        Assert.True(SourceWatcher.IsScratch(Path.Combine(root, "content", "en", name)));

    [Theory]
    [InlineData("page.md")]
    [InlineData("#hashtags.md")]
    [InlineData("photo.jpg")]
    public void Pages_and_files_are_changes(string name) =>
        Assert.False(SourceWatcher.IsScratch(Path.Combine(root, "content", "en", name)));

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static class Save
    {
        public static readonly Dictionary<string, Action<string, string>> All = new()
        {
            // VS Code, nano: the file is truncated and written in place.
            ["in place"] = (path, text) =>
            {
                using var file = new FileStream(path, FileMode.Truncate);
                file.Flush();
                using var writer = new StreamWriter(file);
                writer.Write(text);
            },
            // An "atomic" save: a new file beside it, renamed over it.
            ["new file renamed over it"] = (path, text) =>
            {
                File.WriteAllText(path + ".tmp", text);
                File.Move(path + ".tmp", path, overwrite: true);
            },
            // vim and Emacs: the old file renamed to a backup, the new one written, the backup removed.
            ["backup renamed away"] = (path, text) =>
            {
                File.Move(path, path + "~");
                File.WriteAllText(path, text);
                File.Delete(path + "~");
            },
            // JetBrains' safe write.
            ["safe write"] = (path, text) =>
            {
                File.WriteAllText(path + "___jb_tmp___", text);
                File.Move(path, path + "___jb_old___");
                File.Move(path + "___jb_tmp___", path);
                File.Delete(path + "___jb_old___");
            },
        };
    }
}
