using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

/// <summary>Old addresses (front matter aliases) keep working on hosts without redirect rules.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RedirectTests(BrowserFixture browser)
{
    [Fact]
    public void The_sample_site_has_a_page_at_an_old_address() =>
        Assert.Contains("/news/diversity-in-service-user-involvement/", BuiltSite.RedirectPages());

    [Fact]
    public async Task Old_address_forwards_the_browser_to_the_page()
    {
        var page = await browser.OpenAsync("/news/diversity-in-service-user-involvement/");
        try
        {
            await page.WaitForURLAsync("**/events/diversity-in-service-user-involvement/", new PageWaitForURLOptions { Timeout = 10_000 });
            Assert.Equal("Diversity in service user involvement", await page.Locator("h1").InnerTextAsync());
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }
}
