namespace SiteGen.Accessibility.Rules;

/// <summary>Every iframe has a title saying what it contains, e.g. "Video: our summer fair".</summary>
public sealed class IframeTitle : Rule
{
    public override string Id => "A11Y019";
    public override IReadOnlyList<string> Act => ["cae760"];
    public override string Name => "iframe-title";
    public override string Wcag => "4.1.2";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Add a title attribute to the iframe that says what it contains, such as title=\"Video: our summer fair\".";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var frame in page.QuerySelectorAll("iframe, frame"))
        {
            // A frame out of the tab order (tabindex="-1") is not announced on the way through the page (ACT cae760).
            if (page.IsHidden(frame) || !Dom.IsFocusable(frame) || AccessibleName.Of(frame).Length > 0) continue;
            var src = frame.GetAttribute("src");
            var from = string.IsNullOrWhiteSpace(src) ? "" : $" showing \"{Dom.Quote(src)}\"";
            yield return Report(page, frame, $"The embedded frame{from} has no title.");
        }
    }
}
