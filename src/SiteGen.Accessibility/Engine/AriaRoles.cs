namespace SiteGen.Accessibility;

/// <summary>The roles browsers recognise: WAI-ARIA 1.2 concrete roles, Graphics ARIA and DPUB-ARIA.</summary>
/// <remarks>Abstract roles (widget, landmark, ...) are not usable in content, so they are not here.</remarks>
public static class AriaRoles
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "alert", "alertdialog", "application", "article", "banner", "blockquote", "button", "caption", "cell",
        "checkbox", "code", "columnheader", "combobox", "complementary", "contentinfo", "definition", "deletion",
        "dialog", "document", "emphasis", "feed", "figure", "form", "generic", "grid", "gridcell", "group", "heading",
        "img", "image", "insertion", "link", "list", "listbox", "listitem", "log", "main", "mark", "marquee", "math",
        "menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio", "meter", "navigation", "none", "note",
        "option", "paragraph", "presentation", "progressbar", "radio", "radiogroup", "region", "row", "rowgroup",
        "rowheader", "scrollbar", "search", "searchbox", "separator", "slider", "spinbutton", "status", "strong",
        "subscript", "superscript", "switch", "tab", "table", "tablist", "tabpanel", "term", "textbox", "time", "timer",
        "toolbar", "tooltip", "tree", "treegrid", "treeitem", "comment", "suggestion", "graphics-document",
        "graphics-object", "graphics-symbol", "directory", "doc-abstract", "doc-acknowledgments", "doc-afterword",
        "doc-appendix", "doc-backlink", "doc-biblioentry", "doc-bibliography", "doc-biblioref", "doc-chapter",
        "doc-colophon", "doc-conclusion", "doc-cover", "doc-credit", "doc-credits", "doc-dedication", "doc-endnote",
        "doc-endnotes", "doc-epigraph", "doc-epilogue", "doc-errata", "doc-example", "doc-footnote", "doc-foreword",
        "doc-glossary", "doc-glossref", "doc-index", "doc-introduction", "doc-noteref", "doc-notice", "doc-pagebreak",
        "doc-pagefooter", "doc-pageheader", "doc-pagelist", "doc-part", "doc-preface", "doc-prologue", "doc-pullquote",
        "doc-qna", "doc-subtitle", "doc-tip", "doc-toc",
    };

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '\f'];

    // DPUB-ARIA roles that are links to screen readers.
    private static readonly HashSet<string> LinkRoles = new(StringComparer.Ordinal)
    {
        "link", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref",
    };

    // WAI-ARIA 1.2 required states and properties that have no default value.
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["checkbox"] = ["aria-checked"],
        ["combobox"] = ["aria-controls", "aria-expanded"],
        ["heading"] = ["aria-level"],
        ["menuitemcheckbox"] = ["aria-checked"],
        ["menuitemradio"] = ["aria-checked"],
        ["meter"] = ["aria-valuenow"],
        ["radio"] = ["aria-checked"],
        ["scrollbar"] = ["aria-controls", "aria-valuenow"],
        ["separator"] = ["aria-valuenow"],
        ["slider"] = ["aria-valuenow"],
        ["switch"] = ["aria-checked"],
    };

    /// <summary>The states and properties an element with this role must carry, e.g. aria-checked on a switch.
    /// </summary>
    /// <remarks>A separator needs a value only when it can be focused (it is then a splitter): callers check.</remarks>
    public static IReadOnlyList<string> RequiredStates(string role) => Required.GetValueOrDefault(role) ?? [];

    // WAI-ARIA 1.2 "Roles which cannot be named": aria-label and aria-labelledby are prohibited on them.
    private static readonly HashSet<string> NameProhibited = new(StringComparer.Ordinal)
    {
        "caption", "code", "deletion", "emphasis", "generic", "insertion", "none", "paragraph", "presentation",
        "strong", "subscript", "superscript",
    };

    // Role-specific attributes with the roles that support them, their own or inherited (WAI-ARIA 1.2 "Used in
    // Roles" and "Inherits into Roles"). Attributes not listed here are not checked for the role.
    private static readonly Dictionary<string, HashSet<string>> SupportedOn = new(StringComparer.Ordinal)
    {
        ["aria-sort"] = ["columnheader", "rowheader"],
        ["aria-orientation"] =
            ["scrollbar", "select", "separator", "slider", "tablist", "toolbar", "listbox", "menu", "menubar",
                "radiogroup", "tree", "treegrid"],
        ["aria-pressed"] = ["button"],
        ["aria-multiline"] = ["textbox", "searchbox"],
        ["aria-placeholder"] = ["textbox", "searchbox"],
        ["aria-multiselectable"] = ["grid", "listbox", "tablist", "tree", "treegrid"],
        ["aria-modal"] = ["dialog", "alertdialog"],
    };

    /// <summary>True when WAI-ARIA 1.2 prohibits naming the role with aria-label or aria-labelledby.</summary>
    public static bool ProhibitsNaming(string role) => NameProhibited.Contains(role);

    /// <summary>False when the attribute belongs to particular roles and this (known) role is not one of them.
    /// </summary>
    public static bool Supports(string role, string attribute) =>
        !SupportedOn.TryGetValue(attribute, out var roles) || roles.Contains(role);

    /// <summary>True for a role a browser recognises (lower-case).</summary>
    public static bool IsKnown(string role) => Known.Contains(role);

    /// <summary>True for link and the DPUB roles that inherit from it.</summary>
    public static bool IsLink(string role) => LinkRoles.Contains(role);

    /// <summary>The first recognised token of a role attribute's fallback list, lower-cased; "" when none is.</summary>
    public static string FirstKnown(string? roleAttribute)
    {
        if (string.IsNullOrWhiteSpace(roleAttribute)) return "";
        // Nearly every role attribute is one token: no list to split.
        var trimmed = roleAttribute.Trim();
        if (trimmed.AsSpan().IndexOfAny(Separators) < 0)
        {
            var only = trimmed.ToLowerInvariant();
            return Known.Contains(only) ? only : "";
        }
        foreach (var token in trimmed.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var role = token.ToLowerInvariant();
            if (Known.Contains(role)) return role;
        }
        return "";
    }
}
