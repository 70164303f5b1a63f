using System.Text.RegularExpressions;
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
            // Polled rather than awaited as a navigation event: the refresh can land between opening the tab and
            // subscribing to its navigations, and a loaded machine may take seconds to fire it.
            await Assertions.Expect(page).ToHaveURLAsync(
                new Regex("/events/diversity-in-service-user-involvement/$"), new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(
                "Diversity in service user involvement", new() { Timeout = 30_000 });
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }
}
