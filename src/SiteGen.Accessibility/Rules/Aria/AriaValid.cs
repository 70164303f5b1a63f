using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>ARIA is valid: real roles, known aria-* attributes with values of their type, the states a role requires,
/// no name on an element whose role cannot have one,
/// no aria-hidden on body.</summary>
/// <remarks>Roles, attributes and value types are WAI-ARIA 1.2's, from <see cref="AriaRoles"/> and
/// <see cref="AriaAttributes"/>.</remarks>
public sealed class AriaValid : Rule
{
    public override string Id => "A11Y058";
    public override IReadOnlyList<string> Act => ["5f99a7", "674b10", "6a7281", "4e8ab6"];
    public override string Name => "aria-valid";
    public override string Wcag => "4.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Correct the spelling of the role or aria- attribute, or remove it; plain HTML elements usually need no ARIA at all.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        if (page.Document.Body is { } body && string.Equals(body.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            yield return Report(page, body, "The whole page is hidden from screen readers with aria-hidden=\"true\" on the body.");

        foreach (var e in page.Document.All)
        {
            var role = e.GetAttribute("role");
            if (role is not null)
            {
                // Browsers use the first role they recognise: a list breaks only when no token is a role.
                if (!string.IsNullOrWhiteSpace(role) && AriaRoles.FirstKnown(role).Length == 0)
                    yield return Report(page, e, $"A <{e.LocalName}> has role=\"{Dom.Quote(role, 30)}\", which is not an ARIA role.");
            }
            foreach (var attribute in e.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (!name.StartsWith("aria-", StringComparison.Ordinal)) continue;
                if (!AriaAttributes.IsKnown(name))
                    yield return Report(page, e, $"A <{e.LocalName}> has the attribute {name}, which is not an ARIA attribute.");
                else if (!AriaAttributes.IsValidValue(name, attribute.Value))
                    yield return Report(page, e, $"A <{e.LocalName}> has {name}=\"{Dom.Quote(attribute.Value, 20)}\"; "
                        + $"it must be {AriaAttributes.Expected(name)}.");
                else if (name is "aria-label" or "aria-labelledby" && NamingProhibited(e))
                    yield return Report(page, e, $"A <{e.LocalName}> has {name}, which screen readers ignore on it: "
                        + "put the words in the text, or name an element that can have a name (a link, button or region).");
            }
            if (role is not null && !page.IsHidden(e) && MissingRequiredState(e) is { } missing)
                yield return Report(page, e, $"A <{e.LocalName}> with role=\"{Dom.Role(e)}\" needs {missing} to tell "
                    + "screen readers its state.");
        }
    }

    // WAI-ARIA 1.2 roles that cannot be named, and the HTML elements whose own role is one of them.
    private static readonly HashSet<string> UnnameableRoles = new(StringComparer.Ordinal)
    {
        "caption", "code", "deletion", "emphasis", "generic", "insertion", "none", "paragraph", "presentation",
        "strong", "subscript", "superscript",
    };

    private static readonly HashSet<string> UnnameableElements = new(StringComparer.Ordinal)
    {
        "b", "code", "del", "div", "em", "i", "ins", "p", "s", "small", "span", "strong", "sub", "sup", "u",
    };

    private static bool NamingProhibited(IElement e)
    {
        var role = Dom.Role(e);
        return role.Length > 0 ? UnnameableRoles.Contains(role) : UnnameableElements.Contains(e.LocalName);
    }

    // The first required state the element's explicit role lacks; null when it has them or its HTML supplies them.
    private static string? MissingRequiredState(IElement e)
    {
        var role = Dom.Role(e);
        if (role.Length == 0 || NativeRoleIs(e, role)) return null;
        if (role == "separator" && !Dom.IsFocusable(e)) return null;
        return AriaRoles.RequiredStates(role).FirstOrDefault(state => !e.HasAttribute(state));
    }

    // An element whose HTML already has the role gets its states from HTML (a checkbox input is checked or not).
    private static bool NativeRoleIs(IElement e, string role)
    {
        var type = e.LocalName == "input" ? (e.GetAttribute("type") ?? "text").Trim().ToLowerInvariant() : "";
        return role switch
        {
            "checkbox" or "switch" or "menuitemcheckbox" => type == "checkbox",
            "radio" or "menuitemradio" => type == "radio",
            "slider" => type == "range",
            "heading" => e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6",
            "separator" => e.LocalName == "hr",
            "meter" => e.LocalName == "meter",
            "combobox" => e.LocalName == "select" && !e.HasAttribute("multiple")
                || type.Length > 0 && e.HasAttribute("list"),
            _ => false,
        };
    }
}
