namespace SiteGen.Accessibility.Rules;

/// <summary>No empty paragraphs or runs of line breaks used for spacing; screen readers announce them as blank.</summary>
public sealed class SpacingMarkup : Rule
{
    public override string Id => "A11Y049";
    public override string Name => "spacing-markup";
    public override string Wcag => "1.3.1";
    public override RuleKind Kind => RuleKind.BestPractice;
    public override string Help => "Delete the empty lines or line breaks; the theme spaces paragraphs for you.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var p in page.QuerySelectorAll("p"))
        {
            // Non-breaking spaces are not white space to Collapse, so trim them explicitly.
            if (p.Children.All(c => c.LocalName == "br") && p.TextContent.Trim(' ', '\u00A0', '\n', '\t', '\r').Length == 0)
                yield return Report(page, p, "An empty paragraph is used for spacing.");
        }
        foreach (var br in page.QuerySelectorAll("br"))
        {
            // Report the first <br> of each run of two or more.
            if (IsBr(Previous(br))) continue;
            if (IsBr(Next(br)))
                yield return Report(page, br, "Several line breaks in a row are used for spacing.");
        }
    }

    private static bool IsBr(AngleSharp.Dom.INode? n) => n is AngleSharp.Dom.IElement { LocalName: "br" };

    private static AngleSharp.Dom.INode? Next(AngleSharp.Dom.INode n)
    {
        var s = n.NextSibling;
        while (s is AngleSharp.Dom.IText t && string.IsNullOrWhiteSpace(t.Data)) s = s.NextSibling;
        return s;
    }

    private static AngleSharp.Dom.INode? Previous(AngleSharp.Dom.INode n)
    {
        var s = n.PreviousSibling;
        while (s is AngleSharp.Dom.IText t && string.IsNullOrWhiteSpace(t.Data)) s = s.PreviousSibling;
        return s;
    }
}
