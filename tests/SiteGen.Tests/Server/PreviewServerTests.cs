using System.Text.Json;
using SiteGen.Server;
using SiteGen.Server.Builds;

namespace SiteGen.Tests.Server;

/// <summary>sitegen serve end to end, in-process on a free port: serving, rebuilding on save, live reload and errors.</summary>
public sealed class PreviewServerTests
{
    [Fact]
    public async Task Edit_to_a_page_rebuilds_sends_reload_and_serves_the_new_text()
    {
        await using var preview = await PreviewSite.StartAsync();
        Assert.Contains("Who we are.", await preview.GetTextAsync("/about/"));
        await using var events = await EventStreamReader.OpenAsync(preview.Http);
        await events.NextAsync("state");

        preview.Site.Write("content/en/about.md", "---\ntitle: About us\n---\nWho we are, and what we do.\n");

        var reload = JsonDocument.Parse(await events.NextAsync("reload")).RootElement;
        Assert.Equal(0, reload.GetProperty("errors").GetArrayLength());
        Assert.Contains("Who we are, and what we do.", await preview.GetTextAsync("/about/"));
    }

    [Fact]
    public async Task Deleted_page_gets_the_404_page_after_the_rebuild()
    {
        await using var preview = await PreviewSite.StartAsync(new Build.TempSite().Write("content/en/blog/2021-01-01-plan.md", "---\ntitle: Plan\n---\nOur plan.\n"));
        Assert.Contains("Our plan.", await preview.GetTextAsync("/blog/plan/"));
        await using var events = await EventStreamReader.OpenAsync(preview.Http);
        await events.NextAsync("state");

        File.Delete(Path.Combine(preview.Site.Root, "content/en/blog/2021-01-01-plan.md"));

        await events.NextAsync("reload");
        using var response = await preview.Http.GetAsync("/blog/plan/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Broken_page_sends_its_errors_and_the_last_good_page_stays_served()
    {
        await using var preview = await PreviewSite.StartAsync();
        await using var events = await EventStreamReader.OpenAsync(preview.Http);
        await events.NextAsync("state");

        preview.Site.Write("content/en/about.md", "---\ntitle: About us\ndate: 31/12/2020\n---\nWho we are, now broken.\n");

        var errors = JsonDocument.Parse(await events.NextAsync("errors")).RootElement.GetProperty("errors");
        var error = errors.EnumerateArray().Single(e => e.GetProperty("code").GetString() == "SG205");
        Assert.Equal("content/en/about.md", error.GetProperty("file").GetString());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Contains("Who we are.", await preview.GetTextAsync("/about/"));
        Assert.Contains("content/en/about.md(3,", preview.Log);
    }

    [Fact]
    public async Task Fixing_a_broken_page_sends_reload()
    {
        await using var preview = await PreviewSite.StartAsync();
        await using var events = await EventStreamReader.OpenAsync(preview.Http);
        await events.NextAsync("state");
        preview.Site.Write("content/en/about.md", "---\ntitle: About us\ndate: 31/12/2020\n---\nBroken.\n");
        await events.NextAsync("errors");

        preview.Site.Write("content/en/about.md", "---\ntitle: About us\n---\nFixed.\n");

        await events.NextAsync("reload");
        Assert.Contains("Fixed.", await preview.GetTextAsync("/about/"));
    }

    [Fact]
    public async Task Page_that_connects_after_a_failed_build_is_told_the_errors()
    {
        await using var preview = await PreviewSite.StartAsync();
        var failed = preview.NextBuild(r => r.Change == BuildChange.Failed);
        preview.Site.Write("content/en/about.md", "---\ntitle: About us\ndate: 31/12/2020\n---\nBroken.\n");
        await failed;

        await using var events = await EventStreamReader.OpenAsync(preview.Http);
        var state = JsonDocument.Parse(await events.NextAsync("state")).RootElement;
        Assert.True(state.GetProperty("errors").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Stylesheet_only_change_sends_css_not_reload()
    {
        await using var preview = await PreviewSite.StartAsync();
        await using var events = await EventStreamReader.OpenAsync(preview.Http);
        await events.NextAsync("state");
        var css = Path.Combine(preview.Site.Root, "themes/default/assets/css/site.css");
        File.AppendAllText(css, "\n.extra-rule { margin: 0; }\n");

        var (name, _) = await events.NextAsync();
        Assert.Equal("css", name);
        Assert.Contains(".extra-rule", await preview.GetTextAsync("/assets/css/site.css"));
    }

    [Fact]
    public async Task Layout_edit_is_rendered_by_the_next_build()
    {
        await using var preview = await PreviewSite.StartAsync();
        var rebuilt = preview.NextBuild();
        var layout = Path.Combine(preview.Site.Root, "themes/default/layouts/page.cshtml");
        File.WriteAllText(layout, File.ReadAllText(layout) + "\n<p>Edited layout marker</p>\n");
        Assert.Equal(BuildChange.Pages, (await rebuilt).Change);
        Assert.Contains("Edited layout marker", await preview.GetTextAsync("/about/"));
    }

    [Fact]
    public async Task Port_in_use_is_refused_with_the_port_named()
    {
        await using var first = await PreviewSite.StartAsync();
        var error = await Assert.ThrowsAsync<PortInUseException>(() =>
            PreviewServer.StartAsync(new ServeOptions { SiteRoot = first.Site.Root, Port = first.Server.Address.Port }, TextWriter.Null));
        Assert.Equal(first.Server.Address.Port, error.Port);
    }
}
