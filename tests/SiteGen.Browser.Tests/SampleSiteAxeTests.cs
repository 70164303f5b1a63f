namespace SiteGen.Browser.Tests;

/// <summary>axe-core in Chromium over every page of the built sample site: zero violations allowed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SampleSiteAxeTests(BrowserFixture browser)
{
    public static IEnumerable<object[]> Pages() => BuiltSite.PageRows();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_no_axe_violations(string sitePath)
    {
        var page = await browser.OpenAsync(sitePath);
        try
        {
            var violations = await Axe.ViolationsAsync(page, Axe.WcagTags);
            var lines = Axe.Describe(violations, sitePath).ToList();
            Assert.True(lines.Count == 0,
                $"axe-core found {lines.Count} violation(s) on {sitePath}:{Environment.NewLine}" + string.Join(Environment.NewLine, lines));
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }
}
