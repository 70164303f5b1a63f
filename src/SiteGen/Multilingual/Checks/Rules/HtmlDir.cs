using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>ml-html-dir: each page's &lt;html dir&gt; is its language's direction from site.yml: rtl for Urdu, Arabic ..., never rtl on a left-to-right language.</summary>
public sealed class HtmlDir : LanguageRule
{
    public override string Code => Codes.DirMismatch;
    public override string Name => "ml-html-dir";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<LanguageFinding> CheckPage(ParsedPage parsed, LanguageSettings site)
    {
        var (page, dom) = (parsed.Page, parsed.Dom);
        if (page.Language is null || site.Config.FindLanguage(page.Language) is not { } language) yield break;
        var html = dom.DocumentElement;
        var dir = html.GetAttribute("dir")?.Trim().ToLowerInvariant() ?? "ltr";
        if (dir != language.Direction)
            yield return new LanguageFinding(
                $"The page is in {language.Name} ({language.Code}), written {language.Direction}, but <html> has dir=\"{dir}\". The theme should write dir=\"@Model.Site.Direction\"; site.yml sets the direction with dir: rtl.",
                page, html);
    }
}
