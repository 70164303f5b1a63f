using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

/// <summary>The search page in Chromium: found by keyboard alone, announced politely, accessible, and useful without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    private const string SeedWriteUp = "/events/diversity-in-service-user-involvement/";

    /// <summary>A word of the seed write-up's body that is not in its title or summary, nor anywhere in any other page.</summary>
    private const string BodyOnlyWord = "Islamophobia";

    private const string Status = "#search-status";

    private static async Task<string> StatusTextAsync(IPage page)
    {
        await page.WaitForFunctionAsync($"() => document.querySelector('{Status}').textContent.trim().length > 0");
        return (await page.Locator(Status).TextContentAsync())!.Trim();
    }

    private static Task<string[]> ResultLinksAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href'))");

    private static async Task AssertNoAxeViolationsAsync(IPage page, string what)
    {
        var lines = Axe.Describe(await Axe.ViolationsAsync(page, Axe.WcagTags), what).ToList();
        Assert.True(lines.Count == 0, $"axe-core found {lines.Count} violation(s) on {what}:{Environment.NewLine}" + string.Join(Environment.NewLine, lines));
    }

    [Fact]
    public void The_chosen_word_is_only_in_the_body_of_the_seed_write_up()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(BuiltSite.Output, "search-index.json")));
        var pages = index.RootElement.GetProperty("parts").EnumerateArray()
            .SelectMany(part => JsonDocument.Parse(File.ReadAllText(Path.Combine(BuiltSite.Output, part.GetString()!))).RootElement.GetProperty("pages").EnumerateArray())
            .ToList();
        bool In(JsonElement page, string field) =>
            page.TryGetProperty(field, out var value) && value.ToString().Contains(BodyOnlyWord, StringComparison.OrdinalIgnoreCase);
        var seed = pages.Single(p => p.GetProperty("url").GetString() == SeedWriteUp);
        Assert.True(In(seed, "text"));
        Assert.False(In(seed, "title") || In(seed, "summary") || In(seed, "tags"));
        Assert.Single(pages, p => In(p, "text") || In(p, "title") || In(p, "summary") || In(p, "tags"));
    }

    [Fact]
    public async Task By_keyboard_alone_a_word_from_the_body_finds_the_seed_write_up_and_the_count_is_announced()
    {
        var page = await browser.OpenAsync("/search/");
        try
        {
            // From the top of the page, Tab until the search field has focus.
            var tabs = 0;
            while (!await page.EvaluateAsync<bool>("() => document.activeElement && document.activeElement.name === 'q'"))
            {
                Assert.True(++tabs <= 30, "30 presses of Tab from the top of the search page did not reach the search field.");
                await page.Keyboard.PressAsync("Tab");
            }

            await page.Keyboard.TypeAsync(BodyOnlyWord.ToLowerInvariant());
            await page.Keyboard.PressAsync("Enter");

            Assert.Equal("1 result for ‘islamophobia’", await StatusTextAsync(page));
            Assert.Equal("polite", await page.Locator(Status).GetAttributeAsync("aria-live"));
            Assert.Equal([SeedWriteUp], await ResultLinksAsync(page));
            Assert.EndsWith("/search/?q=islamophobia", page.Url);
            Assert.False(await page.Locator("#search-no-script").IsVisibleAsync(), "The explanation for readers without JavaScript still shows although the script runs.");
            await AssertNoAxeViolationsAsync(page, "/search/ showing results");

            // The result is reached by Tab from the field: no focus trap in between.
            for (var i = 0; i < 3 && !await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('#search-results')"); i++)
                await page.Keyboard.PressAsync("Tab");
            Assert.Equal(SeedWriteUp, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));

        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Fact]
    public async Task Several_results_are_counted_with_the_plural_sentence()
    {
        var page = await browser.OpenAsync("/search/?q=diversity");
        try
        {
            var status = await StatusTextAsync(page);
            var links = await ResultLinksAsync(page);
            Assert.True(links.Length > 1, $"Expected several pages about diversity, found {links.Length}.");
            Assert.Equal($"{links.Length} results for ‘diversity’", status);
            Assert.Contains(SeedWriteUp, links);
            Assert.Contains(SeedWriteUp + "easy-read/", links);
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Fact]
    public async Task The_Easy_Read_result_is_marked_as_Easy_Read()
    {
        var page = await browser.OpenAsync("/search/?q=diversity");
        try
        {
            await StatusTextAsync(page);
            var item = page.Locator("#search-results li").Filter(new LocatorFilterOptions { Has = page.Locator($"a[href='{SeedWriteUp}easy-read/']") });
            Assert.Contains("Easy Read version", await item.InnerTextAsync());
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Fact]
    public async Task Every_word_must_match_and_a_search_with_no_match_says_so()
    {
        var page = await browser.OpenAsync("/search/?q=" + Uri.EscapeDataString("Islamophobia xylophone"));
        try
        {
            Assert.StartsWith("No results for ‘Islamophobia xylophone’.", await StatusTextAsync(page));
            Assert.Empty(await ResultLinksAsync(page));
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Fact]
    public async Task Welsh_is_matched_without_its_accents_and_counted_in_Welsh()
    {
        // The Welsh write-up writes "grŵp"; readers often type it without the circumflex.
        var page = await browser.OpenAsync("/cy/search/?q=grwp");
        try
        {
            // The write-up and its Easy Read version.
            Assert.Equal("2 ganlyniad ar gyfer ‘grwp’", await StatusTextAsync(page));
            Assert.Equal(["/cy" + SeedWriteUp, "/cy" + SeedWriteUp + "easy-read/"], (await ResultLinksAsync(page)).Order());
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Fact]
    public async Task Urdu_typed_with_Arabic_letters_finds_the_Urdu_write_up_and_passes_axe()
    {
        // "شموليت" with the Arabic yeh (U+064A) that Arabic keyboards type; the page writes the Urdu yeh (U+06CC).
        var page = await browser.OpenAsync("/ur/search/?q=" + Uri.EscapeDataString("شمول\u064Aت"));
        try
        {
            // The write-up and its Easy Read version.
            Assert.Equal("\"شمول\u064Aت\" کے لیے 2 نتائج", await StatusTextAsync(page));
            Assert.Equal(["/ur" + SeedWriteUp, "/ur" + SeedWriteUp + "easy-read/"], (await ResultLinksAsync(page)).Order());
            await AssertNoAxeViolationsAsync(page, "/ur/search/ showing results");
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Fact]
    public async Task Without_JavaScript_the_search_page_explains_itself_and_links_to_the_listings_and_the_index()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Url("/search/?q=diversity").ToString());

        var explanation = page.Locator("#search-no-script");
        Assert.True(await explanation.IsVisibleAsync(), "Without JavaScript the search page should say why the search box does nothing.");
        Assert.Contains("JavaScript", await explanation.InnerTextAsync());
        foreach (var href in new[] { "/events/", "/blog/", "/tags/", "/search-index.json" })
            Assert.True(await page.Locator($"main a[href='{href}']").IsVisibleAsync(), $"Without JavaScript the search page should link to {href}.");
        Assert.Equal("", (await page.Locator(Status).TextContentAsync())!.Trim());
    }
}
