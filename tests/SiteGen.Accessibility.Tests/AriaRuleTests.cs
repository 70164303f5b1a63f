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

    [Theory]
    [InlineData("""<div role="doc-pullquote">Best day ever</div>""")]
    [InlineData("""<input role="searchfield searchbox" aria-label="Search">""")]
    public void AriaValid_passes_dpub_roles_and_fallback_lists_with_a_known_role(string html) =>
        Assert.Empty(Run<AriaValid>(Page(html)));

    [Theory]
    [InlineData("""<p><span aria-label="Important">The meeting is on 4 March.</span></p>""")]
    [InlineData("""<p role="paragraph" aria-labelledby="h">Notes</p><h2 id="h">Notes</h2>""")]
    public void AriaAllowedAttr_reports_a_name_on_an_element_whose_role_cannot_have_one(string html) =>
        Assert.Single(Run<AriaAllowedAttr>(Page(html)));

    [Theory]
    [InlineData("""<div role="region" aria-label="Session times"><p>10am</p></div>""")]
    [InlineData("""<nav aria-label="Main"><a href="/">Home</a></nav>""")]
    public void AriaAllowedAttr_passes_a_name_on_an_element_whose_role_can_have_one(string html) =>
        Assert.Empty(Run<AriaAllowedAttr>(Page(html)));

    [Fact]
    public void AriaValid_reports_role_list_with_no_known_role() =>
        Assert.Single(Run<AriaValid>(Page("""<div role="searchfield sideboard">Search</div>""")));

    [Theory]
    [InlineData("""<div role="checkbox" aria-checked="false" aria-required="undefined">Agree</div>""")]
    [InlineData("""<div role="slider" aria-valuenow="two">Volume</div>""")]
    [InlineData("""<div role="row" aria-rowindex="2.5">Row</div>""")]
    [InlineData("""<div aria-live="page">News</div>""")]
    [InlineData("""<div aria-live="polite" aria-relevant="text always">News</div>""")]
    public void AriaValid_reports_a_value_not_of_the_attributes_type(string html) =>
        Assert.Contains("it must be", Assert.Single(Run<AriaValid>(Page(html))).Text);

    [Theory]
    [InlineData("""<div role="switch" tabindex="0">Dark mode</div>""")]
    [InlineData("""<div role="heading">News</div>""")]
    [InlineData("""<input role="combobox" aria-expanded="true" aria-label="Tag">""")]
    public void AriaValid_reports_a_role_without_its_required_state(string html) =>
        Assert.Contains("needs aria-", Assert.Single(Run<AriaValid>(Page(html))).Text);

    [Theory]
    [InlineData("""<input type="checkbox" role="switch" aria-label="Dark mode">""")]
    [InlineData("""<div role="separator"></div>""")]
    [InlineData("""<div role="switch" style="display:none"></div>""")]
    public void AriaValid_passes_a_role_whose_state_comes_from_html_or_is_not_needed(string html) =>
        Assert.Empty(Run<AriaValid>(Page(html)));

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
    [Theory]
    [InlineData("""<div role="tablist" aria-label="Sessions"><p>Planning</p><p>Review</p></div>""")]
    [InlineData("""<div role="tablist" aria-label="Sessions"></div>""")]
    [InlineData("""<div role="list"><div role="button" tabindex="0"><span role="listitem">Behind a widget</span></div></div>""")]
    [InlineData("""<div role="menu"><a href="/a/">Plain link</a></div>""")]
    [InlineData("""<div role="table"><div role="row"><span>No cells</span></div></div>""")]
    public void AriaRequiredChildren_reports_a_container_without_its_parts(string html)
    {
        var f = Assert.Single(Run<AriaRequiredChildren>(Page(html)), f => f.Text.Contains("contains no element"));
        Assert.Equal("div", f.Element!.LocalName);
    }

    [Fact]
    public void AriaRequiredChildren_reports_a_tablist_with_no_tab_by_name() =>
        Assert.Contains("role=\"tab\"", Assert.Single(Run<AriaRequiredChildren>(Page("""<div role="tablist"><p>Planning</p></div>"""))).Message);

    [Theory]
    [InlineData("""<div role="tablist" aria-label="Sessions"><button role="tab" aria-selected="true">Morning</button><button role="tab" aria-selected="false">Afternoon</button></div>""")]
    [InlineData("""<div role="tablist" aria-label="Sessions"><div><span role="tab" tabindex="0" aria-selected="true">Wrapped in a div</span></div></div>""")]
    [InlineData("""<div role="tablist" aria-label="Sessions" aria-owns="t1"></div><span id="t1" role="tab" tabindex="0" aria-selected="true">Owned</span>""")]
    [InlineData("""<div role="tablist" aria-label="Sessions" aria-busy="true"></div>""")]
    [InlineData("""<div role="list"><li>Native item</li></div>""")]
    [InlineData("""<div role="radiogroup" aria-label="Time"><label><input type="radio" name="t"> Morning</label></div>""")]
    [InlineData("""<table role="grid"><tbody><tr><td>Cell</td></tr></tbody></table>""")]
    [InlineData("""<ul><li>Native lists need nothing</li></ul><table><tr><th>Head</th></tr></table>""")]
    [InlineData("""<div role="tablist" hidden></div>""")]
    public void AriaRequiredChildren_passes_containers_that_own_their_parts(string html) =>
        Assert.Empty(Run<AriaRequiredChildren>(Page(html)));

    [Fact]
    public void AriaRequiredChildren_tablist_with_tabs_is_clean() =>
        AssertClean(Page("""
            <div role="tablist" aria-label="Sessions">
              <button role="tab" id="tab-1" aria-selected="true" aria-controls="panel-1">Morning</button>
              <button role="tab" id="tab-2" aria-selected="false" aria-controls="panel-2" tabindex="-1">Afternoon</button>
            </div>
            <div role="tabpanel" id="panel-1" aria-labelledby="tab-1"><p>Talks.</p></div>
            <div role="tabpanel" id="panel-2" aria-labelledby="tab-2" hidden><p>Workshops.</p></div>
            """));

    [Theory]
    [InlineData("""<input id="n" type="text" autocomplete="nmae">""")]
    [InlineData("""<input id="n" type="text" autocomplete="fullname">""")]
    [InlineData("""<input id="n" type="text" autocomplete="home name">""")]
    [InlineData("""<input id="n" type="text" autocomplete="shipping billing street-address">""")]
    [InlineData("""<input id="n" type="text" autocomplete="name email">""")]
    [InlineData("""<input id="n" type="text" autocomplete="section- name">""")]
    [InlineData("""<input id="n" type="text" autocomplete="webauthn">""")]
    [InlineData("""<input id="n" type="text" autocomplete="on off">""")]
    [InlineData("""<select id="n" autocomplete="countri"><option>Wales</option></select>""")]
    [InlineData("""<input id="n" type="number" autocomplete="email">""")]
    [InlineData("""<input id="n" type="email" autocomplete="name">""")]
    [InlineData("""<input id="n" type="checkbox" autocomplete="tel">""")]
    public void AutocompleteValid_reports_values_that_are_not_in_the_spec_or_do_not_suit_the_type(string html) =>
        Assert.Single(Run<AutocompleteValid>(Page($"""<form action="/x/"><label for="n">Field</label> {html}</form>""")));

    [Theory]
    [InlineData("""<input id="n" type="email" autocomplete="email">""")]
    [InlineData("""<input id="n" type="text" autocomplete="shipping street-address">""")]
    [InlineData("""<input id="n" type="text" autocomplete="off">""")]
    [InlineData("""<input id="n" type="text" autocomplete="ON">""")]
    [InlineData("""<input id="n" type="text" autocomplete="">""")]
    [InlineData("""<input id="n" type="tel" autocomplete="section-blue billing work tel">""")]
    [InlineData("""<input id="n" type="password" autocomplete="current-password webauthn">""")]
    [InlineData("""<input id="n" autocomplete="Given-Name">""")]
    [InlineData("""<input id="n" type="number" autocomplete="cc-csc">""")]
    [InlineData("""<input id="n" type="date" autocomplete="bday">""")]
    [InlineData("""<textarea id="n" autocomplete="street-address"></textarea>""")]
    [InlineData("""<select id="n" autocomplete="country"><option>Wales</option></select>""")]
    [InlineData("""<input id="n" type="hidden" autocomplete="nmae">""")]
    [InlineData("""<input id="n" type="text" autocomplete="nmae" disabled>""")]
    public void AutocompleteValid_passes_spec_values(string html) =>
        Assert.Empty(Run<AutocompleteValid>(Page($"""<form action="/x/"><label for="n">Field</label> {html}</form>""")));

    [Fact]
    public void AutocompleteValid_form_with_valid_values_is_clean() =>
        AssertClean(Page("""
            <form action="/contact/">
              <p><label for="name">Your name</label> <input id="name" type="text" autocomplete="name"></p>
              <p><label for="email">Email</label> <input id="email" type="email" autocomplete="email"></p>
              <p><label for="street">Street</label> <input id="street" type="text" autocomplete="shipping street-address"></p>
              <p><label for="code">Code</label> <input id="code" type="text" autocomplete="off"></p>
              <p><button type="submit">Send</button></p>
            </form>
            """));

    [Fact]
    public void AriaRequiredChildren_reports_a_role_that_does_not_belong_in_the_container() =>
        Assert.Contains("role=\"link\"", Assert.Single(Run<AriaRequiredChildren>(Page(
            """<div role="list"><span role="listitem">Cakes</span><span role="link">Teas</span></div>"""))).Text);

    [Fact]
    public void AriaRequiredChildren_reports_a_group_in_a_menu_holding_something_else() =>
        Assert.Single(Run<AriaRequiredChildren>(Page(
            """<div role="menu"><div role="group"><span role="menuitem">A</span><span role="treeitem">B</span></div></div>""")));

    [Fact]
    public void AriaRequiredChildren_passes_a_menu_with_nested_groups_of_menu_items() =>
        Assert.Empty(Run<AriaRequiredChildren>(Page("""<div role="menu"><span role="menuitem">A</span>"""
            + """<div role="group"><div role="group"><span role="menuitem">B</span></div></div></div>""")));

    [Fact]
    public void AriaRequiredChildren_reports_a_list_item_role_outside_a_list() =>
        Assert.Contains("is not inside", Assert.Single(Run<AriaRequiredChildren>(Page(
            """<div><span role="listitem">Cakes</span></div>"""))).Text);

    [Fact]
    public void AriaRequiredChildren_passes_items_a_list_owns_through_aria_owns() =>
        Assert.Empty(Run<AriaRequiredChildren>(Page(
            """<div role="list" aria-owns="a b"></div><div><span id="a" role="listitem">A</span></div>"""
            + """<span id="b" role="listitem">B</span>""")));

    [Fact]
    public void NestedInteractive_reports_a_link_inside_a_checkbox_role() =>
        Assert.Single(Run<NestedInteractive>(Page(
            """<div role="checkbox" aria-checked="false" tabindex="0">I agree to the <a href="/terms/">terms</a></div>""")));
}
