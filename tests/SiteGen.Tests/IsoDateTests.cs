using SiteGen.Content.FrontMatter;

namespace SiteGen.Tests;

public class IsoDateTests
{
    [Fact]
    public void A_plain_date_is_midnight_utc_and_date_only()
    {
        Assert.True(IsoDate.TryParse("2020-12-08", out var value, out var dateOnly));

        Assert.Equal(new DateTimeOffset(2020, 12, 8, 0, 0, 0, TimeSpan.Zero), value);
        Assert.True(dateOnly);
    }

    [Fact]
    public void A_date_with_time_and_offset_keeps_the_offset()
    {
        Assert.True(IsoDate.TryParse("2020-12-08T10:00:00-05:00", out var value, out var dateOnly));

        Assert.Equal(new DateTimeOffset(2020, 12, 8, 10, 0, 0, TimeSpan.FromHours(-5)), value);
        Assert.False(dateOnly);
    }

    [Fact]
    public void Z_means_utc()
    {
        Assert.True(IsoDate.TryParse("2020-12-08T10:00:00Z", out var value, out _));

        Assert.Equal(new DateTimeOffset(2020, 12, 8, 10, 0, 0, TimeSpan.Zero), value);
    }

    [Fact]
    public void A_time_without_an_offset_is_taken_as_utc()
    {
        Assert.True(IsoDate.TryParse("2020-12-08T10:00", out var value, out _));

        Assert.Equal(TimeSpan.Zero, value.Offset);
        Assert.Equal(10, value.Hour);
    }

    [Fact]
    public void A_space_may_separate_date_and_time()
    {
        Assert.True(IsoDate.TryParse("2020-12-08 10:00:00+00:00", out var value, out _));

        Assert.Equal(new DateTimeOffset(2020, 12, 8, 10, 0, 0, TimeSpan.Zero), value);
    }

    [Fact]
    public void Fractional_seconds_are_read()
    {
        Assert.True(IsoDate.TryParse("2020-12-08T10:00:00.250+00:00", out var value, out _));

        Assert.Equal(250, value.Millisecond);
    }

    [Fact]
    public void Surrounding_spaces_are_ignored()
    {
        Assert.True(IsoDate.TryParse("  2020-12-08  ", out _, out _));
    }

    [Theory]
    [InlineData("31/12/2020")]
    [InlineData("2020-02-30")]
    [InlineData("2020-13-01")]
    [InlineData("next Tuesday")]
    [InlineData("8 December 2020")]
    [InlineData("")]
    public void Anything_else_is_not_a_date(string text)
    {
        Assert.False(IsoDate.TryParse(text, out _, out _));
    }

    [Theory]
    [InlineData("31/12/2020", "2020-12-31")]
    [InlineData("8/12/2020", "2020-12-08")]
    [InlineData("08.12.2020", "2020-12-08")]
    [InlineData("08-12-2020", "2020-12-08")]
    [InlineData("31/12/20", "2020-12-31")]
    public void Advice_reads_numeric_dates_day_first(string text, string iso)
    {
        Assert.Equal($"Write it as year-month-day: {iso}.", IsoDate.Advice(text));
    }

    [Fact]
    public void Advice_reads_a_date_month_first_when_the_second_number_cannot_be_a_month()
    {
        Assert.Equal("Write it as year-month-day: 2020-12-31.", IsoDate.Advice("12/31/2020"));
    }

    [Theory]
    [InlineData("next Tuesday")]
    [InlineData("31/02/2020")]
    [InlineData("13/13/2020")]
    [InlineData("0/12/2020")]
    public void Advice_falls_back_to_the_general_hint(string text)
    {
        Assert.StartsWith("Write dates as year-month-day, e.g. 2020-12-08", IsoDate.Advice(text));
    }

    [Fact]
    public void Advice_knows_leap_days()
    {
        Assert.Equal("Write it as year-month-day: 2020-02-29.", IsoDate.Advice("29/02/2020"));
        Assert.StartsWith("Write dates as", IsoDate.Advice("29/02/2021"));
    }
}
