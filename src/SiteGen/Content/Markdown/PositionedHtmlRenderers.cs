using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Raw HTML written in markdown gets the same source-position marks as markdown blocks: each start
/// tag carries <c>data-md-pos</c> with its own line, so a problem inside raw HTML is reported where
/// the author wrote it rather than against the theme. A raw link's <c>href</c> may be rewritten on the way,
/// so <c>&lt;a href="other-post.md"&gt;</c> works as a markdown link to the file does.
/// </summary>
public static class PositionedHtml
{
    /// <summary>
    /// What a raw link's address becomes, given as written with the line and column of its tag: the new address, or
    /// the same one marked as already reported broken; null to leave it as it is.
    /// </summary>
    public delegate (string Href, bool Broken)? HrefRewriter(string href, int line, int column);

    /// <summary>
    /// Adds the position mark to every start tag in <paramref name="html"/>, whose first character sits at
    /// <paramref name="line"/>, <paramref name="column"/>. Only real start tags are marked: never text inside an
    /// attribute value or a comment, which a mark would corrupt.
    /// </summary>
    public static string Mark(string html, int line, int column, HrefRewriter? rewrite = null)
    {
        if (!html.Contains('<')) return html;
        var output = new StringBuilder(html.Length + 32);
        var (atLine, lineStart) = (line, -(column - 1));
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                end = end < 0 ? html.Length : end + 3;
                Copy(html, i, end, output, ref atLine, ref lineStart);
                i = end;
            }
            else if (c == '<' && i + 1 < html.Length && char.IsAsciiLetter(html[i + 1]))
                i = StartTag(html, i, output, atLine, i - lineStart + 1, rewrite, ref atLine, ref lineStart);
            else
            {
                Copy(html, i, i + 1, output, ref atLine, ref lineStart);
                i++;
            }
        }
        return output.ToString();
    }

    // Writes the start tag at <paramref name="at"/> with its mark after the name, and returns where the tag ends.
    private static int StartTag(string html, int at, StringBuilder output, int tagLine, int tagColumn,
        HrefRewriter? rewrite, ref int atLine, ref int lineStart)
    {
        var i = at + 1;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
        // "<b" at the end of the text, or followed by what no tag name is: text, not a tag.
        if (i >= html.Length || (!char.IsWhiteSpace(html[i]) && html[i] is not ('/' or '>')))
        {
            Copy(html, at, i, output, ref atLine, ref lineStart);
            return i;
        }
        output.Append(html, at, i - at).Append(' ').Append(MarkdownRenderer.PositionAttribute)
            .Append("=\"").Append(MarkdownRenderer.Position(tagLine, tagColumn)).Append('"');
        while (i < html.Length && html[i] != '>')
        {
            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var name = html[nameStart..i];
            var afterName = i;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (name.Length == 0 || i >= html.Length || html[i] != '=')
            {
                // A lone attribute, "/" or white space: nothing can hide a tag in it.
                var next = name.Length == 0 ? nameStart + 1 : afterName;
                Copy(html, nameStart, next, output, ref atLine, ref lineStart);
                i = next;
                continue;
            }
            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            var (valueStart, valueEnd, end) = ValueAt(html, i);
            Copy(html, nameStart, valueStart, output, ref atLine, ref lineStart);
            var value = html[valueStart..valueEnd];
            var isHref = name.Equals("href", StringComparison.OrdinalIgnoreCase);
            if (rewrite is not null && isHref && rewrite(value, tagLine, tagColumn) is { } replaced)
            {
                output.Append(replaced.Href);
                Copy(html, valueEnd, end, output, ref atLine, ref lineStart);
                if (replaced.Broken) output.Append(' ').Append(MarkdownRenderer.ReportedAttribute).Append("=\"\"");
            }
            else Copy(html, valueStart, end, output, ref atLine, ref lineStart);
            i = end;
        }
        return i;
    }

    // An attribute value from index i: in quotes (the quotes are not part of it) or up to white space or ">".
    private static (int Start, int End, int After) ValueAt(string html, int i)
    {
        if (i < html.Length && html[i] is '"' or '\'')
        {
            var close = html.IndexOf(html[i], i + 1);
            return close < 0 ? (i + 1, html.Length, html.Length) : (i + 1, close, close + 1);
        }
        var end = i;
        while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] != '>') end++;
        return (i, end, end);
    }

    // Copies html[from..to] and keeps count of the lines passed.
    private static void Copy(string html, int from, int to, StringBuilder output, ref int atLine, ref int lineStart)
    {
        for (var i = from; i < to; i++)
            if (html[i] == '\n') (atLine, lineStart) = (atLine + 1, i + 1);
        output.Append(html, from, to - from);
    }

    /// <summary>Writes raw HTML blocks with positions, a tag spread over several lines read as one.</summary>
    public sealed class BlockRenderer(int firstLine, HrefRewriter? rewrite) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            var lines = block.Lines;
            var text = string.Join('\n', Enumerable.Range(0, lines.Count).Select(i => lines.Lines[i].Slice.ToString()));
            foreach (var line in Mark(text, block.Line + firstLine, 1, rewrite).Split('\n'))
                renderer.WriteLine(line);
        }
    }

    /// <summary>Writes inline raw HTML tags with positions.</summary>
    public sealed class InlineRenderer(int firstLine, HrefRewriter? rewrite) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline) =>
            renderer.Write(Mark(inline.Tag, inline.Line + firstLine, inline.Column + 1, rewrite));
    }
}
