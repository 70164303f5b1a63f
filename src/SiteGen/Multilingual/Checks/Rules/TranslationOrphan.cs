using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>ml-translation-orphan: a translationKey written in front matter that no page in another language shares (often a typo).</summary>
public sealed class TranslationOrphan : LanguageRule
{
    public override string Code => Codes.TranslationOrphan;
    public override string Name => "ml-translation-orphan";
    public override Severity Severity => Severity.Info;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var page in site.Pages)
        {
            if (page.FrontMatter?.TranslationKey is not { } key || page.Source is null) continue;
            if (site.VersionsOf(page).Count > 1) continue;
            yield return new LanguageFinding(
                $"translationKey \"{key}\" links this page to no other language's page. If it is a translation, give its original the same translationKey; otherwise remove the key.",
                page, At: new SourceLocation(page.Source, page.FrontMatter.LineOf("translationKey"), 1));
        }
    }
}
