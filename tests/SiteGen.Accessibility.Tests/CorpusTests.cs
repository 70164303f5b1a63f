namespace SiteGen.Accessibility.Tests;

/// <summary>
/// tests/a11y-corpus: small pages, each with one known defect or none. Our static rules report on each page
/// exactly the rules it names, and nothing on a clean page; the browser tests compare the same pages with axe.
/// </summary>
public class CorpusTests
{
    private static string Folder => Path.Combine(ReadmeRuleTableTests.RepositoryRoot(), "tests", "a11y-corpus");

    public static TheoryData<string> Pages() => [.. Files()];

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.html").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Fact]
    public void The_corpus_has_clean_pages_and_pages_with_defects()
    {
        var pages = Files().ToList();
        Assert.Contains(pages, p => p.StartsWith("clean-", StringComparison.Ordinal));
        Assert.Contains(pages, p => !p.StartsWith("clean-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Our_rules_report_on_a_corpus_page_exactly_the_rules_it_names(string file)
    {
        var html = File.ReadAllText(Path.Combine(Folder, file));
        var expected = CorpusExpectation.RuleNames(html);
        Assert.Equal(file.StartsWith("clean-", StringComparison.Ordinal), expected.Count == 0);

        var page = PageContext.Parse(html, $"/corpus/{file}", CheckOptions.Default);
        var found = AccessibilityChecker.Default.CheckPage(page).Select(f => f.RuleName).Distinct();
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }
}
