namespace SiteGen.Accessibility.Rules;

/// <summary>No link, button or form control inside another link, button or summary; screen readers cannot reach the inner one.</summary>
public sealed class NestedInteractive : Rule
{
    public override string Id => "A11Y053";
    public override IReadOnlyList<string> Act => ["307n5z"];
    public override string Name => "nested-interactive";
    public override string Wcag => "4.1.2";
    public override Severity Severity => Severity.Error;
    public override string Help => "Move the inner link or control out so the two sit side by side.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var outer in page.QuerySelectorAll("a[href], button, summary, [role=button], [role=link]"))
        {
            foreach (var inner in outer.QuerySelectorAll("*"))
            {
                if (!Dom.IsFocusable(inner) && Dom.Role(inner) is not ("button" or "link")) continue;
                // Report each inner control once, against its nearest interactive ancestor.
                if (inner.ParentElement?.Closest("a[href], button, summary, [role=button], [role=link]") != outer) continue;
                yield return Report(page, inner, $"A <{inner.LocalName}> is inside a <{outer.LocalName}>.");
            }
        }
    }
}
