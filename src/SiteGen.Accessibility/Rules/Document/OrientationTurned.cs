using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>A style element in the page does not turn content a quarter turn in one orientation, which locks the
/// page to the other.</summary>
public sealed partial class OrientationTurned : Rule
{
    public override string Id => "A11Y074";
    public override IReadOnlyList<string> Act => ["b33eff"];
    public override string Name => "orientation-turned";
    public override string Wcag => "1.3.4";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "Remove the @media (orientation: …) rule that rotates the content from the page's style element; let the page "
        + "reflow in both orientations.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var style in page.QuerySelectorAll("style"))
        {
            var css = StylesheetContext.Parse(style.TextContent, "style");
            foreach (var rule in css.StyleRules)
            {
                if (rule.AtRules.OfType<ICssMediaRule>().FirstOrDefault(m => OrientationQuery().IsMatch(m.ConditionText))
                    is not { } media)
                    continue;
                var turned = Turn(rule);
                var usual = css.StyleRules.LastOrDefault(r => r.AtRules.Count == 0
                    && r.Rule.SelectorText == rule.Rule.SelectorText) is { } plain ? Turn(plain) : 0;
                if (turned is { } t && usual is { } u && CssRotation.IsQuarterTurn(t - u) && Shown(page, rule))
                    yield return Report(page, style,
                        $"\"{rule.Rule.SelectorText}\" inside @media {media.ConditionText} turns the page on its side.");
            }
        }
    }

    private static double? Turn(CssRuleInfo rule) => CssRotation.Degrees(rule.Get("transform"), rule.Get("rotate"));

    // The turned element must be on the screen: a hidden body shows nothing to turn.
    private static bool Shown(PageContext page, CssRuleInfo rule)
    {
        try
        {
            var targets = page.Document.QuerySelectorAll(rule.Rule.SelectorText);
            return targets.Any(t => !page.IsHidden(t) && (page.Document.Body is not { } body || !page.IsHidden(body)));
        }
        catch (AngleSharp.Dom.DomException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\(\s*orientation\s*:\s*(portrait|landscape)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex OrientationQuery();
}
