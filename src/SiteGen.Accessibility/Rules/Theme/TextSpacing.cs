namespace SiteGen.Accessibility.Rules;

/// <summary>Readers can override letter, word and line spacing: the theme does not lock them with !important.</summary>
public sealed class TextSpacing : StylesheetRule
{
    public override string Id => "A11Y064";
    public override string Name => "text-spacing";
    public override string Wcag => "1.4.12";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "Remove !important from letter-spacing, word-spacing and line-height in the theme stylesheet, so readers' "
        + "own spacing settings and extensions can override them.";

    private static IEnumerable<string> Properties => TextSpacingInline.Minimums.Keys;

    public override IEnumerable<Finding> Check(StylesheetContext css)
    {
        foreach (var rule in css.StyleRules)
            foreach (var property in rule.Rule.Style)
                if (property.IsImportant && Properties.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                    yield return Report(css, rule.Rule, $"\"{rule.Rule.SelectorText}\" sets {property.Name}: {property.Value} !important.");
    }
}
