using SiteGen.Build;
using SiteGen.Site;

namespace SiteGen.Tests.RealWriting;

/// <summary>A site explains its own abbreviations in site.yml's abbreviations map or in a language's glossary.yml.</summary>
public class SiteAbbreviationTests
{
    private const string Post = """
        ---
        title: Support for families
        date: 2024-03-01
        summary: How to ask for more help at school.
        ---

        Ask the school about an EHCP if your child needs more support.
        """;

    private static async Task<IEnumerable<string>> AbbreviationWarnings(TempFolder site)
    {
        site.Write("content/en/blog/support.md", Post);
        var result = await SiteBuilder.RunAsync(site.Path,
            new BuildOptions { OutputPath = System.IO.Path.Combine(site.Path, "_site"), WriteOutput = false });
        return result.Diagnostics.Where(d => d.Code == "A11Y044").Select(d => d.Message);
    }

    private static string SiteYml(string extra = "") => $"""
        title: Family support
        description: Help for families.
        baseUrl: https://example.org/
        defaultLanguage: en
        languages:
          - {"{"} code: en, name: English {"}"}
        {extra}
        """;

    [Fact]
    public async Task An_abbreviation_nobody_explains_is_reported()
    {
        using var site = new TempFolder();
        site.Write("content/site.yml", SiteYml());
        Assert.Contains(await AbbreviationWarnings(site), m => m.Contains("\"EHCP\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_abbreviation_in_site_yml_needs_no_expansion_on_the_page()
    {
        using var site = new TempFolder();
        site.Write("content/site.yml", SiteYml("abbreviations:\n  EHCP: Education, Health and Care Plan\n"));
        Assert.Empty(await AbbreviationWarnings(site));
    }

    [Fact]
    public async Task An_abbreviation_in_the_glossary_needs_no_expansion_on_the_page()
    {
        using var site = new TempFolder();
        site.Write("content/site.yml", SiteYml());
        site.Write("content/en/glossary.yml", "EHCP: A plan of the help a child with special needs gets at school.\n");
        Assert.Empty(await AbbreviationWarnings(site));
    }
}
