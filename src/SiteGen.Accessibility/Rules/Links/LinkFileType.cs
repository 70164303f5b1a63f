using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>
/// A link to a document download (PDF, Word, spreadsheet ...) says what kind of file it is, in its text or in
/// a note right after it: "(PDF, 2 MB)", "[PDF 120KB]", "- PDF", "(opens a Word document)".
/// </summary>
public sealed class LinkFileType : Rule
{
    // File extension → words any of which, in the link text, tell the reader what they are getting.
    private static readonly Dictionary<string, string[]> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = ["pdf"],
        ["doc"] = ["word", "doc", "docx"], ["docx"] = ["word", "doc", "docx"],
        ["odt"] = ["opendocument", "odt"], ["rtf"] = ["rtf", "rich text"],
        ["xls"] = ["excel", "spreadsheet", "xls", "xlsx"], ["xlsx"] = ["excel", "spreadsheet", "xls", "xlsx"],
        ["ods"] = ["opendocument", "spreadsheet", "ods"], ["csv"] = ["csv", "spreadsheet"],
        ["ppt"] = ["powerpoint", "slides", "ppt", "pptx"], ["pptx"] = ["powerpoint", "slides", "ppt", "pptx"],
        ["odp"] = ["opendocument", "slides", "odp"], ["zip"] = ["zip"],
        ["epub"] = ["epub", "ebook", "e book"], ["mp3"] = ["mp3", "audio"],
        ["ics"] = ["ics", "icalendar", "calendar"],
    };

    public override string Id => "A11Y024";
    public override string Name => "link-file-type";
    public override string Wcag => "2.4.4";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Say the file type (and ideally its size) in the link text, for example \"Annual report (PDF, 1.2 MB)\".";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            var extension = Extension(a.GetAttribute("href")!);
            if (extension is null || !Types.TryGetValue(extension, out var words) || page.IsHidden(a)) continue;
            var name = AccessibleName.Of(a);
            if (name.Length == 0) continue; // link-name's job
            if (!Names(name, words) && !Names(NoteAfter(a), words))
                yield return Report(page, a, $"The link \"{Dom.Quote(name)}\" downloads a {extension.ToUpperInvariant()} file but does not say so.");
        }
    }

    private static bool Names(string text, string[] words)
    {
        var padded = " " + Scripts.Normalise(text) + " ";
        return words.Any(w => padded.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    // The note that follows the link in its paragraph: a bracket, or words after a dash, comma or colon up to the
    // end of the phrase. Other words after a link are the sentence going on, not about the file.
    private static string NoteAfter(IElement link)
    {
        // A link in bold (or other inline markup) is followed by what follows the markup.
        var from = link;
        while (from.NextSibling is null && from.ParentElement is { LocalName: "strong" or "em" or "b" or "i" or "span" } inline) from = inline;
        var after = new StringBuilder();
        for (var node = from.NextSibling; node is not null && after.Length < 80; node = node.NextSibling)
            after.Append(node is IElement e ? Dom.ShownText(e) : node.TextContent);
        var text = after.ToString().TrimStart();
        if (text.Length == 0) return "";
        var close = text[0] switch { '(' => ')', '[' => ']', '-' or '–' or '—' or ',' or ':' => '.', _ => '\0' };
        if (close == '\0') return "";
        var end = text.IndexOfAny([close, ';', '–', '—'], 1);
        return end < 0 ? text : text[..end];
    }

    private static string? Extension(string href)
    {
        var end = href.IndexOfAny(['?', '#']);
        var path = end < 0 ? href : href[..end];
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash && dot < path.Length - 1 ? path[(dot + 1)..].Trim() : null;
    }
}
