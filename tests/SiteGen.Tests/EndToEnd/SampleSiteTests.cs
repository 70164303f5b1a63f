using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.EndToEnd;

/// <summary>The sample site builds cleanly and carries the seed write-up whole.</summary>
public sealed partial class SampleSiteTests(SampleSite site) : IClassFixture<SampleSite>
{
    private const string WriteUp = "events/diversity-in-service-user-involvement/index.html";

    [Fact]
    public void Builds_with_exit_code_0_and_no_errors_or_warnings()
    {
        // Readability figures are information for the author, not problems.
        var problems = site.Result.Diagnostics.Where(d => d.Severity != SiteGen.Diagnostics.Severity.Info).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(0, site.Result.ExitCode);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("404.html")]
    [InlineData(WriteUp)]
    [InlineData("events/index.html")]
    [InlineData("blog/index.html")]
    [InlineData("tags/index.html")]
    [InlineData("tags/diversity/index.html")]
    [InlineData("about/index.html")]
    [InlineData("accessibility/index.html")]
    [InlineData("blog/making-service-user-involvement-meaningful/index.html")]
    public void Writes_the_expected_page(string path) =>
        Assert.True(File.Exists(Path.Combine(site.Output, path)), $"{path} was not written");

    [Fact]
    public void Pages_load_the_stylesheet_under_its_fingerprinted_name()
    {
        var href = new HtmlParser().ParseDocument(site.Read(WriteUp)).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/assets/css/site\.[0-9a-f]{10}\.css$", href);
        Assert.True(File.Exists(Path.Combine(site.Output, href.TrimStart('/'))), $"{href} was not written");
        Assert.False(File.Exists(Path.Combine(site.Output, "assets/css/site.css")), "The stylesheet was also written under its plain name.");
    }

    [Fact]
    public void Every_sentence_of_the_seed_write_up_appears_in_its_page()
    {
        var page = new HtmlParser().ParseDocument(site.Read(WriteUp));
        var text = Normalise(page.QuerySelector("main")!.TextContent);
        var missing = SeedSentences().Where(s => !text.Contains(Normalise(s), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Missing from the page:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Published_pages_carry_no_source_position_marks()
    {
        var files = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
            Assert.DoesNotContain("data-md-", File.ReadAllText(file));
    }

    /// <summary>
    /// The write-up's sentences: the seed up to its web-page furniture ("What's new"), less the
    /// sentences whose "here" links the sample rewrites as descriptive link text.
    /// </summary>
    private static IEnumerable<string> SeedSentences()
    {
        var seed = Directory.EnumerateFiles(Path.Combine(SampleSite.RepositoryRoot, "seeds"), "*.txt").Single();
        var lines = File.ReadAllLines(seed).TakeWhile(l => l.Trim() != "What's new");
        return lines.SelectMany(l => SentenceEnd().Split(l))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0 && !s.EndsWith("here.", StringComparison.Ordinal));
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"(?<=[.?!])\s+(?=[A-Z‘'])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
