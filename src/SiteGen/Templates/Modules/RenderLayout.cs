using System.Collections.Immutable;
using System.Text;
using SiteGen.Build;
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
            var html = await ThemeRenderer.For(context.Theme, watchLayouts: context.Options.Preview).RenderAsync(model.Layout, model);
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
}
