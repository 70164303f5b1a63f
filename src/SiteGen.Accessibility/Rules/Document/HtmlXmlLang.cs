namespace SiteGen.Accessibility.Rules;

/// <summary>When the html element has both lang and xml:lang, they name the same language.</summary>
public sealed class HtmlXmlLang : Rule
{
    public override string Id => "A11Y070";
    public override IReadOnlyList<string> Act => ["5b7ae0"];
    public override string Name => "html-xml-lang";
    public override string Wcag => "3.1.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Give xml:lang the same language as lang on the html element, or remove xml:lang.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var html = page.Document.DocumentElement;
        if (html.LocalName != "html") yield break;
        var lang = html.GetAttribute("lang")?.Trim();
        var xmlLang = html.GetAttribute("xml:lang")?.Trim();
        if (string.IsNullOrEmpty(lang) || string.IsNullOrEmpty(xmlLang) || !LanguageTag.HasKnownPrimary(lang)) yield break;
        if (!string.Equals(LanguageTag.Primary(lang), LanguageTag.Primary(xmlLang), StringComparison.OrdinalIgnoreCase))
            yield return Report(page, html,
                $"The page says it is in \"{Dom.Quote(lang)}\" (lang) and in \"{Dom.Quote(xmlLang)}\" (xml:lang): "
                + "screen readers may pick the wrong voice.");
    }
}
