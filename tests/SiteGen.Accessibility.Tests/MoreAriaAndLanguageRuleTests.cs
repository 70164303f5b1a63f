using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class MoreAriaAndLanguageRuleTests
{
    [Fact]
    public void LangOfPartsHeuristic_warns_about_welsh_sentence_marked_english()
    {
        var f = Assert.Single(Run<LangOfPartsHeuristic>(Page("<p>Mae'r digwyddiad yn agored i bawb ac rydym yn croesawu pobl o bob cefndir gyda ni.</p>")));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("Welsh", f.Message);
    }

    [Fact]
    public void LangOfPartsHeuristic_warns_about_english_sentence_on_a_welsh_page() =>
        Assert.Single(Run<LangOfPartsHeuristic>(Page("<p>The event is open to everyone and we welcome people from all backgrounds with us.</p>", lang: "cy")));

    [Fact]
    public void LangOfPartsHeuristic_passes_a_sentence_a_tenth_of_whose_words_are_the_declared_language() =>
        Assert.Empty(Run<LangOfPartsHeuristic>(Page("<p>Mae pawb yn dod gyda ni i'r the dathliad heddiw.</p>")));

    [Fact]
    public void LangOfPartsHeuristic_warns_when_fewer_than_a_tenth_of_the_words_are_the_declared_language() =>
        Assert.Single(Run<LangOfPartsHeuristic>(Page("<p>Mae pawb yn dod gyda ni i'r the dathliad heddiw nawr.</p>")));

    [Fact]
    public void LangOfPartsHeuristic_passes_sentences_shorter_than_eight_words() =>
        Assert.Empty(Run<LangOfPartsHeuristic>(Page("<p>Mae pawb yn dod gyda ni heddiw.</p>")));

    [Fact]
    public void LangOfPartsHeuristic_passes_marked_welsh_sentence_and_english_with_welsh_names() =>
        AssertClean(Page("""
            <p lang="cy">Mae'r digwyddiad yn agored i bawb ac rydym yn croesawu pobl o bob cefndir gyda ni.</p>
            <p>Dafydd ap Gwilym and Gwenllian from Ynys Môn spoke about the work of the Urdd in Llanelli.</p>
            """));

    [Fact]
    public void ControlName_reports_icon_button_without_name()
    {
        var f = Assert.Single(Run<ControlName>(Page("""<button type="button"><svg aria-hidden="true"></svg></button>""")));
        Assert.Equal("button", f.Element!.LocalName);
    }

    [Fact]
    public void ControlName_passes_disabled_button_removed_by_role_none() =>
        Assert.Empty(Run<ControlName>(Page("""<button type="button" role="none" disabled></button>""")));

    [Fact]
    public void ControlName_passes_labelled_icon_button_and_default_submit() =>
        AssertClean(Page("""<form action="/s/"><label for="q">Search</label><input id="q"><button type="submit" aria-label="Search the site"><svg aria-hidden="true"></svg></button><input type="submit"></form>"""));

    [Fact]
    public void Accesskey_warns_about_shortcut() =>
        Assert.Single(Run<Accesskey>(Page("""<p><a href="/" accesskey="h">Home page</a></p>""")));

    [Fact]
    public void Accesskey_passes_page_without_shortcuts() => Assert.Empty(Run<Accesskey>(Page("<p>Hello</p>")));

    [Fact]
    public void PreferNative_warns_about_div_button() =>
        Assert.Single(Run<PreferNative>(Page("""<div role="button" tabindex="0">Book now</div>""")));

    [Fact]
    public void PreferNative_warns_about_redundant_role() =>
        Assert.Contains("already has", Assert.Single(Run<PreferNative>(Page("").Replace("<main id=\"main-content\">", "<main id=\"main-content\" role=\"main\">"))).Message);

    [Fact]
    public void PreferNative_passes_emoji_with_role_img_and_native_elements() =>
        AssertClean(Page("""<p>Well done <span role="img" aria-label="party popper">🎉</span></p><button type="button">Book now</button>"""));
}
