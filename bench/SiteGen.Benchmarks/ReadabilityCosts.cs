using System.Diagnostics;
using SiteGen.Content.FrontMatter;
using SiteGen.EasyRead.Model;
using SiteGen.EasyRead.Rules;

namespace SiteGen.Benchmarks;

/// <summary>
/// The CPU time of the readability figures of every markdown page under a content folder, in one process
/// and one thread: reading each body into sentences and words (<see cref="EasyReadParser"/>), and counting
/// them for the formulas (<see cref="ReadabilityPage.Statistics"/>), as <c>CheckReadability</c> does per page.
/// </summary>
/// <remarks>
/// dotnet run -c Release --project bench/SiteGen.Benchmarks -- readability-costs &lt;content folder&gt; [rounds]
/// Round 0 warms the JIT on every page; each later round is timed after a full collection.
/// </remarks>
public static class ReadabilityCosts
{
    public static void Run(string contentFolder, int rounds)
    {
        var bodies = Directory.EnumerateFiles(contentFolder, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => SourceSplitter.Split(File.ReadAllText(file)))
            .ToList();
        using var process = Process.GetCurrentProcess();
        TimeSpan parse = TimeSpan.Zero, count = TimeSpan.Zero;
        long words = 0, syllables = 0;
        for (var round = 0; round <= rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = process.TotalProcessorTime;
            var texts = bodies.Select(b => EasyReadParser.Parse(b.Body, b.BodyFirstLine)).ToList();
            var parsed = process.TotalProcessorTime;
            words = 0;
            syllables = 0;
            foreach (var text in texts)
            {
                var statistics = new ReadabilityPage { Text = text, Language = "en" }.Statistics;
                words += statistics.Words;
                syllables += statistics.Syllables;
            }
            if (round == 0) continue;
            parse += parsed - before;
            count += process.TotalProcessorTime - parsed;
        }
        Console.WriteLine($"{bodies.Count} pages, {words} words and {syllables} syllables counted; CPU ms a round ({rounds} rounds)");
        var distinct = bodies.Select(b => EasyReadParser.Parse(b.Body, b.BodyFirstLine))
            .SelectMany(t => t.Points).SelectMany(p => p.Sentences).SelectMany(s => s.Words).Select(w => w.Text)
            .Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine($"{distinct} distinct words (ordinal)");
        Console.WriteLine($"{parse.TotalMilliseconds / rounds,8:0}  EasyReadParser.Parse (markdown to points, sentences and words)");
        Console.WriteLine($"{count.TotalMilliseconds / rounds,8:0}  ReadabilityPage.Statistics (the counts for the formulas)");
    }
}
