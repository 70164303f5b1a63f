namespace SiteGen.Accessibility.Rules;

/// <summary>Heading levels do not skip on the way down (h2 then h4), so the outline makes sense.</summary>
public sealed class HeadingOrder : Rule
{
    public override string Id => "A11Y006";
    public override string Name => "heading-order";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Use the next heading level down: after ## comes ###, not ####.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        // The first heading sets the baseline; a missing h1 is heading-one's job, not ours.
        var previous = 0;
        foreach (var h in Dom.Headings(page))
        {
            var level = Dom.HeadingLevel(h);
            // An empty heading is heading-empty's finding; it is not part of the outline a reader hears.
            if (AccessibleName.Of(h).Length == 0) continue;
            if (previous > 0 && level > previous + 1)
                yield return Report(page, h,
                    $"The heading \"{Dom.Quote(AccessibleName.Of(h))}\" is level {level} but follows a level-{previous} heading.");
            previous = level;
        }
    }
}
