namespace SiteGen.Accessibility.Rules;

/// <summary>No blink or marquee elements: moving text cannot be paused and is hard to read.</summary>
public sealed class NoBlinkMarquee : Rule
{
    public override string Id => "A11Y031";
    public override string Name => "no-blink-marquee";
    public override string Wcag => "2.2.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Remove the <blink> or <marquee> tags and keep the text still.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var e in page.QuerySelectorAll("blink, marquee"))
            yield return Report(page, e, $"The text \"{Dom.Quote(e.TextContent, 40)}\" is in a <{e.LocalName}> element, which makes it move.");
    }
}
