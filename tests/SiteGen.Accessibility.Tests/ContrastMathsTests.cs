namespace SiteGen.Accessibility.Tests;

public class ContrastMathsTests
{
    private static double Ratio(string fg, string bg) => CssColor.ContrastRatio(CssColor.Parse(fg)!.Value, CssColor.Parse(bg)!.Value);

    [Fact]
    public void Grey_767676_on_white_is_4_54() => Assert.Equal(4.54, Math.Round(Ratio("#767676", "#ffffff"), 2));

    [Fact]
    public void Govuk_text_on_white_is_19_6() => Assert.Equal(19.6, Math.Round(Ratio("#0b0c0c", "#ffffff"), 1));

    [Fact]
    public void Govuk_blue_on_white_is_5_17() => Assert.Equal(5.17, Math.Round(Ratio("#1d70b8", "#ffffff"), 2));

    [Fact]
    public void Black_on_white_is_21_and_order_does_not_matter()
    {
        Assert.Equal(21, Ratio("black", "white"), 6);
        Assert.Equal(Ratio("#767676", "#fff"), Ratio("#fff", "#767676"), 9);
        Assert.Equal(1, Ratio("#f3f2f1", "#f3f2f1"), 9);
    }

    [Theory]
    [InlineData("#fff", "#ffffff")]
    [InlineData("#0B0C0C", "#0b0c0c")]
    [InlineData("rgb(29, 112, 184)", "#1d70b8")]
    [InlineData("rgb(29 112 184)", "#1d70b8")]
    [InlineData("rgba(29, 112, 184, 1)", "#1d70b8")]
    [InlineData("rgb(100%, 0%, 0%)", "#ff0000")]
    [InlineData("white", "#ffffff")]
    [InlineData("black", "#000000")]
    [InlineData("hsl(0, 0%, 100%)", "#ffffff")]
    public void Parses_opaque_colours(string text, string hex) => Assert.Equal(hex, CssColor.Parse(text)!.Value.ToHex());

    [Fact]
    public void Parses_alpha_and_composites_it_over_the_background()
    {
        var half = CssColor.Parse("#00000080")!.Value;
        Assert.Equal(128 / 255.0, half.A, 6);
        Assert.Equal("#7f7f7f", half.Over(CssColor.White).ToHex());
        Assert.Equal(0.5, CssColor.Parse("rgba(0, 0, 0, 0.5)")!.Value.A, 6);
        Assert.Equal(0.5, CssColor.Parse("rgb(0 0 0 / 50%)")!.Value.A, 6);
        Assert.True(CssColor.Parse("transparent")!.Value.IsTransparent);
        // Half-black text on white has the contrast of the composited grey.
        Assert.Equal(CssColor.ContrastRatio(half.Over(CssColor.White), CssColor.White), CssColor.ContrastRatio(half, CssColor.White), 9);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("currentColor")]
    [InlineData("var(--x)")]
    [InlineData("#12")]
    [InlineData("")]
    public void Unreadable_colours_are_null(string text) => Assert.Null(CssColor.Parse(text));

    [Fact]
    public void Ratios_are_shown_rounded_down_to_one_decimal()
    {
        Assert.Equal("4.4:1", CssColor.FormatRatio(4.49));
        Assert.Equal("19.6:1", CssColor.FormatRatio(19.64));
        Assert.Equal("21.0:1", CssColor.FormatRatio(21));
    }
}
