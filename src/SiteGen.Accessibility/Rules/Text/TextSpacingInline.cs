using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>
/// Spacing a style attribute locks with !important is at least what WCAG asks readers be able to set: letter
/// spacing 0.12, word spacing 0.16 and line height 1.5 times the font size.
/// </summary>
public sealed partial class TextSpacingInline : Rule
{
    public override string Id => "A11Y069";
    public override IReadOnlyList<string> Act => ["24afc2", "9e45ec", "78fd32"];
    public override string Name => "text-spacing-inline";
    public override string Wcag => "1.4.12";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help =>
        "Remove !important from letter-spacing, word-spacing and line-height in the style attribute, so readers can "
        + "set their own spacing; or make the spacing at least what WCAG 1.4.12 asks for.";

    /// <summary>Each spacing property WCAG 1.4.12 names, with the least a reader must be able to set, in font sizes.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Minimums { get; } = new Dictionary<string, double>
    {
        ["letter-spacing"] = 0.12,
        ["word-spacing"] = 0.16,
        ["line-height"] = 1.5,
    };

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var element in page.QuerySelectorAll("[style]"))
        {
            if (element.NamespaceUri != NamespaceNames.HtmlUri || !HasOwnText(element) || page.IsHidden(element)
                || OffScreen().IsMatch(element.GetAttribute("style")!))
                continue;
            foreach (var (property, minimum) in Minimums)
            {
                if (InlineStyle.Winner(element, property) is not { Important: true } locked
                    || CssWideKeyword().IsMatch(locked.Value))
                    continue;
                var fontSize = InlineStyle.FontSize(page, element);
                if (Used(locked.Value, property, fontSize) is { } used && used < minimum * fontSize - 0.001)
                    yield return Report(page, element,
                        $"The style \"{property}: {locked.Value} !important\" keeps the spacing below {minimum} times "
                        + "the font size, and readers cannot widen it.");
            }
        }
    }

    // normal is about 1.2 for line height and 0 for spacing; so is initial. Unknown values are left alone.
    private static double? Used(string value, string property, double fontSize) =>
        value.Trim().ToLowerInvariant() switch
        {
            "normal" or "initial" => property == "line-height" ? 1.2 * fontSize : 0,
            // A bare number is a length only for line-height.
            var v when property != "line-height" && !v.EndsWith('%') && !char.IsLetter(v[^1]) && v != "0" => null,
            var v => InlineStyle.Pixels(v, fontSize),
        };

    private static bool HasOwnText(IElement element) =>
        element.ChildNodes.Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent));

    [GeneratedRegex(@"^\s*(inherit|unset|revert|revert-layer)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CssWideKeyword();

    // Moved far off the screen, the usual way to hide text visually.
    [GeneratedRegex(@"position\s*:\s*absolute.*(top|left)\s*:\s*-\d{3,}|(top|left)\s*:\s*-\d{3,}.*position\s*:\s*absolute",
        RegexOptions.IgnoreCase)]
    private static partial Regex OffScreen();
}
