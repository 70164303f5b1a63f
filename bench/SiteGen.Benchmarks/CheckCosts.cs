using System.Diagnostics;
using SiteGen.Accessibility;

namespace SiteGen.Benchmarks;

/// <summary>
/// The CPU time of checking every page of a built site as the build's check phase does, one page at a time: parse it,
/// run every rule over it, let it go. Unlike <see cref="RuleCosts"/>, no page outlives its check, so the heap and the
/// collections are those of a build rather than of 1,200 DOMs kept at once.
/// </summary>
/// <remarks>
/// dotnet run -c Release --project bench/SiteGen.Benchmarks -- check-costs &lt;built site folder&gt; [rounds]
/// One thread; a first round over every page warms the JIT and is not counted. Prints the parse and the rules apart
/// (each page's parse is timed, then its rules) and the bytes allocated a round.
/// </remarks>
public static class CheckCosts
{
    public static void Run(string siteFolder, int rounds)
    {
        var options = BuiltPages.Options;
        var files = BuiltPages.Read(siteFolder);
        var parse = TimeSpan.Zero;
        var check = TimeSpan.Zero;
        long allocated = 0, findings = 0;
        int gen0 = 0, gen1 = 0, gen2 = 0;
        var paused = TimeSpan.Zero;
        for (var round = 0; round <= rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var (c0, c1, c2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            foreach (var (url, html) in files)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var page = PageContext.Parse(html, url, options);
                var parsed = Process.GetCurrentProcess().TotalProcessorTime;
                var found = AccessibilityChecker.Default.CheckPage(page).Count;
                var checkedAt = Process.GetCurrentProcess().TotalProcessorTime;
                if (round == 0) continue;
                parse += parsed - before;
                check += checkedAt - parsed;
                findings += found;
            }
            if (round == 0) continue;
            allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
            (gen0, gen1, gen2) = (gen0 + GC.CollectionCount(0) - c0, gen1 + GC.CollectionCount(1) - c1, gen2 + GC.CollectionCount(2) - c2);
            paused += GC.GetTotalPauseDuration() - pause;
        }
        Console.WriteLine($"{files.Count} pages, {rounds} rounds, {findings / rounds} findings a round; CPU ms a round: " +
            $"parse {parse.TotalMilliseconds / rounds:0}, rules {check.TotalMilliseconds / rounds:0}, " +
            $"both {(parse + check).TotalMilliseconds / rounds:0}; allocated {allocated / rounds / (1024 * 1024)} MB a round; " +
            $"collections a round (gen 0, 1, 2) {gen0 / rounds}, {gen1 / rounds}, {gen2 / rounds}, paused {paused.TotalMilliseconds / rounds:0} ms");
    }
}
