using System.Globalization;

namespace SiteGen.Accessibility;

/// <summary>The kinds of value WAI-ARIA 1.2 gives its attributes.</summary>
public enum AriaValueType
{
    Text,
    TrueFalse,
    TrueFalseUndefined,
    Tristate,
    Integer,
    Number,
    Token,
    TokenList,
    IdReference,
    IdReferenceList,
}

/// <summary>Every WAI-ARIA 1.2 attribute with the type of its value and, for tokens, the values allowed.</summary>
public static class AriaAttributes
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private sealed record Definition(AriaValueType Type, params string[] Tokens);

    private static readonly Dictionary<string, Definition> Definitions = new(StringComparer.Ordinal)
    {
        ["aria-activedescendant"] = new(AriaValueType.IdReference),
        ["aria-atomic"] = new(AriaValueType.TrueFalse),
        ["aria-autocomplete"] = new(AriaValueType.Token, "inline", "list", "both", "none"),
        ["aria-braillelabel"] = new(AriaValueType.Text),
        ["aria-brailleroledescription"] = new(AriaValueType.Text),
        ["aria-busy"] = new(AriaValueType.TrueFalse),
        ["aria-checked"] = new(AriaValueType.Tristate),
        ["aria-colcount"] = new(AriaValueType.Integer),
        ["aria-colindex"] = new(AriaValueType.Integer),
        ["aria-colindextext"] = new(AriaValueType.Text),
        ["aria-colspan"] = new(AriaValueType.Integer),
        ["aria-controls"] = new(AriaValueType.IdReferenceList),
        ["aria-current"] = new(AriaValueType.Token, "page", "step", "location", "date", "time", "true", "false"),
        ["aria-describedby"] = new(AriaValueType.IdReferenceList),
        ["aria-description"] = new(AriaValueType.Text),
        ["aria-details"] = new(AriaValueType.IdReference),
        ["aria-disabled"] = new(AriaValueType.TrueFalse),
        ["aria-dropeffect"] = new(AriaValueType.TokenList, "copy", "execute", "link", "move", "none", "popup"),
        ["aria-errormessage"] = new(AriaValueType.IdReference),
        ["aria-expanded"] = new(AriaValueType.TrueFalseUndefined),
        ["aria-flowto"] = new(AriaValueType.IdReferenceList),
        ["aria-grabbed"] = new(AriaValueType.TrueFalseUndefined),
        ["aria-haspopup"] = new(AriaValueType.Token, "false", "true", "menu", "listbox", "tree", "grid", "dialog"),
        ["aria-hidden"] = new(AriaValueType.TrueFalseUndefined),
        ["aria-invalid"] = new(AriaValueType.Token, "grammar", "false", "spelling", "true"),
        ["aria-keyshortcuts"] = new(AriaValueType.Text),
        ["aria-label"] = new(AriaValueType.Text),
        ["aria-labelledby"] = new(AriaValueType.IdReferenceList),
        ["aria-level"] = new(AriaValueType.Integer),
        ["aria-live"] = new(AriaValueType.Token, "assertive", "off", "polite"),
        ["aria-modal"] = new(AriaValueType.TrueFalse),
        ["aria-multiline"] = new(AriaValueType.TrueFalse),
        ["aria-multiselectable"] = new(AriaValueType.TrueFalse),
        ["aria-orientation"] = new(AriaValueType.Token, "horizontal", "vertical", "undefined"),
        ["aria-owns"] = new(AriaValueType.IdReferenceList),
        ["aria-placeholder"] = new(AriaValueType.Text),
        ["aria-posinset"] = new(AriaValueType.Integer),
        ["aria-pressed"] = new(AriaValueType.Tristate),
        ["aria-readonly"] = new(AriaValueType.TrueFalse),
        ["aria-relevant"] = new(AriaValueType.TokenList, "additions", "all", "removals", "text"),
        ["aria-required"] = new(AriaValueType.TrueFalse),
        ["aria-roledescription"] = new(AriaValueType.Text),
        ["aria-rowcount"] = new(AriaValueType.Integer),
        ["aria-rowindex"] = new(AriaValueType.Integer),
        ["aria-rowindextext"] = new(AriaValueType.Text),
        ["aria-rowspan"] = new(AriaValueType.Integer),
        ["aria-selected"] = new(AriaValueType.TrueFalseUndefined),
        ["aria-setsize"] = new(AriaValueType.Integer),
        ["aria-sort"] = new(AriaValueType.Token, "ascending", "descending", "none", "other"),
        ["aria-valuemax"] = new(AriaValueType.Number),
        ["aria-valuemin"] = new(AriaValueType.Number),
        ["aria-valuenow"] = new(AriaValueType.Number),
        ["aria-valuetext"] = new(AriaValueType.Text),
    };

    /// <summary>True for an attribute WAI-ARIA 1.2 defines (lower-case name).</summary>
    public static bool IsKnown(string name) => Definitions.ContainsKey(name);

    /// <summary>True when the value suits the attribute's type; an empty value counts as not set.</summary>
    public static bool IsValidValue(string name, string value)
    {
        if (!Definitions.TryGetValue(name, out var definition)) return true;
        var v = value.Trim().ToLowerInvariant();
        if (v.Length == 0) return true;
        return definition.Type switch
        {
            AriaValueType.TrueFalse => v is "true" or "false",
            AriaValueType.TrueFalseUndefined => v is "true" or "false" or "undefined",
            AriaValueType.Tristate => v is "true" or "false" or "mixed" or "undefined",
            AriaValueType.Integer => int.TryParse(v, NumberStyles.AllowLeadingSign, Invariant, out _),
            AriaValueType.Number => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            AriaValueType.Token => definition.Tokens.Contains(v),
            AriaValueType.TokenList => Dom.IdRefs(v).All(definition.Tokens.Contains),
            _ => true,
        };
    }

    /// <summary>What the attribute's value must be, for a message: "true or false", "a whole number", ...</summary>
    public static string Expected(string name) => Definitions[name] switch
    {
        { Type: AriaValueType.TrueFalse } => "true or false",
        { Type: AriaValueType.TrueFalseUndefined } => "true, false or undefined",
        { Type: AriaValueType.Tristate } => "true, false or mixed",
        { Type: AriaValueType.Integer } => "a whole number",
        { Type: AriaValueType.Number } => "a number",
        { Type: AriaValueType.Token } d => "one of " + string.Join(", ", d.Tokens),
        { Type: AriaValueType.TokenList } d => "a list of " + string.Join(", ", d.Tokens),
        _ => "text",
    };
}
