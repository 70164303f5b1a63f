using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Raw HTML written in markdown gets the same source-position marks as markdown blocks: each start
/// tag carries <c>data-md-pos</c> with its own line, so a problem inside raw HTML is reported where
/// the author wrote it rather than against the theme.
/// </summary>
public static partial class PositionedHtml
{
    /// <summary>Adds the position mark to every start tag in <paramref name="html"/>, which sits at <paramref name="line"/>, <paramref name="column"/>.</summary>
    public static string Mark(string html, int line, int column) =>
        StartTag().Replace(html, m => $"{m.Value} {MarkdownRenderer.PositionAttribute}=\"{line}:{column + m.Index - 1}\"");

    [GeneratedRegex(@"(?<=<)[a-zA-Z][a-zA-Z0-9-]*(?=[\s/>])")]
    private static partial Regex StartTag();

    /// <summary>Writes raw HTML blocks line by line with positions.</summary>
    public sealed class BlockRenderer(int firstLine) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            var lines = block.Lines;
            for (var i = 0; i < lines.Count; i++)
                renderer.WriteLine(Mark(lines.Lines[i].Slice.ToString(), block.Line + i + firstLine, 1));
        }
    }

    /// <summary>Writes inline raw HTML tags with positions.</summary>
    public sealed class InlineRenderer(int firstLine) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline) =>
            renderer.Write(Mark(inline.Tag, inline.Line + firstLine, inline.Column + 1));
    }
}
