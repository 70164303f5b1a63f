using SiteGen.Content.FrontMatter;
using SiteGen.Publishing;

namespace SiteGen.Tests.Publishing;

/// <summary>Which events count as current: upcoming, under way, or ended within the last 30 days.</summary>
public sealed class EventCalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Event_that_ended_exactly_thirty_days_ago_is_current()
    {
        var e = new EventInfo { Start = Now.AddDays(-30).AddHours(-2), End = Now.AddDays(-30) };
        Assert.True(EventCalendar.IsCurrent(e, Now));
    }

    [Fact]
    public void Event_that_ended_more_than_thirty_days_ago_is_not()
    {
        var e = new EventInfo { Start = Now.AddDays(-31), End = Now.AddDays(-31).AddHours(2) };
        Assert.False(EventCalendar.IsCurrent(e, Now));
    }

    [Fact]
    public void Event_without_an_end_is_over_when_it_starts()
    {
        Assert.Equal(Now, EventCalendar.EndOf(new EventInfo { Start = Now }));
    }

    [Fact]
    public void All_day_event_lasts_to_the_end_of_its_last_day()
    {
        var e = new EventInfo { Start = new DateTimeOffset(2026, 12, 24, 0, 0, 0, TimeSpan.Zero), AllDay = true };
        Assert.Equal(new DateTimeOffset(2026, 12, 25, 0, 0, 0, TimeSpan.Zero), EventCalendar.EndOf(e));
    }

    [Fact]
    public void Calendar_text_loads_back_with_its_event()
    {
        var e = new EventInfo { Start = Now.AddDays(3), End = Now.AddDays(3).AddHours(1), Location = "Cardiff" };
        var text = EventCalendar.Write("Test", [new CalendarEntry("https://example.org/events/x/", "X", "About X.", e, "Online")], Now, subscribable: false);
        var evt = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        Assert.Equal("Cardiff", evt.Location);
        Assert.Equal("About X.\n\nhttps://example.org/events/x/", evt.Description);
    }
}
