namespace SiteGen.Accessibility.Rules;

/// <summary>Every link has a name that screen readers can announce.</summary>
public sealed class LinkName : Rule
{
    public override string Id => "A11Y011";
    public override IReadOnlyList<string> Act => ["c487ae"];
    public override string Name => "link-name";
    public override string Wcag => "2.4.4, 4.1.2";
    public override Severity Severity => Severity.Error;
    public override string Help => "Put words between the square brackets of the link, [like this](https://example.org).";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            if (page.IsHidden(a) || AccessibleName.Of(a).Length > 0) continue;
            // An image-only link is reported once, on the image, by img-alt.
            if (a.QuerySelectorAll("img").Any(img => !page.IsHidden(img) && string.IsNullOrWhiteSpace(img.GetAttribute("alt")))) continue;
            yield return Report(page, a, $"The link to \"{Dom.Quote(a.GetAttribute("href") ?? "")}\" has no text.");
        }
    }
}
