namespace SiteGen.Accessibility.Rules;

/// <summary>Buttons and ARIA widgets have a name, so screen readers can say what they do.</summary>
public sealed class ControlName : Rule
{
    private const string Controls =
        "button, input[type=button], input[type=submit], input[type=reset], [role=button], [role=tab], [role=checkbox], [role=radio], [role=switch], [role=menuitem], [role=dialog], [role=alertdialog], [role=progressbar], [role=meter], [role=tooltip], [role=treeitem], [role=combobox], [role=textbox], [role=searchbox], [role=slider], [role=spinbutton]";

    public override string Id => "A11Y055";
    public override IReadOnlyList<string> Act => ["97a4e1", "m6b1q3", "e086e5"];
    public override string Name => "control-name";
    public override string Wcag => "4.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Give the control visible text, or an aria-label when it shows only an icon.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var control in page.QuerySelectorAll(Controls))
        {
            // role=none on a control nobody can reach (a disabled button) removes it from the accessibility tree.
            if (page.IsHidden(control) || Dom.IsPresentational(control)) continue;
            if (AccessibleName.Of(control).Length > 0) continue;
            // input type=button has no default label; submit and reset do, and AccessibleName supplies it.
            var what = Dom.Role(control) is { Length: > 0 } role ? $"{role} (<{control.LocalName}>)" : $"<{control.LocalName}>";
            yield return Report(page, control, $"A {what} has no name.");
        }
    }
}
