namespace SiteGen.Accessibility.Rules;

/// <summary>Every text/background pair the theme declares has enough contrast: 4.5:1, or 3:1 for large text.</summary>
/// <remarks>Which background a colour-only rule sits on follows <see cref="ThemeColours"/>. A rule that sets a
/// background but no text colour is a content panel (pre, footer, tags): it is checked with the page text colour
/// and with the generic link colours (a, a:link, a:visited, a:hover, a:active, a:focus), unless the stylesheet
/// styles links inside that panel itself. Print-only rules are checked against the print page colours.</remarks>
public sealed class ColorContrast : StylesheetRule
{
    public override string Id => "A11Y060";
    public override string Name => "color-contrast";
    public override string Wcag => "1.4.3";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "Darken the text colour or change the background in the theme stylesheet until the pair reaches 4.5:1 "
        + "(3:1 for text of 24px, or 18.66px bold, and larger); change the custom property in :root so every use of the colour is fixed at once.";

    private static readonly HashSet<string> LinkStates = new(StringComparer.Ordinal)
        { "a", "a:link", "a:visited", "a:hover", "a:active", "a:focus", "a:any-link" };

    public override IEnumerable<Finding> Check(StylesheetContext css)
    {
        var screen = new ThemeColours(css);
        var print = new ThemeColours(css, print: true);
        var reported = new HashSet<(string, CssColor, CssColor)>();
        foreach (var rule in css.StyleRules)
        {
            var sets = ThemeColours.SetsText(rule);
            var model = rule.IsPrintOnly ? print : screen;
            var ownBackground = model.BackgroundColour(rule);
            if (!sets && ownBackground is null) continue;
            var needed = ThemeColours.IsLargeText(rule) ? 3.0 : 4.5;

            foreach (var selector in rule.Selectors)
            {
                // Pseudo-elements such as ::selection or ::placeholder are out of scope; ::before/::after keep their element's pair.
                if (selector.Contains("::selection", StringComparison.Ordinal)) continue;
                CssColor text;
                var fromPage = false;
                if (sets)
                {
                    if (model.TextColour(rule) is not { } t) continue; // inherit, currentColor or an unreadable colour
                    text = t;
                }
                else if (model.ContextText(selector) is { } contextText) text = contextText;
                else { text = model.PageText; fromPage = true; }

                foreach (var background in model.BackgroundsFor(rule, selector, sets ? text : null))
                {
                    if (Fail(rule, selector, text, background, needed, null, reported) is { } message)
                        yield return Report(css, rule.Rule, message);
                }

                // A content panel: ordinary links will sit on it too.
                if (!sets && fromPage && ownBackground is { } panel && !StylesItsOwnLinks(css, selector))
                {
                    var background = panel.Over(model.PageBackground);
                    foreach (var link in css.StyleRules.Where(r => r.IsPrintOnly == rule.IsPrintOnly || !r.IsPrintOnly))
                    {
                        if (link.AtRules.Count > 0 && !link.IsPrintOnly) continue; // screen-size variants are checked on their own
                        foreach (var linkSelector in link.Selectors.Where(LinkStates.Contains))
                            if (model.TextColour(link) is { } linkText
                                && Fail(rule, selector, linkText, background, needed, linkSelector, reported) is { } message)
                                yield return Report(css, rule.Rule, message);
                    }
                }
            }
        }
    }

    private static string? Fail(CssRuleInfo rule, string selector, CssColor text, CssColor background, double needed,
        string? textFrom, HashSet<(string, CssColor, CssColor)> reported)
    {
        var ratio = CssColor.ContrastRatio(text, background);
        if (ratio >= needed) return null;
        var shown = text.Over(background);
        if (!reported.Add((rule.Rule.SelectorText + "|" + selector + "|" + rule.Line, shown, background))) return null;
        var from = textFrom is null ? "" : $" (link colour from \"{textFrom}\")";
        var media = rule.Media.Length > 0 ? $" in @media {rule.Media}" : "";
        return $"\"{selector}\"{media} has text {shown.ToHex()}{from} on {background.ToHex()}: contrast {CssColor.FormatRatio(ratio)}, "
            + $"needs {needed.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}:1.";
    }

    // ".event-summary a { color: … }" means the panel chooses its own link colours, checked on their own.
    private static bool StylesItsOwnLinks(StylesheetContext css, string panel) =>
        css.StyleRules.Any(r => ThemeColours.SetsText(r) && r.Selectors.Any(s =>
        {
            var compounds = CssSelectors.Compounds(s);
            return compounds.Count > 1 && CssSelectors.TypeOf(compounds[^1]) == "a"
                && compounds.Take(compounds.Count - 1).Any(c => CssSelectors.StripPseudo(c) == CssSelectors.StripPseudo(panel));
        }));
}
