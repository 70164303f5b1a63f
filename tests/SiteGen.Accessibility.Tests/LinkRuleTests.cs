using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class LinkRuleTests
{
    [Fact]
    public void LinkName_reports_link_without_text()
    {
        var f = Assert.Single(Run<LinkName>(Page("""<p><a href="/events/"></a></p>""")));
        Assert.Equal("a", f.Element!.LocalName);
    }

    [Fact]
    public void LinkName_reports_link_whose_only_text_is_aria_hidden() =>
        Assert.Single(Run<LinkName>(Page("""<a href="/x/"><span aria-hidden="true">→</span></a>""")));

    [Fact]
    public void LinkName_leaves_image_only_link_to_img_alt()
    {
        var findings = RunAll(Page("""<a href="/x/"><img src="/img/a.png" alt=""></a>"""));
        Assert.Equal("img-alt", Assert.Single(findings).RuleName);
    }

    [Fact]
    public void LinkName_passes_link_named_by_aria_label() =>
        Assert.Empty(Run<LinkName>(Page("""<a href="/x/" aria-label="Our events"><svg aria-hidden="true"></svg></a>""")));

    [Theory]
    [InlineData("here")]
    [InlineData("Click here")]
    [InlineData("click here!")]
    [InlineData("This page")]
    [InlineData("LINK")]
    [InlineData("website")]
    public void LinkTextVague_reports_hard_list_as_error(string text)
    {
        var f = Assert.Single(Run<LinkTextVague>(Page($"""<p>See <a href="/x/">{text}</a>.</p>""")));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains($"\"{text}\"", f.Message);
    }

    [Fact]
    public void LinkTextVague_reports_here_as_error() =>
        Assert.Equal(Severity.Error, Assert.Single(Run<LinkTextVague>(Page("""<a href="/x/">here</a>"""))).Severity);

    [Theory]
    [InlineData("Read more")]
    [InlineData("Read more →")]
    [InlineData("More information")]
    [InlineData("learn more…")]
    [InlineData("Find out more")]
    [InlineData("Details")]
    public void LinkTextVague_reports_soft_list_as_warning(string text) =>
        Assert.Equal(Severity.Warning, Assert.Single(Run<LinkTextVague>(Page($"""<a href="/x/">{text}</a>"""))).Severity);

    [Fact]
    public void LinkTextVague_passes_soft_text_made_unique_with_visually_hidden_text() =>
        AssertClean(Page("""<p><a href="/x/">Read more<span class="visually-hidden"> about the summer fair</span></a></p>"""));

    [Fact]
    public void LinkTextVague_uses_aria_label_over_visible_text() =>
        Assert.Empty(Run<LinkTextVague>(Page("""<a href="/x/" aria-label="Read more about the summer fair">Read more</a>""")));

    [Fact]
    public void LinkTextVague_passes_descriptive_text() =>
        AssertClean(Page("""<p>Read <a href="/x/">our report on the summer fair</a>.</p>"""));

    [Fact]
    public void LinkTextVague_passes_text_that_only_contains_a_vague_word() =>
        Assert.Empty(Run<LinkTextVague>(Page("""<a href="/x/">How to get here</a>""")));
}
