using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-bidi-isolation: on a right-to-left page, a run of several Latin-script words (a name, an English title)
/// sits in an element with dir="ltr" or in &lt;bdi&gt;, so the bidi algorithm does not reorder its spaces and
/// punctuation. Right-to-left text on left-to-right pages is A11Y035's (dir-rtl).
/// </summary>
public sealed class BidiIsolation : LanguageRule
{
    public override string Code => Codes.BidiNotIsolated;
    public override string Name => "ml-bidi-isolation";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<LanguageFinding> CheckPage(ParsedPage parsed, LanguageSettings site)
    {
        var (page, html) = parsed;
        if (!string.Equals(html.Document.DocumentElement.GetAttribute("dir"), "rtl", StringComparison.OrdinalIgnoreCase)) yield break;
        AngleSharp.Dom.IElement? last = null;
        foreach (var (parent, text) in html.TextRuns)
        {
            if (parent == last || BidiText.LatinRun().Match(Dom.Collapse(text)) is not { Success: true } run) continue;
            // The nearest dir (or bdi, which isolates by itself) decides the direction the run is laid out in.
            var context = parent.Closest("[dir], bdi");
            var dir = context?.GetAttribute("dir")?.Trim().ToLowerInvariant() ?? (context?.LocalName == "bdi" ? "auto" : "rtl");
            if (dir is "ltr" or "auto") continue;
            last = parent;
            yield return new LanguageFinding(
                $"The left-to-right words \"{Dom.Quote(run.Value, 40)}\" sit in right-to-left text without isolation, so their spaces and punctuation may show in the wrong order. Wrap them: <span lang=\"en\" dir=\"ltr\">…</span> (or <bdi> for a name of unknown direction).",
                page, parent);
        }
    }

}
