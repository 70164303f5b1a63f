namespace SiteGen.Accessibility.Rules;

/// <summary>Links in prose keep their underline, so they are not told apart by colour alone.</summary>
/// <remarks>A selector targets links generally when its subject is a bare "a" (optionally :link, :visited or
/// :any-link; hover, focus and active states are interaction feedback and are exempt) and nothing in it names a
/// navigation component: nav, header, footer, button, or a class or id containing nav, menu, header, footer,
/// button, btn, skip, breadcrumb or pagination. A class on the link itself (a.tag) makes it a component link.</remarks>
public sealed class LinkDistinguishable : StylesheetRule
{
    public override string Id => "A11Y062";
    public override string Name => "link-distinguishable";
    public override string Wcag => "1.4.1";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "In the theme stylesheet, keep text-decoration: underline on links in content; remove the underline only from links in navigation, "
        + "headers, footers and buttons, using a class such as .site-nav__link.";

    private static readonly string[] ComponentWords = ["nav", "menu", "header", "footer", "button", "btn", "skip", "breadcrumb", "pagination"];

    public override IEnumerable<Finding> Check(StylesheetContext css)
    {
        foreach (var rule in css.StyleRules)
        {
            var line = rule.Get("text-decoration-line");
            var shorthand = rule.Get("text-decoration");
            if (!(line.Equals("none", StringComparison.OrdinalIgnoreCase) || shorthand.Equals("none", StringComparison.OrdinalIgnoreCase)))
                continue;
            foreach (var selector in rule.Selectors.Where(IsProseLink))
                yield return Report(css, rule.Rule, $"\"{selector}\" removes the underline from links in content (text-decoration: none).");
        }
    }

    /// <summary>True for selectors such as a, a:visited, main a, .prose a, p a, li a.</summary>
    public static bool IsProseLink(string selector)
    {
        var compounds = CssSelectors.Compounds(selector);
        if (compounds.Count == 0) return false;
        var subject = compounds[^1];
        if (CssSelectors.TypeOf(subject) != "a") return false;
        var bare = CssSelectors.StripPseudo(subject);
        if (bare != "a") return false; // a class, id or attribute makes it a component link
        if (CssSelectors.PseudoClasses(subject).Any(p => p is not ("link" or "visited" or "any-link"))) return false;
        foreach (var compound in compounds.Take(compounds.Count - 1))
        {
            if (CssSelectors.TypeOf(compound) is "nav" or "header" or "footer" or "button") return false;
            if (CssSelectors.Classes(compound).Concat(CssSelectors.Ids(compound))
                .Any(n => ComponentWords.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)))) return false;
        }
        return true;
    }
}
