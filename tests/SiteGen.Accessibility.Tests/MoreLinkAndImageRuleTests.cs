using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class MoreLinkAndImageRuleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("javascript:void(0)")]
    public void LinkHrefReal_reports_links_that_go_nowhere(string href)
    {
        var f = Assert.Single(Run<LinkHrefReal>(Page($"""<p><a href="{href}">Booking form</a></p>""")));
        Assert.Equal("a", f.Element!.LocalName);
    }

    [Fact]
    public void LinkHrefReal_passes_real_links() =>
        AssertClean(Page("""<p><a href="/events/">Events</a> <a href="mailto:hello@example.org">Email us</a> <a href="tel:+441234567890">Phone us</a></p>"""));

    [Fact]
    public void LinkNewWindow_reports_target_blank_without_warning()
    {
        var f = Assert.Single(Run<LinkNewWindow>(Page("""<a href="https://x.org/" target="_blank" rel="noopener">Partner site</a>""")));
        Assert.Contains("Partner site", f.Message);
    }

    [Fact]
    public void LinkNewWindow_passes_link_that_says_opens_in_new_tab() =>
        AssertClean(Page("""<p><a href="https://x.org/" target="_blank" rel="noopener noreferrer">Partner site (opens in new tab)</a></p>"""));

    [Fact]
    public void LinkNewWindow_passes_target_self() =>
        Assert.Empty(Run<LinkNewWindow>(Page("""<a href="/x/" target="_self">Events</a>""")));

    [Fact]
    public void LinkFileType_reports_pdf_link_that_does_not_say_pdf()
    {
        var f = Assert.Single(Run<LinkFileType>(Page("""<a href="/files/annual-report.pdf">Annual report 2020</a>""")));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("PDF", f.Message);
    }

    [Fact]
    public void LinkFileType_reports_word_document_with_query_string() =>
        Assert.Single(Run<LinkFileType>(Page("""<a href="/files/notes.docx?v=2">Meeting notes</a>""")));

    [Fact]
    public void LinkFileType_reports_calendar_file_that_does_not_say_so() =>
        Assert.Contains("ICS", Assert.Single(Run<LinkFileType>(Page("""<a href="/events/fair/fair.ics">Add to my diary</a>"""))).Message);

    [Theory]
    [InlineData("/files/annual-report.pdf", "Annual report 2020 (PDF, 1.2 MB)")]
    [InlineData("/files/notes.docx", "Meeting notes (Word document)")]
    [InlineData("/files/figures.csv", "Attendance figures (CSV)")]
    [InlineData("/events/fair/fair.ics", "Add this event to your calendar (ICS calendar file)")]
    [InlineData("/events/summer.fair/", "Summer fair")]
    public void LinkFileType_passes_links_that_name_the_type_or_are_pages(string href, string text) =>
        AssertClean(Page($"""<p><a href="{href}">{text}</a></p>"""));

    [Theory]
    [InlineData("Image of volunteers planting trees")]
    [InlineData("Photo of the panel")]
    [InlineData("A picture of our office")]
    public void ImgAltPrefix_reports_redundant_prefix(string alt) =>
        Assert.Equal(Severity.Warning, Assert.Single(Run<ImgAltPrefix>(Page($"""<img src="/a.jpg" alt="{alt}">"""))).Severity);

    [Fact]
    public void ImgAltPrefix_passes_alt_mentioning_a_photo_later() =>
        AssertClean(Page("""<img src="/a.jpg" alt="Volunteers holding a photo of the old hall">"""));

    [Fact]
    public void ImgAltLength_reports_alt_over_150_characters()
    {
        var alt = string.Join(" ", Enumerable.Repeat("volunteers", 16));
        Assert.Single(Run<ImgAltLength>(Page($"""<img src="/a.jpg" alt="{alt}">""")));
    }

    [Fact]
    public void ImgAltLength_passes_short_alt() =>
        Assert.Empty(Run<ImgAltLength>(Page("""<img src="/a.jpg" alt="Volunteers at the fair">""")));

    [Fact]
    public void ImgAltRedundant_reports_alt_that_repeats_the_caption() =>
        Assert.Single(Run<ImgAltRedundant>(Page("""<figure><img src="/a.jpg" alt="The panel."><figcaption>The panel</figcaption></figure>""")));

    [Fact]
    public void ImgAltRedundant_reports_alt_that_repeats_the_link_text() =>
        Assert.Single(Run<ImgAltRedundant>(Page("""<a href="/fair/"><img src="/a.jpg" alt="Summer fair"> Summer fair</a>""")));

    [Fact]
    public void ImgAltRedundant_passes_alt_that_adds_to_the_caption() =>
        AssertClean(Page("""<figure><img src="/a.jpg" alt="Four people on a video call"><figcaption>The panel</figcaption></figure>"""));
}
