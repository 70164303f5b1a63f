using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class ImageRuleTests
{
    [Fact]
    public void ImgAlt_reports_img_without_alt()
    {
        var f = Assert.Single(Run<ImgAlt>(Page("""<p data-md-pos="4:1"><img src="/img/hall.jpg"></p>""")));
        Assert.Equal("img", f.Element!.LocalName);
        Assert.Contains("hall.jpg", f.Message);
    }

    [Fact]
    public void ImgAlt_passes_decorative_img_with_empty_alt() => AssertClean(Page("""<p><img src="/img/line.svg" alt=""></p>"""));

    [Fact]
    public void ImgAlt_passes_img_with_role_presentation() =>
        Assert.Empty(Run<ImgAlt>(Page("""<img src="/img/line.svg" role="presentation">""")));

    [Fact]
    public void ImgAlt_leaves_empty_alt_image_that_is_the_whole_link_to_link_name() =>
        Assert.Empty(Run<ImgAlt>(Page("""<a href="/donate/"><img src="/img/donate.png" alt=""></a>""")));

    [Fact]
    public void ImgAlt_reports_object_showing_audio_without_a_name() =>
        Assert.Single(Run<ImgAlt>(Page("""<object data="/media/talk.mp3"></object>""")));

    [Fact]
    public void ImgAlt_passes_named_object_and_object_showing_a_web_page() =>
        Assert.Empty(Run<ImgAlt>(Page("""<object title="Talk" data="/talk.mp4"></object><object data="/map.html"></object>""")));

    [Fact]
    public void ImgAlt_reports_alt_of_only_spaces() =>
        Assert.Single(Run<ImgAlt>(Page("""<img src="/img/fair.png" alt=" ">""")));

    [Fact]
    public void ImgAlt_passes_image_named_by_title_or_aria_label() =>
        Assert.Empty(Run<ImgAlt>(Page("""<img src="/a.png" title="Fair"><img src="/b.png" aria-label="Stall">""")));

    [Fact]
    public void ImgAlt_reports_focusable_image_whose_role_none_browsers_ignore() =>
        Assert.Single(Run<ImgAlt>(Page("""<img src="/img/fair.png" role="none" tabindex="0">""")));

    [Fact]
    public void ImgAlt_passes_empty_alt_image_inside_link_with_text() =>
        AssertClean(Page("""<a href="/donate/"><img src="/img/heart.png" alt=""> Donate to our appeal</a>"""));

    [Fact]
    public void ImgAlt_reports_svg_role_img_without_name() =>
        Assert.Single(Run<ImgAlt>(Page("""<svg role="img" viewBox="0 0 1 1"></svg>""")));

    [Fact]
    public void ImgAlt_passes_svg_role_img_with_title() =>
        Assert.Empty(Run<ImgAlt>(Page("""<svg role="img" viewBox="0 0 1 1"><title>Map of Cardiff</title></svg>""")));

    [Theory]
    [InlineData("IMG_2041.jpg", "/img/IMG_2041.jpg")]
    [InlineData("DSC01234", "/img/a.jpg")]
    [InlineData("team-photo-2020", "/img/team-photo-2020.jpg")]
    [InlineData("photos/event_day", "/img/x.jpg")]
    [InlineData("hall.png", "/img/other.png")]
    [InlineData("https://example.org/a.jpg", "/img/a.jpg")]
    public void ImgAltFilename_reports_file_name_as_alt(string alt, string src)
    {
        var f = Assert.Single(Run<ImgAltFilename>(Page($"""<img src="{src}" alt="{alt}">""")));
        Assert.Contains(alt, f.Message);
    }

    [Theory]
    [InlineData("Oxfam", "/img/oxfam.png")]
    [InlineData("Volunteers at the 2020 summer fair", "/img/fair.jpg")]
    [InlineData("A/B testing workshop", "/img/ab.jpg")]
    public void ImgAltFilename_passes_descriptive_alt(string alt, string src) =>
        Assert.Empty(Run<ImgAltFilename>(Page($"""<img src="{src}" alt="{alt}">""")));

    [Theory]
    [InlineData("image")]
    [InlineData("Photo")]
    [InlineData("picture.")]
    [InlineData("logo")]
    [InlineData("icon")]
    [InlineData("image1")]
    [InlineData("spacer")]
    public void ImgAltPlaceholder_reports_placeholder_word(string alt) =>
        Assert.Single(Run<ImgAltPlaceholder>(Page($"""<img src="/img/x.jpg" alt="{alt}">""")));

    [Fact]
    public void ImgAltPlaceholder_passes_alt_that_mentions_a_logo() =>
        AssertClean(Page("""<img src="/img/x.png" alt="Example charity logo">"""));
}
