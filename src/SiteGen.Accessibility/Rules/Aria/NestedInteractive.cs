namespace SiteGen.Accessibility.Rules;

/// <summary>No link, button or form control inside another link, button or summary, or inside a role whose
/// children are presentational (checkbox, tab, slider ...); screen readers cannot reach the inner one.</summary>
public sealed class NestedInteractive : Rule
{
    public override string Id => "A11Y053";
    public override IReadOnlyList<string> Act => ["307n5z"];
    public override string Name => "nested-interactive";
    public override string Wcag => "4.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Move the inner link or control out so the two sit side by side.";

    // Links, buttons and the roles whose children are presentational (ARIA 1.2): what is inside them is not
    // announced, so a focusable element there is a stop with nothing to say.
    private const string Outer = "a[href], button, summary, [role=button], [role=link], [role=checkbox], [role=img], "
        + "[role=menuitemcheckbox], [role=menuitemradio], [role=meter], [role=option], [role=progressbar], "
        + "[role=radio], [role=scrollbar], [role=separator], [role=slider], [role=switch], [role=tab]";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var outer in page.QuerySelectorAll(Outer))
        {
            foreach (var inner in outer.QuerySelectorAll("*"))
            {
                if (!Dom.IsFocusable(inner) && Dom.Role(inner) is not ("button" or "link")) continue;
                // Report each inner control once, against its nearest interactive ancestor.
                if (inner.ParentElement?.Closest(Outer) != outer) continue;
                yield return Report(page, inner, $"A <{inner.LocalName}> is inside a <{outer.LocalName}>.");
            }
        }
    }
}
