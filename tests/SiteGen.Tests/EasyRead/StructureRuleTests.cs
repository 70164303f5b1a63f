using SiteGen.Content.FrontMatter;
using SiteGen.Diagnostics;
using SiteGen.EasyRead.Model;
using SiteGen.EasyRead.Rules;
using static SiteGen.Tests.EasyRead.EasyReadPages;

namespace SiteGen.Tests.EasyRead;

/// <summary>The Easy Read rules about the whole document: its about and contact sections, its review record and the Easy-to-Read logo.</summary>
public sealed class StructureRuleTests
{
    private const string Middle = "## What happened\n\nWe met.\n\n## What we learned\n\nWe learned a lot.\n\n";

    // er-about-section
    [Fact]
    public void An_about_section_first_passes() => Assert.Empty(Check<AboutSection>("## About this report\n\nWe wrote it.\n\n" + Middle));

    [Fact]
    public void An_introduction_second_passes() => Assert.Empty(Check<AboutSection>("## Our report\n\nHello.\n\n## Introduction\n\nWe wrote it.\n\n" + Middle));

    [Fact]
    public void An_about_section_third_is_reported_at_the_first_heading() =>
        Assert.Equal(new MarkdownPosition(1, 1), Assert.Single(Check<AboutSection>(Middle + "## About this report\n\nWe wrote it.\n")).At);

    [Fact]
    public void A_welsh_about_section_is_found_by_its_welsh_heading() =>
        Assert.Empty(Check<AboutSection>("## Am yr adroddiad hwn\n\nNi ysgrifennodd hwn.\n\n" + Middle, language: "cy"));

    [Fact]
    public void A_language_with_no_section_names_is_not_checked() => Assert.Empty(Check<AboutSection>(Middle, language: "so"));

    // er-contact-section
    [Fact]
    public void A_contact_section_last_passes() => Assert.Empty(Check<ContactSection>(Middle + "## Contact us\n\nEmail us.\n"));

    [Fact]
    public void A_contact_section_next_to_last_passes() => Assert.Empty(Check<ContactSection>("## Find out more\n\nEmail us.\n\n## Thank you\n\nThanks.\n"));

    [Fact]
    public void A_page_with_no_contact_section_is_reported_at_its_last_heading() =>
        Assert.Equal(new MarkdownPosition(5, 1), Assert.Single(Check<ContactSection>(Middle)).At);

    [Fact]
    public void An_urdu_contact_section_is_found_by_its_urdu_heading() =>
        Assert.Empty(Check<ContactSection>(Middle + "## مزید معلومات\n\nہمیں ای میل کریں۔\n", language: "ur"));

    // er-review-record
    private static readonly ReviewRecord Checked = new(["Clinks Easy Read group"], new DateTimeOffset(2020, 12, 10, 0, 0, 0, TimeSpan.Zero), null);

    private static IReadOnlyList<ReadabilityFinding> CheckWith<TRule>(string markdown, ReviewRecord? review, string language = "en") where TRule : ReadabilityRule, new() =>
        new TRule().Check(Of(markdown, language, review: review)).ToList();

    [Fact]
    public void A_page_with_no_review_record_gets_a_warning() =>
        Assert.Equal(Severity.Warning, Assert.Single(CheckWith<ReviewRecorded>("We met.", null)).Severity);

    [Fact]
    public void A_review_record_without_a_date_gets_a_warning() =>
        Assert.Contains("review: date", Assert.Single(CheckWith<ReviewRecorded>("We met.", Checked with { Date = null })).Message);

    [Fact]
    public void A_review_record_with_names_and_date_passes() => Assert.Empty(CheckWith<ReviewRecorded>("We met.", Checked));

    private const string Logo = "![The European Easy-to-Read logo](../../images/easy-to-read-logo.png) ";

    [Fact]
    public void A_page_showing_the_logo_with_no_review_record_gets_an_error() =>
        Assert.Equal(Severity.Error, Assert.Single(CheckWith<ReviewRecorded>(Logo + "We met.", null)).Severity);

    // er-logo-conditions
    private const string Statement = "© European Easy-to-Read Logo: Inclusion Europe. More information at easy-to-read.eu\n";

    [Fact]
    public void The_logo_with_the_reviewers_named_and_the_statement_passes() =>
        Assert.Empty(CheckWith<LogoConditions>(Logo + "The Clinks Easy Read group checked this.\n\n" + Statement, Checked));

    [Fact]
    public void The_logo_without_the_statement_is_an_error() =>
        Assert.Contains("without the statement", Assert.Single(CheckWith<LogoConditions>(Logo + "The Clinks Easy Read group checked this.\n", Checked)).Message);

    [Fact]
    public void The_logo_without_the_reviewers_named_in_the_text_is_an_error() =>
        Assert.Contains("Clinks Easy Read group", Assert.Single(CheckWith<LogoConditions>(Logo + "We checked this.\n\n" + Statement, Checked)).Message);

    [Fact]
    public void A_page_without_the_logo_has_no_logo_conditions() => Assert.Empty(CheckWith<LogoConditions>("We met.", null));

    [Fact]
    public void The_logo_is_found_by_its_alt_text_anywhere_in_a_paragraph() =>
        Assert.Single(CheckWith<LogoConditions>("Checked by us. ![Easy to read logo](logo.png)\n\n" + Statement, Checked));

    // ml-ar-diacritics
    [Fact]
    public void An_urdu_page_with_no_review_record_gets_a_reminder_about_vowel_marks() =>
        Assert.Equal(Severity.Info, Assert.Single(CheckWith<ArabicScriptDiacritics>("ہم ملے۔", null, "ur")).Severity);

    [Fact]
    public void An_urdu_page_with_a_review_record_passes() => Assert.Empty(CheckWith<ArabicScriptDiacritics>("ہم ملے۔", Checked, "ur"));

    [Fact]
    public void A_welsh_page_has_no_diacritics_reminder() => Assert.Empty(CheckWith<ArabicScriptDiacritics>("Cwrddon ni.", null, "cy"));
}
