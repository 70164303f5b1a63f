using SiteGen.Diagnostics;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.EasyRead;

/// <summary>Readability in a real build: Easy Read rules at markdown lines, figures, and the reading-level warning.</summary>
public sealed class ReadabilityBuildTests
{
    // 12 sentences of 9 words and 17 syllables: grade 10.2 (see ReadabilityRuleTests).
    private static readonly string HardText = string.Join("\n\n", Enumerable.Repeat("Diversity means including people from lots of different groups.", 12));

    [Fact]
    public async Task An_easy_read_problem_is_reported_at_its_markdown_line()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-a.md", "---\ntitle: A\n---\nText.\n");
        site.Write("content/en/blog/2021-03-04-a.easy-read.md", "---\ntitle: A in Easy Read\n---\n![2 people](../../images/x.svg) We met.\n\nThree people came.\n");
        site.WriteBytes("content/images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        var result = await site.BuildAsync();
        var finding = Assert.Single(result.Diagnostics, d => d.Code == "ER010");
        Assert.Equal(new SourceLocation("content/en/blog/2021-03-04-a.easy-read.md", 6, 1), finding.Location);
        Assert.Equal("er-number-words", finding.RuleName);
    }

    [Fact]
    public async Task A_hard_english_page_without_an_easy_read_version_gets_a_warning_suggesting_one()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-hard.md", $"---\ntitle: Hard\n---\n{HardText}\n");
        var result = await site.BuildAsync();
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.ReadingLevelHigh);
        Assert.Contains("grade 10.2", warning.Message);
        Assert.Contains("2021-03-04-hard.easy-read.md", warning.Message);
    }

    [Fact]
    public async Task A_hard_page_with_an_easy_read_version_gets_its_figures_and_no_warning()
    {
        using var site = new TempSite();
        site.Write("content/en/blog/2021-03-04-hard.md", $"---\ntitle: Hard\n---\n{HardText}\n");
        site.Write("content/en/blog/2021-03-04-hard.easy-read.md", "---\ntitle: Easy\n---\n![2 people](../../images/x.svg) We met.\n");
        site.WriteBytes("content/images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.ReadingLevelHigh);
        var figures = Assert.Single(result.Diagnostics, d => d.Code == Codes.ReadabilityFigures);
        Assert.Equal(Severity.Info, figures.Severity);
        Assert.Contains("Flesch Reading Ease 37.9, Flesch–Kincaid grade 10.2", figures.Message);
    }

    [Fact]
    public async Task An_easy_read_page_shows_glossary_words_bold_with_their_explanation()
    {
        using var site = new TempSite();
        site.Write("content/en/glossary.yml", "diversity: Including people from lots of different groups.\n");
        site.Write("content/en/blog/2021-03-04-a.md", "---\ntitle: A\n---\nText.\n");
        site.Write("content/en/blog/2021-03-04-a.easy-read.md", "---\ntitle: A in Easy Read\n---\n![A group of people](../../images/x.svg) We talked about diversity.\n");
        site.WriteBytes("content/images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        var result = await site.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        var page = File.ReadAllText(Path.Combine(site.Output, "blog/a/easy-read/index.html"));
        Assert.Contains("<strong class=\"hard-word\">diversity</strong>", page);
        Assert.Contains("<dd>Including people from lots of different groups.</dd>", page);
        Assert.False(File.Exists(Path.Combine(site.Output, "glossary.yml")));
    }
}
