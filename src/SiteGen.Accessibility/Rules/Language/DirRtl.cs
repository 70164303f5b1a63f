using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Right-to-left text (Arabic script) sits in an element with dir="rtl", and Urdu or Arabic pages are rtl.</summary>
public sealed class DirRtl : Rule
{
    private static readonly HashSet<string> RtlLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "ur", "fa", "ps", "sd", "ug", "ckb", "he", "yi", "dv",
    };

    public override string Id => "A11Y035";
    public override string Name => "dir-rtl";
    public override string Wcag => "1.3.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Mark right-to-left text with dir=\"rtl\", for example <span lang=\"ur\" dir=\"rtl\">…</span>; list Urdu and Arabic with dir: rtl in site.yml.";

    // True when the element's whole text is one Arabic-script word: letters and vowel marks only,
    // no spaces, digits or punctuation.
    private static bool IsLoneWord(IElement element)
    {
        var text = Dom.Collapse(element.TextContent);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Scripts.IsArabic(rune.Value)) return false;
            if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                return false;
        }
        return text.Length > 0;
    }

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var html = page.Document.DocumentElement;
        var pageLang = html.GetAttribute("lang")?.Trim() ?? "";
        var pageIsRtl = string.Equals(html.GetAttribute("dir")?.Trim(), "rtl", StringComparison.OrdinalIgnoreCase);
        if (pageLang.Length > 0 && RtlLanguages.Contains(LanguageTag.Primary(pageLang)) && !pageIsRtl)
        {
            yield return Report(page, html, $"The page is in \"{pageLang}\", a right-to-left language, but is not marked dir=\"rtl\".");
            yield break; // every paragraph would repeat the same problem
        }

        IElement? last = null;
        foreach (var (parent, text) in page.TextRuns)
        {
            if (parent == last || !Scripts.MayHaveArabicOrBengali(text) || Scripts.Count(text, Scripts.IsArabic) < LangOfPartsScript.MinLetters) continue;
            // A lone RTL word in its own element (a language switcher's "اردو") has no neutral characters
            // for the bidi algorithm to misplace, so it displays correctly without dir.
            if (IsLoneWord(parent)) continue;
            // The nearest dir wins; dir=auto and bdi pick the direction from the text itself, which is fine here.
            var dirElement = parent.Closest("[dir], bdi");
            var dir = dirElement?.LocalName == "bdi" && !dirElement.HasAttribute("dir") ? "auto" : dirElement?.GetAttribute("dir")?.Trim().ToLowerInvariant();
            if (dir is "rtl" or "auto") continue;
            last = parent;
            yield return Report(page, parent, $"The right-to-left text \"{Dom.Quote(text, 40)}\" is not marked dir=\"rtl\".");
        }
    }
}
