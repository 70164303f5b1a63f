using SiteGen.Diagnostics;

namespace SiteGen.Tests.Build;

/// <summary>Raw HTML in markdown is published only when safe; what is removed is a warning at its line.</summary>
public sealed class RawHtmlSafetyTests
{
    private static async Task<(string Page, IReadOnlyList<Diagnostic> Diagnostics)> Build(string body, string? siteYml = null)
    {
        using var site = siteYml is null ? new TempSite() : new TempSite(siteYml);
        site.Write("content/en/blog/2021-01-02-raw.md", "---\ntitle: Raw\ndate: 2021-01-02\n---\nIntro.\n\n" + body);
        var result = await site.BuildAsync();
        var path = Path.Combine(site.Output, "blog/raw/index.html");
        return (File.Exists(path) ? File.ReadAllText(path) : "", result.Diagnostics);
    }

    [Fact]
    public async Task Script_is_removed_with_a_warning_at_its_line()
    {
        var (page, diagnostics) = await Build("<script>alert('x')</script>\n");
        Assert.DoesNotContain("alert(", page);
        var warning = Assert.Single(diagnostics, d => d.Code == Codes.UnsafeHtmlRemoved);
        Assert.Equal(new SourceLocation("content/en/blog/2021-01-02-raw.md", 7, 1), warning.Location);
    }

    [Fact]
    public async Task Event_handler_and_javascript_url_are_removed()
    {
        var (page, diagnostics) = await Build("<p onclick=\"steal()\">Text with <a href=\"javascript:steal()\">a bad link</a>.</p>\n");
        Assert.DoesNotContain("steal()", page);
        Assert.Equal(2, diagnostics.Count(d => d.Code == Codes.UnsafeHtmlRemoved));
    }

    [Fact]
    public async Task Style_attribute_is_removed_because_colours_come_from_the_theme()
    {
        var (page, diagnostics) = await Build("<p style=\"color: #ccc\">Pale text.</p>\n");
        Assert.DoesNotContain("#ccc", page);
        Assert.Contains(diagnostics, d => d.Code == Codes.UnsafeHtmlRemoved && d.Message.Contains("style"));
    }

    [Fact]
    public async Task Iframe_from_a_host_not_allowed_is_removed_and_one_allowed_is_kept()
    {
        const string frame = "<iframe src=\"https://www.youtube-nocookie.com/embed/x\" title=\"Video of the event\"></iframe>\n";
        var (refused, diagnostics) = await Build(frame);
        Assert.DoesNotContain("<iframe", refused);
        Assert.Contains(diagnostics, d => d.Code == Codes.UnsafeHtmlRemoved && d.Message.Contains("embedHosts"));

        var (allowed, _) = await Build(frame, "title: Test\nlanguages:\n  - { code: en, name: English }\nembedHosts: [www.youtube-nocookie.com]\n");
        Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/x\"", allowed);
    }

    [Fact]
    public async Task Safe_accessible_html_passes_silently()
    {
        var (page, diagnostics) = await Build("<p>Croeso, <span lang=\"cy\">bore da</span>, and <abbr title=\"Lived Experience Advisory Panel\">LEAP</abbr>. Email <a href=\"mailto:team@example.org\">our team</a>.</p>\n");
        Assert.Empty(diagnostics);
        Assert.Contains("<span lang=\"cy\">bore da</span>", page);
        Assert.Contains("href=\"mailto:team@example.org\"", page);
    }

    [Fact]
    public async Task Allow_raw_html_publishes_as_written_with_a_note()
    {
        var (page, diagnostics) = await Build("<p style=\"font-weight: bold\">Bold.</p>\n", "title: Test\nlanguages:\n  - { code: en, name: English }\nallowRawHtml: true\n");
        Assert.Contains("style=\"font-weight: bold\"", page);
        Assert.Contains(diagnostics, d => d.Code == Codes.RawHtmlAllowed && d.Severity == Severity.Info);
    }

    [Fact]
    public async Task Checkbox_labelled_by_its_own_paragraph_builds_and_reports()
    {
        var (page, diagnostics) = await Build(
            "<p id=\"terms\">I agree <input type=\"checkbox\" aria-labelledby=\"terms\"></p>\n",
            "title: Test\nlanguages:\n  - { code: en, name: English }\nallowRawHtml: true\n");
        Assert.Contains("aria-labelledby=\"terms\"", page);
        Assert.Contains(diagnostics, d => d.Code == Codes.RawHtmlAllowed);
    }
}
