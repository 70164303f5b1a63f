using Ical.Net;
using Ical.Net.CalendarComponents;

namespace SiteGen.Tests.Publishing;

/// <summary>Calendar files: one per upcoming or recent event, and a subscribable events.ics per language, read back with Ical.Net.</summary>
[Collection(PublishingSiteCollection.Name)]
public sealed class CalendarTests(PublishingSite site)
{
    private const string Base = PublishingSite.BaseUrl;

    private Calendar Load(string path) => Calendar.Load(site.Read(path)) ?? throw new InvalidDataException(path + " is not a calendar");

    [Fact]
    public void Upcoming_event_calendar_has_title_place_link_and_summary()
    {
        var evt = Assert.Single(Load("events/winter-forum/winter-forum.ics").Events);
        Assert.Equal("Winter forum", evt.Summary);
        Assert.Equal("Temple of Peace, Cardiff", evt.Location);
        Assert.Equal(Base + "events/winter-forum/", evt.Url?.AbsoluteUri);
        Assert.Equal(Base + "events/winter-forum/", evt.Uid);
        Assert.StartsWith("A forum about involvement in winter.", evt.Description);
    }

    [Fact]
    public void Event_times_keep_their_instant_from_the_offset_in_front_matter()
    {
        var evt = Load("events/winter-forum/winter-forum.ics").Events.Single();
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)).UtcDateTime, evt.Start!.AsUtc);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 12, 30, 0, TimeSpan.FromHours(1)).UtcDateTime, evt.End!.AsUtc);
    }

    [Fact]
    public void All_day_event_is_a_date_that_ends_the_next_day()
    {
        var evt = Load("events/open-day/open-day.ics").Events.Single();
        Assert.False(evt.Start!.HasTime);
        Assert.Equal(new DateOnly(2026, 12, 24), evt.Start.Date);
        Assert.Equal(new DateOnly(2026, 12, 25), evt.End!.Date);
    }

    [Fact]
    public void Calendar_is_stamped_with_the_build_clock()
    {
        var evt = Load("events/winter-forum/winter-forum.ics").Events.Single();
        Assert.Equal(PublishingSite.Now.UtcDateTime, evt.DtStamp!.AsUtc);
    }

    [Fact]
    public void Online_event_without_a_place_is_located_online_in_its_language()
    {
        Assert.Equal("Online", Load("events/autumn-meeting/autumn-meeting.ics").Events.Single().Location);
    }

    [Fact]
    public void Event_that_ended_recently_keeps_its_calendar_and_a_long_past_one_has_none()
    {
        Assert.True(site.Exists("events/autumn-meeting/autumn-meeting.ics"));
        Assert.False(site.Exists("events/summer-picnic/summer-picnic.ics"));
    }

    [Fact]
    public void Event_page_links_to_its_calendar_file_and_says_it_is_one()
    {
        var link = site.Page("events/winter-forum/index.html").QuerySelector("main a[href='/sitegen/events/winter-forum/winter-forum.ics']");
        Assert.Equal("Add this event to your calendar (ICS calendar file)", link?.TextContent);
        var welsh = site.Page("cy/events/winter-forum/index.html").QuerySelector("main a[href='/sitegen/cy/events/winter-forum/winter-forum.ics']");
        Assert.Equal("Ychwanegu’r digwyddiad hwn at eich calendr (ffeil galendr ICS)", welsh?.TextContent);
    }

    [Fact]
    public void Long_past_event_page_has_no_calendar_link()
    {
        Assert.Empty(site.Page("events/summer-picnic/index.html").QuerySelectorAll("a[href$='.ics']"));
    }

    [Fact]
    public void Events_calendar_lists_the_languages_current_events_in_time_order()
    {
        var calendar = Load("events.ics");
        Assert.Equal(["Autumn meeting", "Winter forum", "Open day"], calendar.Events.Select(e => e.Summary));
        Assert.Equal(["Fforwm y gaeaf"], Load("cy/events.ics").Events.Select(e => e.Summary));
    }

    [Fact]
    public void Events_calendar_without_events_is_still_a_calendar()
    {
        var calendar = Load("ur/events.ics");
        Assert.Empty(calendar.Events);
        Assert.NotEmpty(calendar.Children.OfType<VTimeZone>());
    }

    [Fact]
    public void Events_calendar_is_named_and_linked_from_the_events_index()
    {
        Assert.Contains("X-WR-CALNAME:Upcoming events – Test site", site.Read("events.ics"));
        Assert.NotNull(site.Page("events/index.html").QuerySelector("main a[href='/sitegen/events.ics']"));
    }
}
