using System.Diagnostics;
using SiteGen.Accessibility;

namespace SiteGen.Benchmarks;

/// <summary>
/// The CPU time of each accessibility rule over every page of a built site, measured in one process:
/// which rules a build's check phase spends its time in. CPU time rather than a stopwatch, because the
/// machines this runs on are shared; it includes the garbage collector's work for the rule.
/// </summary>
/// <remarks>
/// dotnet run -c Release --project bench/SiteGen.Benchmarks -- rule-costs &lt;built site folder&gt; [rounds]
/// Pages are parsed once; each rule then runs over all of them, round after round (the first round
/// warms the JIT and is not counted), and the rules are listed by their share of the total.
/// </remarks>
public static class RuleCosts
{
    public static void Run(string siteFolder, int rounds)
    {
        var options = new CheckOptions { Languages = new HashSet<string>(["en", "cy", "ur"], StringComparer.OrdinalIgnoreCase) };
        var parseClock = Stopwatch.StartNew();
        var pages = Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => PageContext.Parse(File.ReadAllText(file), "/" + Path.GetRelativePath(siteFolder, file), options))
            .ToList();
        parseClock.Stop();
        foreach (var page in pages) _ = page.Elements;

        var rules = AccessibilityChecker.Default.Rules;
        using var process = Process.GetCurrentProcess();
        var ticks = new long[rules.Count];
        var findings = new int[rules.Count];
        for (var round = 0; round <= rounds; round++)
            for (var r = 0; r < rules.Count; r++)
            {
                var before = process.TotalProcessorTime;
                var count = 0;
                foreach (var page in pages) count += rules[r].Check(page).Count();
                var spent = process.TotalProcessorTime - before;
                process.Refresh();
                if (round == 0) continue;
                ticks[r] += spent.Ticks;
                findings[r] = count;
            }

        var total = ticks.Sum();
        Console.WriteLine($"{pages.Count} pages parsed in {parseClock.ElapsedMilliseconds} ms; every rule over every page: {Ms(total / rounds):0} ms of CPU a round ({rounds} rounds)");
        Console.WriteLine("share   CPU ms/round  findings  rule");
        foreach (var r in Enumerable.Range(0, rules.Count).OrderByDescending(r => ticks[r]))
            Console.WriteLine($"{100.0 * ticks[r] / total,5:0.0} % {Ms(ticks[r] / rounds),13:0.0} {findings[r],9}  {rules[r]}");
    }

    private static double Ms(long ticks) => TimeSpan.FromTicks(ticks).TotalMilliseconds;
}
