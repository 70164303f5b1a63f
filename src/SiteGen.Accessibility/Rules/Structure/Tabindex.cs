using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>tabindex does not reorder the keyboard path (no positive values) or add stops that do nothing.</summary>
public sealed class Tabindex : Rule
{
    private static readonly HashSet<string> InteractiveRoles = new(StringComparer.Ordinal)
    {
        "button", "link", "checkbox", "radio", "switch", "tab", "menuitem", "menuitemcheckbox", "menuitemradio",
        "option", "slider", "spinbutton", "textbox", "combobox", "searchbox", "treeitem", "gridcell", "scrollbar",
        "region", "dialog", "alertdialog", "application", "listbox", "grid", "tree", "tabpanel", "separator",
    };

    public override string Id => "A11Y030";
    public override string Name => "tabindex";
    public override string Wcag => "2.4.3";
    public override RuleKind Kind => RuleKind.Heuristic;
    public override string Help => "Remove the tabindex attribute; the page order already sets the keyboard order.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var e in page.QuerySelectorAll("[tabindex]"))
        {
            if (!int.TryParse(e.GetAttribute("tabindex")!.Trim(), out var value)) continue;
            if (value > 0)
                yield return Report(page, e, $"A <{e.LocalName}> has tabindex=\"{value}\", which changes the order keyboard users move through the page.");
            else if (value == 0 && !IsInteractive(e))
                // A tab stop on plain content may be a deliberate scroll region the theme forgot to name: advice, not a failure.
                yield return Report(page, e, $"A <{e.LocalName}> has tabindex=\"0\" but does nothing when keyboard users reach it.", Severity.Warning);
        }
    }

    private static bool IsInteractive(IElement e)
    {
        var role = Dom.Role(e);
        if (role == "region") return AccessibleName.FromAria(e).Length > 0;
        if (InteractiveRoles.Contains(role)) return true;
        // Ask Dom.IsFocusable without the tabindex, i.e. whether the element is focusable by nature.
        return e.LocalName switch
        {
            "a" or "area" => e.HasAttribute("href"),
            "button" or "input" or "select" or "textarea" or "summary" or "iframe" or "details" => true,
            "audio" or "video" => e.HasAttribute("controls"),
            _ => e.HasAttribute("contenteditable"),
        };
    }
}
