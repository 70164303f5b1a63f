using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Every lang attribute below html is non-empty and well-formed, so passages are read in the right voice.</summary>
public sealed class LangValid : Rule
{
    public override string Id => "A11Y002";
    public override IReadOnlyList<string> Act => ["de46e4"];
    public override string Name => "lang-valid";
    public override string Wcag => "3.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Use a language code such as cy, ur or en-GB, for example <span lang=\"cy\">.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var e in page.QuerySelectorAll("[lang]:not(html)"))
        {
            var lang = e.GetAttribute("lang")!.Trim();
            if (lang.Length == 0)
                yield return Report(page, e, $"A <{e.LocalName}> has an empty lang attribute.");
            else if ((!LanguageTag.IsWellFormed(lang) || !LanguageTag.HasKnownPrimary(lang)) && HasOwnText(e))
                yield return Report(page, e, $"The language \"{Dom.Quote(lang)}\" on a <{e.LocalName}> is not a valid language code.");
        }
    }

    // A lang matters only to text that takes its language from it (not from a nearer lang) and that someone can
    // perceive: shown on screen, or read by a screen reader, as an image's alt text is.
    private static bool HasOwnText(IElement e)
    {
        foreach (var node in e.Descendants<IText>())
        {
            if (string.IsNullOrWhiteSpace(node.Data) || node.ParentElement is not { } parent) continue;
            if (parent.Closest("[lang]") == e && !HiddenFromEveryone(parent, e)) return true;
        }
        return e.Descendants<IElement>().Any(img => img.LocalName == "img"
            && !string.IsNullOrWhiteSpace(img.GetAttribute("alt"))
            && img.Closest("[lang]") == e && !HiddenFromEveryone(img, e));
    }

    // aria-hidden text is still on screen, so only hidden and display:none or visibility:hidden in style count.
    private static bool HiddenFromEveryone(IElement from, IElement stop)
    {
        for (var x = from; x is not null; x = x.ParentElement)
        {
            var style = x.GetAttribute("style")?.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() ?? "";
            if (x.HasAttribute("hidden") || style.Contains("display:none")) return true;
            if (style.Contains("visibility:hidden")) return true;
            if (x == stop) break;
        }
        return false;
    }
}
