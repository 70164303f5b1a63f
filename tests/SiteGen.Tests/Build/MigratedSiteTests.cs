using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.EndToEnd;

namespace SiteGen.Tests.Build;

/// <summary>
/// The sample site (events, posts, translations, Easy Read) with pages as a site moved from Hugo brings them: problems in
/// front matter shown on many pages, old addresses in any spelling, raw links to markdown files, shortcodes.
/// </summary>
public sealed class MigratedSite() : BuiltTempSite(File.ReadAllText(Path.Combine(SampleSite.RepositoryRoot, "content", "site.yml")))
{
    public const string Event = "content/en/events/2021-03-01-spring-forum.md";
    public const string Post = "content/cy/blog/2021-03-02-newyddion.md";

    protected override Task<BuildResult> WriteAndBuildAsync(TempSite site)
    {
        var content = Path.Combine(SampleSite.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
            site.WriteBytes(Path.Combine("content", Path.GetRelativePath(content, file)), File.ReadAllBytes(file));
        site.Write(Event, """
            ---
            title: Click here
            tags: [involvement]
            summary: The photos on the right show the day.
            aliases: [/news/caf%C3%A9/, /newyddion/café/, /old/spring/]
            image:
              src: /etc/passwd
              alt: Volunteers at the spring forum
            event:
              start: 2021-03-01T10:00:00+00:00
              location: Leeds Civic Hall
              registration: /sign-up/
            ---
            Read <a href="../blog/2021-01-20-making-service-user-involvement-meaningful.md">seven ways to make involvement meaningful</a>.

            {{< youtube abc123 >}}
            """);
        site.Write(Post, "---\ntitle: Newyddion y gwanwyn\ndate: 2021-03-02\n---\nTestun.\n\n{{% notice info %}}\nSylw.\n{{% /notice %}}\n");
        return site.BuildAsync();
    }
}

public sealed class MigratedSiteTests(MigratedSite site) : IClassFixture<MigratedSite>
{
    private Diagnostic Finding(string code) => Assert.Single(site.Result.Diagnostics, d => d.Code == code);

    [Fact]
    public void No_finding_is_located_in_the_theme()
    {
        Assert.NotEmpty(site.Result.Diagnostics);
        Assert.DoesNotContain(site.Result.Diagnostics,
            d => d.Location?.File.StartsWith("themes/", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Each_finding_is_reported_once()
    {
        var places = site.Result.Diagnostics.Select(d => (d.Location, d.Code, d.Message)).ToList();
        Assert.Equal(places.Count, places.Distinct().Count());
    }

    [Fact]
    public void Vague_title_shown_on_the_event_listings_and_tag_page_is_one_error_at_its_line() =>
        Assert.Equal(new SourceLocation(MigratedSite.Event, 2, 1), Finding("A11Y012").Location);

    [Fact]
    public void Sensory_wording_in_the_summary_is_at_the_summary_line() =>
        Assert.Equal(new SourceLocation(MigratedSite.Event, 4, 1),
            Assert.Single(site.Result.Diagnostics, d => d.RuleName == "sensory-wording").Location);

    [Fact]
    public void Lead_image_outside_the_site_is_at_the_image_line() =>
        Assert.Equal(new SourceLocation(MigratedSite.Event, 6, 1), Finding(Codes.MissingAsset).Location);

    [Fact]
    public void Event_registration_that_goes_nowhere_is_at_its_line() =>
        Assert.Equal(new SourceLocation(MigratedSite.Event, 12, 1), Finding(Codes.BrokenLink).Location);

    [Fact]
    public void Forwarding_pages_get_no_duplicate_title_warning() =>
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == "A11Y004");

    [Fact]
    public void Shortcodes_in_both_languages_are_warnings_at_their_lines()
    {
        var shortcodes = site.Result.Diagnostics.Where(d => d.Code == Codes.ShortcodeLeftInText).Select(d => d.Location).ToList();
        Assert.Equal([new SourceLocation(MigratedSite.Post, 7, 1), new SourceLocation(MigratedSite.Event, 16, 1)],
            shortcodes.OrderBy(l => l!.Value.File, StringComparer.Ordinal));
    }
}
