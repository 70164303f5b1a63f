using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>ARIA states and properties are used only on roles that have them: screen readers ignore the others.
/// </summary>
public sealed class AriaAllowedAttr : Rule
{
    public override string Id => "A11Y071";
    public override IReadOnlyList<string> Act => ["5c01ea"];
    public override string Name => "aria-allowed-attr";
    public override string Wcag => "4.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "Remove the aria attribute, or give the element a role that has it: for a name on a plain box of text, "
        + "put the words in the text itself.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var element in page.Elements)
        {
            if (!element.Attributes.Any(a => a.Name.StartsWith("aria-", StringComparison.Ordinal))) continue;
            var role = RoleOf(element);
            if (!AriaRoles.IsKnown(role) || page.IsHidden(element)) continue;
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                if (name is "aria-label" or "aria-labelledby" && AriaRoles.ProhibitsNaming(role))
                    yield return Report(page, element,
                        $"A <{element.LocalName}> ({role}) has {name}, which screen readers do not read on it.");
                else if (name.StartsWith("aria-", StringComparison.Ordinal) && !AriaRoles.Supports(role, name))
                    yield return Report(page, element,
                        $"A <{element.LocalName}> ({role}) has {name}, which only some other roles have.");
            }
        }
    }

    // Browsers ignore none and presentation on an element keyboard users can reach, and keep its own role.
    private static string RoleOf(IElement element)
    {
        var role = Dom.Role(element);
        if (role is "none" or "presentation" && !Dom.IsPresentational(element)) return Dom.ImplicitRole(element);
        return role.Length > 0 ? role : Dom.ImplicitRole(element);
    }
}
