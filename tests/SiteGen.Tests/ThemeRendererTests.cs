using SiteGen.Templates;

namespace SiteGen.Tests;

/// <summary>How rendered pages are written out.</summary>
public sealed class ThemeRendererTests
{
    [Fact]
    public void Non_ascii_references_become_characters() =>
        Assert.Equal("<title>اردو – Cymraeg ŵ</title>", ThemeRenderer.ReadableText("<title>&#x627;&#x631;&#x62F;&#x648; &#x2013; Cymraeg &#x175;</title>"));

    [Fact]
    public void References_to_markup_characters_stay_escaped() =>
        Assert.Equal("a &#x3C; b &#x27;q&#x27; &amp; &lt;", ThemeRenderer.ReadableText("a &#x3C; b &#x27;q&#x27; &amp; &lt;"));

    [Fact]
    public void Emoji_beyond_the_basic_plane_is_written_whole() =>
        Assert.Equal("🎉", ThemeRenderer.ReadableText("&#x1F389;"));
}
