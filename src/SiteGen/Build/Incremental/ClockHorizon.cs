using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Pipeline;
using SiteGen.Publishing;

namespace SiteGen.Build.Incremental;

/// <summary>
/// The next moments at which the clock alone changes what a published build holds: a scheduled page's date comes
/// (the page is published), or an event's "add to calendar" link goes. Before them, planning a rebuild need not ask
/// every page.
/// </summary>
/// <param name="NextScheduled">The earliest page date after the build's scheduling moment (its options' Now), or null for none.</param>
/// <param name="CalendarsUntil">The last moment at which every page that had a calendar link at the build's moment still has it, or null when none had one.</param>
internal sealed record ClockHorizon(DateTimeOffset? NextScheduled, DateTimeOffset? CalendarsUntil)
{
    /// <param name="content">The build's markdown documents, whose dates schedule them.</param>
    /// <param name="pages">The build's pages, of which the events get calendar links.</param>
    /// <param name="scheduled">The moment the build published pages up to (its options' Now).</param>
    /// <param name="now">The build's moment, which calendar links are judged at.</param>
    public static ClockHorizon Of(ImmutableArray<Document> content, ImmutableArray<Document> pages, DateTimeOffset scheduled, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var document in content)
            if (document.Get(ContentKeys.Page).Date is { } date && date > scheduled && !(next <= date))
                next = date;
        DateTimeOffset? until = null;
        foreach (var page in pages)
            // A link holds while the event's end is no more than RecentFor before the moment (EventCalendar.IsCurrent).
            if (CalendarEvents.HasCalendar(page, now) && EventCalendar.EndOf(page.Get(ContentKeys.FrontMatter).Event!) + EventCalendar.RecentFor is var last && !(until <= last))
                until = last;
        return new ClockHorizon(next, until);
    }
}
