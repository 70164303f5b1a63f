using SiteGen.Content;
using SiteGen.Pipeline;
using SiteGen.Templates;

namespace SiteGen.Publishing;

/// <summary>Gives the page of each event that has a calendar file the link to it ("Add to calendar"), before the page is rendered.</summary>
public sealed class AddCalendarLinks : SyncPerDocumentModule
{
    protected override Document? Process(Document document, BuildContext context)
    {
        if (document.Find(TemplateKeys.Model) is not ArticleModel { Event: { } evt } model || !CalendarEvents.HasCalendar(document, context.Now))
            return document;
        var url = context.Urls.Path(PublishedFiles.EventCalendar(document.Get(ContentKeys.Page)));
        return document.With<PageModel>(TemplateKeys.Model, model with { Event = evt with { CalendarUrl = url } });
    }
}
