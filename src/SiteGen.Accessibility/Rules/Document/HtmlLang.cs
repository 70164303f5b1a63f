namespace SiteGen.Accessibility.Rules;

/// <summary>The page declares its language on html, well-formed and one the site publishes.</summary>
public sealed class HtmlLang : Rule
{
    public override string Id => "A11Y001";
    public override IReadOnlyList<string> Act => ["b5c3f8", "bf051a"];
    public override string Name => "html-lang";
    public override string Wcag => "3.1.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Set lang on the html element to the page's language code, such as en or cy, from the site's language list.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var html = page.Document.DocumentElement;
        var lang = html.GetAttribute("lang")?.Trim();
        if (string.IsNullOrEmpty(lang))
            yield return Report(page, html, "The page does not say which language it is in.");
        else if (!LanguageTag.IsWellFormed(lang) || !LanguageTag.HasKnownPrimary(lang))
            yield return Report(page, html, $"The page language \"{Dom.Quote(lang)}\" is not a valid language code.");
        else if (page.Options.Languages.Count > 0 && !page.Options.IsPublishedLanguage(lang))
            yield return Report(page, html, $"The page language \"{lang}\" is not one of the site's languages ({string.Join(", ", page.Options.Languages.Order(StringComparer.OrdinalIgnoreCase))}).");
    }
}
