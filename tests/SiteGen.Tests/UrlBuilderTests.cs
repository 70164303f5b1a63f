using SiteGen.Site;

namespace SiteGen.Tests;

public class UrlBuilderTests
{
    private readonly UrlBuilder root = new(new Uri("https://example.org/"));
    private readonly UrlBuilder project = new(new Uri("https://user.github.io/repo/"));

    [Fact]
    public void Base_path_is_the_path_of_the_base_url()
    {
        Assert.Equal("/", root.BasePath);
        Assert.Equal("/repo/", project.BasePath);
    }

    [Theory]
    [InlineData("events/x/", "/events/x/")]
    [InlineData("/events/x/", "/events/x/")]
    [InlineData("", "/")]
    public void Path_at_the_root(string sitePath, string url)
    {
        Assert.Equal(url, root.Path(sitePath));
    }

    [Theory]
    [InlineData("events/x/", "/repo/events/x/")]
    [InlineData("/images/a.jpg", "/repo/images/a.jpg")]
    [InlineData("", "/repo/")]
    public void Path_under_a_base_path(string sitePath, string url)
    {
        Assert.Equal(url, project.Path(sitePath));
    }

    [Fact]
    public void Absolute_at_the_root()
    {
        Assert.Equal("https://example.org/events/x/", root.Absolute("events/x/"));
    }

    [Fact]
    public void Absolute_under_a_base_path_keeps_the_base_path()
    {
        Assert.Equal("https://user.github.io/repo/events/x/", project.Absolute("/events/x/"));
        Assert.Equal("https://user.github.io/repo/", project.Absolute(""));
    }

    [Fact]
    public void SitePathOf_strips_the_base_path()
    {
        Assert.Equal("events/x/", root.SitePathOf("/events/x/"));
        Assert.Equal("events/x/", project.SitePathOf("/repo/events/x/"));
    }

    [Fact]
    public void SitePathOf_the_base_path_without_its_slash_is_the_home_page()
    {
        Assert.Equal("", project.SitePathOf("/repo"));
        Assert.Equal("", project.SitePathOf("/repo/"));
    }

    [Fact]
    public void SitePathOf_a_url_outside_the_base_path_is_null()
    {
        Assert.Null(project.SitePathOf("/other/events/x/"));
        Assert.Null(project.SitePathOf("/repository/"));
    }
}
