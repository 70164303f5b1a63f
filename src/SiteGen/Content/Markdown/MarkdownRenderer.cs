using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content.Images;
using SiteGen.Diagnostics;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Renders a page's markdown body to HTML with the extensions SiteGen documents, tagging every
/// block and link with its source position (<c>data-md-pos="line:col"</c>) so later checks can
/// report the markdown line; the tags are removed before pages are written.
/// </summary>
public static class MarkdownRenderer
{
    public const string PositionAttribute = Accessibility.PageContext.SourcePositionAttribute;

    /// <summary>The markdown position of the nearest element at or above <paramref name="element"/> that carries one.</summary>
    public static (int Line, int Column)? PositionOf(AngleSharp.Dom.IElement? element) =>
        Marked(element) is { } pos && ParsePosition(pos) is var (line, column, _) ? (line, column) : null;

    /// <summary>
    /// Where the nearest element at or above <paramref name="element"/> that carries a position was written: in the
    /// file its mark names (a layout's mark of front matter, see <see cref="Templates.FrontMatterSource"/>), or else in
    /// <paramref name="pageSource"/>, the markdown file of the page's body.
    /// </summary>
    public static SourceLocation? SourceOf(AngleSharp.Dom.IElement? element, string pageSource) =>
        Marked(element) is { } pos && ParsePosition(pos) is var (line, column, file)
            ? new SourceLocation(file ?? pageSource, line, column)
            : null;

    /// <summary>A position mark's value: "12:5" in the page's own markdown, "3:1:content/en/x.md" in another file.</summary>
    public static string Position(int line, int column, string? file = null) =>
        file is null ? $"{line}:{column}" : $"{line}:{column}:{file}";

    private static string? Marked(AngleSharp.Dom.IElement? element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (e.GetAttribute(PositionAttribute) is { } pos && ParsePosition(pos) is not null) return pos;
        return null;
    }

    private static (int Line, int Column, string? File)? ParsePosition(string pos)
    {
        var colon = pos.IndexOf(':');
        if (colon <= 0 || !int.TryParse(pos.AsSpan(0, colon), out var line)) return null;
        var rest = pos.AsSpan(colon + 1);
        var second = rest.IndexOf(':');
        if (!int.TryParse(second < 0 ? rest : rest[..second], out var column)) return null;
        return (line, column, second < 0 ? null : rest[(second + 1)..].ToString());
    }

    /// <summary>Marks a link already reported as broken, so the site-wide link check does not report it twice.</summary>
    public const string ReportedAttribute = "data-md-broken";

    // Built once: a Markdig pipeline is immutable and safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAbbreviations()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseFigures()
        .UseSmartyPants()
        .UseGenericAttributes() // must come last: it reads attributes the other extensions leave
        .Build();

