using SiteGen.Accessibility;
using SiteGen.Diagnostics;
using Severity = SiteGen.Diagnostics.Severity;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-hreflang-no-fallback: every hreflang alternate is a page in that language that search engines may index,
/// not a forwarding page, a page in another language or untranslated fallback content. Missing targets are SG603's.
/// </summary>
public sealed class HreflangNoFallback : LanguageRule
{
    public override string Code => Codes.HreflangToFallback;
    public override string Name => "ml-hreflang-no-fallback";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var page in site.Pages)
            foreach (var link in page.Html.Alternates)
            {
                var hreflang = link.Hreflang!;
                if (hreflang == "x-default" || site.PageAt(link.Href, page) is not { } target) continue;
                var targetLang = target.Html.HtmlLang ?? "";
                if (target.IsNoIndex)
                    yield return new LanguageFinding($"hreflang=\"{hreflang}\" points at /{target.File}, which tells search engines not to index it (a forwarding or fallback page). Point it at the translation itself.", page, At: link.At);
                else if (LanguageTag.Primary(targetLang) != LanguageTag.Primary(hreflang))
                    yield return new LanguageFinding($"hreflang=\"{hreflang}\" points at /{target.File}, which is in \"{targetLang}\". List a page only under its own language.", page, At: link.At);
            }
    }
}
