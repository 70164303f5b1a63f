using SiteGen.Accessibility.Rules;
using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

public class MediaAndLinkContextRuleTests
{
    [Theory]
    [InlineData("""<p><span style="color: red">Important</span></p>""")]
    [InlineData("""<p style="background-color:#ff0">Important</p>""")]
    [InlineData("""<p><font color="red">Important</font></p>""")]
    [InlineData("""<table bgcolor="yellow"><tr><th>A</th></tr></table>""")]
    public void NoInlineColour_reports_colour_set_in_content(string html) =>
        Assert.NotEmpty(Run<NoInlineColour>(Page(html)));

    [Fact]
    public void NoInlineColour_passes_markdig_table_alignment() =>
        Assert.Empty(Run<NoInlineColour>(Page("""<table><tr><th style="text-align: right;">A</th></tr></table><p style="border-color: none">x</p>""")
            .Replace("border-color: none", "text-align: center")));

    [Fact]
    public void ImgDecorativeTitle_reports_empty_alt_with_title() =>
        Assert.Equal("img", Assert.Single(Run<ImgDecorativeTitle>(Page("""<img src="/a.jpg" alt="" title="Our volunteers">"""))).Element!.LocalName);

    [Fact]
    public void ImgDecorativeTitle_passes_described_image_with_title() =>
        Assert.Empty(Run<ImgDecorativeTitle>(Page("""<img src="/a.jpg" alt="Our volunteers" title="Our volunteers">""")));

    [Fact]
    public void MediaCaptions_reports_video_without_captions_track()
    {
        var f = Assert.Single(Run<MediaCaptions>(Page("""<video controls src="/v.mp4"><track kind="chapters" src="/c.vtt"></video>""")));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void MediaCaptions_passes_video_with_captions_track() =>
        AssertClean(Page("""<video controls src="/v.mp4"><track kind="captions" src="/v.vtt" srclang="en" label="English"></video>"""));

    [Fact]
    public void MediaCaptions_warns_about_youtube_embed_without_transcript() =>
        Assert.Equal(Severity.Warning, Assert.Single(Run<MediaCaptions>(Page("""<iframe src="https://www.youtube.com/embed/x" title="Video: panel"></iframe>"""))).Severity);

    [Fact]
    public void MediaCaptions_passes_youtube_embed_with_transcript_link_in_the_same_section() =>
        AssertClean(Page("""<section aria-label="Video"><iframe src="https://www.youtube.com/embed/x" title="Video: panel"></iframe><p><a href="/t/">Transcript of the panel video</a></p></section>"""));

    [Fact]
    public void AudioTranscript_warns_about_audio_without_transcript() =>
        Assert.Single(Run<AudioTranscript>(Page("""<audio controls src="/talk.mp3"></audio>""")));

    [Fact]
    public void AudioTranscript_passes_audio_with_transcript() =>
        AssertClean(Page("""<figure><audio controls src="/talk.mp3"></audio><figcaption><a href="/talk-transcript/">Transcript of the talk</a></figcaption></figure>"""));

    [Fact]
    public void MediaAutoplay_reports_autoplaying_audio() =>
        Assert.Single(Run<MediaAutoplay>(Page("""<audio autoplay controls src="/a.mp3"></audio>""")));

    [Fact]
    public void MediaAutoplay_passes_muted_video_with_controls() =>
        Assert.Empty(Run<MediaAutoplay>(Page("""<video autoplay muted controls src="/v.mp4"><track kind="captions" src="/v.vtt"></video>""")));

    [Fact]
    public void LinkTextAmbiguous_warns_about_same_text_for_different_pages()
    {
        var f = Assert.Single(Run<LinkTextAmbiguous>(Page("""<p><a href="/events/a/">Booking form</a> <a id="second" href="/events/b/">Booking form</a></p>""")));
        Assert.Equal("second", f.Element!.Id);
    }

    [Fact]
    public void LinkTextAmbiguous_passes_a_tag_link_the_theme_shows_from_front_matter() =>
        AssertClean(Page("""
            <p data-md-pos="3:1"><a href="/about/accessibility/">accessibility</a></p>
            <ul data-md-pos="5:1:content/en/blog/x.md"><li><a href="/tags/accessibility/">accessibility</a></li></ul>
            """));

    [Fact]
    public void LinkTextAmbiguous_warns_about_two_links_in_the_written_text() =>
        Assert.Single(Run<LinkTextAmbiguous>(Page("""
            <p data-md-pos="3:1"><a href="/about/accessibility/">accessibility</a></p>
            <p data-md-pos="5:1"><a href="/tags/accessibility/">accessibility</a></p>
            """)));

    [Fact]
    public void LinkTextAmbiguous_passes_same_text_for_the_same_page() =>
        AssertClean(Page("""<p><a href="/events/">Events</a> and <a href="/events/index.html">events</a></p>"""));

    [Fact]
    public void LinkAdjacentDuplicate_warns_about_image_link_next_to_text_link() =>
        Assert.Single(Run<LinkAdjacentDuplicate>(Page("""<p><a href="/fair/"><img src="/f.jpg" alt="Summer fair"></a> <a href="/fair/">Summer fair</a></p>""")));

    [Fact]
    public void LinkAdjacentDuplicate_passes_image_and_text_in_one_link() =>
        AssertClean(Page("""<p><a href="/fair/"><img src="/f.jpg" alt=""> Summer fair</a></p>"""));

    [Fact]
    public void LinkTextUrl_warns_about_long_address_as_link_text() =>
        Assert.Single(Run<LinkTextUrl>(Page("""<a href="https://www.example.org/events/2020/summer-fair/">https://www.example.org/events/2020/summer-fair/</a>""")));

    [Fact]
    public void LinkTextUrl_passes_short_address() =>
        AssertClean(Page("""<p>Visit <a href="https://www.example.org/">www.example.org</a>.</p>"""));
}
