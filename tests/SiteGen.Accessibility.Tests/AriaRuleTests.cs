using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class AriaRuleTests
{
    [Theory]
    [InlineData("""<div role="buton">Book</div>""")]
    [InlineData("""<div role="widget">Book</div>""")]
    [InlineData("""<p aria-labeledby="x">Typo</p>""")]
    [InlineData("""<p aria-hidden="yes">Bad value</p>""")]
    public void AriaValid_reports_misspelt_or_abstract_aria(string html) =>
        Assert.Single(Run<AriaValid>(Page(html)));

    [Fact]
    public void AriaValid_reports_aria_hidden_on_body() =>
        Assert.Equal("body", Assert.Single(Run<AriaValid>(Page("").Replace("<body>", "<body aria-hidden=\"true\">"))).Element!.LocalName);

    [Fact]
    public void AriaValid_passes_correct_aria() =>
        AssertClean(Page("""<section aria-labelledby="h"><h2 id="h">News</h2><p aria-describedby="h">x</p></section><span role="img" aria-label="party popper">🎉</span>"""));

    [Fact]
    public void LabelInName_reports_aria_label_that_drops_the_visible_words()
    {
        var f = Assert.Single(Run<LabelInName>(Page("""<a href="/fair/" aria-label="Summer fair details">Read more</a>""")));
        Assert.Equal("a", f.Element!.LocalName);
    }

    [Fact]
    public void LabelInName_passes_label_that_starts_with_the_visible_words() =>
        AssertClean(Page("""<p><a href="/fair/" aria-label="Read more about the summer fair">Read more</a></p>"""));

    [Fact]
    public void LabelInName_ignores_visually_hidden_text_when_finding_visible_words() =>
        Assert.Empty(Run<LabelInName>(Page("""<a href="/fair/" aria-label="Book the fair">Book<span class="visually-hidden"> now please</span></a>""")));
}
