using AngleSharp.Html.Parser;
using SiteGen.Tests.Build;
using SiteGen.Tests.EndToEnd;

namespace SiteGen.Tests.EasyRead;

/// <summary>A page and its Easy Read version link to each other, in the same place, with the Easy Read picture.</summary>
public sealed class VersionLinkTests(SampleSite site) : IClassFixture<SampleSite>
{
    private const string Full = "events/diversity-in-service-user-involvement/";

    private static AngleSharp.Dom.IElement? VersionLink(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("main .version-link a");

    [Fact]
    public void The_full_write_up_links_to_its_easy_read_version_with_the_picture()
    {
        var link = VersionLink(site.Read(Full + "index.html"))!;
        Assert.Equal("/" + Full + "easy-read/", link.GetAttribute("href"));
        Assert.Equal("Easy Read version", link.TextContent.Trim());
        Assert.NotNull(link.QuerySelector("svg.version-link__icon[aria-hidden=true]"));
    }

    [Fact]
    public void The_easy_read_version_links_back_to_the_full_write_up() =>
        Assert.Equal("/" + Full, VersionLink(site.Read(Full + "easy-read/index.html"))!.GetAttribute("href"));

    [Fact]
    public async Task An_easy_read_version_in_another_language_links_to_the_page_in_that_language()
    {
        using var temp = new TempSite("title: T\nbaseUrl: https://example.org/\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n");
        temp.Write("content/cy/about.md", "---\ntitle: Amdanom ni\n---\nPwy ydym ni.\n");
        temp.Write("content/cy/about.easy-read.md", "---\ntitle: \"Amdanom ni: Hawdd ei Ddeall\"\n---\n![Pobl](../images/x.svg) Pwy ydym ni.\n");
        temp.WriteBytes("content/images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        var result = await temp.BuildAsync();
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal("/cy/about/easy-read/", VersionLink(File.ReadAllText(Path.Combine(temp.Output, "cy/about/index.html")))!.GetAttribute("href"));
        Assert.Equal("/cy/about/", VersionLink(File.ReadAllText(Path.Combine(temp.Output, "cy/about/easy-read/index.html")))!.GetAttribute("href"));
    }
}
