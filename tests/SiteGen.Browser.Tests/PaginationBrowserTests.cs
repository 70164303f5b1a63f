using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

/// <summary>The pages of paginated listings in a browser: axe-core clean, no sideways scroll at 320px, mirrored in Urdu.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PaginationBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string EnglishSecond = PaginatedSampleSite.Prefix + "/blog/page/2/";
    private const string UrduSecond = PaginatedSampleSite.Prefix + "/ur/events/page/2/";

    // Every paginated page uses the same two partials, so axe visits a first, a middle and a last page and each
    // language's page 2 rather than all of them (about 40), which keeps the browser tests' run short.
    private static readonly string[] Visited =
    [
        PaginatedSampleSite.Prefix + "/blog/",
        EnglishSecond,
        PaginatedSampleSite.Prefix + "/tags/service-user-involvement/page/2/",
        PaginatedSampleSite.Prefix + "/tags/service-user-involvement/page/3/",
        PaginatedSampleSite.Prefix + "/cy/events/page/2/",
        PaginatedSampleSite.Prefix + "/ur/events/",
        UrduSecond,
    ];

    public static IEnumerable<object[]> Pages() => Visited.Select(p => new object[] { p });

    [Fact]
    public void The_pages_axe_visits_are_pages_of_paginated_listings()
    {
        Assert.Subset(PaginatedSampleSite.Pages().ToHashSet(), Visited.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_of_a_listing_has_no_axe_violations(string sitePath)
    {
        var page = await browser.OpenAsync(sitePath);
        try
        {
            var lines = Axe.Describe(await Axe.ViolationsAsync(page, Axe.WcagTags), sitePath).ToList();
            Assert.True(lines.Count == 0,
                $"axe-core found {lines.Count} violation(s) on {sitePath}:{Environment.NewLine}" + string.Join(Environment.NewLine, lines));
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Theory]
    [InlineData(EnglishSecond)]
    [InlineData(UrduSecond)]
    public async Task A_second_page_at_320px_wide_has_no_horizontal_scroll(string sitePath)
    {
        var page = await browser.OpenAsync(sitePath, width: 320, height: 640);
        try
        {
            var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(size[0] <= size[1], $"{sitePath} scrolls sideways at 320px wide (scrollWidth {size[0]} > clientWidth {size[1]}; WCAG 1.4.10).");
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Fact]
    public async Task On_an_urdu_page_previous_comes_first_from_the_right()
    {
        var page = await browser.OpenAsync(UrduSecond);
        try
        {
            var previous = await page.EvaluateAsync<double>("() => document.querySelector('.pagination a[rel=prev]').getBoundingClientRect().left");
            var current = await page.EvaluateAsync<double>("() => document.querySelector('.pagination [aria-current=page]').getBoundingClientRect().left");
            output.WriteLine($"previous at x = {previous:0}, current page at x = {current:0}");
            Assert.True(previous > current, "In a right-to-left page the link to the previous page should be right of the page numbers.");
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Fact]
    public async Task Tab_reaches_previous_the_page_numbers_and_next_in_reading_order()
    {
        var page = await browser.OpenAsync(PaginatedSampleSite.Prefix + "/tags/service-user-involvement/page/2/");
        try
        {
            await page.FocusAsync(".pagination a[rel=prev]");
            var order = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                order.Add(await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent"));
            }
            Assert.Equal(["Page 1", "Page 3", "Next page"], order);
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }
}
