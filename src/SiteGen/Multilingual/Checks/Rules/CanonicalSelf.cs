using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-canonical-self: each language version's canonical URL is its own, never the original's, or search
/// engines drop the translations. Pages without a canonical link, and forwarding pages, are not checked.
/// </summary>
public sealed class CanonicalSelf : LanguageRule
{
    public override string Code => Codes.CanonicalNotSelf;
    public override string Name => "ml-canonical-self";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var page in site.Pages)
        {
            if (page.IsNoIndex || page.Html.Canonical is not { } canonical) continue;
            var href = canonical.Href;
            if (site.FileOf(href, page) == page.File) continue;
            yield return new LanguageFinding(
                $"The canonical link points at {href}, not at this page ({site.Urls.Absolute(SiteUnderCheck.SitePathOf(page))}). Each language version must be its own canonical page.",
                page, At: canonical.At);
        }
    }
}
