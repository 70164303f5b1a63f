using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Templates.Modules;

/// <summary>Gives each markdown page its view model; the home page's model is made by the listings instead.</summary>
public sealed class BuildPageModels : SyncPerDocumentModule
{
    protected override Document? Process(Document document, BuildContext context)
    {
        var page = document.Get(ContentKeys.Page);
        if (page.Kind == PageKind.Home) return document;
        if (!context.Theme.HasLayout(page.Layout))
        {
            var fm = document.Get(ContentKeys.FrontMatter);
            context.Diagnostics.Error(Codes.UnknownLayout,
                $"The theme has no layout \"{page.Layout}\". Use one of: {string.Join(", ", Layouts(context))}.",
                new SourceLocation(document.Source, fm.LineOf("layout"), 1));
            // Rendered with the section's own layout, so links to the page do not add errors of their own.
            page = page with { Layout = PageInfo.DefaultLayout(page.Kind) };
            document = document.With(ContentKeys.Page, page);
        }
        return document.With(TemplateKeys.Model, context.Models.ForPage(document)) with { Destination = page.Destination };
    }

    private static IEnumerable<string> Layouts(BuildContext context) =>
        Directory.EnumerateFiles(context.Theme.LayoutsPath, "*.cshtml")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(n => !n.StartsWith('_')).Order(StringComparer.Ordinal);
}
