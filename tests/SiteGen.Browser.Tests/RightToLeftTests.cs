using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

/// <summary>
/// What only a browser can tell about right-to-left pages: the Urdu layout mirrors the English one
/// (ml-rtl-layout) and Nastaliq text gets lines tall enough for its descenders (ml-nastaliq-line-height).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RightToLeftTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string English = "/events/diversity-in-service-user-involvement/";
    private const string Urdu = "/ur/events/diversity-in-service-user-involvement/";

    /// <summary>The lowest line height, as a multiple of the font size, that Nastaliq's deep descenders need (SiteGen default, from the research's 2.0–2.2).</summary>
    private const double NastaliqLineHeight = 2.0;

    public static IEnumerable<object[]> UrduPages() => BuiltSite.Pages().Where(p => p.StartsWith("/ur/", StringComparison.Ordinal)).Select(p => new object[] { p });

    // The start and end edges of what a selector picks: its text when it has text (a heading's words, not its
    // full-width box), else its box. Returned as [left, right, viewport width].
    private const string EdgesScript =
        """
        selector => {
          const e = document.querySelector(selector);
          if (!e) return null;
          const range = document.createRange();
          range.selectNodeContents(e);
          const r = e.textContent.trim().length ? range.getBoundingClientRect() : e.getBoundingClientRect();
          return [r.left, r.right, document.documentElement.clientWidth];
        }
        """;

    private async Task<double[]> EdgesAsync(IPage page, string selector) =>
        await page.EvaluateAsync<double[]?>(EdgesScript, selector) ?? throw new InvalidOperationException($"{page.Url} has no {selector}.");

    // "start": the element sits at the start of its line (left in English, right in Urdu); "end": at the end.
    [Theory]
    [InlineData(".site-header__name", "start", "the site name")]
    [InlineData(".site-nav__item:last-child", "end", "the navigation")]
    [InlineData(".language-switcher__list li:last-child", "end", "the language switcher")]
    [InlineData("main h1", "start", "the page title")]
    [InlineData(".event-summary dt", "start", "the event summary")]
    [InlineData(".article-meta dt", "start", "the publication date and tags")]
    [InlineData(".prose h2", "start", "the first heading of the write-up")]
    public async Task Urdu_page_mirrors_the_english_layout(string selector, string anchor, string what)
    {
        var en = await browser.OpenAsync(English);
        var ur = await browser.OpenAsync(Urdu);
        try
        {
            var ltr = await EdgesAsync(en, selector);
            var rtl = await EdgesAsync(ur, selector);
            // Mirrored: the English anchor edge's distance from its side of the window equals the Urdu one's from the other side.
            var fromLeft = anchor == "start" ? ltr[0] : ltr[2] - ltr[1];
            var fromRight = anchor == "start" ? rtl[2] - rtl[1] : rtl[0];
            output.WriteLine($"{what}: {anchor} edge {fromLeft:0.#}px from the window's edge in English, {fromRight:0.#}px from the opposite edge in Urdu");
            Assert.True(Math.Abs(fromLeft - fromRight) <= 2,
                $"{what} ({selector}) is not mirrored: its {anchor} edge is {fromLeft:0.#}px from the window's edge on the English page but {fromRight:0.#}px from the opposite edge on the Urdu page.");
        }
        finally
        {
            await BrowserFixture.CloseAsync(en);
            await BrowserFixture.CloseAsync(ur);
        }
    }

    [Theory]
    [MemberData(nameof(UrduPages))]
    public async Task Urdu_text_has_lines_at_least_twice_its_font_size(string sitePath)
    {
        var page = await browser.OpenAsync(sitePath);
        try
        {
            var tooTight = await page.EvaluateAsync<string[]>(
                """
                min => [...document.querySelectorAll('main p, main li, main dt, main dd, main h1, main h2, main h3')]
                  .filter(e => e.closest('[lang]')?.getAttribute('lang') === 'ur' && e.textContent.trim().length > 0)
                  .map(e => { const s = getComputedStyle(e); const size = parseFloat(s.fontSize);
                              const line = s.lineHeight === 'normal' ? 0 : parseFloat(s.lineHeight);
                              return [e, line / size]; })
                  .filter(([e, ratio]) => ratio < min - 0.001)
                  .map(([e, ratio]) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' "' + e.textContent.trim().slice(0, 30) + '": ' + ratio.toFixed(2))
                """, NastaliqLineHeight);
            Assert.True(tooTight.Length == 0,
                $"{sitePath}: Urdu text with lines too tight for Nastaliq (at least {NastaliqLineHeight}× the font size):{Environment.NewLine}{string.Join(Environment.NewLine, tooTight)}");
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Fact]
    public async Task Screenshots_of_the_urdu_write_up_at_1280_and_320_wide()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await browser.OpenAsync(Urdu, width, height: 800);
            try
            {
                var file = Path.Combine(folder, $"event-ur-{width}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 0, $"{file} is empty.");
                output.WriteLine(file);
            }
            finally
            {
                await BrowserFixture.CloseAsync(page);
            }
        }
    }
}
