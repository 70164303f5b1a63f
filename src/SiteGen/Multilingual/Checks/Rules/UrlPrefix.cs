using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-url-prefix: a page in a language other than the default is under /&lt;lang&gt;/, a default-language page
/// is not under another language's prefix, and an Easy Read version is at its full page's address + easy-read/.
/// </summary>
public sealed class UrlPrefix : LanguageRule
{
    public override string Code => Codes.UrlPrefix;
    public override string Name => "ml-url-prefix";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        var config = site.Config;
        foreach (var page in site.Pages)
        {
            if (page.Info is not { } info || page.Source is null) continue;
            var at = new SourceLocation(page.Source, page.FrontMatter?.LineOf("slug") ?? 1, 1);
            if (info.Language != config.DefaultLanguage && !info.SitePath.StartsWith(info.Language + "/", StringComparison.Ordinal))
                yield return new LanguageFinding($"This {info.Language} page is published at /{info.SitePath}, outside /{info.Language}/.", page, At: at);
            if (info.Language == config.DefaultLanguage
                && config.Languages.FirstOrDefault(l => l.Code != info.Language && info.SitePath.StartsWith(l.Code + "/", StringComparison.OrdinalIgnoreCase)) is { } other)
                yield return new LanguageFinding(
                    $"This {info.Language} page is published at /{info.SitePath}, where readers and search engines expect {other.Name} ({other.Code}) pages. Move it out of the {other.Code} folder inside content/{info.Language}/, or give it another slug.",
                    page, At: at);
            if (info.IsEasyRead)
            {
                var fullKey = info.TranslationKey.EndsWith(PageInfo.EasyReadSuffix, StringComparison.Ordinal) ? info.TranslationKey[..^PageInfo.EasyReadSuffix.Length] : null;
                var full = site.Pages.FirstOrDefault(p => p.Info is { IsEasyRead: false } f && f.Language == info.Language && f.TranslationKey == fullKey);
                if (full?.Info is { } fullInfo && info.SitePath != fullInfo.SitePath + "easy-read/")
                    yield return new LanguageFinding(
                        $"This Easy Read page is published at /{info.SitePath}, but its full version is at /{fullInfo.SitePath}: the Easy Read version belongs at /{fullInfo.SitePath}easy-read/. Give both files the same slug.",
                        page, At: at);
            }
        }
    }
}
