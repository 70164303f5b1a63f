namespace SiteGen.Accessibility.Rules;

/// <summary>A link to a document download (PDF, Word, spreadsheet ...) says what kind of file it is.</summary>
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
            var padded = " " + Scripts.Normalise(name) + " ";
            if (!words.Any(w => padded.Contains(" " + w + " ", StringComparison.Ordinal)))
                yield return Report(page, a, $"The link \"{Dom.Quote(name)}\" downloads a {extension.ToUpperInvariant()} file but does not say so.");
        }
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
