using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-fallback-marked: a page in one language whose text is still its original's, word for word, is fallback
/// content. Published as it is, it claims to be a translation: its lang is wrong, it has no notice, and it sits in
/// hreflang. SiteGen leaves untranslated pages out of a language instead, so such a page is reported.
/// </summary>
public sealed class FallbackMarked : LanguageRule
{
    public override string Code => Codes.FallbackNotMarked;
    public override string Name => "ml-fallback-marked";
    public override Severity Severity => Severity.Error;
    public override bool ReadsBodies => true;
    public override bool WithinVersions => true;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        var defaultLanguage = site.Config.DefaultLanguage;
        foreach (var page in site.Pages)
        {
            if (page.Info is not { } info || info.Language == defaultLanguage || page.Body is not { } body || page.Source is null) continue;
            if (!site.VersionsOf(page).TryGetValue(defaultLanguage, out var original) || original.Body is null) continue;
            if (string.IsNullOrWhiteSpace(body) || Translations.Fingerprint(body) != Translations.Fingerprint(original.Body)) continue;
            var name = site.Config.FindLanguage(info.Language)?.Name ?? info.Language;
            yield return new LanguageFinding(
                $"This page's text is the same as {original.Source}: it is not translated, yet it is published as {name} ({info.Language}). Translate it, or delete it so readers of {name} are offered the {defaultLanguage} page.",
                page, At: new Diagnostics.SourceLocation(page.Source, info.BodyFirstLine, 1));
        }
    }
}
