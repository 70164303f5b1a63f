using SiteGen.Server.Builds;

namespace SiteGen.Tests.Server;

/// <summary>Generations share unchanged files through their maps, and a folder goes only once no generation a request may still read refers to it.</summary>
public sealed class GenerationsTests : IDisposable
{
    private readonly TempFolder root = new();
    private readonly MovableClock clock = new();
    private readonly Generations generations;

    public GenerationsTests() => generations = new Generations(root.Path, clock);

    [Fact]
    public void Generation_serves_each_file_from_the_folder_its_map_names()
    {
        var first = Build(("index.html", "home"), ("about/index.html", "about"));
        var second = Build(("index.html", "home, edited"));

        var served = generations.Publish(Map(("index.html", second), ("about/index.html", first)));

        Assert.Equal("home, edited", ServedFiles.Text(served, "index.html"));
        Assert.Equal("about", ServedFiles.Text(served, "about/index.html"));
        Assert.Null(served.FileOf("contact/index.html"));
    }

    [Fact]
    public void Generation_knows_its_folders_from_its_files()
    {
        var folder = Build(("events/open-day/index.html", "event"));
        var served = generations.Publish(Map(("events/open-day/index.html", folder)));
        Assert.True(served.IsFolder("events"));
        Assert.True(served.IsFolder("events/open-day"));
        Assert.False(served.IsFolder("events/open-day/index.html"));
        Assert.False(served.IsFolder("blog"));
    }

    [Fact]
    public async Task Folder_no_generation_in_use_refers_to_goes_after_the_grace_period()
    {
        var first = Build(("index.html", "one"), ("about/index.html", "about"));
        generations.Publish(Map(("index.html", first), ("about/index.html", first)));
        var second = Build(("index.html", "two"));
        generations.Publish(Map(("index.html", second), ("about/index.html", first)));
        var third = Build(("index.html", "three"));
        generations.Publish(Map(("index.html", third), ("about/index.html", first)));

        clock.Advance(TimeSpan.FromSeconds(31));
        generations.Publish(Map(("index.html", third), ("about/index.html", first)));

        await Eventually(() => !Directory.Exists(second));
        Assert.True(File.Exists(Path.Combine(first, "about", "index.html")), "a file the served generation reads was deleted");
        Assert.True(Directory.Exists(third));
    }

    [Fact]
    public async Task Folder_a_retired_generation_refers_to_stays_during_the_grace_period()
    {
        var first = Build(("index.html", "one"));
        generations.Publish(Map(("index.html", first)));
        var second = Build(("index.html", "two"));
        generations.Publish(Map(("index.html", second)));
        clock.Advance(TimeSpan.FromSeconds(10));
        var third = Build(("index.html", "three"));
        generations.Publish(Map(("index.html", third)));

        // Give a wrongly started deletion the time to happen.
        await Task.Delay(200);
        Assert.True(Directory.Exists(first) && Directory.Exists(second), "a folder was deleted while a request could still be reading it");
    }

    /// <summary>A build's folder with the files it wrote.</summary>
    private string Build(params (string SitePath, string Text)[] files)
    {
        var folder = generations.Prepare();
        foreach (var (sitePath, text) in files)
        {
            var path = Path.Combine(folder, sitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return folder;
    }

    private static Dictionary<string, string> Map(params (string SitePath, string Folder)[] files) =>
        files.ToDictionary(f => f.SitePath, f => f.Folder, StringComparer.Ordinal);

    private static async Task Eventually(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            Assert.True(waited < 10_000, "the condition did not come true within 10 s");
            await Task.Delay(20);
        }
    }

    public void Dispose()
    {
        generations.Dispose();
        root.Dispose();
    }

    private sealed class MovableClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => now;
        public void Advance(TimeSpan by) => now += by;
    }
}
