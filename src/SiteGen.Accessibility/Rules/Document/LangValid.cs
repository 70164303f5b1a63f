namespace SiteGen.Accessibility.Rules;

/// <summary>Every lang attribute below html is non-empty and well-formed, so passages are read in the right voice.</summary>
public sealed class LangValid : Rule
{
    public override string Id => "A11Y002";
    public override IReadOnlyList<string> Act => ["de46e4", "bf051a"];
    public override string Name => "lang-valid";
    public override string Wcag => "3.1.2";
    public override Severity Severity => Severity.Error;
    public override string Help => "Use a language code such as cy, ur or en-GB, for example <span lang=\"cy\">.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var e in page.QuerySelectorAll("[lang]:not(html)"))
        {
            var lang = e.GetAttribute("lang")!.Trim();
            if (lang.Length == 0)
                yield return Report(page, e, $"A <{e.LocalName}> has an empty lang attribute.");
            else if (!LanguageTag.IsWellFormed(lang))
                yield return Report(page, e, $"The language \"{Dom.Quote(lang)}\" on a <{e.LocalName}> is not a valid language code.");
        }
    }
}
