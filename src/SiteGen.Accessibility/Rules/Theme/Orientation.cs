using AngleSharp.Css.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>The page works in portrait and landscape: no orientation media query hides or rotates content.</summary>
public sealed class Orientation : StylesheetRule
{
    public override string Id => "A11Y063";
    public override string Name => "orientation";
    public override string Wcag => "1.3.4";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "Remove the @media (orientation: …) rule that hides or rotates content from the theme stylesheet; let the layout reflow for both "
        + "orientations instead, using width-based media queries.";

    public override IEnumerable<Finding> Check(StylesheetContext css)
    {
        foreach (var rule in css.StyleRules)
        {
            var media = rule.AtRules.OfType<ICssMediaRule>().FirstOrDefault(m => m.ConditionText.Contains("orientation", StringComparison.OrdinalIgnoreCase));
            if (media is null) continue;
            var display = rule.Get("display");
            var transform = rule.Get("transform");
            var rotate = rule.Get("rotate");
            string? what = null;
            if (display.Equals("none", StringComparison.OrdinalIgnoreCase)) what = "hides it with display: none";
            else if (rule.Get("visibility").Equals("hidden", StringComparison.OrdinalIgnoreCase)) what = "hides it with visibility: hidden";
            else if (transform.Contains("rotate", StringComparison.OrdinalIgnoreCase)) what = $"rotates it with transform: {transform}";
            else if (rotate.Length > 0 && rotate is not ("none" or "0" or "0deg")) what = $"rotates it with rotate: {rotate}";
            if (what is not null)
                yield return Report(css, rule.Rule, $"\"{rule.Rule.SelectorText}\" inside @media {media.ConditionText} {what}.");
        }
    }
}
