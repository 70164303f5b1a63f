namespace SiteGen.Accessibility.Rules;

/// <summary>An autocomplete attribute on a form field is a real value from the HTML spec, so browsers and assistive tools can fill it in and identify its purpose.</summary>
/// <remarks>
/// The token list, as the HTML spec and axe's autocomplete-valid read it: optional "section-*", optional "shipping" or
/// "billing", optional "home"/"work"/"mobile"/"fax"/"pager" (only before a contact field: tel*, email, impp), exactly one
/// field name, optional trailing "webauthn"; or "on"/"off" alone. Case is ignored.
/// The field must also suit the input type, with axe's table: for example email needs type text, search or email;
/// tel* needs text, search or tel; cc-number, cc-csc, bday-day ... need text, search, number or tel; url, photo and impp need
/// text, search or url; the passwords need text, search or password; every other field name needs type text (an unknown
/// type counts as text). select and textarea take any field name. Skipped like axe: input type hidden, submit, reset and
/// button; disabled or aria-disabled fields; hidden fields.
/// </remarks>
public sealed class AutocompleteValid : Rule
{
    private static readonly HashSet<string> FieldNames = new(StringComparer.Ordinal)
    {
        "name", "honorific-prefix", "given-name", "additional-name", "family-name", "honorific-suffix", "nickname", "username",
        "new-password", "current-password", "one-time-code", "organization-title", "organization", "street-address",
        "address-line1", "address-line2", "address-line3", "address-level1", "address-level2", "address-level3", "address-level4",
        "country", "country-name", "postal-code", "cc-name", "cc-given-name", "cc-additional-name", "cc-family-name", "cc-number",
        "cc-exp", "cc-exp-month", "cc-exp-year", "cc-csc", "cc-type", "transaction-currency", "transaction-amount", "language",
        "bday", "bday-day", "bday-month", "bday-year", "sex", "url", "photo",
    };

    // Contact fields: the only ones that may follow home, work, mobile, fax or pager.
    private static readonly HashSet<string> ContactFieldNames = new(StringComparer.Ordinal)
    {
        "tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local", "tel-local-prefix", "tel-local-suffix",
        "tel-extension", "email", "impp",
    };

    private static readonly string[] Number = ["text", "search", "number", "tel"];
    private static readonly string[] Tel = ["text", "search", "tel"];
    private static readonly string[] Url = ["text", "search", "url"];
    private static readonly string[] Password = ["text", "search", "password"];

    // axe's autocomplete-appropriate table; a field name not listed needs type text.
    private static readonly Dictionary<string, string[]> AllowedTypes = new(StringComparer.Ordinal)
    {
        ["bday"] = ["text", "search", "date"],
        ["email"] = ["text", "search", "email"],
        ["username"] = ["text", "search", "email"],
        ["street-address"] = ["text"],
        ["tel"] = Tel, ["tel-country-code"] = Tel, ["tel-national"] = Tel, ["tel-area-code"] = Tel, ["tel-local"] = Tel,
        ["tel-local-prefix"] = Tel, ["tel-local-suffix"] = Tel, ["tel-extension"] = Tel,
        ["cc-number"] = Number, ["cc-exp"] = ["text", "search", "month", "tel"], ["cc-exp-month"] = Number, ["cc-exp-year"] = Number,
        ["cc-csc"] = Number, ["transaction-amount"] = Number, ["bday-day"] = Number, ["bday-month"] = Number, ["bday-year"] = Number,
        ["new-password"] = Password, ["current-password"] = Password,
        ["url"] = Url, ["photo"] = Url, ["impp"] = Url,
    };

    // Input types whose value is typed text of some kind; any other type is compared as "text", as axe does.
    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        "text", "search", "number", "tel", "url", "email", "password", "date", "month", "week", "time", "datetime-local",
        "checkbox", "radio", "file", "image", "range", "color",
    };

    public override string Id => "A11Y066";
    public override IReadOnlyList<string> Act => ["73f2c2"];
    public override string Name => "autocomplete-valid";
    public override string Wcag => "1.3.5";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Use an autocomplete value from the HTML list, such as name, email, tel, street-address or postal-code, on a field of a matching type; or remove the attribute.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var control in page.QuerySelectorAll("input[autocomplete], select[autocomplete], textarea[autocomplete]"))
        {
            var value = Dom.Collapse(control.GetAttribute("autocomplete")).ToLowerInvariant();
            if (value.Length == 0) continue;
            var type = (control.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
            if (control.LocalName == "input" && type is "hidden" or "submit" or "reset" or "button") continue;
            if (!KnownTypes.Contains(type)) type = "text";
            if (control.HasAttribute("disabled") || string.Equals(control.GetAttribute("aria-disabled")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) continue;
            if (page.IsHidden(control)) continue;

            var field = FieldName(value);
            if (field is null)
            {
                yield return Report(page, control, $"A <{control.LocalName}> has autocomplete=\"{Dom.Quote(value, 40)}\", which is not a valid autocomplete value.");
                continue;
            }
            if (control.LocalName != "input" || field is "on" or "off") continue;
            var allowed = AllowedTypes.GetValueOrDefault(field) ?? ["text"];
            if (!allowed.Contains(type, StringComparer.Ordinal))
                yield return Report(page, control, $"An <input type=\"{type}\"> has autocomplete=\"{Dom.Quote(value, 40)}\", which does not suit that type (it needs type {string.Join(", ", allowed)}).");
        }
    }

    /// <summary>The field name of a valid token list ("on"/"off" for those alone), or null when the list is invalid.</summary>
    private static string? FieldName(string value)
    {
        var tokens = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count == 1 && tokens[0] is "on" or "off") return tokens[0];
        if (tokens.Count > 0 && tokens[^1] == "webauthn") tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count == 0) return null;
        var i = 0;
        if (tokens[i].Length > 8 && tokens[i].StartsWith("section-", StringComparison.Ordinal)) i++;
        if (i < tokens.Count && tokens[i] is "shipping" or "billing") i++;
        var qualified = false;
        if (i < tokens.Count && tokens[i] is "home" or "work" or "mobile" or "fax" or "pager") { i++; qualified = true; }
        if (tokens.Count - i != 1) return null;
        var field = tokens[i];
        if (ContactFieldNames.Contains(field) || !qualified && FieldNames.Contains(field)) return field;
        return null;
    }
}
