using SiteGen.Content.FrontMatter;

namespace SiteGen.Tests;

public class DateAdviceTests
{
    [Fact]
    public void Day_and_month_that_could_swap_are_read_the_british_way_first_and_the_other_reading_is_named()
    {
        Assert.Equal("dates are written year-month-day. Write 2020-12-08 for 8 December 2020 (read as day/month/year, the British order); "
            + "if you meant 12 August 2020, write 2020-08-12.", DateAdvice.Of("08/12/2020"));
    }

    [Theory]
    [InlineData("31/12/2020", "Write 2020-12-31 (31 December 2020).")]
    [InlineData("31.12.20", "Write 2020-12-31 (31 December 2020).")]
    [InlineData("12/12/2020", "Write 2020-12-12 (12 December 2020).")]
    [InlineData("12/31/2020", "Write 2020-12-31 (31 December 2020, read as month/day/year).")]
    [InlineData("31/12/2020 10:00", "Write 2020-12-31 10:00 (31 December 2020).")]
    public void A_date_only_one_way_round_gets_that_reading(string text, string advice)
    {
        Assert.Equal("dates are written year-month-day. " + advice, DateAdvice.Of(text));
    }

    [Fact]
    public void A_day_that_the_month_does_not_have_is_named()
    {
        Assert.Equal("February 2021 has no day 29. Check the day.", DateAdvice.Of("2021-02-29"));
        Assert.StartsWith("write the date itself", DateAdvice.Of("29/02/2021"));
    }

    [Fact]
    public void Year_day_month_is_turned_round()
    {
        Assert.Equal("there is no month 31: dates are written year-month-day. Write 2020-12-31 if you meant 31 December 2020.",
            DateAdvice.Of("2020-31-12"));
    }

    [Fact]
    public void Slashes_in_a_year_first_date_become_hyphens()
    {
        Assert.Equal("write it with hyphens: 2020-12-08.", DateAdvice.Of("2020/12/08"));
    }

    [Theory]
    [InlineData("2020-12-08 9:30pm", "2020-12-08 21:30")]
    [InlineData("2020-12-08 9am", "2020-12-08 09:00")]
    [InlineData("2020-12-08 12:15 a.m.", "2020-12-08 00:15")]
    public void A_twelve_hour_time_is_put_on_the_24_hour_clock(string text, string iso)
    {
        Assert.Equal($"write the time on the 24-hour clock: {iso}.", DateAdvice.Of(text));
    }

    [Fact]
    public void Year_zero_gets_the_general_hint()
    {
        Assert.StartsWith("write the date itself", DateAdvice.Of("0000-02-30"));
    }

    [Fact]
    public void Words_get_the_general_hint()
    {
        Assert.StartsWith("write the date itself as year-month-day, e.g. 2020-12-08", DateAdvice.Of("next Tuesday"));
    }
}
