using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.EasyRead.Layout;

/// <summary>
/// Turns the rendered body of an Easy Read page into its layout: each point (a paragraph that starts
/// with a picture, and the paragraphs and lists below it up to the next picture or heading) becomes
/// a row with the picture in one cell and the text in the other; glossary words are made bold, and
/// where each is first used its explanation follows in a box inside that point.
/// </summary>
public static class EasyReadLayout
{
    public const string PointClass = "er-point";
    public const string PictureClass = "er-point__picture";
    public const string TextClass = "er-point__text";
    public const string WordBoxClass = "word-box";
    public const string HardWordClass = "hard-word";

    private static readonly HashSet<string> PointContent = new(StringComparer.OrdinalIgnoreCase) { "p", "ul", "ol", "blockquote", "dl" };

    public static string Apply(string html, Glossary.Glossary glossary)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        GroupPoints(document, body);
        MarkHardWords(document, body, glossary);
        return body.InnerHtml;
    }

    private static void GroupPoints(IDocument document, IElement body)
    {
        IElement? text = null;
        foreach (var node in body.ChildNodes.ToList())
        {
            if (node is not IElement element)
            {
                if (text is not null && node is IText) text.AppendChild(node);
                continue;
            }
            if (LeadingImage(element) is { } image)
            {
                var point = document.CreateElement("div");
                point.ClassName = PointClass;
                var picture = document.CreateElement("div");
                picture.ClassName = PictureClass;
                text = document.CreateElement("div");
                text.ClassName = TextClass;
                element.Before(point);
                // Line breaks keep the published source readable.
                point.After(document.CreateTextNode("\n"));
                point.AppendChild(document.CreateTextNode("\n"));
                point.AppendChild(picture);
                point.AppendChild(document.CreateTextNode("\n"));
                point.AppendChild(text);
                point.AppendChild(document.CreateTextNode("\n"));
                picture.AppendChild(image);
                // The space the author left between the picture and the words.
                if (element.FirstChild is IText { Data: var first } leading)
                    leading.Data = first.TrimStart();
                text.AppendChild(element);
            }
            else if (text is not null && PointContent.Contains(element.LocalName))
                text.AppendChild(element);
            else
                text = null;
        }
    }

    private static IElement? LeadingImage(IElement element)
    {
        if (element.LocalName != "p") return null;
        foreach (var child in element.ChildNodes)
        {
            if (child is IText t && string.IsNullOrWhiteSpace(t.Data)) continue;
            return child is IElement { LocalName: "img" } img ? img : null;
        }
        return null;
    }

    private static void MarkHardWords(IDocument document, IElement body, Glossary.Glossary glossary)
    {
        if (glossary.Entries.Count == 0) return;
        var explained = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in body.QuerySelectorAll("p, li").Where(b => b.Closest("." + WordBoxClass) is null).ToList())
            foreach (var textNode in TextNodes(block))
            {
                var matches = glossary.Find(textNode.Data);
                if (matches.Count == 0) continue;
                var alreadyBold = textNode.ParentElement?.Closest("strong, b") is not null;
                foreach (var match in matches.Reverse())
                {
                    if (!alreadyBold)
                    {
                        var rest = textNode.Split(match.Index);
                        rest.Split(match.Length);
                        var strong = document.CreateElement("strong");
                        strong.ClassName = HardWordClass;
                        rest.Before(strong);
                        strong.AppendChild(rest);
                    }
                }
                foreach (var match in matches)
                    if (explained.Add(match.Entry.Term))
                        AddWordBox(document, block, match.Entry);
            }
    }

    /// <summary>The explanation goes at the end of the point's text, or right after the paragraph outside a point.</summary>
    private static void AddWordBox(IDocument document, IElement block, Glossary.GlossaryEntry entry)
    {
        var box = document.CreateElement("dl");
        box.ClassName = WordBoxClass;
        var term = document.CreateElement("dt");
        term.TextContent = entry.Term;
        var explanation = document.CreateElement("dd");
        explanation.TextContent = entry.Explanation;
        box.AppendChild(term);
        box.AppendChild(explanation);
        if (block.Closest("." + TextClass) is { } cell)
        {
            cell.AppendChild(box);
            cell.AppendChild(document.CreateTextNode("\n"));
        }
        else (block.Closest("ul, ol") ?? block).After(box);
    }

    // Words in a link are left alone: a link names where it goes, and its explanation belongs with a sentence that uses the word.
    private static List<IText> TextNodes(IElement block) =>
        block.Descendants<IText>().Where(t => t.ParentElement?.Closest("a, code, abbr") is null).ToList();
}
