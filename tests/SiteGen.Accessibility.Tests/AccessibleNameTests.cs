using AngleSharp.Dom;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class AccessibleNameTests
{
    private static IElement Find(string fragment, string selector) =>
        Parse(Page(fragment)).Document.QuerySelector(selector)!;

    [Fact]
    public void Aria_labelledby_wins_over_aria_label_and_text() =>
        Assert.Equal("Summer fair", AccessibleName.Of(Find(
            """<h2 id="t">Summer fair</h2><a id="x" href="/f/" aria-labelledby="t" aria-label="Ignored">Book</a>""", "#x")));

    [Fact]
    public void Aria_labelledby_may_include_the_element_itself() =>
        Assert.Equal("Summer fair Book", AccessibleName.Of(Find(
            """<h2 id="t">Summer fair</h2><a id="x" href="/f/" aria-labelledby="t x">Book</a>""", "#x")));

    [Fact]
    public void Aria_label_wins_over_text() =>
        Assert.Equal("Our events", AccessibleName.Of(Find("""<a href="/e/" aria-label=" Our  events ">Go</a>""", "a[href='/e/']")));

    [Fact]
    public void Visually_hidden_text_counts_and_aria_hidden_text_does_not() =>
        Assert.Equal("Read more about the fair", AccessibleName.Of(Find(
            """<a href="/f/">Read more<span class="visually-hidden"> about the fair</span><span aria-hidden="true"> →</span><span hidden>x</span></a>""", "a[href='/f/']")));

    [Fact]
    public void Image_alt_is_part_of_link_text() =>
        Assert.Equal("Donate now", AccessibleName.Of(Find("""<a href="/d/"><img src="/h.png" alt="Donate"> now</a>""", "a[href='/d/']")));

    [Fact]
    public void Block_children_are_separated_by_spaces_and_inline_ones_are_not() =>
        Assert.Equal("Hello world Next", AccessibleName.Of(Find("""<a href="/h/">Hel<b>lo</b> world<div>Next</div></a>""", "a[href='/h/']")));

    [Fact]
    public void Form_control_is_named_by_its_label() =>
        Assert.Equal("Email address", AccessibleName.Of(Find("""<label for="e">Email address</label><input id="e">""", "#e")));

    [Fact]
    public void Wrapping_label_names_control_without_the_options_text() =>
        Assert.Equal("Choose a day", AccessibleName.Of(Find("""<label>Choose a day <select><option>Monday</option></select></label>""", "select")));

    [Fact]
    public void Iframe_is_named_by_title_and_nav_only_by_aria() =>
        Assert.Equal(("Map", ""), (AccessibleName.Of(Find("""<iframe title="Map" src="/m"></iframe>""", "iframe")),
            AccessibleName.FromAria(Find("""<nav><a href="/">Home</a></nav>""", "nav"))));

    [Fact]
    public void Title_is_the_last_resort() =>
        Assert.Equal("Events page", AccessibleName.Of(Find("""<a href="/e/" title="Events page"><svg aria-hidden="true"></svg></a>""", "a[href='/e/']")));

    [Fact]
    public void The_text_of_an_element_with_one_text_node_is_that_text_collapsed() =>
        Assert.Equal("Summer fair", AccessibleName.TextOf(Find("<p id=\"x\">  Summer \n fair </p>", "#x")));

    [Fact]
    public void The_text_of_an_element_joins_its_children_with_blocks_set_apart() =>
        Assert.Equal("Summer fair Saturday", AccessibleName.TextOf(Find("<div id=\"x\">Summer <b>fair</b><p>Saturday</p></div>", "#x")));

    [Fact]
    public void Control_labelled_by_its_own_ancestor_is_named_by_the_ancestor_text_once() =>
        Assert.Equal("I agree", AccessibleName.Of(Find(
            """<p id="terms">I agree <input id="x" type="checkbox" aria-labelledby="terms"></p>""", "#x")));

    [Fact]
    public void Label_text_of_a_control_inside_its_own_labelling_ancestor_ends() =>
        Assert.Equal("I agree", AccessibleName.LabelText(Find(
            """<label for="x" id="l">I agree <input id="x" type="checkbox" aria-labelledby="l"></label>""", "#x")));

    [Fact]
    public void Aria_labelledby_inside_a_referenced_element_is_not_followed() =>
        Assert.Equal("Fair", AccessibleName.Of(Find(
            """<a id="x" href="/f/" aria-labelledby="a">Go</a><span id="a" aria-labelledby="b">Fair</span><span id="b">No</span>""",
            "#x")));

    [Fact]
    public void Labels_that_refer_to_each_others_controls_end() =>
        Assert.Equal("First Second", AccessibleName.Of(Find(
            """<label for="a">First <span aria-labelledby="b"></span></label><input id="a">"""
            + """<label for="b">Second <span aria-labelledby="a"></span></label><input id="b">""", "#a")));
}