    /// <summary>The syntax tree of <paramref name="markdown"/> with the same extensions as <see cref="Render"/>, for checks that read the source.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>Renders <paramref name="markdown"/>, whose first line is line <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    /// <returns>The HTML, and whether it is plain markdown that needs no sanitising (<see cref="PlainMarkdown"/>).</returns>
    /// <param name="imageSize">The size of the picture an image's URL (as written) names, when known: it becomes the img's width and height.</param>
    public static RenderedMarkdown Render(string markdown, string file, int firstLine, Func<string, (string? Url, LinkProblem? Problem)>? resolveUrl, DiagnosticBag diagnostics,
        FootnoteLabels? footnotes = null, Func<string, ImageSize?>? imageSize = null)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        RawHtmlBalance.Check(document, file, firstLine, diagnostics);
        Shortcodes.Check(document, markdown, file, firstLine, diagnostics);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case Block block when block is not MarkdownDocument:
                    Tag(block, block.Line, block.Column, firstLine);
                    break;
                case LinkInline link:
                    Tag(link, link.Line, link.Column, firstLine);
                    var at = new SourceLocation(file, link.Line + firstLine, link.Column + 1);
                    if (link.IsImage) CheckAlt(link, at, diagnostics);
                    if (link.IsImage && link.Url is { } written && imageSize?.Invoke(written) is { } size)
                        SetSize(link, size);
                    if (resolveUrl is not null && link.Url is { } url)
                    {
                        var (resolved, problem) = resolveUrl(url);
                        if (resolved is null)
                        {
                            diagnostics.Error(link.IsImage ? Codes.MissingAsset : Codes.BrokenLink,
                                BrokenLinkMessage(link.IsImage, problem ?? new(url)), at);
                            link.GetAttributes().AddPropertyIfNotExist(ReportedAttribute, "");
                        }
                        else link.Url = resolved;
                    }
                    break;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new ScrollableTableRenderer());
        var rawHref = RawHrefRewriter(file, resolveUrl, diagnostics);
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new PositionedHtml.BlockRenderer(firstLine, rawHref));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(
            new PositionedHtml.InlineRenderer(firstLine, rawHref));
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Footnotes.HtmlFootnoteLinkRenderer>(new AccessibleFootnoteLinkRenderer(footnotes ?? FootnoteLabels.English));
        renderer.Render(document);
        return new RenderedMarkdown(writer.ToString(), PlainMarkdown.IsSafe(document));
    }

    /// <summary>
    /// A raw link to a markdown file (<c>&lt;a href="other-post.md"&gt;</c>, as sites moved from other generators have)
    /// goes where the same markdown link goes; one that names no page is reported as a markdown link would be.
    /// </summary>
    private static PositionedHtml.HrefRewriter? RawHrefRewriter(string file,
        Func<string, (string? Url, LinkProblem? Problem)>? resolveUrl, DiagnosticBag diagnostics)
    {
        if (resolveUrl is null) return null;
        return (href, line, column) =>
        {
            var url = System.Net.WebUtility.HtmlDecode(href.Trim());
            var cut = url.IndexOfAny(['#', '?']);
            if (!(cut < 0 ? url : url[..cut]).EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return null;
            var (resolved, problem) = resolveUrl(url);
            if (resolved is not null) return (System.Net.WebUtility.HtmlEncode(resolved), false);
            diagnostics.Error(Codes.BrokenLink, BrokenLinkMessage(isImage: false, problem ?? new(url)),
                new SourceLocation(file, line, column));
            return (href, true);
        };
    }

    private static string BrokenLinkMessage(bool isImage, LinkProblem problem) => isImage
        ? $"Image not found: {problem.What} "
            + (problem.Fix ?? "Check the file name and folder, or add the picture to content/.")
        : $"Broken link: {problem.What} " + (problem.Fix ?? "Check the file name, or link to the page's web address.");

    /// <summary>Width and height let the browser keep the picture's space before it loads; an author's own {width=...} stands.</summary>
    private static void SetSize(LinkInline image, ImageSize size)
    {
        var attributes = image.GetAttributes();
        if (attributes.Properties?.Any(p => p.Key is "width" or "height") == true) return;
        attributes.AddProperty("width", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        attributes.AddProperty("height", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Tag(IMarkdownObject node, int line, int column, int firstLine) =>
        node.GetAttributes().AddPropertyIfNotExist(PositionAttribute, Position(line + firstLine, column + 1));

    /// <summary>Empty alt text hides an image from screen readers, so it must be a deliberate choice: <c>{.decorative}</c>.</summary>
    private static void CheckAlt(LinkInline image, SourceLocation at, DiagnosticBag diagnostics)
    {
        // Alt text is the plain text of everything between the brackets, code spans included.
        var hasAlt = image.Descendants<Inline>().Any(i => i switch
        {
            LiteralInline l => !string.IsNullOrWhiteSpace(l.Content.ToString()),
            CodeInline c => !string.IsNullOrWhiteSpace(c.Content),
            _ => false,
        });
        var decorative = image.TryGetAttributes()?.Classes?.Contains("decorative") == true;
        if (!hasAlt && !decorative)
            diagnostics.Error(Codes.EmptyAltText,
                $"The image \"{image.Url}\" has no alt text. Describe what it shows between the brackets: ![what the picture shows]({image.Url}), or mark it {{.decorative}} if it adds nothing to the text (WCAG 1.1.1).",
                at);
    }
}

/// <summary>A page body rendered from markdown; <paramref name="IsPlain"/> when it holds nothing the raw-HTML sanitizer would remove.</summary>
public sealed record RenderedMarkdown(string Html, bool IsPlain);
