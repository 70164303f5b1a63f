using System.Collections.Concurrent;
using System.Net;

namespace SiteGen.Tests.Server;

/// <summary>
/// Readers and rebuilds at once, over loopback: every response is a whole page from one build or the
/// next, never a mix or a partly written file, because a build is swapped in as one folder.
/// </summary>
public sealed class ConcurrentLoadTests
{
    private const int Clients = 8;
    private const int RequestsPerClient = 50;

    [Fact]
    public async Task Every_response_during_rebuilds_is_one_complete_version_of_the_page()
    {
        await using var preview = await PreviewSite.StartAsync();
        var versions = new ConcurrentDictionary<string, byte>();
        string Body(int version) => $"Version {version} of the page. " + string.Concat(Enumerable.Repeat($"Padding for version {version}. ", 200));
        void WriteVersion(int version)
        {
            versions[$"Version {version} of the page."] = 0;
            preview.Site.Write("content/en/about.md", $"---\ntitle: About us\n---\n{Body(version)}\n");
        }

        using var stop = new CancellationTokenSource();
        var editing = Task.Run(async () =>
        {
            for (var version = 1; !stop.IsCancellationRequested; version++)
            {
                var built = preview.NextBuild();
                WriteVersion(version);
                await built;
            }
        });

        var problems = new ConcurrentBag<string>();
        var answered = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < RequestsPerClient; i++)
            {
                // Spread out a little, so the requests span several rebuilds rather than finishing before the first.
                await Task.Delay(20);
                using var response = await preview.Http.GetAsync("/about/");
                var html = await response.Content.ReadAsStringAsync();
                Interlocked.Increment(ref answered);
                if (response.StatusCode != HttpStatusCode.OK) { problems.Add($"status {response.StatusCode}"); continue; }
                if (!html.TrimEnd().EndsWith("</html>", StringComparison.Ordinal)) { problems.Add("page cut short"); continue; }
                var shown = versions.Keys.Where(v => html.Contains(v, StringComparison.Ordinal)).ToList();
                var original = html.Contains("Who we are.", StringComparison.Ordinal);
                if (shown.Count + (original ? 1 : 0) != 1) problems.Add($"{shown.Count} versions in one page");
                else if (shown.Count == 1 && !html.Contains(Body(int.Parse(shown[0].Split(' ')[1])).TrimEnd(), StringComparison.Ordinal))
                    problems.Add("incomplete body");
            }
        })));
        await stop.CancelAsync();
        await editing;

        Assert.Equal(Clients * RequestsPerClient, answered);
        Assert.Empty(problems);
        Assert.True(preview.Server.LatestBuild!.Served!.Number > 1, "no rebuild happened while the pages were read");
    }
}
