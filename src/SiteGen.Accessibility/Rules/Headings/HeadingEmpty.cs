namespace SiteGen.Accessibility.Rules;

/// <summary>Every heading has text a screen reader can read out.</summary>
public sealed class HeadingEmpty : Rule
{
    public override string Id => "A11Y007";
    public override string Name => "heading-empty";
    public override string Wcag => "1.3.1, 2.4.6";
    public override RuleKind Kind => RuleKind.Failure;
    // Press releases end with a line of ###, which markdown reads as an empty level-3 heading.
    public override string Help =>
        "Write words in the heading, or delete the empty heading line. To show ### as a press release's end mark, "
        + "write \\### instead.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var h in Dom.Headings(page))
            if (AccessibleName.Of(h).Length == 0)
                yield return Report(page, h, $"A level-{Dom.HeadingLevel(h)} heading has no text.");
    }
}
