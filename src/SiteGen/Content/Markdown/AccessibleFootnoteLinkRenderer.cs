using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Content.Markdown;

/// <summary>Words for footnote links in the page's language; {0} is the footnote's number.</summary>
public sealed record FootnoteLabels(string Reference, string Back)
{
    public static FootnoteLabels English { get; } = new("Footnote {0}", "Back to the text of footnote {0}");
}

/// <summary>
/// Renders footnote links with names that say what they are: a bare "1" or "↩" tells a screen-reader
/// user nothing when links are listed out of context (WCAG 2.4.4).
/// </summary>
public sealed class AccessibleFootnoteLinkRenderer(FootnoteLabels labels) : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        var index = link.Index.ToString(CultureInfo.InvariantCulture);
        if (link.IsBackLink)
            renderer.Write($"<a href=\"#fnref:{index}\" class=\"footnote-back-ref\" aria-label=\"")
                .WriteEscape(string.Format(CultureInfo.InvariantCulture, labels.Back, order))
                .Write("\">&#8617;</a>");
        else
            renderer.Write($"<a id=\"fnref:{index}\" href=\"#fn:{order}\" class=\"footnote-ref\" aria-label=\"")
                .WriteEscape(string.Format(CultureInfo.InvariantCulture, labels.Reference, order))
                .Write($"\"><sup>{order}</sup></a>");
    }
}
