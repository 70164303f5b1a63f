namespace SiteGen.Accessibility.Rules;

/// <summary>Links go somewhere: no empty href, bare "#" or javascript: links, which keyboard users cannot follow.</summary>
public sealed class LinkHrefReal : Rule
{
    public override string Id => "A11Y022";
    public override string Name => "link-href-real";
    public override string Wcag => "2.1.1, 4.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Put the address of the page or file in the round brackets of the link, [like this](https://example.org/page/).";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            var href = a.GetAttribute("href")!.Trim();
            if (href.Length == 0)
                yield return Report(page, a, $"The link \"{Dom.Quote(AccessibleName.Of(a))}\" has an empty address.");
            else if (href == "#")
                yield return Report(page, a, $"The link \"{Dom.Quote(AccessibleName.Of(a))}\" points to \"#\", which goes nowhere.");
            else if (href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                yield return Report(page, a, $"The link \"{Dom.Quote(AccessibleName.Of(a))}\" runs a script instead of going to a page.");
        }
    }
}
