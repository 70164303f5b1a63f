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
/// Each round parses every page afresh (not counted) and runs the rules over them in the checker's order,
/// as a build does: what a page works out once and shares between rules (its element index, text runs,
/// hidden elements) is paid by the first rule that asks. A first round over a few pages warms the JIT.
/// </remarks>
public static class RuleCosts
{
    public static void Run(string siteFolder, int rounds)
    {
        var options = BuiltPages.Options;
        var files = BuiltPages.Read(siteFolder);

        var rules = AccessibilityChecker.Default.Rules;
        var spent = new TimeSpan[rules.Count];
        var findings = new int[rules.Count];
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round <= rounds; round++)
        {
            var pages = files.Take(round == 0 ? 50 : files.Count).Select(f => PageContext.Parse(f.Html, f.Url, options)).ToList();
            for (var r = 0; r < rules.Count; r++)
            {
                var before = process.TotalProcessorTime;
                var count = 0;
                foreach (var page in pages) count += rules[r].Check(page).Count();
                if (round == 0) continue;
                spent[r] += process.TotalProcessorTime - before;
                findings[r] = count;
            }
        }

        var total = spent.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine($"{files.Count} pages; every rule over every page: {total.TotalMilliseconds / rounds:0} ms of CPU a round ({rounds} rounds)");
        Console.WriteLine("share   CPU ms/round  findings  rule");
        foreach (var r in Enumerable.Range(0, rules.Count).OrderByDescending(r => spent[r]))
            Console.WriteLine($"{100 * spent[r] / total,5:0.0} % {spent[r].TotalMilliseconds / rounds,13:0.0} {findings[r],9}  {rules[r]}");
    }
}
