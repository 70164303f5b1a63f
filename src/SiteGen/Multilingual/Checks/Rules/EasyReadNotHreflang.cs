using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-easy-read-not-hreflang: an Easy Read version is the same language as its full page, a format and not a
/// translation, so neither lists the other as an hreflang alternate; visible links join them instead.
/// </summary>
public sealed class EasyReadNotHreflang : LanguageRule
{
    public override string Code => Codes.EasyReadInHreflang;
    public override string Name => "ml-easy-read-not-hreflang";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var page in site.Pages)
            foreach (var link in page.Html.Alternates)
                if (site.PageAt(link.Href, page) is { } target && target.IsEasyRead != page.IsEasyRead)
                    yield return new LanguageFinding(
                        $"hreflang=\"{link.Hreflang}\" lists /{target.File}, {(target.IsEasyRead ? "an Easy Read version" : "a full version")}, as an alternate of {(page.IsEasyRead ? "this Easy Read page" : "this full page")}. hreflang joins translations of one format; link the Easy Read version with a visible link.",
                        page, At: link.At);
    }
}
