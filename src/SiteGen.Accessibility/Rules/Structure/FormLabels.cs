namespace SiteGen.Accessibility.Rules;

/// <summary>Every form control has a label, so people know what to enter.</summary>
public sealed class FormLabels : Rule
{
    public override string Id => "A11Y018";
    public override IReadOnlyList<string> Act => ["e086e5", "59796f"];
    public override string Name => "form-labels";
    public override string Wcag => "1.3.1, 4.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Add a <label for=\"id\"> that matches the control's id, or wrap the control in a <label>; an image button needs alt text.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var control in page.QuerySelectorAll("input, select, textarea"))
        {
            if (page.IsHidden(control) || Dom.IsPresentational(control)) continue;
            var type = (control.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
            if (control.LocalName == "input" && type is "hidden" or "submit" or "reset" or "button") continue;

            if (control.LocalName == "input" && type == "image")
            {
                if (AccessibleName.Of(control).Length == 0)
                    yield return Report(page, control, "An image button has no alt text.");
                continue;
            }

            // Title and placeholder alone are not labels: they vanish or are not announced reliably.
            var labelled = AccessibleName.FromAria(control).Length > 0 || AccessibleName.LabelText(control).Length > 0;
            if (!labelled)
            {
                var what = control.LocalName == "input" ? $"<input type=\"{type}\">" : $"<{control.LocalName}>";
                var hint = control.GetAttribute("name") is { Length: > 0 } n ? $" named \"{Dom.Quote(n, 40)}\"" : "";
                yield return Report(page, control, $"The form field {what}{hint} has no label.");
            }
        }
    }
}
