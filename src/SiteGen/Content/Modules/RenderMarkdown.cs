using System.Collections.Immutable;
using SiteGen.Content.Images;
using SiteGen.Content.Markdown;
using SiteGen.Pipeline;
using SiteGen.Site;

namespace SiteGen.Content.Modules;

/// <summary>Renders each page's markdown body to HTML, resolving its links against every page of the site.</summary>
public sealed class RenderMarkdown(string pagesPipeline) : SyncPerDocumentModule
{
    private LinkResolver? resolver;
    private RawHtmlSanitizer? sanitizer;

    protected override Document? Process(Document document, BuildContext context)
    {
        var page = document.Get(ContentKeys.Page);
        var resolver = this.resolver!;
        var contentRelative = document.Source["content/".Length..];
        var strings = context.Models.Site(page.Language, null).Strings;
        var rendered = MarkdownRenderer.Render(document.Content, document.Source, page.BodyFirstLine,
            url => (resolver.Resolve(url, contentRelative, out var problem), problem), context.Diagnostics,
            new FootnoteLabels(strings["footnoteReference"], strings["footnoteBack"]),
            url => resolver.ContentFileOf(url, contentRelative) is { } file ? ImageSize.Read(Path.Combine(context.Site.ContentPath, file)) : null);
        // Plain markdown would come out of the sanitizer unchanged: only pages with raw HTML, authors'
        // attributes or unusual addresses pay for parsing and writing out their body again.
        var html = rendered.IsPlain || context.Site.Config.AllowRawHtml
            ? rendered.Html
            : sanitizer!.Sanitize(rendered.Html, document.Source, context.Diagnostics);
        return document with { Content = html };
    }

    protected override void Prepare(ImmutableArray<Document> inputs, BuildContext context)
    {
        var bySource = context.OutputsOf(pagesPipeline).ToDictionary(
            d => d.Source["content/".Length..], d => d.Get(ContentKeys.Page).SitePath, StringComparer.Ordinal);
        // Every error of the content pipeline is in by now; they are looked up only for a link to a page not built.
        var withErrors = new Lazy<IReadOnlySet<string>>(context.Diagnostics.FilesWithErrors);
        resolver = new LinkResolver(new ContentPaths(context.Site.Config), context.Urls, bySource,
            context.DraftsLeftOut.Keys.ToHashSet(StringComparer.Ordinal),
            target => withErrors.Value.Contains("content/" + target));
        sanitizer = new RawHtmlSanitizer(context.Site.Config.EmbedHosts);
    }
}
