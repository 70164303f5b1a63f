using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>A container role (tablist, list, menu, grid, row ...) owns only elements of the roles it is made of, at
/// least one; and a role that is part of a container (listitem, tab, row ...) sits in one.</summary>
/// <remarks>
/// Like axe's aria-required-children, only explicit role attributes are checked (a native &lt;ul&gt; or &lt;table&gt; needs nothing).
/// Owned elements are found by walking down from the container and from the elements its aria-owns names, through
/// elements that carry no role of their own (div, span, role="none"/"presentation"/"generic"); any other role, explicit
/// or implicit (a native element such as &lt;li&gt;, &lt;tr&gt;, &lt;button&gt; or &lt;p&gt;), stops the walk there and counts only as itself.
/// Hidden elements own nothing. A container with aria-busy="true" is being filled in by a script and is skipped.
/// Owned elements of other roles are reported too, as is an explicit part role whose nearest ancestor with a role
/// (or the element that owns it through aria-owns) is not one of its containers.
/// </remarks>
public sealed class AriaRequiredChildren : Rule
{
    // WAI-ARIA 1.2 required owned elements, as axe-core checks them (radiogroup → radio kept from ARIA 1.1, as axe does).
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["feed"] = ["article"],
        ["grid"] = ["row", "rowgroup"],
        ["list"] = ["listitem"],
        ["listbox"] = ["option", "group"],
        ["menu"] = ["menuitem", "menuitemcheckbox", "menuitemradio", "group"],
        ["menubar"] = ["menuitem", "menuitemcheckbox", "menuitemradio", "group"],
        ["radiogroup"] = ["radio"],
        ["row"] = ["cell", "columnheader", "gridcell", "rowheader"],
        ["rowgroup"] = ["row"],
        ["table"] = ["row", "rowgroup"],
        ["tablist"] = ["tab"],
        ["tree"] = ["treeitem", "group"],
        ["treegrid"] = ["row", "rowgroup"],
    };

    // WAI-ARIA 1.2 required context roles of the parts of containers.
    private static readonly Dictionary<string, string[]> Context = new(StringComparer.Ordinal)
    {
        ["cell"] = ["row"],
        ["columnheader"] = ["row"],
        ["gridcell"] = ["row"],
        ["listitem"] = ["list", "directory"],
        ["menuitem"] = ["menu", "menubar", "group"],
        ["menuitemcheckbox"] = ["menu", "menubar", "group"],
        ["menuitemradio"] = ["menu", "menubar", "group"],
        ["option"] = ["listbox", "group"],
        ["row"] = ["table", "grid", "treegrid", "rowgroup"],
        ["rowgroup"] = ["table", "grid", "treegrid"],
        ["rowheader"] = ["row"],
        ["tab"] = ["tablist"],
        ["treeitem"] = ["tree", "group"],
    };

    public override string Id => "A11Y065";
    public override IReadOnlyList<string> Act => ["bc4a75", "ff89c9"];
    public override string Name => "aria-required-children";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Give the container the parts it is made of (for example role=\"tab\" on each tab inside role=\"tablist\"), or remove the role and use plain HTML such as <ul> and <li>.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var e in page.QuerySelectorAll("[role]"))
        {
            var role = Dom.Role(e);
            if (Context.TryGetValue(role, out var containers) && !page.IsHidden(e)
                && ContextRole(page, e) is var context && !containers.Contains(context, StringComparer.Ordinal))
                yield return Report(page, e, $"A <{e.LocalName}> with role=\"{role}\" is not inside an element with "
                    + $"role=\"{string.Join("\" or \"", containers)}\".");
            if (!Required.TryGetValue(role, out var needed)) continue;
            if (page.IsHidden(e)) continue;
            if (string.Equals(e.GetAttribute("aria-busy")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) continue;

            var owned = new List<(string Role, IElement Element)>();
            foreach (var child in e.Children) CollectOwned(child, owned);
            foreach (var id in Dom.IdRefs(e.GetAttribute("aria-owns")))
                if (page.Document.GetElementById(id) is { } target && target != e) CollectOwned(target, owned);

            var list = needed.Length == 1 ? $"role=\"{needed[0]}\"" : "one of the roles " + string.Join(", ", needed);
            if (!owned.Any(o => needed.Contains(o.Role, StringComparer.Ordinal)))
                yield return Report(page, e,
                    $"A <{e.LocalName}> with role=\"{role}\" contains no element with {list}.");
            else if (Stray(owned, needed) is { } stray)
                yield return Report(page, e, $"A <{e.LocalName}> with role=\"{role}\" contains an element with "
                    + $"role=\"{stray}\"; it may contain only {list}.");
        }
    }

    // The first owned role that does not belong: one not needed, or one inside an owned group (a group in a menu
    // holds menu items, or further groups of them).
    private static string? Stray(List<(string Role, IElement Element)> owned, string[] needed)
    {
        foreach (var (role, element) in owned)
        {
            if (!needed.Contains(role, StringComparer.Ordinal)) return role;
            if (role != "group") continue;
            var inGroup = new List<(string Role, IElement Element)>();
            foreach (var child in element.Children) CollectOwned(child, inGroup);
            if (Stray(inGroup, needed) is { } inner) return inner;
        }
        return null;
    }

    // The role of the element's parent in the accessibility tree: the element that owns it through aria-owns, else
    // its nearest ancestor with a role.
    private static string ContextRole(PageContext page, IElement e)
    {
        var owner = e.Id is { Length: > 0 } id
            ? page.QuerySelectorAll("[aria-owns]")
                .FirstOrDefault(o => Dom.IdRefs(o.GetAttribute("aria-owns")).Contains(id))
            : null;
        for (var a = owner ?? e.ParentElement; a is not null; a = a.ParentElement)
            if (RoleOf(a) is { Length: > 0 } role) return role;
        return "";
    }

    /// <summary>Adds the elements an owning element owns through this subtree, with their roles.</summary>
    private static void CollectOwned(IElement e, List<(string Role, IElement Element)> owned)
    {
        if (Dom.IsSelfHidden(e)) return;
        var role = RoleOf(e);
        if (role.Length > 0)
        {
            owned.Add((role, e));
            return;
        }
        foreach (var child in e.Children) CollectOwned(child, owned);
    }

    /// <summary>The element's explicit role, else the implicit role of common native elements, else "" (no role: walk through it).</summary>
    private static string RoleOf(IElement e)
    {
        var role = Dom.Role(e);
        if (role is "none" or "presentation" or "generic") return "";
        if (role.Length > 0) return role;
        var implicitRole = Dom.ImplicitRole(e);
        return implicitRole == "generic" ? "" : implicitRole;
    }
}
