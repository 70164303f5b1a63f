namespace SiteGen.Accessibility.Rules;

/// <summary>At most one page-level header (banner) and one page-level footer (contentinfo), not nested in other landmarks.</summary>
public sealed class LandmarkBannerContentinfo : Rule
{
    // A header or footer inside these is just a section header/footer, not a page landmark.
    private const string Scoping = "article, aside, main, nav, section, [role=main], [role=article], [role=complementary], [role=navigation], [role=region]";

    public override string Id => "A11Y017";
    public override string Name => "landmark-banner-contentinfo";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "The theme's layout should have one site header and one site footer directly in the body.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var finding in CheckKind(page, "header", "banner", "header (banner)")) yield return finding;
        foreach (var finding in CheckKind(page, "footer", "contentinfo", "footer (contentinfo)")) yield return finding;
    }

    private IEnumerable<Finding> CheckKind(PageContext page, string tag, string role, string word)
    {
        var count = 0;
        foreach (var e in page.QuerySelectorAll($"{tag}:not([role]), [role={role}]"))
        {
            if (page.IsHidden(e)) continue;
            var explicitRole = Dom.Role(e) == role;
            var scope = e.ParentElement?.Closest(Scoping);
            if (scope is not null)
            {
                if (explicitRole)
                    yield return Report(page, e, $"A {word} landmark is inside a <{scope.LocalName}>; it belongs at the top level of the page.");
                continue;
            }
            if (++count > 1)
                yield return Report(page, e, $"The page has more than one {word} landmark.");
        }
    }
}
