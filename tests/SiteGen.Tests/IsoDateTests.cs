using SiteGen.Content.FrontMatter;

namespace SiteGen.Tests;

public class IsoDateTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset Read(string text, TimeZoneInfo? zone = null)
    {
        Assert.True(IsoDate.TryParse(text, zone ?? London, out var value, out _), $"\"{text}\" was refused");
        return value;
    }

    [Fact]
    public void A_plain_date_is_midnight_utc_and_date_only()
    {
        Assert.True(IsoDate.TryParse("2020-12-08", London, out var value, out var dateOnly));

        Assert.Equal(new DateTimeOffset(2020, 12, 8, 0, 0, 0, TimeSpan.Zero), value);
        Assert.True(dateOnly);
    }

    [Fact]
    public void A_date_with_time_and_offset_keeps_the_offset()
    {
        Assert.True(IsoDate.TryParse("2020-12-08T10:00:00-05:00", London, out var value, out var dateOnly));

        Assert.Equal(new DateTimeOffset(2020, 12, 8, 10, 0, 0, TimeSpan.FromHours(-5)), value);
        Assert.False(dateOnly);
    }

    [Fact]
    public void Z_means_utc()
    {
        Assert.Equal(new DateTimeOffset(2020, 12, 8, 10, 0, 0, TimeSpan.Zero), Read("2020-12-08T10:00:00Z"));
    }

    [Fact]
    public void A_time_without_an_offset_is_in_the_sites_zone_in_winter()
    {
        Assert.Equal(new DateTimeOffset(2020, 12, 8, 10, 0, 0, TimeSpan.Zero), Read("2020-12-08T10:00"));
    }

    [Fact]
    public void A_time_without_an_offset_is_in_the_sites_summer_time_in_summer()
    {
        Assert.Equal(new DateTimeOffset(2020, 6, 8, 10, 0, 0, TimeSpan.FromHours(1)), Read("2020-06-08 10:00"));
        Assert.Equal(new DateTimeOffset(2020, 6, 8, 10, 0, 0, TimeSpan.FromHours(-4)), Read("2020-06-08 10:00", NewYork));
    }

    [Theory]
    // Hugo's own example, and what a migrated WordPress site writes.
    [InlineData("2019-05-14 9:00:00 -0400", 2019, 5, 14, 9, 0, -4, 0)]
    [InlineData("2019-05-14 9:00:00-04:00", 2019, 5, 14, 9, 0, -4, 0)]
    [InlineData("2019-05-14T09:00:00-04", 2019, 5, 14, 9, 0, -4, 0)]
    [InlineData("2019-05-14 09:00 +0100", 2019, 5, 14, 9, 0, 1, 0)]
    [InlineData("2019-05-14 09:00:00 Z", 2019, 5, 14, 9, 0, 0, 0)]
    [InlineData("2019-05-14t09:00:00+05:30", 2019, 5, 14, 9, 0, 5, 30)]
    // YAML 1.1's own examples: one-digit month and day in the full form, spaces before the offset.
    [InlineData("2001-12-14 21:59:43.10 -5", 2001, 12, 14, 21, 59, -5, 0)]
    [InlineData("2001-1-4 1:59:43 +01:00", 2001, 1, 4, 1, 59, 1, 0)]
    public void Hugo_and_yaml_date_times_are_read_with_their_offset(string text, int y, int mo, int d, int h, int mi, int oh, int om)
    {
        var value = Read(text);

        Assert.Equal(new DateTime(y, mo, d, h, mi, 0), value.DateTime.AddTicks(-(value.DateTime.Ticks % TimeSpan.TicksPerMinute)));
        Assert.Equal(new TimeSpan(oh, oh < 0 ? -om : om, 0), value.Offset);
    }

    [Fact]
    public void Fractional_seconds_are_read()
    {
        Assert.Equal(250, Read("2020-12-08T10:00:00.250+00:00").Millisecond);
    }

    [Fact]
    public void Surrounding_spaces_are_ignored()
    {
        Assert.True(IsoDate.TryParse("  2020-12-08  ", London, out _, out _));
    }

    [Theory]
    [InlineData("8 December 2020")]
    [InlineData("8 Dec 2020")]
    [InlineData("December 8, 2020")]
    [InlineData("Tue, 08 Dec 2020")]
    public void A_date_with_the_month_in_words_is_read(string text)
    {
        Assert.Equal(new DateTimeOffset(2020, 12, 8, 0, 0, 0, TimeSpan.Zero), Read(text));
    }

    [Fact]
    public void An_end_without_an_offset_keeps_the_written_clock_for_its_start_to_place()
    {
        Assert.True(IsoDate.TryRead("2020-06-08 12:00", out var written));

        Assert.Null(written.Offset);
        Assert.Equal(new DateTime(2020, 6, 8, 12, 0, 0), written.Clock);
    }

    [Theory]
    [InlineData("31/12/2020")]
    [InlineData("2020-02-30")]
    [InlineData("2020-13-01")]
    [InlineData("2020-12-08 24:00")]
    [InlineData("2020-12-08 10:00 +1500")]
    [InlineData("next Tuesday")]
    [InlineData("8 Smarch 2020")]
    [InlineData("0000-01-01")]
    [InlineData("")]
    public void Anything_else_is_not_a_date(string text)
    {
        Assert.False(IsoDate.TryParse(text, London, out _, out _));
    }
}
