using System.Diagnostics;
using AngleSharp;
using AngleSharp.Html.Parser;
using SiteGen.Accessibility;

namespace SiteGen.Benchmarks;

/// <summary>
/// The CPU time of parsing every page of a built site with AngleSharp, the way the check phase does and
/// with other parser settings, in one process and one thread: what the checks' parse costs alone.
/// </summary>
/// <remarks>
/// dotnet run -c Release --project bench/SiteGen.Benchmarks -- parse-costs &lt;built site folder&gt; [rounds]
/// </remarks>
public static class ParseCosts
{
    public static void Run(string siteFolder, int rounds)
    {
        var options = new CheckOptions();
        var files = BuiltPages.Read(siteFolder).Select(page => page.Html).ToList();
        var shared = BrowsingContext.New(Configuration.Default);
        var sharedParser = new HtmlParser(new HtmlParserOptions(), shared);
        var untracked = new HtmlParser(new HtmlParserOptions { DisableElementPositionTracking = true }, shared);
        var noComments = new HtmlParser(new HtmlParserOptions { DisableElementPositionTracking = true, SkipComments = true }, shared);
        // The part of a page that is its own (the main element): what checking the theme's frame once would leave to parse.
        var frame = untracked.ParseDocument("<!doctype html><html><head><title>t</title></head><body></body></html>");
        var ways = new (string Name, Func<string, object> Parse)[]
        {
            ("PageContext.Parse (the checks' parse)", html => PageContext.Parse(html, "/", options)),
            ("one parser and context, default options", html => sharedParser.ParseDocument(html)),
            ("one parser and context, no position tracking", html => untracked.ParseDocument(html)),
            ("PageContext.Parse + element list", html => PageContext.Parse(html, "/", options).Elements),
            ("one parser and context, no position tracking, no comments", html => noComments.ParseDocument(html)),
            ("the main element alone, as a fragment of a parsed frame", html => untracked.ParseFragment(MainOf(html), frame.Body!)),
        };
        using var process = Process.GetCurrentProcess();
        var spent = new TimeSpan[ways.Length];
        // Round 0 warms the JIT on every page; each way starts after a full collection, so none pays for
        // another's garbage, and the ways take turns going first.
        for (var round = 0; round <= rounds; round++)
            for (var turn = 0; turn < ways.Length; turn++)
            {
                var w = (turn + round) % ways.Length;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = process.TotalProcessorTime;
                foreach (var html in files) ways[w].Parse(html);
                if (round > 0) spent[w] += process.TotalProcessorTime - before;
            }
        Console.WriteLine($"{files.Count} pages, {files.Sum(f => (long)f.Length) / 1024} K characters, {files.Sum(f => (long)MainOf(f).Length) / 1024} K in main elements; CPU ms a round ({rounds} rounds)");
        for (var w = 0; w < ways.Length; w++)
            Console.WriteLine($"{spent[w].TotalMilliseconds / rounds,8:0}  {ways[w].Name}");
    }

    private static string MainOf(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        return start < 0 || end < start ? "" : html[start..(end + "</main>".Length)];
    }
}
