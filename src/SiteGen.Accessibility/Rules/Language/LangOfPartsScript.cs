using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Text in Arabic or Bengali script is marked with its own lang when the surrounding language is written in another script.</summary>
/// <remarks>Only script mismatches are certain enough to be errors. The reverse case (Latin letters inside
/// Urdu or Arabic text) is not reported: acronyms such as NHS appear there legitimately.</remarks>
public sealed class LangOfPartsScript : Rule
{
    /// <summary>Fewer letters than this (a stray character or symbol) are not a passage.</summary>
    public const int MinLetters = 3;

    private static readonly HashSet<string> LatinScript = new(StringComparer.OrdinalIgnoreCase)
    {
        "en", "cy", "so", "fr", "de", "es", "it", "pt", "nl", "pl", "ga", "gd", "ro", "tr", "sw", "yo", "ig", "ha",
        "cs", "sk", "hu", "sv", "da", "nb", "nn", "no", "fi", "lt", "lv", "et", "sq", "hr", "bs", "sl", "ms", "id",
        "tl", "vi", "eu", "ca", "gl", "kw", "gv", "br", "mt", "is", "af", "zu", "xh", "om",
    };

    private static readonly HashSet<string> ArabicScript = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "ur", "fa", "ps", "sd", "ug", "ckb", "ks", "prs", "bal", "skr", "pnb", "ku",
    };

    public override string Id => "A11Y034";
    public override string Name => "lang-of-parts-script";
    public override string Wcag => "3.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Wrap the passage in an element with its language, for example <span lang=\"ur\" dir=\"rtl\">…</span>.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        IElement? last = null;
        foreach (var (parent, text) in page.TextRuns)
        {
            // One finding per element is enough; Latin text has no Arabic or Bengali letters to count.
            if (parent == last || !Scripts.MayHaveArabicOrBengali(text)) continue;
            var arabic = Scripts.Count(text, Scripts.IsArabic);
            var bengali = Scripts.Count(text, Scripts.IsBengali);
            if (arabic < MinLetters && bengali < MinLetters) continue;

            var langElement = parent.Closest("[lang]");
            var lang = langElement?.GetAttribute("lang")?.Trim() ?? "";
            if (!LanguageTag.IsWellFormed(lang)) continue; // html-lang and lang-valid report this
            var script = ScriptOf(lang);
            var mismatch = (arabic >= MinLetters && script is "Latn" or "Beng") || (bengali >= MinLetters && script is "Latn" or "Arab");
            if (!mismatch) continue;

            last = parent;
            var found = arabic >= bengali ? "Arabic" : "Bengali";
            yield return Report(page, parent,
                $"The text \"{Dom.Quote(text, 40)}\" is in {found} script but is marked as language \"{lang}\".");
        }
    }

    // The script a tag is written in, when we know it for certain; "" when unknown.
    private static string ScriptOf(string tag)
    {
        foreach (var subtag in tag.Split('-').Skip(1))
            if (subtag.Length == 4 && char.IsLetter(subtag[0]))
                return char.ToUpperInvariant(subtag[0]) + subtag[1..].ToLowerInvariant();
        var primary = LanguageTag.Primary(tag);
        if (LatinScript.Contains(primary)) return "Latn";
        if (ArabicScript.Contains(primary)) return "Arab";
        if (primary is "bn" or "as") return "Beng";
        return "";
    }
}
