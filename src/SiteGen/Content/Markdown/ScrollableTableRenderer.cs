using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Renders pipe tables inside a focusable, named scroll region, so a wide table scrolls on its own
/// at 320px instead of widening the page (WCAG 1.4.10) and keyboard users can scroll it (WCAG 2.1.1).
/// </summary>
public sealed class ScrollableTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
            .WriteEscape(Label(table))
            .Write("\">");
        base.Write(renderer, table);
        renderer.WriteLine("</div>");
    }

    /// <summary>The region is named after the heading the table sits under, which is what a reader would call it.</summary>
    private static string Label(Table table)
    {
        var parent = table.Parent;
        if (parent is null) return "Table";
        var index = parent.IndexOf(table);
        for (var i = index - 1; i >= 0; i--)
            if (parent[i] is HeadingBlock { Inline: { } inline })
                return "Table: " + string.Concat(inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
        return "Table";
    }
}
