using SiteGen.Checks;
using SiteGen.Diagnostics;
using SiteGen.Multilingual.Checks;

namespace SiteGen.Tests.Checks;

public sealed class SameExtractsTests
{
    private static PageFacts Facts(string alternateHref = "https://example.org/cy/", string lang = "en") => new(
        lang, SourceLocation.StartOf("themes/default/layouts/_Layout.cshtml"), null, false,
        [new PageLink("cy", alternateHref, new SourceLocation("themes/default/layouts/_Layout.cshtml", 5, 3))],
        null,
        [new PageLink("cy", alternateHref, new SourceLocation("themes/default/layouts/_Layout.cshtml", 9, 5))],
        ["/cy/"],
        [("ur", "Arabic")]);

    private static BuiltPage Page(PageFacts facts, string body = "Text.\n") => new("about/index.html", facts, "en", null, null, "content/en/about.md", body);

    [Fact]
    public void Facts_taken_again_from_the_same_html_are_the_same()
    {
        Assert.True(SameExtracts.Facts(Facts(), Facts()));
    }

    [Fact]
    public void Facts_with_a_link_that_goes_elsewhere_differ()
    {
        Assert.False(SameExtracts.Facts(Facts(), Facts(alternateHref: "https://example.org/cy/amdanom/")));
    }

    [Fact]
    public void Facts_with_another_html_lang_differ()
    {
        Assert.False(SameExtracts.Facts(Facts(), Facts(lang: "cy")));
    }

    [Fact]
    public void Pages_that_differ_only_in_their_body_are_the_same_but_for_it()
    {
        var (before, after) = (Page(Facts()), Page(Facts(), body: "Text, edited.\n"));

        Assert.True(SameExtracts.ButBody(before, after));
        Assert.False(SameExtracts.Body(before, after));
    }

    [Fact]
    public void Page_at_another_address_is_not_the_same()
    {
        Assert.False(SameExtracts.ButBody(Page(Facts()), Page(Facts()) with { File = "cy/about/index.html" }));
    }
}
