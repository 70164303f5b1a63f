using SiteGen.Publishing;

namespace SiteGen.Tests.Publishing;

/// <summary>Entry content works outside its page: links and images resolve against the page's absolute URL.</summary>
public sealed class AbsoluteUrlsTests
{
    private const string Page = "https://example.github.io/repo/blog/post/";

    [Theory]
    [InlineData("<a href=\"/repo/about/\">About</a>", "<a href=\"https://example.github.io/repo/about/\">About</a>")]
    [InlineData("<a href=\"#fn:1\">1</a>", "<a href=\"https://example.github.io/repo/blog/post/#fn:1\">1</a>")]
    [InlineData("<img src=\"../../images/a.png\" alt=\"A\">", "<img src=\"https://example.github.io/repo/images/a.png\" alt=\"A\">")]
    [InlineData("<a href=\"https://other.example/\">Other</a>", "<a href=\"https://other.example/\">Other</a>")]
    public void Resolves_against_the_page(string html, string expected) =>
        Assert.Equal(expected, AbsoluteUrls.InHtml(html, Page));
}
