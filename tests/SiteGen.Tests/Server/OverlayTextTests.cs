using System.Text.Json;
using SiteGen.Server.Builds;
using SiteGen.Server.LiveReload;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Server;

/// <summary>The preview's error overlay gets its fixed text from the theme's interface strings, in each of the site's languages.</summary>
public sealed class OverlayTextTests
{
    private const string ThreeLanguages = "title: Test site\nbaseUrl: https://example.org/\ndefaultLanguage: en\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n  - { code: ur, name: اردو, dir: rtl }\n";

    [Fact]
    public void Every_language_of_the_site_gets_its_own_text_and_direction()
    {
        using var site = new TempSite(ThreeLanguages);
        var text = new OverlayText(site.Root).Read();
        Assert.Equal("en", text.Default);
        Assert.Equal(["cy", "en", "ur"], text.Languages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Cau", text.Languages["cy"].Strings["overlayClose"].Text);
        Assert.Null(text.Languages["cy"].Strings["overlayClose"].Lang);
        Assert.Equal("rtl", text.Languages["ur"].Dir);
        Assert.Equal("بند کریں", text.Languages["ur"].Strings["overlayClose"].Text);
    }

    [Fact]
    public void Every_overlay_string_is_in_every_language_the_theme_ships()
    {
        using var site = new TempSite(ThreeLanguages);
        var text = new OverlayText(site.Root).Read();
        Assert.Equal(3, text.Languages.Count);
        Assert.All(text.Languages.Values, l => Assert.Equal(OverlayText.Keys.Order(StringComparer.Ordinal), l.Strings.Keys.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_count_gives_a_form_for_each_of_welsh_plural_categories()
    {
        using var site = new TempSite(ThreeLanguages);
        var forms = new OverlayText(site.Root).Read().Languages["cy"].Strings["overlayProblems"].Forms!;
        Assert.Equal(["few", "many", "one", "other", "two", "zero"], forms.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("{0} broblem i’w chywiro", forms["one"]);
    }

    [Fact]
    public void A_language_the_theme_has_no_text_for_gets_the_default_languages_marked_as_such()
    {
        using var site = new TempSite("title: Test site\nbaseUrl: https://example.org/\nlanguages:\n  - { code: en, name: English }\n  - { code: so, name: Soomaali }\n");
        var close = new OverlayText(site.Root).Read().Languages["so"].Strings["overlayClose"];
        Assert.Equal(("Close", "en", "ltr"), (close.Text, close.Lang, close.Dir));
    }

    [Fact]
    public void A_broken_site_yml_still_gets_english_text()
    {
        using var site = new TempSite("title: [unclosed\n");
        var text = new OverlayText(site.Root).Read();
        Assert.Equal("en", text.Default);
        Assert.Equal("The site could not be rebuilt", text.Languages["en"].Strings["overlayTitle"].Text);
    }

    [Fact]
    public async Task A_failed_builds_event_carries_the_overlay_text()
    {
        await using var preview = await PreviewSite.StartAsync(new TempSite(ThreeLanguages));
        await using var events = await EventStreamReader.OpenAsync(preview.Http);
        await events.NextAsync("state");

        preview.Site.Write("content/en/about.md", "---\ntitle: About us\ndate: 31/12/2020\n---\nWho we are, now broken.\n");

        var text = JsonDocument.Parse(await events.NextAsync("errors")).RootElement.GetProperty("text");
        Assert.Equal("Doedd dim modd ailadeiladu’r wefan", text.GetProperty("languages").GetProperty("cy").GetProperty("strings").GetProperty("overlayTitle").GetProperty("text").GetString());
    }
}
