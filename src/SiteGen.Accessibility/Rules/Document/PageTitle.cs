namespace SiteGen.Accessibility.Rules;

/// <summary>The page has a non-empty title, the first thing a screen reader announces.</summary>
public sealed class PageTitle : Rule
{
    public override string Id => "A11Y003";
    public override IReadOnlyList<string> Act => ["2779a5"];
    public override string Name => "page-title";
    public override string Wcag => "2.4.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Give the page a title in its front matter that says what the page is about.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        var title = page.Document.Head?.QuerySelector("title") ?? page.QuerySelector("title");
        if (title is null)
            yield return Report(page, page.Document.Head ?? page.Document.DocumentElement, "The page has no title.");
        else if (Dom.Collapse(title.TextContent).Length == 0)
            yield return Report(page, title, "The page title is empty.");
    }
}
