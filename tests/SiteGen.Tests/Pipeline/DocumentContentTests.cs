using System.Text;
using SiteGen.Pipeline;

namespace SiteGen.Tests.Pipeline;

public sealed class DocumentContentTests
{
    private const string Html = "<p lang=\"cy\">Croeso i’r digwyddiad</p><p lang=\"ur\">خوش آمدید</p>";

    [Fact]
    public void Content_made_as_UTF8_reads_back_as_the_same_text() =>
        Assert.Equal(Html, new Document { Source = "a.md", Utf8Content = Encoding.UTF8.GetBytes(Html) }.Content);

    [Fact]
    public void Content_made_as_text_reads_as_its_UTF8_bytes() =>
        Assert.Equal(Encoding.UTF8.GetBytes(Html), new Document { Source = "a.md", Content = Html }.Utf8Content);

    [Fact]
    public void UTF8_content_is_handed_out_without_a_copy()
    {
        var bytes = Encoding.UTF8.GetBytes(Html);
        Assert.Same(bytes, new Document { Source = "a.md", Utf8Content = bytes }.Utf8Content);
    }

    [Fact]
    public void The_same_text_is_the_same_content_in_either_form()
    {
        var asText = new Document { Source = "a.md", Content = Html };
        var asBytes = new Document { Source = "a.md", Utf8Content = Encoding.UTF8.GetBytes(Html) };
        Assert.True(asText.HasSameContentAs(asBytes));
        Assert.True(asBytes.HasSameContentAs(asBytes with { Utf8Content = Encoding.UTF8.GetBytes(Html) }));
    }

    [Fact]
    public void Different_text_is_different_content() =>
        Assert.False(new Document { Source = "a.md", Utf8Content = Encoding.UTF8.GetBytes(Html) }
            .HasSameContentAs(new Document { Source = "a.md", Utf8Content = Encoding.UTF8.GetBytes(Html + " ") }));
}
