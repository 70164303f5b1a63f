using SiteGen.Content;
using SiteGen.Pipeline;
using SiteGen.Templates;

namespace SiteGen.Publishing;

/// <summary>The event pages that get calendar files: full versions (not Easy Read) of events that are upcoming or recent.</summary>
public static class CalendarEvents
{
    public static bool HasCalendar(Document page, DateTimeOffset now) =>
        page.Get(ContentKeys.Page) is { Kind: PageKind.Event, IsEasyRead: false }
        && page.Get(ContentKeys.FrontMatter).Event is { } e
        && EventCalendar.IsCurrent(e, now);

    public static CalendarEntry Entry(Document page, BuildContext context)
    {
        var info = page.Get(ContentKeys.Page);
        var fm = page.Get(ContentKeys.FrontMatter);
        return new CalendarEntry(context.Urls.Absolute(info.SitePath), fm.Title ?? info.Slug, fm.Summary, fm.Event!,
            context.Models.Site(info.Language, null).Strings["eventOnline"]);
    }
}
