namespace SiteGen.Accessibility.Rules;

/// <summary>Native controls are used instead of ARIA control roles on div or span (the first rule of ARIA), and roles
/// are not repeated needlessly.</summary>
public sealed class PreferNative : Rule
{
    // Only roles whose native element brings behaviour a div must otherwise be given by script (focus, keys,
    // state): a div with role="list" or role="heading" is read the same as ul or h2, so suggesting them is noise.
    private static readonly Dictionary<string, string> Native = new(StringComparer.Ordinal)
    {
        ["button"] = "<button>", ["link"] = "<a href>", ["checkbox"] = "<input type=\"checkbox\">",
        ["radio"] = "<input type=\"radio\">", ["textbox"] = "<input> or <textarea>",
    };

    // Element → the role it already has, so role="navigation" on nav says nothing new.
    private static readonly Dictionary<string, string> Implicit = new(StringComparer.Ordinal)
    {
        ["nav"] = "navigation", ["main"] = "main", ["button"] = "button", ["ul"] = "list", ["ol"] = "list", ["li"] = "listitem",
        ["article"] = "article", ["aside"] = "complementary", ["table"] = "table", ["form"] = "form",
    };

    public override string Id => "A11Y057";
    public override string Name => "prefer-native";
    public override string Wcag => "4.1.2";
    public override RuleKind Kind => RuleKind.BestPractice;

    // ARIA used correctly fails no criterion (the W3C ACT rules pass it).
    public override bool Advisory => true;
    public override string Help => "Use the HTML element made for the job instead of a role attribute.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var e in page.QuerySelectorAll("[role]"))
        {
            var role = Dom.Role(e);
            if (e.LocalName is "div" or "span" && Native.TryGetValue(role, out var native))
                yield return Report(page, e, $"A <{e.LocalName}> has role=\"{role}\"; a {native} would do this without extra code.");
            else if (Implicit.TryGetValue(e.LocalName, out var own) && own == role)
                yield return Report(page, e, $"A <{e.LocalName}> has role=\"{role}\", which it already has.");
        }
    }
}
