using System.Collections.Immutable;
using SiteGen.Content;
using SiteGen.Pipeline;

namespace SiteGen.Publishing;

/// <summary>
/// Publishes an .ics file beside each upcoming or recent event's page, and per language an events.ics
/// of those events that calendar programs can subscribe to (written even when it has no events, so a
/// subscription never breaks).
/// </summary>
public sealed class GenerateCalendars(string pagesPipeline) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = context.OutputsOf(pagesPipeline);
        var files = new PublishedFiles(context.Site.Config);
        var results = ImmutableArray.CreateBuilder<Document>();
        var events = pages.Where(p => CalendarEvents.HasCalendar(p, context.Now))
            .OrderBy(p => p.Get(ContentKeys.FrontMatter).Event!.Start).ThenBy(p => p.Source, StringComparer.Ordinal)
            .Select(p => (Page: p.Get(ContentKeys.Page), Entry: CalendarEvents.Entry(p, context)))
            .ToList();

        foreach (var (page, entry) in events)
            results.Add(new Document
            {
                Source = $"(calendar of {page.SitePath})",
                Destination = PublishedFiles.EventCalendar(page),
                Content = EventCalendar.Write(entry.Title, [entry], context.Now, subscribable: false),
            });

        var languages = files.LanguagesWithPages(pages);
        foreach (var language in languages)
        {
            var name = context.Models.DocumentTitle(context.Models.Site(language, null).Strings["calendarTitle"], language);
            results.Add(new Document
            {
                Source = $"(calendar of events, {language})",
                Destination = files.EventsCalendar(language),
                Content = EventCalendar.Write(name, events.Where(e => e.Page.Language == language).Select(e => e.Entry), context.Now, subscribable: true),
            });
        }
        return Task.FromResult(results.ToImmutable());
    }
}
