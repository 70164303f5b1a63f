using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class HeadingRuleTests
{
    [Fact]
    public void HeadingOne_reports_second_h1()
    {
        var f = Assert.Single(Run<HeadingOne>(Page("<h1>Another title</h1>")));
        Assert.Equal("Another title", f.Element!.TextContent);
    }

    [Fact]
    public void HeadingOne_reports_html_when_there_is_no_h1()
    {
        var html = Document("""<a href="#m">Skip to main content</a><main id="m"><h2>Only a subheading</h2></main>""");
        Assert.Equal("html", Assert.Single(Run<HeadingOne>(html)).Element!.LocalName);
    }

    [Fact]
    public void HeadingOne_ignores_hidden_h1() => Assert.Empty(Run<HeadingOne>(Page("<h1 hidden>Old</h1>")));

    [Fact]
    public void HeadingOrder_reports_heading_that_skips_a_level()
    {
        var f = Assert.Single(Run<HeadingOrder>(Page("<h2>Intro</h2><h4>Detail</h4>")));
        Assert.Equal("h4", f.Element!.LocalName);
        Assert.Contains("level 4 but follows a level-2", f.Message);
    }

    [Fact]
    public void HeadingOrder_reports_h1_followed_by_h3() => Assert.Single(Run<HeadingOrder>(Page("<h3>Detail</h3>")));

    [Fact]
    public void HeadingOrder_passes_going_back_up_several_levels() =>
        AssertClean(Page("<h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2><h3>E</h3>"));

    [Fact]
    public void HeadingEmpty_reports_empty_heading()
    {
        var f = Assert.Single(Run<HeadingEmpty>(Page("<h2> </h2>")));
        Assert.Equal("h2", f.Element!.LocalName);
    }

    [Fact]
    public void HeadingEmpty_reports_heading_whose_only_text_is_aria_hidden() =>
        Assert.Single(Run<HeadingEmpty>(Page("""<h2><span aria-hidden="true">🎉</span></h2>""")));

    [Fact]
    public void HeadingEmpty_passes_heading_with_visually_hidden_text() =>
        Assert.Empty(Run<HeadingEmpty>(Page("""<h2><span class="visually-hidden">Contact details</span></h2>""")));
}
