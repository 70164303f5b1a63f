using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Accessibility.Rules;

/// <summary>Instructions do not rely on position, shape or colour ("the button on the right", "in red").</summary>
public sealed partial class SensoryWording : Rule
{
    public override string Id => "A11Y050";
    public override string Name => "sensory-wording";
    public override string Wcag => "1.3.3, 1.4.1";
    public override RuleKind Kind => RuleKind.Heuristic;
    public override string Help => "Name the thing instead of saying where it is or what colour it is, and say \"select\" rather than \"click\".";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var block in page.QuerySelectorAll("main p, main li, main td, main dd"))
        {
            if (page.HasDescendant(block, "p, li") || page.IsHidden(block)) continue;
            var text = page.TextOf(block);
            if (!MayHavePhrase(text)) continue;
            var match = Phrase().Match(text);
            if (match.Success)
                yield return Report(page, block, $"The words \"{Dom.Quote(match.Value)}\" rely on seeing the page.");
        }
    }

    // Every phrase below has one of these words in it. Most paragraphs have none, and finding that is a fraction of
    // what the phrase pattern costs, which tries a match at almost every word. Only for ASCII text: the pattern's
    // ignoring of case also matches letters such as the Kelvin sign, which this search does not.
    private static readonly SearchValues<string> Keywords = SearchValues.Create(
        ["left", "right", "above", "below", "in red", "in green", "in blue", "in orange", "in bold red", "button", "box", "icon", "link", "click"],
        StringComparison.OrdinalIgnoreCase);

    internal static bool MayHavePhrase(string text) => !Ascii.IsValid(text) || text.AsSpan().IndexOfAny(Keywords) >= 0;

    [GeneratedRegex(
        @"\b(on the (left|right)( hand side)?|(image|picture|photo|button|map|table|link) (above|below)|(above|below) (image|picture|photo|button|map|table)|in (red|green|blue|orange|bold red)|the (green|red|blue|round|square|orange|big) (button|box|icon|link)|click (the|on) (button|link|icon|image))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
