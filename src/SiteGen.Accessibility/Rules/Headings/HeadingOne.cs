namespace SiteGen.Accessibility.Rules;

/// <summary>A page has exactly one h1, naming what the page is about.</summary>
public sealed class HeadingOne : Rule
{
    public override string Id => "A11Y005";
    public override string Name => "heading-one";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "The page title is the only top-level heading; in markdown start your headings at ## (level 2).";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var count = 0;
        foreach (var h in Dom.Headings(page))
        {
            if (Dom.HeadingLevel(h) != 1) continue;
            if (++count > 1)
                yield return Report(page, h, $"The heading \"{Dom.Quote(AccessibleName.Of(h))}\" is a second level-1 heading on the page.");
        }
        if (count == 0)
            yield return Report(page, page.Document.DocumentElement, "The page has no level-1 heading.");
    }
}
