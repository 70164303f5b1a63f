using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The preview's error overlay speaks the language of the page being viewed: its fixed text comes
/// from the theme's interface strings, right to left for Urdu, while the diagnostics stay English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewOverlayLanguageTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const float Patience = PreviewSite.Patience;
    private readonly PreviewSite preview = new();

    public Task InitializeAsync() => preview.StartAsync(browser.Browser,
        ("content/site.yml", "title: Preview test\nbaseUrl: https://example.org/\ndefaultLanguage: en\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n  - { code: ur, name: اردو, dir: rtl }\n"),
        ("content/en/about.md", "---\ntitle: About us\n---\nWho we are.\n"),
        ("content/cy/about.md", "---\ntitle: Amdanom ni\n---\nPwy ydyn ni.\n"),
        ("content/ur/about.md", "---\ntitle: ہمارے بارے میں\n---\nہم کون ہیں۔\n"));

    [Fact]
    public async Task A_welsh_pages_overlay_is_in_welsh_and_takes_focus()
    {
        var dialog = await BreakAndOpenAsync("cy/about/", "content/cy/about.md", "---\ntitle: Amdanom ni\ndate: 31/12/2020\n---\nPwy ydyn ni.\n");

        Assert.True(await dialog.Page.EvaluateAsync<bool>("() => document.activeElement?.closest('dialog[open]') !== null"), "focus is not in the dialog");
        Assert.Equal("cy", await dialog.GetAttributeAsync("lang"));
        Assert.Equal("Doedd dim modd ailadeiladu’r wefan", await dialog.Locator("h2").InnerTextAsync());
        Assert.Equal("1 broblem i’w chywiro", await dialog.Locator(".sitegen-overlay__count").InnerTextAsync());
        Assert.Contains("content/cy/about.md llinell 3", await dialog.Locator(".sitegen-overlay__where").InnerTextAsync());
        Assert.Equal(1, await dialog.GetByRole(AriaRole.Button, new() { Name = "Cau" }).CountAsync());
        // The diagnostic itself is English, and says so to screen readers.
        Assert.Equal(1, await dialog.Locator("li [lang=en]", new() { HasTextString = "SG205" }).CountAsync());
        Assert.Empty(Axe.Describe(await Axe.ViolationsAsync(dialog.Page, Axe.WcagTags), "/cy/about/ with the error overlay"));
        await ScreenshotAsync(dialog.Page, "preview-error-overlay-cy.png");
    }

    [Fact]
    public async Task An_urdu_pages_overlay_is_in_urdu_right_to_left()
    {
        var dialog = await BreakAndOpenAsync("ur/about/", "content/ur/about.md", "---\ntitle: ہمارے بارے میں\ndate: 31/12/2020\n---\nہم کون ہیں۔\n");

        Assert.Equal("ur", await dialog.GetAttributeAsync("lang"));
        Assert.Equal("rtl", await dialog.GetAttributeAsync("dir"));
        Assert.Equal("سائٹ دوبارہ نہیں بن سکی", await dialog.Locator("h2").InnerTextAsync());
        Assert.Equal(1, await dialog.GetByRole(AriaRole.Button, new() { Name = "بند کریں" }).CountAsync());
        Assert.Empty(Axe.Describe(await Axe.ViolationsAsync(dialog.Page, Axe.WcagTags), "/ur/about/ with the error overlay"));
        await ScreenshotAsync(dialog.Page, "preview-error-overlay-ur.png");
    }

    [Fact]
    public async Task A_welsh_overlay_fits_a_screen_320_pixels_wide()
    {
        var dialog = await BreakAndOpenAsync("cy/about/", "content/cy/about.md", "---\ntitle: Amdanom ni\ndate: 31/12/2020\n---\nPwy ydyn ni.\n");
        await dialog.Page.SetViewportSizeAsync(320, 640);

        var box = (await dialog.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 320, $"the dialog spans {box.X} to {box.X + box.Width}");
        Assert.True(await dialog.EvaluateAsync<bool>("d => d.scrollWidth <= d.clientWidth"), "the dialog's text scrolls sideways");
        await ScreenshotAsync(dialog.Page, "preview-error-overlay-cy-320.png");
    }

    /// <summary>Opens the page, breaks its source, and waits for the overlay.</summary>
    private async Task<ILocator> BreakAndOpenAsync(string path, string source, string broken)
    {
        var page = await preview.Context.NewPageAsync();
        await page.GotoAsync(preview.Url(path));
        await page.Locator("html[data-sitegen-live=connected]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Patience });
        preview.Write(source, broken);
        var dialog = page.Locator("dialog.sitegen-overlay[open]");
        await dialog.WaitForAsync(new() { Timeout = Patience });
        return dialog;
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine(screenshot);
    }

    public Task DisposeAsync() => preview.DisposeAsync().AsTask();
}
