using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Every link has a name that screen readers can announce.</summary>
public sealed class LinkName : Rule
{
    public override string Id => "A11Y011";
    public override IReadOnlyList<string> Act => ["c487ae"];
    public override string Name => "link-name";
    public override string Wcag => "2.4.4, 4.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Put words between the square brackets of the link, [like this](https://example.org).";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var a in page.QuerySelectorAll("a[href], area[href], [role]"))
        {
            if (!IsLink(a) || page.IsHidden(a) || AccessibleName.Of(a).Length > 0) continue;
            // An image with no alt at all is reported once, on the image, by img-alt.
            var images = a.QuerySelectorAll("img").Where(img => !page.IsHidden(img)).ToList();
            if (images.Any(img => img.GetAttribute("alt") is null && !Dom.IsPresentational(img))) continue;
            var href = Dom.Quote(a.GetAttribute("href") ?? "");
            yield return Report(page, a, a.LocalName == "area"
                ? $"The image-map area linking to \"{href}\" has no alt text."
                : images.Count == 0
                ? $"The link to \"{href}\" has no text."
                : $"The link to \"{href}\" has no text, only an image marked as decorative: give the image alt text "
                    + "that says where the link goes.");
        }
    }

    // A link to screen readers: a or area with href and no other role, or an element whose role is a link role.
    private static bool IsLink(IElement e)
    {
        var role = Dom.Role(e);
        if (role.Length > 0 && role is not ("none" or "presentation")) return AriaRoles.IsLink(role);
        if (Dom.IsPresentational(e)) return false;
        return e.LocalName is "a" or "area" && e.HasAttribute("href");
    }
}
