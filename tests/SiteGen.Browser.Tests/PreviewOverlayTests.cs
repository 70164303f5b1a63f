using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

/// <summary>
/// sitegen serve in a real browser: a rebuild with errors shows them in a modal dialog over the last
/// good page; the dialog takes focus, closes with Escape, passes axe, and goes when the page is fixed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewOverlayTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const float Patience = PreviewSite.Patience;
    private readonly PreviewSite preview = new();

    public Task InitializeAsync() => preview.StartAsync(browser.Browser,
        ("content/site.yml", "title: Preview test\nbaseUrl: https://example.org/\nlanguages:\n  - { code: en, name: English }\n"),
        ("content/en/index.md", "---\ntitle: Home\n---\nWelcome.\n"),
        ("content/en/about.md", "---\ntitle: About us\n---\nWho we are.\n"));

    [Fact]
    public async Task Errors_show_in_a_modal_dialog_that_has_focus_closes_with_escape_and_goes_when_fixed()
    {
        var page = await preview.Context.NewPageAsync();
        await page.GotoAsync(preview.Url("about/"));
        // The page is listening once the script has run and its event stream is open.
        await page.Locator("html[data-sitegen-live=connected]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Patience });

        preview.Write("content/en/about.md", "---\ntitle: About us\ndate: 31/12/2020\n---\nWho we are.\n");
        var dialog = page.Locator("dialog.sitegen-overlay[open]");
        await dialog.WaitForAsync(new() { Timeout = Patience });

        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.closest('dialog[open]') !== null"), "focus is not in the dialog");
        Assert.Equal("The site could not be rebuilt", await dialog.Locator("h2").InnerTextAsync());
        Assert.Equal("1 problem to fix", await dialog.Locator(".sitegen-overlay__count").InnerTextAsync());
        Assert.Contains("content/en/about.md line 3", await dialog.InnerTextAsync());
        Assert.Equal("Who we are.", (await page.Locator("main p").Last.InnerTextAsync()).Trim());
        Assert.Empty(Axe.Describe(await Axe.ViolationsAsync(page, Axe.WcagTags), "/about/ with the error overlay"));
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "preview-error-overlay.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine(screenshot);

        await page.Keyboard.PressAsync("Escape");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 10_000 });

        var reloaded = page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = Patience });
        preview.Write("content/en/about.md", "---\ntitle: About us\n---\nWho we are, fixed.\n");
        await page.Locator("main p", new() { HasTextString = "Who we are, fixed." }).WaitForAsync(new() { Timeout = Patience });
        await reloaded;
        Assert.Equal(0, await page.Locator("dialog.sitegen-overlay").CountAsync());
    }

    [Fact]
    public async Task Close_button_closes_the_dialog()
    {
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        preview.Server.Built += report => { if (report.Errors.Count > 0) failed.TrySetResult(); };
        preview.Write("content/en/about.md", "---\ntitle: About us\ndate: 31/12/2020\n---\nWho we are.\n");
        await failed.Task.WaitAsync(TimeSpan.FromMilliseconds(Patience));
        // A page opened while the build is broken is shown the errors as soon as it connects.
        var page = await preview.Context.NewPageAsync();
        await page.GotoAsync(preview.Url("about/"));
        var dialog = page.Locator("dialog.sitegen-overlay[open]");
        await dialog.WaitForAsync(new() { Timeout = Patience });

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 10_000 });
    }

    public Task DisposeAsync() => preview.DisposeAsync().AsTask();
}
