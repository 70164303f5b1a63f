namespace SiteGen.Accessibility.Rules;

/// <summary>Nothing inside aria-hidden="true" can be reached with the keyboard; screen readers would land on silence.</summary>
public sealed class AriaHiddenFocusable : Rule
{
    public override string Id => "A11Y052";
    public override IReadOnlyList<string> Act => ["6cfa84"];
    public override string Name => "aria-hidden-focusable";
    public override string Wcag => "4.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Remove aria-hidden=\"true\", or take the link or control out of the hidden part.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var hidden in page.QuerySelectorAll("[aria-hidden=true]"))
        {
            // Only the outermost aria-hidden element, so a nested one is not reported twice.
            if (hidden.ParentElement?.Closest("[aria-hidden=true]") is not null) continue;
            foreach (var e in hidden.QuerySelectorAll("*").Prepend(hidden))
            {
                // Truly hidden (hidden attribute, display:none) content cannot be focused either.
                if (!Dom.IsFocusable(e) || HiddenFromEveryone(e)) continue;
                yield return Report(page, e, $"A <{e.LocalName}> can be reached with the keyboard but is inside aria-hidden=\"true\".");
            }
        }
    }

    private static bool HiddenFromEveryone(AngleSharp.Dom.IElement e)
    {
        for (var x = e; x is not null; x = x.ParentElement)
            if (x.HasAttribute("hidden") || (x.GetAttribute("style") is { } s && s.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }
}
