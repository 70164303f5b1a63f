namespace SiteGen.Accessibility.Rules;

/// <summary>ARIA is spelled correctly: real, non-abstract roles, known aria-* attributes, true/false values where required, no aria-hidden on body.</summary>
/// <remarks>A subset of axe's aria-* rules: the checks that need no per-role tables and cannot misfire.</remarks>
public sealed class AriaValid : Rule
{
    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "aria-activedescendant", "aria-atomic", "aria-autocomplete", "aria-braillelabel", "aria-brailleroledescription",
        "aria-busy", "aria-checked", "aria-colcount", "aria-colindex", "aria-colindextext", "aria-colspan", "aria-controls",
        "aria-current", "aria-describedby", "aria-description", "aria-details", "aria-disabled", "aria-dropeffect",
        "aria-errormessage", "aria-expanded", "aria-flowto", "aria-grabbed", "aria-haspopup", "aria-hidden", "aria-invalid",
        "aria-keyshortcuts", "aria-label", "aria-labelledby", "aria-level", "aria-live", "aria-modal", "aria-multiline",
        "aria-multiselectable", "aria-orientation", "aria-owns", "aria-placeholder", "aria-posinset", "aria-pressed",
        "aria-readonly", "aria-relevant", "aria-required", "aria-roledescription", "aria-rowcount", "aria-rowindex",
        "aria-rowindextext", "aria-rowspan", "aria-selected", "aria-setsize", "aria-sort", "aria-valuemax", "aria-valuemin",
        "aria-valuenow", "aria-valuetext",
    };

    private static readonly HashSet<string> TrueFalse = new(StringComparer.Ordinal)
    {
        "aria-atomic", "aria-busy", "aria-disabled", "aria-modal", "aria-multiline", "aria-multiselectable", "aria-readonly", "aria-required",
    };

    public override string Id => "A11Y058";
    public override IReadOnlyList<string> Act => ["5f99a7", "674b10", "6a7281"];
    public override string Name => "aria-valid";
    public override string Wcag => "4.1.2";
    public override Severity Severity => Severity.Error;
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
                if (!Attributes.Contains(name))
                    yield return Report(page, e, $"A <{e.LocalName}> has the attribute {name}, which is not an ARIA attribute.");
                else if (TrueFalse.Contains(name) || name == "aria-hidden")
                {
                    var value = attribute.Value.Trim().ToLowerInvariant();
                    if (value is not ("true" or "false" or "" or "undefined"))
                        yield return Report(page, e, $"A <{e.LocalName}> has {name}=\"{Dom.Quote(attribute.Value, 20)}\"; it must be true or false.");
                }
            }
        }
    }
}
