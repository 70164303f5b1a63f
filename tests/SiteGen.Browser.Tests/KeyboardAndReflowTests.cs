using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

/// <summary>What axe cannot see: keyboard use of the skip link (WCAG 2.4.1) and reflow at 320px (WCAG 1.4.10).</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardAndReflowTests(BrowserFixture browser, ITestOutputHelper output)
{
    public static IEnumerable<object[]> Pages() => BuiltSite.PageRows();

    private const string EventWriteUp = "/events/diversity-in-service-user-involvement/";

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task First_tab_focuses_the_skip_link_and_enter_moves_focus_to_main(string sitePath)
    {
        var page = await browser.OpenAsync(sitePath);
        try
        {
            await page.Keyboard.PressAsync("Tab");
            var first = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; const main = document.querySelector('main'); return [e.tagName.toLowerCase(), e.getAttribute('href') ?? '', e.textContent.trim(), main && main.id ? '#' + main.id : '']; }");
            // Recognised by where it goes (main), not by its words, which are in the page's language.
            Assert.True(first[0] == "a" && first[1].Length > 1 && first[1] == first[3],
                $"{sitePath}: the first Tab should focus the skip link, but focused <{first[0]} href=\"{first[1]}\"> \"{first[2]}\".");

            await page.Keyboard.PressAsync("Enter");
            var focus = await page.EvaluateAsync<string[]>(
                """
                () => {
                  const main = document.querySelector('main');
                  const e = document.activeElement;
                  return [String(!!main && (e === main || main.contains(e))), e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''), location.hash];
                }
                """);
            Assert.True(focus[0] == "true",
                $"{sitePath}: after Enter on the skip link focus should be on <main> or inside it, but it is on <{focus[1]}> (URL fragment {focus[2]}).");
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_at_320px_wide_has_no_horizontal_scroll(string sitePath)
    {
        var page = await browser.OpenAsync(sitePath, width: 320, height: 640);
        try
        {
            var size = await page.EvaluateAsync<int[]>(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (size[0] <= size[1]) return;

            // Name the elements that stick out, so the failure says what to fix in the theme.
            var wide = await page.EvaluateAsync<string[]>(
                """
                () => {
                  const width = document.documentElement.clientWidth;
                  const path = e => { const p = []; for (; e && e !== document.body; e = e.parentElement)
                    p.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : ''));
                    return p.join(' > '); };
                  return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 0.5)
                    .filter(e => !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 0.5))
                    .slice(0, 10)
                    .map(e => path(e) + ' (right edge at ' + Math.round(e.getBoundingClientRect().right) + 'px)');
                }
                """);
            Assert.Fail($"{sitePath} scrolls sideways at 320px wide (scrollWidth {size[0]} > clientWidth {size[1]}; WCAG 1.4.10). "
                + "Elements past the right edge:" + Environment.NewLine + string.Join(Environment.NewLine, wide));
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    [Fact]
    public async Task Screenshots_of_the_event_write_up_at_1280_and_320_wide()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (path, name) in new[] { (EventWriteUp, "event"), (EventWriteUp + "easy-read/", "event-easy-read") })
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await browser.OpenAsync(path, width, height: 800);
            try
            {
                // The whole page, and the first screen on its own (a 320px full page is too tall to look at).
                var file = Path.Combine(folder, $"{name}-{width}.png");
                var top = Path.Combine(folder, $"{name}-{width}-top.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = top });
                Assert.True(new FileInfo(file).Length > 0 && new FileInfo(top).Length > 0, $"{file} is empty.");
                output.WriteLine(file);
                output.WriteLine(top);
            }
            finally
            {
                await BrowserFixture.CloseAsync(page);
            }
        }
    }
}
