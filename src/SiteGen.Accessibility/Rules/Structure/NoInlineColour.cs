using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>Content sets no colours of its own, so the theme's checked colour pairs are the only ones on the page.</summary>
public sealed partial class NoInlineColour : Rule
{
    public override string Id => "A11Y036";
    public override string Name => "no-inline-colour";
    public override string Wcag => "1.4.3";
    public override RuleKind Kind => RuleKind.Heuristic;
    public override string Help => "Remove the colour from the content; use headings, bold text or a list to make the point instead.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var e in page.QuerySelectorAll("[style], font, [color], [bgcolor]"))
        {
            if (e.LocalName == "font")
                yield return Report(page, e, $"The text \"{Dom.Quote(e.TextContent, 40)}\" is in a <font> element.");
            else if (e.HasAttribute("color") || e.HasAttribute("bgcolor"))
                yield return Report(page, e, $"A <{e.LocalName}> sets its own colour with a {(e.HasAttribute("color") ? "color" : "bgcolor")} attribute.");
            else if (ColourProperty().Matches(e.GetAttribute("style")!).FirstOrDefault(m => SetsColour(e, m.Value)) is { } m)
                yield return Report(page, e, $"A <{e.LocalName}> sets its own colour with the style \"{Dom.Quote(m.Value.Trim(), 40)}\".");
        }
    }

    // A background picture behind no text of the element's own (a role="img" box) puts no text on a colour.
    private static bool SetsColour(IElement e, string declaration) =>
        !ImageOnly().IsMatch(declaration) || e.ChildNodes.Any(n => n.NodeType == NodeType.Text && n.TextContent.Trim().Length > 0);

    [GeneratedRegex(@"^\s*background(-image)?\s*:\s*url\([^)]*\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageOnly();

    // Only colour properties: Markdig's table alignment (style="text-align: right;") is fine.
    [GeneratedRegex(@"(?<![\w-])(color|background(-color|-image)?)\s*:[^;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColourProperty();
}
