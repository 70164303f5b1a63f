using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Accessibility;

namespace SiteGen.Publishing.Search;

/// <summary>The words of a rendered page body as plain text, for the search index.</summary>
public static class PlainText
{
    // Elements whose text is a block of its own: without a space at their edges, the last word of one
    // paragraph would run into the first word of the next ("event.Our speakers").
    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "td", "th", "tr", "ul",
    ];

    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// The text a reader sees in <paramref name="html"/>, whitespace collapsed. Footnote markers and back links
    /// ("1", "↩") and hidden elements are left out: they are not words anyone searches for.
    /// </summary>
    public static string FromHtml(string html)
    {
        var body = Parser.ParseDocument("<!DOCTYPE html><body>" + html).Body;
        if (body is null) return "";
        var text = new StringBuilder(html.Length / 2);
        Append(body, text);
        return Dom.Collapse(text.ToString());
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="maxLength"/> characters, at the end of a word,
    /// so the index never holds half a word that would match searches for a different one.
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength);
        return (cut > 0 ? text[..cut] : text[..maxLength]).TrimEnd();
    }

    private static void Append(IElement element, StringBuilder text)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IText t) text.Append(t.Data);
            else if (node is IElement child && !Skipped(child))
            {
                var block = Blocks.Contains(child.LocalName);
                if (block) text.Append(' ');
                Append(child, text);
                if (block) text.Append(' ');
            }
        }
    }

    private static bool Skipped(IElement e) =>
        Dom.IsSelfHidden(e) || e.ClassList.Contains("footnote-ref") || e.ClassList.Contains("footnote-back-ref");
}
