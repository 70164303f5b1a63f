using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Accessibility.Rules;

/// <summary>
/// Instructions do not rely on position, shape or colour ("the button on the right", "in red"). Only the words
/// shown are read, not alt text or other attributes; "on the left" counts only in a sentence about the page
/// (directions to a venue are not), and a colour only where something is shown in it ("marked in red", not
/// "volunteers in red T-shirts").
/// </summary>
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
            var text = Dom.ShownText(block);
            if (!MayHavePhrase(text)) continue;
            if (FirstPhrase(text) is { } phrase)
                yield return Report(page, block, $"The words \"{Dom.Quote(phrase)}\" rely on seeing the page.");
        }
    }

    // A phrase about the page's layout or colours; a position only counts in a sentence that is about the page.
    private static string? FirstPhrase(string text)
    {
        foreach (Match match in Phrase().Matches(text))
        {
            if (!match.Groups["position"].Success || PageWord().IsMatch(SentenceAround(text, match.Index))) return match.Value;
        }
        return null;
    }

    private static string SentenceAround(string text, int index)
    {
        var start = text.LastIndexOfAny(['.', '!', '?'], Math.Max(0, index - 1)) + 1;
        var end = text.IndexOfAny(['.', '!', '?'], index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    // Every phrase below has one of these words in it. Most paragraphs have none, and finding that is a fraction of
    // what the phrase pattern costs, which tries a match at almost every word. Only for ASCII text: the pattern's
    // ignoring of case also matches letters such as the Kelvin sign, which this search does not.
    private static readonly SearchValues<string> Keywords = SearchValues.Create(
        ["left", "right", "above", "below", "in red", "in green", "in blue", "in orange", "in bold red", "button", "box", "icon", "link", "click"],
        StringComparison.OrdinalIgnoreCase);

    internal static bool MayHavePhrase(string text) => !Ascii.IsValid(text) || text.AsSpan().IndexOfAny(Keywords) >= 0;

    [GeneratedRegex(
        @"\b(?<position>on the (left|right)( hand side)?)\b|\b((image|picture|photo|button|map|table|link) (above|below)|(above|below) (image|picture|photo|button|map|table)|(shown|marked|highlighted|written|coloured|colored|labelled|labeled|displayed|appears?|text|words|fields|items|dates|boxes|rows|cells) in (red|green|blue|orange|bold red)|the (green|red|blue|round|square|orange|big) (button|box|icon|link)|click (the|on) (button|link|icon|image))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    // Words that make a sentence about the page rather than about the world.
    [GeneratedRegex(
        @"\b(page|screen|menu|button|link|box|column|sidebar|panel|image|picture|pictured|photo|photograph|map|table|form|click|select|tap|icon|tab|window|scroll|chart|graph|diagram)s?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageWord();
}
