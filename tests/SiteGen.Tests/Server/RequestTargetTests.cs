using SiteGen.Server.Files;

namespace SiteGen.Tests.Server;

/// <summary>Which request targets may name a file of the site: plain paths only, nothing that could climb out of the output folder.</summary>
public sealed class RequestTargetTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/events/my-event/")]
    [InlineData("/assets/css/site.css?sitegen=123")]
    [InlineData("/images/two%20people.jpg")]
    [InlineData("/ur/%D8%A7%D8%B1%D8%AF%D9%88/")]
    public void Plain_site_paths_are_allowed(string target) =>
        Assert.Equal(RequestTarget.Verdict.Allowed, RequestTarget.CheckRaw(target));

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/events/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E/etc/passwd")]
    [InlineData("/.%2e/etc/passwd")]
    [InlineData("/..%2fetc%2fpasswd")]
    [InlineData("/..%5c..%5cetc")]
    [InlineData("/..\\..\\etc\\passwd")]
    [InlineData("/%252e%252e/etc")]
    [InlineData("/index.html%00.css")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("http://127.0.0.1/etc/passwd")]
    [InlineData("*")]
    [InlineData("")]
    public void Traversal_and_odd_targets_are_bad_requests(string target) =>
        Assert.Equal(RequestTarget.Verdict.BadRequest, RequestTarget.CheckRaw(target));

    [Fact]
    public void Resolve_refuses_a_path_outside_the_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "site-root");
        Assert.Null(RequestTarget.Resolve(root, "../outside.html"));
        Assert.Null(RequestTarget.Resolve(root, "/etc/passwd"));
        Assert.Equal(Path.Combine(root, "about", "index.html"), RequestTarget.Resolve(root, "about/index.html"));
    }
}
