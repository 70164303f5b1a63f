using System.Collections.Immutable;
using System.Text;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Templates.Modules;

/// <summary>Renders every document that has a view model through its theme layout into a full HTML page.</summary>
public sealed class RenderLayout : PerDocumentModule
{
    protected override void Prepare(ImmutableArray<Document> inputs, BuildContext context) =>
        context.Progress.Expect(BuildStage.Rendering, inputs.Count(d => d.Has(TemplateKeys.Model)));

    protected override async ValueTask<Document?> ProcessAsync(Document document, BuildContext context)
    {
        if (document.Find(TemplateKeys.Model) is not { } model) return document;
        try
        {
            var renderer = ThemeRenderer.For(context.Theme, watchLayouts: context.Options.Preview);
            if (await renderer.ModelTypeAsync(model.Layout) is var wanted && !wanted.IsInstanceOfType(model))
            {
                ReportLayoutDoesNotFit(document, model, wanted, context);
                // A page given the wrong layout is rendered with its section's own, so links to it still work.
                if (document.Find(ContentKeys.Page) is not { } page || page.Layout == PageInfo.DefaultLayout(page.Kind))
                    return null;
                model = model with { Layout = PageInfo.DefaultLayout(page.Kind) };
            }
            var html = await renderer.RenderAsync(model.Layout, model);
            return document with { Utf8Content = Encoding.UTF8.GetBytes(html) };
        }
        catch (Exception e) when (e is RazorLight.Compilation.TemplateCompilationException or RazorLight.TemplateNotFoundException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            var layoutFile = context.Theme.DisplayPathOf(context.Site.Root, Path.Combine(context.Theme.LayoutsPath, model.Layout + ".cshtml"));
            var reason = e is RazorLight.Compilation.TemplateCompilationException tc
                ? string.Join(" ", tc.CompilationErrors)
                : e.Message;
            context.Diagnostics.Error(Codes.TemplateError,
                $"The layout could not render {document.Source}: {reason}", SourceLocation.StartOf(layoutFile));
            return null;
        }
        finally
        {
            context.Progress.Advance(BuildStage.Rendering);
        }
    }

    /// <summary>
    /// A layout for dated articles chosen for a page without a date is the writer's to fix, at the page's layout key;
    /// any other mismatch is the theme's.
    /// </summary>
    private static void ReportLayoutDoesNotFit(Document document, PageModel model, Type wanted, BuildContext context)
    {
        if (document.Find(ContentKeys.FrontMatter) is { } fm && wanted == typeof(ArticleModel))
        {
            context.Diagnostics.Error(Codes.LayoutDoesNotFit,
                $"The layout \"{model.Layout}\" is for events and blog posts, which have a date, and this page has none. "
                + "Remove the layout: line, or add a date: 2020-12-08 line.",
                new SourceLocation(document.Source, fm.LineOf("layout"), 1));
            return;
        }
        var layoutFile = context.Theme.DisplayPathOf(context.Site.Root,
            Path.Combine(context.Theme.LayoutsPath, model.Layout + ".cshtml"));
        context.Diagnostics.Error(Codes.LayoutDoesNotFit,
            $"The layout declares @model {wanted.Name}, but {document.Source} gives it a {model.GetType().Name}. "
            + "Change its @model line.",
            SourceLocation.StartOf(layoutFile));
    }
}
