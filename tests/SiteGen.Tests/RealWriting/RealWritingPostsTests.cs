using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Site;
using SiteGen.Tests.EndToEnd;
using Xunit.Abstractions;

namespace SiteGen.Tests.RealWriting;

/// <summary>
/// Whole posts written the way a charity, a council and UK and US government press offices write
/// (tests/real-writing/posts): the warnings on them are exactly the ones judged in judged.md, whose
/// precision (warnings judged right) is printed.
/// </summary>
public partial class RealWritingPostsTests(ITestOutputHelper output)
{
    private static readonly string Posts = Path.Combine(SampleSite.RepositoryRoot, "tests", "real-writing", "posts");

    private sealed record Judged(string Site, string File, string Rule, string Flagged, bool Right);

    [Fact]
    public async Task Warnings_on_the_posts_are_the_judged_ones()
    {
        var judged = ReadJudged();
        Assert.NotEmpty(judged);
        var found = new List<(string Site, string File, string Rule, string Flagged)>();
        foreach (var site in judged.Select(j => j.Site).Distinct())
        {
            var result = await SiteBuilder.RunAsync(Path.Combine(Posts, site),
                new BuildOptions { OutputPath = Path.Combine(Path.GetTempPath(), "sitegen-posts-" + Guid.NewGuid().ToString("N")), WriteOutput = false });
            Assert.Equal(0, result.Errors);
            foreach (var d in result.Diagnostics.Where(d => d.Severity == Severity.Warning))
            {
                output.WriteLine($"{site}: {d}");
                if (d.Location is { File: var file } && file.StartsWith("content/", StringComparison.Ordinal))
                    found.Add((site, file, d.Code, Quoted().Match(d.Message).Groups[1].Value));
            }
        }
        var right = judged.Count(j => j.Right);
        output.WriteLine($"Precision on the posts: {right} of {judged.Count} warnings judged right.");

        var expected = judged.Select(j => (j.Site, j.File, j.Rule, j.Flagged)).ToList();
        Assert.True(expected.Order().SequenceEqual(found.Order()),
            "Not judged: " + string.Join("; ", found.Except(expected)) + "\nJudged but not found: " + string.Join("; ", expected.Except(found)));
    }

    private static List<Judged> ReadJudged() =>
        File.ReadLines(Path.Combine(Posts, "judged.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| site", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => new Judged(c[1], c[2], c[3], c[4], c[5] == "right"))
            .ToList();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();
}
