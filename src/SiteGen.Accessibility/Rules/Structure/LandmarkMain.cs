namespace SiteGen.Accessibility.Rules;

/// <summary>The page has exactly one main landmark, at the top level, for the skip link and landmark navigation.</summary>
public sealed class LandmarkMain : Rule
{
    // Landmarks main must not sit in; a section is one only when named, an article never is.
    private const string EnclosingLandmarks =
        "header, footer, nav, aside, section[aria-label], section[aria-labelledby], form[aria-label], form[aria-labelledby], "
        + "[role=banner], [role=contentinfo], [role=navigation], [role=complementary], [role=region], [role=search]";

    public override string Id => "A11Y015";
    public override string Name => "landmark-main";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "The theme's layout must wrap the page content in exactly one <main> element, outside header, nav, aside and footer.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var count = 0;
        foreach (var main in page.QuerySelectorAll("main, [role=main]"))
        {
            if (page.IsHidden(main)) continue;
            if (++count > 1)
                yield return Report(page, main, "The page has more than one main landmark.");
            else if (main.ParentElement?.Closest(EnclosingLandmarks) is { } outer)
                yield return Report(page, main, $"The main landmark is inside a <{outer.LocalName}>, not at the top level of the page.");
        }
        if (count == 0)
            yield return Report(page, page.Document.Body ?? page.Document.DocumentElement, "The page has no main landmark.");
    }
}
