namespace SiteGen.Accessibility.Rules;

/// <summary>Keyboard focus is always visible on links and controls, and the indicator stands out from the page.</summary>
/// <remarks>
/// Three checks: (1) some :focus or :focus-visible rule targets links (a, :link, :any-link);
/// (2) no focus rule removes the outline (outline: none or 0) without a replacement in the same rule
/// (box-shadow, a border with a colour, a background colour, or an outline with a colour) or in the matching
/// :focus-visible rule; ":focus:not(:focus-visible)" and programmatic focus targets that are not controls
/// (main, body, html, section, article, h1-h6, [tabindex="-1"]) are exempt;
/// (3) the indicator's best colour (outline, box-shadow, border or background) reaches 3:1 against the page background.
/// </remarks>
public sealed class FocusVisible : StylesheetRule
{
    public override string Id => "A11Y061";
    public override string Name => "focus-visible";
    public override string Wcag => "2.4.7, 1.4.11";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "Give links and controls a :focus-visible style in the theme stylesheet that keeps an outline or replaces it "
        + "with a box-shadow, border or background, in a colour with at least 3:1 contrast against the page background "
        + "(GOV.UK uses a yellow background with a thick black underline).";

    private static readonly HashSet<string> NotControls = new(StringComparer.Ordinal)
        { "main", "body", "html", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6" };

    public override IEnumerable<Finding> Check(StylesheetContext css)
    {
        var model = new ThemeColours(css);
        var focusRules = css.StyleRules
            .Where(r => !r.IsPrintOnly)
            .SelectMany(r => r.Selectors.Where(IsFocus).Select(s => (Rule: r, Selector: s)))
            .ToList();

        if (!focusRules.Any(f => IsLink(CssSelectors.Subject(f.Selector))))
            yield return Report(css, null, "The stylesheet has no :focus or :focus-visible rule for links (a:focus-visible).");

        foreach (var (rule, selector) in focusRules)
        {
            var subject = CssSelectors.Subject(selector);
            if (NotControls.Contains(CssSelectors.TypeOf(subject)) || subject.Contains("[tabindex=\"-1\"]", StringComparison.Ordinal))
                continue;
            if (selector.Contains(":not(:focus-visible)", StringComparison.Ordinal)) continue;

            var indicators = Indicators(css, model, rule, selector).ToList();
            if (RemovesOutline(rule) && indicators.Count == 0 && !RestoredByFocusVisible(css, model, selector))
            {
                yield return Report(css, rule.Rule, $"\"{selector}\" removes the focus outline ({Outline(rule)}) and puts nothing in its place.");
                continue;
            }
            if (indicators.Count == 0) continue; // the browser's own outline is kept
            var best = indicators.MaxBy(c => CssColor.ContrastRatio(c, model.PageBackground));
            var ratio = CssColor.ContrastRatio(best, model.PageBackground);
            if (ratio < 3)
                yield return Report(css, rule.Rule,
                    $"\"{selector}\" has a focus indicator in {string.Join(", ", indicators.Distinct().Select(c => c.Over(model.PageBackground).ToHex()))} "
                    + $"on the page background {model.PageBackground.ToHex()}: best contrast {CssColor.FormatRatio(ratio)}, needs 3:1.");
        }
    }

    private static bool IsFocus(string selector) =>
        CssSelectors.PseudoClasses(CssSelectors.Subject(selector)).Any(p => p is "focus" or "focus-visible");

    private static bool IsLink(string compound) =>
        CssSelectors.TypeOf(compound) == "a" || CssSelectors.PseudoClasses(compound).Any(p => p is "link" or "any-link");

    private static string Outline(CssRuleInfo rule) =>
        rule.Get("outline") is { Length: > 0 } o ? "outline: " + o : "outline-style: " + rule.Get("outline-style") + "; outline-width: " + rule.Get("outline-width");

    /// <summary>outline: none, outline: 0, outline-style: none or outline-width: 0.</summary>
    public static bool RemovesOutline(CssRuleInfo rule)
    {
        var style = rule.Get("outline-style").ToLowerInvariant();
        var width = rule.Get("outline-width").ToLowerInvariant();
        var outline = rule.Get("outline").ToLowerInvariant();
        return style is "none" or "hidden" || width is "0" or "0px" || outline is "none" or "0" or "0px";
    }

    // Colours that show focus: a visible outline, box-shadows, borders, a background.
    private static IEnumerable<CssColor> Indicators(StylesheetContext css, ThemeColours model, CssRuleInfo rule, string selector)
    {
        var text = model.TextColour(rule) ?? model.ContextText(selector) ?? model.PageText;
        if (!RemovesOutline(rule) && (rule.Get("outline-style") is { Length: > 0 } s && s != "none"))
        {
            var colour = css.ResolveVariables(rule.Get("outline-color"));
            var c = colour.Length == 0 || colour.Equals("currentcolor", StringComparison.OrdinalIgnoreCase) || colour == "invert"
                ? text : CssColor.Parse(colour);
            if (c is { IsTransparent: false } oc) yield return oc;
        }
        var shadow = css.ResolveVariables(rule.Get("box-shadow"));
        if (shadow.Length > 0 && shadow != "none")
        {
            var any = false;
            foreach (var c in ThemeColours.ColoursIn(shadow).Where(c => !c.IsTransparent)) { any = true; yield return c; }
            if (!any) yield return text; // a shadow without a colour uses currentColor
        }
        foreach (var side in new[] { "top", "right", "bottom", "left" })
        {
            var width = rule.Get($"border-{side}-width");
            var borderStyle = rule.Get($"border-{side}-style");
            var colour = rule.Get($"border-{side}-color");
            if (colour.Length == 0 && borderStyle.Length == 0) continue;
            if (width is "0" or "0px" || borderStyle is "none" or "hidden") continue;
            if (CssColor.Parse(css.ResolveVariables(colour)) is { IsTransparent: false } bc) yield return bc;
            else if (colour.Length == 0 || colour.Equals("currentcolor", StringComparison.OrdinalIgnoreCase)) yield return text;
        }
        if (model.BackgroundColour(rule) is { } bg) yield return bg;
    }

    // "a:focus { outline: none }" is fine when "a:focus-visible" draws an indicator.
    private static bool RestoredByFocusVisible(StylesheetContext css, ThemeColours model, string selector)
    {
        if (!selector.Contains(":focus", StringComparison.Ordinal) || selector.Contains(":focus-visible", StringComparison.Ordinal)) return false;
        var visible = selector.Replace(":focus", ":focus-visible", StringComparison.Ordinal);
        return css.StyleRules.Any(r => !r.IsPrintOnly && r.Selectors.Contains(visible)
            && (Indicators(css, model, r, visible).Any() || (!RemovesOutline(r) && r.Get("outline-style").Length == 0)));
    }
}
