using System.Text.RegularExpressions;

namespace SiteGen.Accessibility.Rules;

/// <summary>Instructions do not rely on position, shape or colour ("the button on the right", "in red").</summary>
public sealed partial class SensoryWording : Rule
{
    public override string Id => "A11Y050";
    public override string Name => "sensory-wording";
    public override string Wcag => "1.3.3, 1.4.1";
    public override Severity Severity => Severity.Warning;
    public override string Help => "Name the thing instead of saying where it is or what colour it is, and say \"select\" rather than \"click\".";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var block in page.QuerySelectorAll("main p, main li, main td, main dd"))
        {
            if (page.HasDescendant(block, "p, li") || page.IsHidden(block)) continue;
            var match = Phrase().Match(page.TextOf(block));
            if (match.Success)
                yield return Report(page, block, $"The words \"{Dom.Quote(match.Value)}\" rely on seeing the page.");
        }
    }

    [GeneratedRegex(
        @"\b(on the (left|right)( hand side)?|(image|picture|photo|button|map|table|link) (above|below)|(above|below) (image|picture|photo|button|map|table)|in (red|green|blue|orange|bold red)|the (green|red|blue|round|square|orange|big) (button|box|icon|link)|click (the|on) (button|link|icon|image))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
