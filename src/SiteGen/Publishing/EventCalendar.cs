using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SiteGen.Content.FrontMatter;

namespace SiteGen.Publishing;

/// <summary>An event as a calendar entry: its page's absolute URL (also its UID), title and summary.</summary>
/// <param name="OnlineText">The word for "Online" in the page's language, the location of an online event with none of its own.</param>
public sealed record CalendarEntry(string Url, string Title, string? Summary, EventInfo Event, string OnlineText);

/// <summary>
/// Which events get calendar files, and the iCalendar (RFC 5545) text of them. Times are written in
/// UTC, worked out from the offset in front matter: every calendar program reads UTC correctly and
/// shows the event in its reader's own time zone, which a home-made zone for a bare offset would not promise.
/// </summary>
public static class EventCalendar
{
    /// <summary>How long after it ends an event keeps its calendar file (and its place in events.ics).</summary>
    public static readonly TimeSpan RecentFor = TimeSpan.FromDays(30);

    public const string ProductId = "-//SiteGen//SiteGen//EN";

    /// <summary>True for an event that is still to come, under way, or ended no more than <see cref="RecentFor"/> before <paramref name="now"/>.</summary>
    public static bool IsCurrent(EventInfo e, DateTimeOffset now) => EndOf(e) >= now - RecentFor;

    /// <summary>The moment the event is over: its end, else its start; an all-day event lasts to the end of its last day.</summary>
    public static DateTimeOffset EndOf(EventInfo e)
    {
        var end = e.End ?? e.Start;
        return e.AllDay ? new DateTimeOffset(end.Date.AddDays(1), end.Offset) : end;
    }

    /// <param name="name">What calendar programs call the calendar (X-WR-CALNAME).</param>
    /// <param name="stamp">When the calendar was made (DTSTAMP): the build time.</param>
    /// <param name="subscribable">True for a calendar readers subscribe to: it asks them to fetch it again daily.</param>
    public static string Write(string name, IEnumerable<CalendarEntry> entries, DateTimeOffset stamp, bool subscribable)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", name);
        if (subscribable)
        {
            var refresh = new CalendarProperty("REFRESH-INTERVAL", "P1D");
            refresh.Parameters.Add("VALUE", "DURATION");
            calendar.Properties.Add(refresh);
            calendar.AddProperty("X-PUBLISHED-TTL", "P1D");
        }
        foreach (var entry in entries) calendar.Events.Add(Event(entry, stamp));
        // RFC 5545 asks for at least one component; a calendar with no events yet gets the UTC zone its times would use.
        if (calendar.Events.Count == 0) calendar.TimeZones.Add(Utc());
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(CalendarEntry entry, DateTimeOffset stamp)
    {
        var e = entry.Event;
        var evt = new CalendarEvent
        {
            Uid = entry.Url,
            Summary = entry.Title,
            Description = entry.Summary is null ? entry.Url : $"{entry.Summary}\n\n{entry.Url}",
            Location = e.Location ?? (e.Online ? entry.OnlineText : null),
            Url = new Uri(entry.Url),
            DtStamp = Utc(stamp),
        };
        if (e.AllDay)
        {
            evt.Start = new CalDateTime(DateOnly.FromDateTime(e.Start.Date));
            // An all-day DTEND is the day after the last day.
            evt.End = new CalDateTime(DateOnly.FromDateTime((e.End ?? e.Start).Date).AddDays(1));
        }
        else
        {
            evt.Start = Utc(e.Start);
            if (e.End is { } end) evt.End = Utc(end);
        }
        return evt;
    }

    private static CalDateTime Utc(DateTimeOffset time) => new(time.UtcDateTime, CalDateTime.UtcTzId);

    private static VTimeZone Utc()
    {
        var zone = new VTimeZone { TzId = CalDateTime.UtcTzId };
        zone.TimeZoneInfos.Add(new VTimeZoneInfo
        {
            Name = Components.Standard,
            TimeZoneName = CalDateTime.UtcTzId,
            OffsetFrom = new UtcOffset(TimeSpan.Zero),
            OffsetTo = new UtcOffset(TimeSpan.Zero),
            Start = new CalDateTime(1970, 1, 1, 0, 0, 0, null),
        });
        return zone;
    }
}
