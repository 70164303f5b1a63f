using SiteGen.Diagnostics;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.EasyRead;

/// <summary>er-word-list-unused: glossary words no Easy Read page of the language uses.</summary>
public sealed class UnusedGlossaryWordTests
{
    private static TempSite SiteWithGlossary(string glossary)
    {
        var site = new TempSite();
        site.Write("content/en/glossary.yml", glossary);
        site.Write("content/en/blog/2021-03-04-a.md", "---\ntitle: A\n---\nText.\n");
        site.Write("content/en/blog/2021-03-04-a.easy-read.md", "---\ntitle: A in Easy Read\n---\n![A group of people](../../images/x.svg) We talked about diversity.\n");
        site.WriteBytes("content/images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        return site;
    }

    [Fact]
    public async Task A_glossary_word_no_easy_read_page_uses_is_reported_at_its_line()
    {
        using var site = SiteWithGlossary("diversity: Including people from lots of different groups.\nprobation: Help after prison.\n");
        var result = await site.BuildAsync();
        var finding = Assert.Single(result.Diagnostics, d => d.Code == Codes.GlossaryWordUnused);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(new SourceLocation("content/en/glossary.yml", 2, 1), finding.Location);
        Assert.Contains("\"probation\"", finding.Message);
    }

    [Fact]
    public async Task A_glossary_whose_words_are_all_used_gets_no_report()
    {
        using var site = SiteWithGlossary("diversity: Including people from lots of different groups.\n");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.GlossaryWordUnused);
    }
}
