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
    public void Link_whose_only_image_is_decorative_is_reported_once_by_link_name()
    {
        var finding = Assert.Single(RunAll(Page("""<a href="/x/"><img src="/img/a.png" role="presentation"></a>""")));
        Assert.Equal(("link-name", "a"), (finding.RuleName, finding.Element!.LocalName));
    }

    [Fact]
    public void LinkName_leaves_link_with_an_image_without_alt_to_img_alt() =>
        Assert.Empty(Run<LinkName>(Page("""<a href="/x/"><img src="/img/a.png"></a>""")));

    [Fact]
    public void LinkName_names_dpub_link_roles_from_their_content() =>
        AssertClean(Page("""<p>See [<a href="/refs/" role="doc-biblioref">the report</a>]</p>"""));

    [Fact]
    public void LinkName_reports_nameless_dpub_link_and_area() =>
        Assert.Equal(2, Run<LinkName>(Page(
            """<a href="/r/" role="doc-biblioref"><img src="/a.png" alt=""></a><map name="m"><area href="/x/"></map>""")).Count);

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
    [InlineData("<p>Click <a href=\"/n.pdf\">here</a> for the full notice.</p>")]
    [InlineData("<p>The county's budget hearing schedule is <a href=\"/b/\">here</a>.</p>")]
    public void LinkTextVague_reports_here_in_a_sentence_naming_the_destination_as_warning(string html) =>
        Assert.Equal(Severity.Warning, Assert.Single(Run<LinkTextVague>(Page(html))).Severity);

    [Theory]
    [InlineData("<p>Our report is out. Read it <a href=\"/r/\">here</a>.</p>")]
    [InlineData("<p>Read our story <a href=\"/s/\">here</a>.</p>")]
    [InlineData("<li>Click <a href=\"/x/\">here</a></li>")]
    public void LinkTextVague_reports_here_without_a_naming_sentence_as_error(string html) =>
        Assert.Equal(Severity.Error, Assert.Single(Run<LinkTextVague>(Page(html))).Severity);

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
