using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The Easy Read layout rules only a browser can measure (the "theme test" rules of the research
/// note): text size, line spacing, alignment, hyphenation, the picture's side and size, and print.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EasyReadThemeTests(BrowserFixture browser)
{
    private const string EasyRead = "/events/diversity-in-service-user-involvement/easy-read/";

    // Every paragraph and list item beside a picture, with what the rules need of its computed style.
    private const string TextStyles = """
        () => [...document.querySelectorAll('.er-point__text p, .er-point__text li')].map(e => {
          const s = getComputedStyle(e);
          return { Text: e.textContent.trim().slice(0, 40), Size: parseFloat(s.fontSize), LineHeight: parseFloat(s.lineHeight),
                   Align: s.textAlign, Hyphens: s.hyphens };
        })
        """;

    private sealed class TextStyle
    {
        public string Text { get; set; } = "";
        public double Size { get; set; }
        public double LineHeight { get; set; }
        public string Align { get; set; } = "";
        public string Hyphens { get; set; } = "";
    }

    private async Task<T> OnPageAsync<T>(int width, Func<IPage, Task<T>> measure)
    {
        var page = await browser.OpenAsync(EasyRead, width, 900);
        try
        {
            return await measure(page);
        }
        finally
        {
            await BrowserFixture.CloseAsync(page);
        }
    }

    private Task<TextStyle[]> StylesAsync(int width) => OnPageAsync(width, p => p.EvaluateAsync<TextStyle[]>(TextStyles));

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Body_text_is_at_least_14_point(int width)
    {
        var styles = await StylesAsync(width);
        Assert.NotEmpty(styles);
        // 14pt = 18.67px (Department of Health rule 12, GOV.UK, PIF).
        Assert.All(styles, s => Assert.True(s.Size >= 18.67, $"\"{s.Text}\" is {s.Size}px at {width}px wide."));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Lines_are_at_least_one_and_a_half_times_the_text_size_apart(int width)
    {
        var styles = await StylesAsync(width);
        Assert.NotEmpty(styles);
        Assert.All(styles, s => Assert.True(s.LineHeight / s.Size >= 1.5, $"\"{s.Text}\": line height {s.LineHeight}px on {s.Size}px text."));
    }

    [Fact]
    public async Task Text_is_start_aligned_and_never_hyphenated()
    {
        var styles = await StylesAsync(1280);
        Assert.NotEmpty(styles);
        Assert.All(styles, s =>
        {
            Assert.True(s.Align is "start" or "left", $"\"{s.Text}\" is aligned {s.Align}.");
            Assert.Equal("none", s.Hyphens);
        });
    }

    // er-no-all-caps, the stylesheet's part: capitals make every word the same shape (RNIB Clear Print).
    [Fact]
    public async Task No_text_is_turned_into_capitals_by_the_stylesheet()
    {
        var uppercased = await OnPageAsync(1280, p => p.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main *')]
              .filter(e => ['uppercase', 'full-width'].includes(getComputedStyle(e).textTransform) && e.textContent.trim())
              .map(e => e.textContent.trim().slice(0, 40))
            """));
        Assert.Empty(uppercased);
    }

    private sealed class PointBox
    {
        public double PictureLeft { get; set; }
        public double PictureRight { get; set; }
        public double PictureWidth { get; set; }
        public double TextLeft { get; set; }
        public double TextRight { get; set; }
    }

    private const string PointBoxes = """
        () => [...document.querySelectorAll('.er-point')].map(p => {
          const img = p.querySelector('.er-point__picture img').getBoundingClientRect();
          const text = p.querySelector('.er-point__text').getBoundingClientRect();
          return { PictureLeft: img.left, PictureRight: img.right, PictureWidth: img.width, TextLeft: text.left, TextRight: text.right };
        })
        """;

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Each_picture_is_left_of_its_text(int width)
    {
        var points = await OnPageAsync(width, p => p.EvaluateAsync<PointBox[]>(PointBoxes));
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.True(p.PictureRight <= p.TextLeft, $"At {width}px a picture ends at {p.PictureRight}px, after its text starts at {p.TextLeft}px."));
    }

    [Fact]
    public async Task In_a_right_to_left_page_each_picture_is_right_of_its_text()
    {
        var points = await OnPageAsync(1280, async p =>
        {
            await p.EvaluateAsync("() => document.documentElement.dir = 'rtl'");
            return await p.EvaluateAsync<PointBox[]>(PointBoxes);
        });
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.True(p.PictureLeft >= p.TextRight, $"A picture starts at {p.PictureLeft}px, before its text ends at {p.TextRight}px."));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Pictures_are_about_100_to_150_pixels_wide(int width)
    {
        var points = await OnPageAsync(width, p => p.EvaluateAsync<PointBox[]>(PointBoxes));
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.InRange(p.PictureWidth, 96, 150));
    }

    [Fact]
    public async Task Printing_keeps_each_point_whole_on_one_page()
    {
        var breaks = await OnPageAsync(1280, async p =>
        {
            await p.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            return await p.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.er-point')].map(e => getComputedStyle(e).breakInside)");
        });
        Assert.NotEmpty(breaks);
        Assert.All(breaks, b => Assert.Equal("avoid", b));
    }

    [Fact]
    public async Task Hard_words_are_bold_with_their_explanation_in_a_box()
    {
        var (weight, boxes) = await OnPageAsync(1280, async p => (
            await p.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.hard-word')).fontWeight"),
            await p.EvaluateAsync<int>("() => document.querySelectorAll('.word-box').length")));
        Assert.Equal("700", weight);
        Assert.True(boxes >= 5, $"Only {boxes} hard words are explained.");
    }
}
