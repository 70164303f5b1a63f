using System.Text;

namespace SiteGen.Accessibility.Rules;

/// <summary>Headings are words, not emoji: an emoji-only heading is an error, an emoji at either end a warning.</summary>
public sealed class EmojiHeading : Rule
{
    public override string Id => "A11Y033";
    public override string Name => "emoji-heading";
    public override string Wcag => "2.4.6";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Use words in headings; screen readers read each emoji's full name, such as \"party popper\", in the list of headings.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var h in Dom.Headings(page))
        {
            // The accessible name skips aria-hidden emoji, so <span aria-hidden="true">🎉</span> passes.
            var text = AccessibleName.Of(h);
            if (text.Length == 0) continue; // heading-empty's job
            var emoji = Scripts.Count(text, Scripts.IsEmoji);
            if (emoji == 0) continue;
            var rest = Scripts.Count(text, c => !Scripts.IsEmoji(c) && !Rune.IsWhiteSpace(new Rune(c)));
            if (rest == 0)
                yield return Report(page, h, $"The heading \"{Dom.Quote(text)}\" is only emoji.");
            else if (StartsOrEndsWithEmoji(text))
                yield return Report(page, h, $"The heading \"{Dom.Quote(text)}\" starts or ends with an emoji.", Severity.Warning);
        }
    }

    private static bool StartsOrEndsWithEmoji(string text)
    {
        var runes = text.Trim().EnumerateRunes().ToList();
        return runes.Count > 0 && (Scripts.IsEmoji(runes[0].Value) || Scripts.IsEmoji(runes[^1].Value));
    }
}
