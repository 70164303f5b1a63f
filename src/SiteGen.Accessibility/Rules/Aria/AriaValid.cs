namespace SiteGen.Accessibility.Rules;

/// <summary>ARIA is spelled correctly: real, non-abstract roles, known aria-* attributes, true/false values where required, no aria-hidden on body.</summary>
/// <remarks>A subset of axe's aria-* rules: the checks that need no per-role tables and cannot misfire.</remarks>
public sealed class AriaValid : Rule
{
    // WAI-ARIA 1.2 concrete roles, plus Graphics-ARIA; abstract roles (widget, landmark, ...) are not usable.
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "alert", "alertdialog", "application", "article", "banner", "blockquote", "button", "caption", "cell", "checkbox",
        "code", "columnheader", "combobox", "complementary", "contentinfo", "definition", "deletion", "dialog", "document",
        "emphasis", "feed", "figure", "form", "generic", "grid", "gridcell", "group", "heading", "img", "image", "insertion", "link",
        "list", "listbox", "listitem", "log", "main", "mark", "marquee", "math", "menu", "menubar", "menuitem", "menuitemcheckbox",
        "menuitemradio", "meter", "navigation", "none", "note", "option", "paragraph", "presentation", "progressbar", "radio",
        "radiogroup", "region", "row", "rowgroup", "rowheader", "scrollbar", "search", "searchbox", "separator", "slider",
        "spinbutton", "status", "strong", "subscript", "superscript", "switch", "tab", "table", "tablist", "tabpanel", "term",
        "textbox", "time", "timer", "toolbar", "tooltip", "tree", "treegrid", "treeitem", "comment", "suggestion",
        "graphics-document", "graphics-object", "graphics-symbol", "directory",
    };

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
                // Browsers use the first role they recognise; an unknown first token is what breaks.
                var first = Dom.Role(e);
                if (first.Length > 0 && !Roles.Contains(first))
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
