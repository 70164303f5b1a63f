using SiteGen.Diagnostics;

namespace SiteGen.Multilingual.Checks.Rules;

/// <summary>
/// ml-switcher-missing: no switcher link leads to a page that does not exist. A language the page is not
/// translated into is left out of the switcher (SiteGen's default theme) rather than linked to a 404.
/// </summary>
public sealed class SwitcherMissing : LanguageRule
{
    public override string Code => Codes.SwitcherMissing;
    public override string Name => "ml-switcher-missing";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<LanguageFinding> Check(SiteUnderCheck site)
    {
        foreach (var page in site.Pages)
            foreach (var link in page.Html.Switcher)
                if (site.PageAt(link.Href, page) is null)
                    yield return new LanguageFinding(
                        $"The switcher link to {link.Hreflang} goes to {link.Href}, which the site does not have. Leave out languages the page is not translated into, or link to that language's home page.",
                        page, At: link.At);
    }
}
