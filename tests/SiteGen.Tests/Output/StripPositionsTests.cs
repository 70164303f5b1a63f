using System.Text;
using SiteGen.Output;

namespace SiteGen.Tests.Output;

public sealed class StripPositionsTests
{
    private static string StrippedBytes(string html) => Encoding.UTF8.GetString(WriteFiles.StripPositions(Encoding.UTF8.GetBytes(html)).Span);

    [Fact]
    public void Every_position_mark_is_removed_from_the_bytes() =>
        Assert.Equal("<h2 id=\"a\">A</h2><p>Café</p>",
            StrippedBytes("<h2 id=\"a\" data-md-pos=\"3:1\">A</h2><p data-md-pos=\"5:1\">Café</p>"));

    [Fact]
    public void A_mark_that_names_its_markdown_file_is_removed() =>
        Assert.Equal("<h1 class=\"page-title\">Café</h1>",
            StrippedBytes("<h1 class=\"page-title\" data-md-pos=\"2:1:content/en/blog/caf&#xE9; &amp; more.md\">Café</h1>"));

    [Fact]
    public void Bytes_without_marks_are_written_as_they_are()
    {
        var html = Encoding.UTF8.GetBytes("<p>Nothing to remove</p>");
        Assert.True(WriteFiles.StripPositions(html).Span == html.AsSpan());
    }

    [Fact]
    public void A_mark_without_its_closing_quote_is_left_in_place() =>
        Assert.Equal("<p data-md-pos=\"3:1>x</p><b>y</b>",
            StrippedBytes("<p data-md-pos=\"3:1>x</p><b data-md-pos=\"4:2\">y</b>"));

    [Theory]
    [InlineData("<p data-md-pos=\"12:3\">a</p>")]
    [InlineData("<p data-md-pos=\"\">a</p> data-md-pos=\"1\"")]
    [InlineData(" data-md-pos=\" data-md-pos=\"2:2\"")]
    [InlineData("<p data-md-pos=\"x\">ذ</p><i data-md-pos=\"1:1\"></i>")]
    [InlineData("data-md-pos=\"1:1\" data-md-pos=\"1:1")]
    [InlineData("<h1 data-md-pos=\"2:1:content/en/x.md\">a</h1><p data-md-pos=\"2:1:a\nb\">")]
    public void Bytes_lose_the_same_marks_as_text(string html) =>
        Assert.Equal(WriteFiles.StripPositions(html), StrippedBytes(html));
}
