using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class TextAndAriaRuleTests
{
    [Fact]
    public void AbbrFirstUse_warns_about_unexplained_acronym()
    {
        var f = Assert.Single(Run<AbbrFirstUse>(Page("""<p data-md-pos="3:1">We met the WCVA in May. The WCVA agreed.</p>""")));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("\"WCVA\"", f.Message);
    }

    [Theory]
    [InlineData("We met the Wales Council for Voluntary Action (WCVA) in May. The WCVA agreed.")]
    [InlineData("We met the WCVA (Wales Council for Voluntary Action) in May.")]
    [InlineData("""We met the <abbr title="Wales Council for Voluntary Action">WCVA</abbr> in May.""")]
    [InlineData("We met NHS and BBC staff in the UK.")]
    [InlineData("Chapter IV of the report.")]
    public void AbbrFirstUse_passes_expanded_or_well_known_acronyms(string text) =>
        AssertClean(Page($"<p>{text}</p>"));

    [Fact]
    public void AbbrFirstUse_passes_site_abbreviations() =>
        Assert.Empty(Run<AbbrFirstUse>(Page("<p>The WCVA agreed.</p>"), new CheckOptions { KnownAbbreviations = new HashSet<string> { "WCVA" } }));

    [Fact]
    public void TextAllCaps_warns_about_paragraph_in_capitals() =>
        Assert.Single(Run<TextAllCaps>(Page("<p>PLEASE BRING YOUR OWN LUNCH TO THE EVENT.</p>")));

    [Fact]
    public void TextAllCaps_counts_an_everyday_word_that_is_also_an_acronym_as_shouting() =>
        Assert.Single(Run<TextAllCaps>(Page("<p>Please COME IN OR CALL today</p>")));

    [Fact]
    public void TextAllCaps_warns_about_four_words_in_capitals_of_two_letters_each() =>
        Assert.Single(Run<TextAllCaps>(Page("<p>so GO UP MY ST now</p>")));

    [Fact]
    public void TextAllCaps_passes_capitals_broken_by_a_one_letter_word() =>
        Assert.Empty(Run<TextAllCaps>(Page("<p>so GO UP A ST now</p>")));

    [Fact]
    public void TextAllCaps_warns_about_capitals_written_with_apostrophes() =>
        Assert.Single(Run<TextAllCaps>(Page("<p>so 'A 'B 'C 'D now</p>")));

    [Fact]
    public void TextAllCaps_passes_sentence_case_with_acronyms() =>
        AssertClean(Page("<p>Please bring your NHS number and a photo ID to the event.</p>"));

    [Fact]
    public void FakeList_errors_on_three_lines_with_the_same_bullet()
    {
        var f = Assert.Single(Run<FakeList>(Page("<p>• Tea\n• Coffee\n• Cake</p>")));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void FakeList_warns_about_consecutive_emoji_paragraphs()
    {
        var f = Assert.Single(Run<FakeList>(Page("<p>✅ Step-free access</p><p>🔊 Hearing loop</p>")));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("p", f.Element!.LocalName);
    }

    [Fact]
    public void FakeList_passes_real_list_and_paragraph_starting_with_a_number() =>
        AssertClean(Page("<ul><li>Tea</li><li>Coffee</li></ul><p>2020 was a hard year.</p><p>- Sam, volunteer</p>"));

    [Fact]
    public void FakeHeading_warns_about_bold_paragraph_followed_by_content() =>
        Assert.Single(Run<FakeHeading>(Page("<p><strong>What we heard</strong></p><p>People said many things.</p>")));

    [Fact]
    public void FakeHeading_passes_bold_sentence_and_real_heading() =>
        AssertClean(Page("<p><strong>Booking is essential.</strong></p><h2>What we heard</h2><p>People said many things.</p>"));

    [Fact]
    public void TableCaption_warns_about_table_with_no_caption_or_heading() =>
        Assert.Single(Run<TableCaption>(Page("<p>Figures:</p><table><tr><th>A</th></tr><tr><td>1</td></tr></table>")));

    [Fact]
    public void TableCaption_passes_table_with_caption() =>
        Assert.Empty(Run<TableCaption>(Page("<p>Figures:</p><table><caption>Attendance</caption><tr><th>A</th></tr></table>")));

    [Fact]
    public void SpacingMarkup_warns_about_empty_paragraph() =>
        Assert.Single(Run<SpacingMarkup>(Page("<p>One</p><p>&nbsp;</p><p>Two</p>")));

    [Fact]
    public void SpacingMarkup_warns_once_about_a_run_of_line_breaks() =>
        Assert.Single(Run<SpacingMarkup>(Page("<p>One<br><br><br>Two</p>")));

    [Fact]
    public void SpacingMarkup_passes_single_line_break() => AssertClean(Page("<p>1 High Street<br>Cardiff</p>"));

    [Theory]
    [InlineData("Use the button on the right to book.")]
    [InlineData("Fields in red are required.")]
    [InlineData("Press the green button.")]
    [InlineData("CLICK ON THE LINK below the map.")]
    [InlineData("The map above shows the café.")]
    [InlineData("Items In Bold Red are new.")]
    [InlineData("Select the photo below.")]
    public void SensoryWording_warns_about_instructions_that_need_sight(string text) =>
        Assert.Single(Run<SensoryWording>(Page($"<p>{text}</p>")));

    [Fact]
    public void SensoryWording_passes_named_instruction() =>
        AssertClean(Page("<p>Select <a href=\"/book/\">Book a place at the summer fair</a> to book.</p>"));

    [Fact]
    public void DetailsSummary_reports_details_without_summary() =>
        Assert.Equal("details", Assert.Single(Run<DetailsSummary>(Page("<details><p>Hidden</p></details>"))).Element!.LocalName);

    [Fact]
    public void DetailsSummary_reports_empty_summary() =>
        Assert.Equal("summary", Assert.Single(Run<DetailsSummary>(Page("<details><summary> </summary><p>Hidden</p></details>"))).Element!.LocalName);

    [Fact]
    public void DetailsSummary_passes_labelled_details() =>
        AssertClean(Page("<details><summary>Access information</summary><p>Step-free.</p></details>"));

    [Fact]
    public void AriaHiddenFocusable_reports_link_inside_aria_hidden()
    {
        var f = Assert.Single(Run<AriaHiddenFocusable>(Page("""<div aria-hidden="true"><a href="/x/">Events</a></div>""")));
        Assert.Equal("a", f.Element!.LocalName);
    }

    [Fact]
    public void AriaHiddenFocusable_passes_unfocusable_link_and_hidden_icon() =>
        AssertClean(Page("""<p><a href="/x/">Events <span aria-hidden="true">→</span></a></p><div aria-hidden="true"><a href="/y/" tabindex="-1">Decorative copy</a></div>"""));

    [Fact]
    public void NestedInteractive_reports_link_inside_button()
    {
        var f = Assert.Single(Run<NestedInteractive>(Page("""<button type="button">Open <a href="/x/">events</a></button>""")));
        Assert.Equal("a", f.Element!.LocalName);
    }

    [Fact]
    public void NestedInteractive_passes_links_side_by_side() =>
        Assert.Empty(Run<NestedInteractive>(Page("""<p><a href="/a/">Events</a> <a href="/b/">Blog</a></p>""")));
}

public class AbbrFirstUseEdgeCaseTests
{
    [Fact]
    public void AbbrFirstUse_ignores_postcodes_and_road_numbers() =>
        AssertClean(Page("<p>The hall is at 1 High Street, Cardiff CF10 1AB, just off the A470. Time TBC.</p>"));

    [Fact]
    public void AbbrFirstUse_leaves_shouted_text_to_text_all_caps()
    {
        var findings = RunAll(Page("<p>PLEASE BRING YOUR OWN LUNCH TO THE EVENT.</p>"));
        Assert.Equal("text-all-caps", Assert.Single(findings).RuleName);
    }
}
